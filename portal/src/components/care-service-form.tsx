'use client';
/** Recording a service given to the person in care (food, clothing, medical, counselling, …). */
import { Form, Input, Radio } from 'antd';
import { useTranslations } from 'next-intl';
import { recordCareService } from '@/graph/rescue-case.action';
import { CARE_SERVICE_KINDS } from '@/lib/rescue-operations.vocabulary';
import { ChangeForm } from './change-form';
import { useOperationsEnumLabel } from './operations-enum-label';
import { useChange } from './use-change';
import { useIdempotencyKey } from './use-idempotency-key';

interface ServiceValues {
  kind: string;
  note?: string;
}

export function CareServiceForm({ rescueCaseId }: { rescueCaseId: string }) {
  const t = useTranslations('rescueCase.serviceForm');
  const label = useOperationsEnumLabel();
  const change = useChange();
  const { run, refusal } = change;
  const [form] = Form.useForm<ServiceValues>();
  const { idempotencyKey, renew } = useIdempotencyKey(refusal);
  const submit = (values: ServiceValues) =>
    run(() => recordCareService({ rescueCaseId, ...values, idempotencyKey }), () => {
      form.resetFields();
      renew();
    });
  return (
    <ChangeForm<ServiceValues> change={change} form={form} name="service" onFinish={submit} data-testid="service-form" submit={{ text: t('submit'), testId: 'service-submit' }}>
      <Form.Item name="kind" label={t('kind')} rules={[{ required: true, message: t('required') }]}>
        <Radio.Group optionType="button" data-testid="service-kind" options={CARE_SERVICE_KINDS.map((value) => ({ value, label: label({ kind: 'CareServiceKind', value }) }))} />
      </Form.Item>
      <Form.Item name="note" label={t('note')}>
        <Input maxLength={1000} data-testid="service-note" />
      </Form.Item>
    </ChangeForm>
  );
}
