'use client';
/**
 * One foreign-national status check: who asked about whom, the passport as the caller may see
 * it, where the check stands, what followed (the notice to the foreign-affairs office, or the
 * police hand-over) and its history.
 */
import { Card, Descriptions } from 'antd';
import { useTranslations } from 'next-intl';
import type { StatusCheckDetailQuery } from '@/gql/graphql';
import { EnumTag, useEnumLabel } from './enum-tag';
import { NationalityLabel } from './nationality-label';
import { PersonLink } from './person-link';
import { RecordFieldsCard } from './record-fields-card';
import { useRecordFormatters } from './record-formatters';
import { StatusHistory } from './status-history';

type Check = NonNullable<StatusCheckDetailQuery['foreignNationalStatusCheck']>;

export function StatusCheckRecord({ check }: { check: Check }) {
  const t = useTranslations('statusChecks');
  const common = useTranslations('common');
  const label = useEnumLabel();
  const format = useRecordFormatters();
  const notice = check.foreignAffairsNotification;
  const handOver = check.policeHandOver;
  return (
    <>
      <RecordFieldsCard
        testId="status-check-record"
        items={[
          { key: 'person', label: t('columns.person'), children: check.person ? <PersonLink person={check.person} /> : common('restricted') },
          { key: 'status', label: t('columns.status'), children: <span data-testid="status-check-status"><EnumTag kind="ForeignNationalStatusCheckStatus" value={check.status} /></span> },
          { key: 'nationality', label: t('columns.nationality'), children: <NationalityLabel code={check.nationality} /> },
          { key: 'passport', label: t('columns.passportNumber'), children: <span translate="no" data-testid="status-check-passport">{check.passportNumber}</span> },
          { key: 'mrz', label: t('columns.mrzVerified'), children: check.mrzVerified ? t('mrzVerifiedYes') : t('mrzVerifiedNo') },
          { key: 'station', label: t('columns.station'), children: check.requestingStation.name },
          { key: 'requested', label: t('columns.requestedAt'), children: `${format.dateTime(check.requestedAt)} · ${check.requestedBy}` },
          { key: 'concluded', label: t('columns.concludedAt'), children: check.concludedAt ? `${format.dateTime(check.concludedAt)} · ${check.concludedBy ?? ''}` : format.none },
        ]}
      />
      {notice ? (
        <Card title={t('notice.title')} style={{ marginBottom: 16 }} data-testid="status-check-notice">
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'at', label: t('notice.notifiedAt'), children: format.dateTime(notice.notifiedAt) },
              {
                key: 'ack',
                label: t('notice.acknowledged'),
                children: notice.acknowledged ? t('notice.acknowledgedBy', { by: notice.acknowledgedBy ?? '', at: format.dateTime(notice.acknowledgedAt) }) : t('notice.awaiting'),
              },
            ]}
          />
        </Card>
      ) : null}
      {handOver ? (
        <Card title={t('handOver.title')} style={{ marginBottom: 16 }} data-testid="status-check-hand-over">
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'number', label: t('handOver.recordNumber'), children: <span translate="no">{handOver.recordNumber}</span> },
              { key: 'unit', label: t('handOver.policeUnit'), children: handOver.policeUnit },
              { key: 'officer', label: t('handOver.officer'), children: handOver.officer },
              { key: 'at', label: t('handOver.handedOverAt'), children: format.dateTime(handOver.handedOverAt) },
            ]}
          />
        </Card>
      ) : null}
      <StatusHistory title={t('history')} events={check.events} stateOf={(event) => label({ kind: 'ForeignNationalStatusCheckStatus', value: event.toStatus })} testId="status-check-event" />
    </>
  );
}
