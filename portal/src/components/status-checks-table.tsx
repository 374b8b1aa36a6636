'use client';
/** One page of foreign-national status checks, in the order the server sorted them, with the count and the paging links. */
import { Table, type TableProps } from 'antd';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { type HTMLAttributes } from 'react';
import type { StatusChecksQuery } from '@/gql/graphql';
import { EnumTag } from './enum-tag';
import { NationalityLabel } from './nationality-label';
import { PagingFooter } from './paging-footer';
import { useRecordFormatters } from './record-formatters';

type Row = StatusChecksQuery['foreignNationalStatusChecksConnection']['edges'][number]['node'];

export interface StatusChecksTableProps {
  rows: Row[];
  totalCount: number;
  nextHref: string | undefined;
  firstHref: string | undefined;
}

export function StatusChecksTable({ rows, totalCount, nextHref, firstHref }: StatusChecksTableProps) {
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
    <Table<Row>
      data-testid="status-checks-table"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('empty') }}
      onRow={(row) => ({ 'data-testid': 'status-check-row', 'data-status': row.status }) as HTMLAttributes<HTMLElement>}
      footer={() => <PagingFooter totalCount={totalCount} shown={rows.length} firstHref={firstHref} nextHref={nextHref} countTestId="status-checks-total" />}
    />
  );
}
