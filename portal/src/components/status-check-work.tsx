'use client';
/**
 * The police's answer to a status check: legal entry, legal residence or an illegal stay (with the
 * hand-over record: number, police unit, when). The outcome is asked before it is recorded: a
 * legal status notifies the foreign-affairs office, an illegal stay hands the person over, and
 * neither can be taken back. A refusal (a taken record number, someone else's answer first) is
 * shown and nothing is stored.
 */
import { Card, Form, Input, Radio } from 'antd';
import { useTranslations } from 'next-intl';
import { recordStatus } from '@/graph/status-check.action';
import type { StatusCheckDetailQuery } from '@/gql/graphql';
import { cityWallClockToInstant } from '@/lib/city-time.calendar';
import { STATUS_CHECK_OUTCOMES } from '@/lib/rescue-operations.vocabulary';
import { ChangeForm } from './change-form';
import { CityDateTimePicker } from './city-date-picker';
import { useConfirmStep } from './confirm-step';
import { useEnumLabel } from './enum-tag';
import { useChange } from './use-change';

type Check = NonNullable<StatusCheckDetailQuery['foreignNationalStatusCheck']>;

interface OutcomeValues {
  outcome: (typeof STATUS_CHECK_OUTCOMES)[number];
  note?: string;
  recordNumber?: string;
  policeUnit?: string;
  /** The city's wall clock, `YYYY-MM-DD HH:mm`. */
  handedOverAt?: string | null;
}

export function StatusCheckWork({ check }: { check: Check }) {
  const t = useTranslations('statusChecks.outcome');
  const label = useEnumLabel();
  const confirm = useConfirmStep();
  const change = useChange();
  const { run } = change;
  const [form] = Form.useForm<OutcomeValues>();
  const outcome = Form.useWatch('outcome', form);
  const required = [{ required: true, whitespace: true, message: t('required') }];
  const submit = (values: OutcomeValues) => {
    const record = () =>
      run(() =>
        recordStatus({
          statusCheckId: check.id,
          expectedVersion: check.version,
          outcome: values.outcome,
          note: values.note,
          recordNumber: values.recordNumber,
          policeUnit: values.policeUnit,
          handedOverAt: (values.handedOverAt && cityWallClockToInstant(values.handedOverAt)) || undefined,
        }),
      );
    const illegal = values.outcome === 'ILLEGAL';
    confirm(
      {
        title: t('confirmTitle', { outcome: label({ kind: 'ForeignNationalStatusOutcome', value: values.outcome }) }),
        consequence: illegal ? t('consequenceIllegal', { unit: values.policeUnit ?? '' }) : t('consequenceLegal'),
        okText: t('submit'),
        danger: illegal,
      },
      record,
    );
  };
  return (
    <Card size="small" title={t('title')} style={{ marginBottom: 16 }}>
      <ChangeForm<OutcomeValues>
        change={change}
        form={form}
        name="status-outcome"
        requiredMark={false}
        onFinish={submit}
        data-testid="status-outcome-form"
        submit={{ text: t('submit'), testId: 'status-outcome-submit', look: 'primary' }}
      >
        <Form.Item name="outcome" label={t('outcome')} rules={[{ required: true, message: t('required') }]}>
          <Radio.Group
            optionType="button"
            data-testid="status-outcome"
            options={STATUS_CHECK_OUTCOMES.map((value) => ({ value, label: label({ kind: 'ForeignNationalStatusOutcome', value }) }))}
          />
        </Form.Item>
        {outcome === 'ILLEGAL' ? (
          <>
            <Form.Item name="recordNumber" label={t('recordNumber')} extra={t('recordNumberHint')} rules={required}>
              <Input maxLength={40} data-testid="hand-over-record-number" />
            </Form.Item>
            <Form.Item name="policeUnit" label={t('policeUnit')} rules={required}>
              <Input maxLength={100} data-testid="hand-over-police-unit" />
            </Form.Item>
            <Form.Item name="handedOverAt" label={t('handedOverAt')} extra={t('handedOverAtHint')}>
              <CityDateTimePicker max="today" data-testid="hand-over-at" />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="note" label={t('note')} extra={t('noteHint')}>
          <Input.TextArea maxLength={500} rows={2} data-testid="status-outcome-note" />
        </Form.Item>
      </ChangeForm>
    </Card>
  );
}
