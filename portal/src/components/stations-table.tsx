'use client';
/** Units of the rescue network at one level: kind, area served, parent, and persons in care. */
import { Table, Tag, type TableProps } from 'antd';
import { useTranslations } from 'next-intl';
import { type HTMLAttributes } from 'react';
import type { StationsQuery } from '@/gql/graphql';
import { EnumTag, useEnumLabel } from './enum-tag';

type Row = StationsQuery['stations'][number];

export function StationsTable({ rows }: { rows: Row[] }) {
  const t = useTranslations('stations');
  const common = useTranslations('common');
  const label = useEnumLabel();

  const columns: TableProps<Row>['columns'] = [
    { key: 'name', title: t('columns.name'), dataIndex: 'name' },
    { key: 'kind', title: t('columns.kind'), render: (_, row) => label({ kind: 'StationKind', value: row.kind }) },
    { key: 'level', title: t('columns.level'), render: (_, row) => <EnumTag kind="NetworkLevel" value={row.level} /> },
    {
      key: 'jurisdiction',
      title: t('columns.jurisdiction'),
      render: (_, row) => (
        <span>
          {row.jurisdictionName} <span style={{ color: '#8c8c8c' }}>({row.jurisdiction})</span>
        </span>
      ),
    },
    { key: 'parent', title: t('columns.parent'), render: (_, row) => row.parent?.name ?? common('none') },
    { key: 'address', title: t('columns.address'), render: (_, row) => row.address ?? t('mobile') },
    {
      key: 'isOpen',
      title: t('columns.isOpen'),
      render: (_, row) => (row.isOpen ? <Tag color="green">{t('open')}</Tag> : <Tag>{t('closed')}</Tag>),
    },
    {
      key: 'openCaseCount',
      title: t('columns.openCaseCount'),
      dataIndex: 'openCaseCount',
      align: 'right',
      sorter: (a, b) => a.openCaseCount - b.openCaseCount,
    },
  ];

  return (
    <Table<Row>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      onRow={() => ({ 'data-testid': 'station-row' }) as HTMLAttributes<HTMLElement>}
    />
  );
}
