'use client';
/**
 * Screening a received person: medical first, handed to the police, refused with a written
 * reason, or registered into a care zone (the zones of the station with their free places; a
 * full zone is refused and named).
 */
import { Form, Input, Radio } from 'antd';
import { useTranslations } from 'next-intl';
import { screenRescueCase } from '@/graph/rescue-case.action';
import type { RescueCasePageQuery } from '@/gql/graphql';
import { REGISTRABLE_ZONES, SCREENING_OUTCOMES } from '@/lib/rescue-operations.vocabulary';
import { ChangeForm } from './change-form';
import { useEnumLabel } from './enum-tag';
import { useOperationsEnumLabel } from './operations-enum-label';
import { useChange } from './use-change';

type RescueCase = NonNullable<RescueCasePageQuery['rescueCase']>;

interface ScreeningValues {
  outcome: string;
  zone?: string;
  reason?: string;
}

export function ScreeningForm({ rescueCase }: { rescueCase: RescueCase }) {
  const t = useTranslations('rescueCase.screening');
  const label = useEnumLabel();
  const ops = useOperationsEnumLabel();
  const change = useChange();
  const { run } = change;
  const [form] = Form.useForm<ScreeningValues>();
  const outcome = Form.useWatch('outcome', form);
  // After medical treatment only registration (or the police) remains.
  const outcomes = rescueCase.status === 'MEDICAL_TREATMENT' ? SCREENING_OUTCOMES.filter((o) => o === 'REGISTERED' || o === 'HANDED_TO_POLICE') : SCREENING_OUTCOMES;
  const zones = rescueCase.station.careZones.filter((zone) => (REGISTRABLE_ZONES as readonly string[]).includes(zone.kind));

  const submit = (values: ScreeningValues) =>
    run(() => screenRescueCase({ rescueCaseId: rescueCase.id, expectedVersion: rescueCase.version, ...values }), () => form.resetFields());

  return (
    <ChangeForm<ScreeningValues> change={change} form={form} name="screening" onFinish={submit} data-testid="screening-form" submit={{ text: t('submit'), testId: 'screening-submit', look: 'primary' }}>
      <Form.Item name="outcome" label={t('outcome')} rules={[{ required: true, message: t('required') }]}>
        <Radio.Group optionType="button" data-testid="screening-outcome" options={outcomes.map((value) => ({ value, label: ops({ kind: 'ScreeningOutcome', value }) }))} />
      </Form.Item>
      {outcome === 'REGISTERED' ? (
        <Form.Item name="zone" label={t('zone')} rules={[{ required: true, message: t('required') }]}>
          <Radio.Group
            data-testid="screening-zone"
            options={zones.map((zone) => ({
              value: zone.kind,
              label: t('zoneOption', { zone: label({ kind: 'CareZoneKind', value: zone.kind }), free: zone.freePlaces, places: zone.places }),
            }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item name="reason" label={t('reason')} rules={[{ required: outcome === 'REFUSED', whitespace: true, message: t('reasonRequired') }]}>
        <Input.TextArea rows={2} maxLength={1000} data-testid="screening-reason" />
      </Form.Item>
    </ChangeForm>
  );
}
