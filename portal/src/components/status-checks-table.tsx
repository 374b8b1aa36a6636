'use client';
/** One page of foreign-national status checks, in the order the server sorted them, with the count and the paging links. */
import { type TableProps } from 'antd';
import { Link } from './link';
import { useTranslations } from 'next-intl';
import type { StatusChecksQuery } from '@/gql/graphql';
import { EnumTag } from './enum-tag';
import { NationalityLabel } from './nationality-label';
import { type PagingProps } from './paging-footer';
import { RecordTable } from './record-table';
import { useRecordFormatters } from './record-formatters';

type Row = StatusChecksQuery['foreignNationalStatusChecksConnection']['edges'][number]['node'];

export interface StatusChecksTableProps {
  rows: Row[];
  paging: PagingProps;
}

export function StatusChecksTable({ rows, paging }: StatusChecksTableProps) {
  const t = useTranslations('statusChecks');
  const common = useTranslations('common');
  const format = useRecordFormatters();
  const columns: TableProps<Row>['columns'] = [
    {
      key: 'person',
      title: t('columns.person'),
      render: (_, row) => (
        <Link href={`/status-checks/${encodeURIComponent(row.id)}`} data-testid="open-status-check">
          {row.person ? <span translate="no">{row.person.displayName}</span> : common('restricted')}
        </Link>
      ),
    },
    { key: 'status', title: t('columns.status'), render: (_, row) => <EnumTag kind="ForeignNationalStatusCheckStatus" value={row.status} /> },
    { key: 'nationality', title: t('columns.nationality'), render: (_, row) => <NationalityLabel code={row.nationality} /> },
    { key: 'passport', title: t('columns.passportNumber'), render: (_, row) => <span translate="no">{row.passportNumber}</span> },
    { key: 'mrz', title: t('columns.mrzVerified'), render: (_, row) => (row.mrzVerified ? t('mrzVerifiedYes') : t('mrzVerifiedNo')) },
    { key: 'station', title: t('columns.station'), render: (_, row) => row.requestingStation.name },
    { key: 'requestedAt', title: t('columns.requestedAt'), render: (_, row) => format.dateTime(row.requestedAt) },
    { key: 'concludedAt', title: t('columns.concludedAt'), render: (_, row) => format.dateTime(row.concludedAt) },
  ];
  return (
    <RecordTable<Row>
      testId="status-checks-table"
      rows={rows}
      columns={columns}
      emptyText={t('empty')}
      rowTestId="status-check-row"
      rowData={(row) => ({ 'data-status': row.status })}
      paging={{ ...paging, countTestId: 'status-checks-total' }}
    />
  );
}
