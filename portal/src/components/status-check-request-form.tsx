'use client';
/**
 * A station asks the police to check the status of a suspected foreign national in its care: the
 * station (one of those whose open cases of the person the user sees), the nationality (searched
 * by name in either language, the ICAO code behind it), the passport number and, when the passport
 * is at hand, the two lines of its machine-readable zone (check digits are verified by the graph).
 * One idempotency key per opened form: a resubmission after a lost answer creates nothing new;
 * a refusal of the key itself (the first request with it was stored) is shown, and the key renewed.
 */
import { Card, Form, Input, Select } from 'antd';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { requestStatusCheck } from '@/graph/status-check.action';
import { ChangeForm } from './change-form';
import { NationalitySelect } from './nationality-select';
import { useChange } from './use-change';
import { useIdempotencyKey } from './use-idempotency-key';

interface RequestValues {
  requestingStationId: string;
  nationality: string;
  passportNumber: string;
  mrzLines?: string;
  note?: string;
}

export interface StationChoice {
  id: string;
  name: string;
}

export function StatusCheckRequestForm({ personId, stations }: { personId: string; stations: StationChoice[] }) {
  const t = useTranslations('statusChecks.request');
  const router = useRouter();
  const change = useChange();
  const { run, refusal } = change;
  const { idempotencyKey, renew } = useIdempotencyKey(refusal);
  const required = [{ required: true, whitespace: true, message: t('required') }];
  const submit = (values: RequestValues) =>
    run(
      async () => {
        const answer = await requestStatusCheck({ personId, ...values, idempotencyKey });
        if (answer.ok) renew();
        return answer;
      },
      (id) => {
        if (id) router.push(`/status-checks/${encodeURIComponent(id)}`);
      },
    );
  return (
    <Card data-testid="status-check-request-card">
      <ChangeForm<RequestValues>
        change={change}
        requiredMark={false}
        onFinish={submit}
        data-testid="status-check-request-form"
        initialValues={{ requestingStationId: stations[0]?.id }}
        submit={{ text: t('submit'), testId: 'status-check-submit', look: 'primary' }}
      >
        <Form.Item name="requestingStationId" label={t('station')} rules={[{ required: true, message: t('required') }]}>
          <Select style={{ maxWidth: 400 }} data-testid="status-check-station" options={stations.map((station) => ({ value: station.id, label: station.name }))} />
        </Form.Item>
        <Form.Item name="nationality" label={t('nationality')} extra={t('nationalityHint')} rules={[{ required: true, message: t('required') }]}>
          <NationalitySelect data-testid="status-check-nationality" />
        </Form.Item>
        <Form.Item name="passportNumber" label={t('passportNumber')} extra={t('passportNumberHint')} rules={required}>
          <Input maxLength={20} style={{ maxWidth: 300 }} data-testid="status-check-passport" translate="no" />
        </Form.Item>
        <Form.Item name="mrzLines" label={t('mrzLines')} extra={t('mrzLinesHint')}>
          <Input.TextArea rows={2} maxLength={100} style={{ fontFamily: 'monospace', maxWidth: 560 }} data-testid="status-check-mrz" translate="no" />
        </Form.Item>
        <Form.Item name="note" label={t('note')}>
          <Input.TextArea rows={2} maxLength={500} data-testid="status-check-note" />
        </Form.Item>
      </ChangeForm>
    </Card>
  );
}
