'use client';
/** The police identity-check queue: open checks by due date (overdue ones flagged, on top), then concluded ones. */
import { Table, Tag, type TableProps } from 'antd';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { type HTMLAttributes } from 'react';
import type { IdentityCheckQueueQuery } from '@/gql/graphql';
import { isConcluded, queueOrder } from '@/lib/identity-check-queue.order';
import { DueClock } from './due-clock';
import { EnumTag, useEnumLabel } from './enum-tag';
import { useRecordFormatters } from './record-formatters';

type Row = IdentityCheckQueueQuery['identityChecks'][number];

export function IdentityCheckQueueTable({ rows }: { rows: Row[] }) {
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
    <Table<Row>
      data-testid="check-queue-table"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={queueOrder(rows)}
      pagination={rows.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('empty') }}
      onRow={(row) => ({ 'data-testid': 'check-queue-row', 'data-status': row.status, 'data-overdue': row.overdue }) as HTMLAttributes<HTMLElement>}
    />
  );
}
