'use client';
/**
 * A station asks to escort the person in care home: the destination and its division code, chosen
 * from the city's divisions or, for a home in another province or city, typed.
 */
import { Alert, Form, Input } from 'antd';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { requestEscort } from '@/graph/escort.action';
import { ChangeForm } from './change-form';
import { DivisionCodeFiller } from './division-cascader';
import { useChange } from './use-change';
import { useIdempotencyKey } from './use-idempotency-key';

interface EscortValues {
  destinationDivision: string;
  destination: string;
}

export function EscortRequestForm({ rescueCaseId }: { rescueCaseId: string }) {
  const t = useTranslations('rescueCase.escortRequest');
  const change = useChange();
  const { run, refusal } = change;
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
    <ChangeForm<EscortValues> change={change} form={form} name="escortRequest" onFinish={submit} data-testid="escort-request-form" submit={{ text: t('submit'), testId: 'escort-request-submit' }}>
      {requested ? <Alert type="success" showIcon title={t('requested')} style={{ marginBottom: 12 }} data-testid="escort-requested" /> : null}
      <DivisionCodeFiller name="destinationDivision" label={t('destinationInCity')} extra={t('destinationInCityHint')} data-testid="escort-division-picker" />
      <Form.Item name="destinationDivision" label={t('destinationDivision')} extra={t('destinationDivisionHint')} rules={[{ required: true, message: t('required') }]}>
        <Input maxLength={6} data-testid="escort-division" />
      </Form.Item>
      <Form.Item name="destination" label={t('destination')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
        <Input maxLength={200} data-testid="escort-destination" />
      </Form.Item>
    </ChangeForm>
  );
}
