'use client';
/**
 * A station asks to escort the person in care home: the destination and its division code, chosen
 * from the city's divisions or, for a home in another province or city, typed.
 */
import { Alert, Button, Form, Input } from 'antd';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { requestEscort } from '@/graph/escort.action';
import { ChangeRefusalAlert } from './change-refusal-alert';
import { DivisionCodeFiller } from './division-cascader';
import { useChange } from './use-change';
import { useIdempotencyKey } from './use-idempotency-key';

interface EscortValues {
  destinationDivision: string;
  destination: string;
}

export function EscortRequestForm({ rescueCaseId }: { rescueCaseId: string }) {
  const t = useTranslations('rescueCase.escortRequest');
  const { run, pending, refusal, clear } = useChange();
  const [form] = Form.useForm<EscortValues>();
  const [requested, setRequested] = useState(false);
  const { idempotencyKey, renew } = useIdempotencyKey(refusal);
  const submit = (values: EscortValues) => {
    setRequested(false);
    run(() => requestEscort({ rescueCaseId, ...values, idempotencyKey }), () => {
      form.resetFields();
      renew();
      setRequested(true);
    });
  };
  return (
    <Form<EscortValues> onValuesChange={clear} form={form} name="escortRequest" layout="vertical" onFinish={submit} disabled={pending} data-testid="escort-request-form">
      <ChangeRefusalAlert refusal={refusal} />
      {requested ? <Alert type="success" showIcon title={t('requested')} style={{ marginBottom: 12 }} data-testid="escort-requested" /> : null}
      <DivisionCodeFiller name="destinationDivision" label={t('destinationInCity')} extra={t('destinationInCityHint')} data-testid="escort-division-picker" />
      <Form.Item name="destinationDivision" label={t('destinationDivision')} extra={t('destinationDivisionHint')} rules={[{ required: true, message: t('required') }]}>
        <Input maxLength={6} data-testid="escort-division" />
      </Form.Item>
      <Form.Item name="destination" label={t('destination')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
        <Input maxLength={200} data-testid="escort-destination" />
      </Form.Item>
      <Button htmlType="submit" loading={pending} data-testid="escort-request-submit">
        {t('submit')}
      </Button>
    </Form>
  );
}
