'use client';
/**
 * Reporting a street sighting or call: where it came from, what was seen, where (a tap on the
 * region's map sets the coordinates and the district; the fields stay for the keyboard, and typed
 * coordinates set the district too), and the address.
 */
import { Button, Card, Col, Form, Input, InputNumber, Radio, Row } from 'antd';
import { useTranslations } from 'next-intl';
import { formFieldOf } from '@/graph/change-outcome';
import { reportStreetSighting } from '@/graph/dispatch.action';
import { REPORT_SOURCES } from '@/lib/rescue-operations.vocabulary';
import { districtAt } from '@/lib/region-map.geometry';
import { ChangeRefusalAlert } from './change-refusal-alert';
import { DivisionCascader } from './division-cascader';
import { RegionPointPicker } from './region-point-picker';
import { useOperationsEnumLabel } from './operations-enum-label';
import { useChange } from './use-change';
import { useIdempotencyKey } from './use-idempotency-key';
import { useRegionStations } from './use-region-stations';

interface SightingValues {
  source: string;
  description: string;
  latitude: number;
  longitude: number;
  address: string;
  district: string;
}

export function StreetSightingForm() {
  const t = useTranslations('dispatch.sighting');
  const label = useOperationsEnumLabel();
  const { run, pending, refusal, clear } = useChange();
  const [form] = Form.useForm<SightingValues>();
  const stations = useRegionStations();
  const latitude = Form.useWatch('latitude', form);
  const longitude = Form.useWatch('longitude', form);

  const { idempotencyKey, renew } = useIdempotencyKey(refusal);
  const submit = (values: SightingValues) =>
    run(() => reportStreetSighting({ ...values, idempotencyKey }), () => {
      form.resetFields();
      renew();
    });
  const rejectedField = refusal?.kind === 'InputRejected' ? formFieldOf(refusal.field)[0] : undefined;

  return (
    <Card title={t('title')} data-testid="street-sighting-card" style={{ marginBottom: 16 }}>
      <ChangeRefusalAlert refusal={refusal} />
      <Form<SightingValues> onValuesChange={(changed: Partial<SightingValues>, all: SightingValues) => {
          clear();
          // Typed coordinates place the point as a tap would: the district follows when the point is in the region.
          if (('latitude' in changed || 'longitude' in changed) && stations && typeof all.latitude === 'number' && typeof all.longitude === 'number') {
            const district = districtAt({ latitude: all.latitude, longitude: all.longitude }, stations);
            if (district) form.setFieldValue('district', district);
          }
        }} form={form} name="sighting" layout="vertical" onFinish={submit} disabled={pending} data-testid="street-sighting-form">
        <Form.Item name="source" label={t('source')} rules={[{ required: true, message: t('required') }]}>
          <Radio.Group optionType="button" data-testid="sighting-source" options={REPORT_SOURCES.map((value) => ({ value, label: label({ kind: 'ReportSource', value }) }))} />
        </Form.Item>
        <Form.Item name="description" label={t('description')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="sighting-description" />
        </Form.Item>
        <Form.Item label={t('point')}>
          {stations ? (
            <RegionPointPicker
              stations={stations}
              value={{ latitude, longitude }}
              onPick={(point, district) => {
                clear();
                form.setFieldsValue({ ...point, ...(district ? { district } : {}) });
              }}
              data-testid="sighting-map"
            />
          ) : null}
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name="latitude" label={t('latitude')} rules={[{ required: true, message: t('required') }]} validateStatus={rejectedField === 'latitude' ? 'error' : undefined}>
              <InputNumber style={{ width: '100%' }} min={-90} max={90} step={0.0001} data-testid="sighting-latitude" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="longitude" label={t('longitude')} rules={[{ required: true, message: t('required') }]} validateStatus={rejectedField === 'longitude' ? 'error' : undefined}>
              <InputNumber style={{ width: '100%' }} min={-180} max={180} step={0.0001} data-testid="sighting-longitude" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="district" label={t('district')} extra={t('districtHint')} rules={[{ required: true, message: t('required') }]} validateStatus={rejectedField === 'district' ? 'error' : undefined}>
              <DivisionCascader depth="district" stations={stations} data-testid="sighting-district" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="address" label={t('address')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
              <Input maxLength={500} data-testid="sighting-address" />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={pending} data-testid="sighting-submit">
          {t('submit')}
        </Button>
      </Form>
    </Card>
  );
}
