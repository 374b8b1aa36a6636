'use client';
/**
 * Receiving a person at a station (24-hour reception): where from (a police hand-over needs its
 * record number) and what is known of the person. A refused field is marked at the field itself,
 * e.g. a resident ID number whose check character is wrong says so under the ID number. On
 * success the new case opens.
 */
import { Button, Card, Col, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { formFieldOf } from '@/graph/change-outcome';
import { receivePerson } from '@/graph/rescue-case.action';
import { INTAKE_SOURCES } from '@/lib/rescue-operations.vocabulary';
import { SEXES } from '@/lib/vocabulary';
import { ChangeRefusalAlert, useRefusalText } from './change-refusal-alert';
import { CityDatePicker } from './city-date-picker';
import { useEnumLabel } from './enum-tag';
import { useChange } from './use-change';
import { useIdempotencyKey } from './use-idempotency-key';

interface IntakeValues {
  stationId: string;
  source: string;
  handoverRecord?: string;
  person: {
    sex: string;
    name?: string;
    idNumber?: string;
    birthDate?: string;
    estimatedAgeMin?: number;
    estimatedAgeMax?: number;
    phone?: string;
    dialectRegion?: string;
    features?: string;
  };
}

export function IntakeForm({ stations }: { stations: Array<{ id: string; name: string }> }) {
  const t = useTranslations('intake');
  const label = useEnumLabel();
  const router = useRouter();
  const describe = useRefusalText();
  const { run, pending, refusal, clear } = useChange();
  const [form] = Form.useForm<IntakeValues>();
  const source = Form.useWatch('source', form);

  // A refused input is shown at its field (and above the form for fields the form does not have).
  useEffect(() => {
    if (refusal?.kind === 'InputRejected') form.setFields([{ name: formFieldOf(refusal.field) as never, errors: [describe(refusal)] }]);
  }, [refusal, form, describe]);

  // One key per opened form: a double click or a resubmission after a lost answer finds the case
  // the first submission created instead of receiving the person twice.
  const { idempotencyKey } = useIdempotencyKey(refusal);
  const submit = (values: IntakeValues) =>
    run(
      () => receivePerson({ ...values, idempotencyKey }),
      (id) => {
        if (id) router.push(`/cases/${encodeURIComponent(id)}`);
      },
    );

  return (
    <Card data-testid="intake-card">
      <ChangeRefusalAlert refusal={refusal} />
      <Form<IntakeValues> onValuesChange={clear} form={form} name="intake" layout="vertical" onFinish={submit} disabled={pending} data-testid="intake-form" initialValues={{ source: 'WALK_IN', person: { sex: 'UNKNOWN' } }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="stationId" label={t('station')} rules={[{ required: true, message: t('required') }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                data-testid="intake-station"
                placeholder={t('stationPlaceholder')}
                options={stations.map((station) => ({ value: station.id, label: station.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="source" label={t('source')} rules={[{ required: true, message: t('required') }]}>
              <Radio.Group optionType="button" data-testid="intake-source" options={INTAKE_SOURCES.map((value) => ({ value, label: label({ kind: 'IntakeSource', value }) }))} />
            </Form.Item>
          </Col>
        </Row>
        {source === 'POLICE_HANDOVER' ? (
          <Form.Item name="handoverRecord" label={t('handoverRecord')} rules={[{ required: true, whitespace: true, message: t('handoverRequired') }]}>
            <Input maxLength={100} data-testid="intake-handover-record" />
          </Form.Item>
        ) : null}
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name={['person', 'name']} label={t('name')} extra={t('nameHint')}>
              <Input maxLength={50} data-testid="intake-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['person', 'sex']} label={t('sex')} rules={[{ required: true, message: t('required') }]}>
              <Radio.Group optionType="button" data-testid="intake-sex" options={SEXES.map((value) => ({ value, label: label({ kind: 'Sex', value }) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['person', 'idNumber']} label={t('idNumber')} extra={t('idNumberHint')}>
              <Input maxLength={18} data-testid="intake-id-number" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['person', 'birthDate']} label={t('birthDate')}>
              <CityDatePicker max="today" data-testid="intake-birth-date" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name={['person', 'estimatedAgeMin']} label={t('estimatedAgeMin')}>
              <InputNumber min={0} max={120} style={{ width: '100%' }} data-testid="intake-age-min" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name={['person', 'estimatedAgeMax']} label={t('estimatedAgeMax')}>
              <InputNumber min={0} max={120} style={{ width: '100%' }} data-testid="intake-age-max" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['person', 'phone']} label={t('phone')}>
              <Input maxLength={20} data-testid="intake-phone" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['person', 'dialectRegion']} label={t('dialectRegion')}>
              <Input maxLength={50} data-testid="intake-dialect" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name={['person', 'features']} label={t('features')}>
              <Input.TextArea rows={2} maxLength={1000} data-testid="intake-features" />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={pending} data-testid="intake-submit">
          {t('submit')}
        </Button>
      </Form>
    </Card>
  );
}
