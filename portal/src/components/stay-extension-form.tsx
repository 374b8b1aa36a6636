'use client';
/** Extending a stay past the standard 10 days: until when, and the reason filed with the bureau. */
import { Form, Input } from 'antd';
import { useTranslations } from 'next-intl';
import { extendStay } from '@/graph/rescue-case.action';
import { ChangeForm } from './change-form';
import { CityDatePicker } from './city-date-picker';
import { useChange } from './use-change';

interface ExtensionValues {
  until: string;
  reason: string;
}

export function StayExtensionForm({ rescueCaseId, version }: { rescueCaseId: string; version: number }) {
  const t = useTranslations('rescueCase.extension');
  const change = useChange();
  const { run } = change;
  const [form] = Form.useForm<ExtensionValues>();
  const submit = (values: ExtensionValues) =>
    run(
      // The end of the chosen day in the city (UTC+8): the extension lasts the whole day.
      () => extendStay({ rescueCaseId, expectedVersion: version, until: `${values.until}T23:59:00+08:00`, reason: values.reason }),
      () => form.resetFields(),
    );
  return (
    <ChangeForm<ExtensionValues> change={change} form={form} name="extension" onFinish={submit} data-testid="extension-form" submit={{ text: t('submit'), testId: 'extension-submit' }}>
      <Form.Item name="until" label={t('until')} rules={[{ required: true, message: t('required') }]}>
        <CityDatePicker min="today" data-testid="extension-until" />
      </Form.Item>
      <Form.Item name="reason" label={t('reason')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
        <Input.TextArea rows={2} maxLength={1000} data-testid="extension-reason" />
      </Form.Item>
    </ChangeForm>
  );
}
