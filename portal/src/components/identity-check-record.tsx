'use client';
/** One identity check as the police see it: its state and clock, the samples (kind, code, who, when) and its history. */
import { Card, Table, Tag } from 'antd';
import { useTranslations } from 'next-intl';
import { type HTMLAttributes } from 'react';
import type { IdentityCheckDetailQuery } from '@/gql/graphql';
import { EnumTag, useEnumLabel } from './enum-tag';
import { PersonLink } from './person-link';
import { RecordFieldsCard } from './record-fields-card';
import { useRecordFormatters } from './record-formatters';
import { StatusHistory } from './status-history';

type Check = NonNullable<IdentityCheckDetailQuery['identityCheck']>;
type Sample = NonNullable<Check['samples']>[number];

export function IdentityCheckRecord({ check }: { check: Check }) {
  const t = useTranslations('checkQueue');
  const columns = useTranslations('identityChecks.columns');
  const common = useTranslations('common');
  const label = useEnumLabel();
  const format = useRecordFormatters();
  return (
    <>
      <RecordFieldsCard
        testId="check-record"
        items={[
          { key: 'person', label: columns('person'), children: check.person ? <PersonLink person={check.person} /> : common('restricted') },
          { key: 'status', label: columns('status'), children: <span data-testid="check-status"><EnumTag kind="IdentityCheckStatus" value={check.status} /></span> },
          { key: 'reason', label: columns('reason'), children: label({ kind: 'IdentityCheckReason', value: check.reason }) },
          { key: 'station', label: columns('requestingStation'), children: check.requestingStation.name },
          { key: 'requestedAt', label: columns('requestedAt'), children: format.dateTime(check.requestedAt) },
          {
            key: 'due',
            label: t('columns.due'),
            children: (
              <>
                {format.dateTime(check.resultDueAt)} {check.overdue ? <Tag color="red">{t('overdue')}</Tag> : null}
              </>
            ),
          },
          { key: 'concludedAt', label: columns('concludedAt'), children: format.dateTime(check.concludedAt) },
          { key: 'verifiedName', label: columns('verifiedName'), children: <span data-testid="check-verified-name">{check.verifiedName ?? format.none}</span> },
          { key: 'household', label: columns('householdRegistration'), children: check.householdRegistration ?? format.none },
        ]}
      />
      <Card title={t('sample.listTitle')} style={{ marginBottom: 16 }}>
        <Table<Sample>
          rowKey="id"
          size="small"
          dataSource={check.samples ?? []}
          pagination={false}
          locale={{ emptyText: t('sample.none') }}
          onRow={() => ({ 'data-testid': 'sample-row' }) as HTMLAttributes<HTMLElement>}
          columns={[
            { key: 'kind', title: t('sample.kind'), render: (_, row) => <EnumTag kind="SampleKind" value={row.kind} /> },
            { key: 'code', title: t('sample.sampleCode'), render: (_, row) => row.sampleCode },
            { key: 'by', title: t('sample.collectedBy'), render: (_, row) => row.collectedBy },
            { key: 'at', title: t('sample.collectedAt'), render: (_, row) => format.dateTime(row.collectedAt) },
          ]}
        />
      </Card>
      <StatusHistory title={t('history')} events={check.events} stateOf={(event) => label({ kind: 'IdentityCheckStatus', value: event.toStatus })} testId="check-event" />
    </>
  );
}
