'use client';
/** Identity checks (public security), on a profile or as the police work queue. */
import { Space, Tag, type TableProps } from 'antd';
import { useTranslations } from 'next-intl';
import type { IdentityCheckRowFragment } from '@/gql/graphql';
import { EnumTag, useEnumLabel } from './enum-tag';
import { personColumns, RecordTable, type RecordListProps, type WithPerson } from './record-table';
import { useRecordFormatters } from './record-formatters';

type Row = WithPerson<IdentityCheckRowFragment>;

export type IdentityChecksTableProps = RecordListProps<IdentityCheckRowFragment>;

export function IdentityChecksTable({ rows, emptyText, paging }: IdentityChecksTableProps) {
  const t = useTranslations('identityChecks.columns');
  const common = useTranslations('common');
  const label = useEnumLabel();
  const format = useRecordFormatters();

  const columns: TableProps<Row>['columns'] = [
    ...personColumns(rows, t('person')),
    { key: 'status', title: t('status'), render: (_, row) => <EnumTag kind="IdentityCheckStatus" value={row.status} /> },
    { key: 'reason', title: t('reason'), render: (_, row) => label({ kind: 'IdentityCheckReason', value: row.reason }) },
    { key: 'requestingStation', title: t('requestingStation'), render: (_, row) => row.requestingStation.name },
    { key: 'requestedAt', title: t('requestedAt'), render: (_, row) => format.dateTime(row.requestedAt) },
    { key: 'concludedAt', title: t('concludedAt'), render: (_, row) => format.dateTime(row.concludedAt) },
    {
      key: 'samples',
      title: t('samples'),
      render: (_, row) =>
        row.samples === null ? (
          // Sample details are public security's alone; other roles get null (and a FORBIDDEN error).
          <Tag data-testid="restricted-value">{common('restricted')}</Tag>
        ) : row.samples.length > 0 ? (
          <Space size={4} wrap>
            {row.samples.map((sample) => (
              <EnumTag key={sample.id} kind="SampleKind" value={sample.kind} />
            ))}
          </Space>
        ) : (
          format.none
        ),
    },
    // Names and places are data: marked never to be translated (and never taken for interface words).
    { key: 'verifiedName', title: t('verifiedName'), render: (_, row) => (row.verifiedName ? <span translate="no">{row.verifiedName}</span> : format.none) },
    {
      key: 'householdRegistration',
      title: t('householdRegistration'),
      render: (_, row) => (row.householdRegistration ? <span translate="no">{row.householdRegistration}</span> : format.none),
    },
  ];

  return (
    <RecordTable<Row>
      testId="identity-checks-table"
      rows={rows}
      columns={columns}
      emptyText={emptyText}
      rowTestId="identity-check-row"
      {...(paging ? { paging: { ...paging, countTestId: 'identity-checks-total' } } : {})}
    />
  );
}
