'use client';
/**
 * One page of the police identity-check queue, in the order the server sorted it (overdue ones
 * flagged), with the count of all that match, links to the next and the first page, and the CSV
 * export of the whole view.
 */
import { Tag, type TableProps } from 'antd';
import { Link } from './link';
import { useTranslations } from 'next-intl';
import type { IdentityCheckQueueQuery } from '@/gql/graphql';
import { isConcluded } from '@/lib/identity-check-queue.order';
import { DueClock } from './due-clock';
import { EnumTag, useEnumLabel } from './enum-tag';
import { type PagingProps } from './paging-footer';
import { RecordTable } from './record-table';
import { useRecordFormatters } from './record-formatters';

type Row = IdentityCheckQueueQuery['identityChecksConnection']['edges'][number]['node'];

export interface IdentityCheckQueueTableProps {
  rows: Row[];
  paging: PagingProps;
  /** The CSV export of the whole view (every page); absent when nothing matches. */
  exportHref: string | undefined;
}

export function IdentityCheckQueueTable({ rows, paging, exportHref }: IdentityCheckQueueTableProps) {
  const t = useTranslations('checkQueue');
  const common = useTranslations('common');
  const label = useEnumLabel();
  const format = useRecordFormatters();
  const columns: TableProps<Row>['columns'] = [
    {
      key: 'person',
      title: t('columns.person'),
      render: (_, row) => (
        <Link href={`/check-queue/${encodeURIComponent(row.id)}`} data-testid="open-check">
          {row.person ? <span translate="no">{row.person.displayName}</span> : common('restricted')}
        </Link>
      ),
    },
    { key: 'status', title: t('columns.status'), render: (_, row) => <EnumTag kind="IdentityCheckStatus" value={row.status} /> },
    { key: 'reason', title: t('columns.reason'), render: (_, row) => label({ kind: 'IdentityCheckReason', value: row.reason }) },
    { key: 'station', title: t('columns.station'), render: (_, row) => row.requestingStation.name },
    { key: 'requestedAt', title: t('columns.requestedAt'), render: (_, row) => format.dateTime(row.requestedAt) },
    {
      key: 'due',
      title: t('columns.due'),
      render: (_, row) => (isConcluded(row.status) ? format.none : <DueClock dueAt={row.resultDueAt} testId="check-due-clock" />),
    },
    {
      key: 'overdue',
      title: t('columns.overdue'),
      render: (_, row) =>
        row.overdue ? (
          <Tag color="red" data-testid="check-overdue">
            {t('overdue')}
          </Tag>
        ) : null,
    },
  ];
  return (
    <RecordTable<Row>
      testId="check-queue-table"
      rows={rows}
      columns={columns}
      emptyText={t('empty')}
      rowTestId="check-queue-row"
      rowData={(row) => ({ 'data-status': row.status, 'data-overdue': row.overdue })}
      paging={{
        ...paging,
        countTestId: 'check-queue-total',
        footerExtra: exportHref ? (
          // A download, not a page: a plain link, so the browser saves the file.
          <a href={exportHref} download data-testid="check-queue-export">
            {t('exportCsv')}
          </a>
        ) : null,
      }}
    />
  );
}
