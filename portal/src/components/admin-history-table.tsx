'use client';
/** The admin history, newest first: who did what to which account or client, when, and how it ended. */
import { Table, Tag, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { type HTMLAttributes } from 'react';
import { type AdminHistoryLine } from '@/session/identity-admin.client';
import { useRecordFormatters } from './record-formatters';

const OUTCOME_COLOURS: Record<string, string> = { SUCCEEDED: 'green', REFUSED: 'orange', DENIED: 'red' };

export function AdminHistoryTable({ lines }: { lines: AdminHistoryLine[] }) {
  const t = useTranslations('admin.history');
  const format = useRecordFormatters();
  /** A label from the catalogue when it has one, else the code as it is. */
  const label = (group: 'actions' | 'outcomes' | 'targetTypes', code: string) => (t.has(`${group}.${code}` as never) ? t(`${group}.${code}` as never) : code);
  const columns = [
    { key: 'at', title: t('columns.at'), render: (_: unknown, l: AdminHistoryLine) => format.dateTime(l.at) },
    { key: 'actor', title: t('columns.actor'), render: (_: unknown, l: AdminHistoryLine) => <Typography.Text translate="no">{l.actor}</Typography.Text> },
    { key: 'action', title: t('columns.action'), render: (_: unknown, l: AdminHistoryLine) => label('actions', l.action) },
    {
      key: 'target',
      title: t('columns.target'),
      render: (_: unknown, l: AdminHistoryLine) => (
        <>
          {label('targetTypes', l.targetType)}
          {l.targetId ? (
            <>
              {' '}
              <Typography.Text code translate="no">
                {l.targetId}
              </Typography.Text>
            </>
          ) : null}
        </>
      ),
    },
    { key: 'outcome', title: t('columns.outcome'), render: (_: unknown, l: AdminHistoryLine) => <Tag color={OUTCOME_COLOURS[l.outcome]}>{label('outcomes', l.outcome)}</Tag> },
    {
      key: 'detail',
      title: t('columns.detail'),
      render: (_: unknown, l: AdminHistoryLine) =>
        l.detail ? (
          <Typography.Text type="secondary" translate="no" style={{ wordBreak: 'break-all' }}>
            {l.detail}
          </Typography.Text>
        ) : (
          format.none
        ),
    },
  ];
  return (
    <Table<AdminHistoryLine>
      data-testid="admin-history"
      rowKey="seq"
      size="small"
      columns={columns}
      dataSource={lines}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('empty') }}
      onRow={(l) => ({ 'data-testid': 'admin-history-row', 'data-action': l.action, 'data-outcome': l.outcome, 'data-target': l.targetId ?? '' }) as HTMLAttributes<HTMLElement>}
    />
  );
}
