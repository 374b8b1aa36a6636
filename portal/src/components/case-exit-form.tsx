'use client';
/** Recording that a person leaves care: the exit category and a note of the circumstances, confirmed first (a closed case stays closed). */
import { Form, Input, Select } from 'antd';
import { useTranslations } from 'next-intl';
import { exitRescueCase } from '@/graph/rescue-case.action';
import { EXIT_REASONS } from '@/lib/rescue-operations.vocabulary';
import { ChangeForm } from './change-form';
import { useConfirmStep } from './confirm-step';
import { useEnumLabel } from './enum-tag';
import { useChange } from './use-change';

interface ExitValues {
  reason: string;
  note: string;
}

export function CaseExitForm({ rescueCaseId, version }: { rescueCaseId: string; version: number }) {
  const t = useTranslations('rescueCase.exit');
  const confirmT = useTranslations('operations.confirm.exit');
  const confirm = useConfirmStep();
  const label = useEnumLabel();
  const change = useChange();
  const { run } = change;
  const [form] = Form.useForm<ExitValues>();
  const submit = (values: ExitValues) =>
    confirm(
      { title: confirmT('title'), consequence: confirmT('consequence', { reason: label({ kind: 'ExitReason', value: values.reason as (typeof EXIT_REASONS)[number] }) }), okText: confirmT('ok'), danger: true },
      () => run(() => exitRescueCase({ rescueCaseId, expectedVersion: version, ...values }), () => form.resetFields()),
    );
  return (
    <ChangeForm<ExitValues> change={change} form={form} name="exit" onFinish={submit} data-testid="exit-form" submit={{ text: t('submit'), testId: 'exit-submit', look: 'danger' }}>
      <Form.Item name="reason" label={t('reason')} rules={[{ required: true, message: t('required') }]}>
        <Select data-testid="exit-reason" options={EXIT_REASONS.map((value) => ({ value, label: label({ kind: 'ExitReason', value }) }))} />
      </Form.Item>
      <Form.Item name="note" label={t('note')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
        <Input.TextArea rows={2} maxLength={1000} data-testid="exit-note" />
      </Form.Item>
    </ChangeForm>
  );
}
