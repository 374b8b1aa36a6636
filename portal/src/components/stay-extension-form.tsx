'use client';
/** Extending a stay past the standard 10 days: until when, and the reason filed with the bureau. */
import { Button, Form, Input } from 'antd';
import { useTranslations } from 'next-intl';
import { extendStay } from '@/graph/rescue-case.action';
import { ChangeRefusalAlert } from './change-refusal-alert';
import { CityDatePicker } from './city-date-picker';
import { useChange } from './use-change';

interface ExtensionValues {
  until: string;
  reason: string;
}

export function StayExtensionForm({ rescueCaseId, version }: { rescueCaseId: string; version: number }) {
  const t = useTranslations('rescueCase.extension');
  const { run, pending, refusal, clear } = useChange();
  const [form] = Form.useForm<ExtensionValues>();
  const submit = (values: ExtensionValues) =>
    run(
      // The end of the chosen day in the city (UTC+8): the extension lasts the whole day.
      () => extendStay({ rescueCaseId, expectedVersion: version, until: `${values.until}T23:59:00+08:00`, reason: values.reason }),
      () => form.resetFields(),
    );
  return (
    <Form<ExtensionValues> onValuesChange={clear} form={form} name="extension" layout="vertical" onFinish={submit} disabled={pending} data-testid="extension-form">
      <ChangeRefusalAlert refusal={refusal} />
      <Form.Item name="until" label={t('until')} rules={[{ required: true, message: t('required') }]}>
        <CityDatePicker min="today" data-testid="extension-until" />
      </Form.Item>
      <Form.Item name="reason" label={t('reason')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
        <Input.TextArea rows={2} maxLength={1000} data-testid="extension-reason" />
      </Form.Item>
      <Button htmlType="submit" loading={pending} data-testid="extension-submit">
        {t('submit')}
      </Button>
    </Form>
  );
}
