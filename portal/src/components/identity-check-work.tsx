'use client';
/**
 * The police's work on one check, in order: record samples (kind and laboratory code only — the
 * hub never holds biometric data), start the comparison, record the result (a match names the
 * verified identity). A refusal (a duplicate sample code, a step out of order, someone else's
 * change) is shown and nothing is stored.
 */
import { Button, Card, Col, Form, Input, Radio, Row } from 'antd';
import { useTranslations } from 'next-intl';
import { recordIdentityResult, recordSample, startComparison } from '@/graph/identity-check.action';
import type { IdentityCheckDetailQuery } from '@/gql/graphql';
import { IDENTITY_CHECK_OUTCOMES, SAMPLE_KINDS } from '@/lib/rescue-operations.vocabulary';
import { ChangeRefusalAlert } from './change-refusal-alert';
import { useConfirmStep } from './confirm-step';
import { useEnumLabel } from './enum-tag';
import { useOperationsEnumLabel } from './operations-enum-label';
import { useChange } from './use-change';

type Check = NonNullable<IdentityCheckDetailQuery['identityCheck']>;

function SampleForm({ check }: { check: Check }) {
  const t = useTranslations('checkQueue.sample');
  const label = useEnumLabel();
  const { run, pending, refusal, clear } = useChange();
  const [form] = Form.useForm<{ kind: string; sampleCode: string }>();
  return (
    <Form onValuesChange={clear} form={form} name="sample" layout="vertical" disabled={pending} data-testid="sample-form" onFinish={(values) => run(() => recordSample({ identityCheckId: check.id, expectedVersion: check.version, ...values }), () => form.resetFields())}>
      <ChangeRefusalAlert refusal={refusal} />
      <Form.Item name="kind" label={t('kind')} rules={[{ required: true, message: t('required') }]}>
        <Radio.Group optionType="button" data-testid="sample-kind" options={SAMPLE_KINDS.map((value) => ({ value, label: label({ kind: 'SampleKind', value }) }))} />
      </Form.Item>
      <Form.Item name="sampleCode" label={t('sampleCode')} extra={t('sampleCodeHint')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
        <Input maxLength={64} data-testid="sample-code" />
      </Form.Item>
      <Button htmlType="submit" type="primary" loading={pending} data-testid="sample-submit">
        {t('submit')}
      </Button>
    </Form>
  );
}

function ComparisonStart({ check }: { check: Check }) {
  const t = useTranslations('checkQueue.comparison');
  const { run, pending, refusal } = useChange();
  return (
    <>
      <ChangeRefusalAlert refusal={refusal} />
      <Button type="primary" loading={pending} data-testid="start-comparison" onClick={() => run(() => startComparison({ identityCheckId: check.id, expectedVersion: check.version }))}>
        {t('start')}
      </Button>
    </>
  );
}

function ResultForm({ check }: { check: Check }) {
  const t = useTranslations('checkQueue.result');
  const confirmT = useTranslations('operations.confirm.matched');
  const confirm = useConfirmStep();
  const ops = useOperationsEnumLabel();
  const { run, pending, refusal, clear } = useChange();
  const [form] = Form.useForm<{ outcome: string; verifiedName?: string; verifiedIdNumber?: string; householdRegistration?: string }>();
  const outcome = Form.useWatch('outcome', form);
  return (
    <Form onValuesChange={clear}
      form={form}
      name="result"
      layout="vertical"
      disabled={pending}
      data-testid="result-form"
      onFinish={(values) => {
        const record = () => run(() => recordIdentityResult({ identityCheckId: check.id, expectedVersion: check.version, ...values }));
        // A match settles who the person is and tells civil affairs: asked before it is recorded.
        if (values.outcome === 'MATCHED') confirm({ title: confirmT('title'), consequence: confirmT('consequence', { name: values.verifiedName ?? '' }), okText: confirmT('ok') }, record);
        else record();
      }}
    >
      <ChangeRefusalAlert refusal={refusal} />
      <Form.Item name="outcome" label={t('outcome')} rules={[{ required: true, message: t('required') }]}>
        <Radio.Group optionType="button" data-testid="result-outcome" options={IDENTITY_CHECK_OUTCOMES.map((value) => ({ value, label: ops({ kind: 'IdentityCheckOutcome', value }) }))} />
      </Form.Item>
      {outcome === 'MATCHED' ? (
        <>
          <Form.Item name="verifiedName" label={t('verifiedName')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
            <Input maxLength={50} data-testid="result-name" />
          </Form.Item>
          <Form.Item name="verifiedIdNumber" label={t('verifiedIdNumber')}>
            <Input maxLength={18} data-testid="result-id-number" />
          </Form.Item>
          <Form.Item name="householdRegistration" label={t('householdRegistration')}>
            <Input maxLength={200} data-testid="result-household" />
          </Form.Item>
        </>
      ) : null}
      <Button htmlType="submit" type="primary" loading={pending} data-testid="result-submit">
        {t('submit')}
      </Button>
    </Form>
  );
}

export function IdentityCheckWork({ check }: { check: Check }) {
  const t = useTranslations('checkQueue');
  const canSample = check.status === 'REQUESTED' || check.status === 'SAMPLE_COLLECTED';
  return (
    <Row gutter={16} data-testid="check-work">
      {canSample ? (
        <Col xs={24} lg={12}>
          <Card size="small" title={t('sample.title')} style={{ marginBottom: 16 }}>
            <SampleForm check={check} />
          </Card>
        </Col>
      ) : null}
      {check.status === 'SAMPLE_COLLECTED' ? (
        <Col xs={24} lg={12}>
          <Card size="small" title={t('comparison.title')} style={{ marginBottom: 16 }}>
            <ComparisonStart check={check} />
          </Card>
        </Col>
      ) : null}
      {check.status === 'COMPARING' ? (
        <Col xs={24} lg={12}>
          <Card size="small" title={t('result.title')} style={{ marginBottom: 16 }}>
            <ResultForm check={check} />
          </Card>
        </Col>
      ) : null}
    </Row>
  );
}
