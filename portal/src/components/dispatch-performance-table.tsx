'use client';
/** The share of street reports on scene within 30 minutes, per district and per network level. */
import { Progress, Table, type TableProps } from 'antd';
import { useTranslations } from 'next-intl';
import { type HTMLAttributes } from 'react';
import type { DispatchBoardQuery } from '@/gql/graphql';

type Row = DispatchBoardQuery['dispatchPerformance'][number];

export function DispatchPerformanceTable({ rows, testId }: { rows: Row[]; testId: string }) {
  const t = useTranslations('dispatch.performance');
  const columns: TableProps<Row>['columns'] = [
    { key: 'name', title: t('name'), render: (_, row) => row.name },
    { key: 'reports', title: t('reports'), align: 'right', render: (_, row) => row.reports },
    { key: 'onSceneWithin30', title: t('onSceneWithin30'), align: 'right', render: (_, row) => row.onSceneWithin30 },
    {
      key: 'share',
      title: t('share'),
      render: (_, row) => (
        <Progress percent={Math.round(row.share * 1000) / 10} size="small" status={row.share < 0.8 ? 'exception' : 'success'} style={{ minWidth: 160 }} />
      ),
    },
  ];
  return (
    <Table<Row>
      data-testid={testId}
      rowKey={(row) => `${row.group}|${row.name}`}
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: t('empty') }}
      onRow={() => ({ 'data-testid': 'performance-row' }) as HTMLAttributes<HTMLElement>}
    />
  );
}
