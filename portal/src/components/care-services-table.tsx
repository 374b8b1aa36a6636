'use client';
/** The services given to a person in care: what, when, by whom. */
import { Table, type TableProps } from 'antd';
import { useTranslations } from 'next-intl';
import { type HTMLAttributes } from 'react';
import type { RescueCasePageQuery } from '@/gql/graphql';
import { useOperationsEnumLabel } from './operations-enum-label';
import { useRecordFormatters } from './record-formatters';

type Service = NonNullable<RescueCasePageQuery['rescueCase']>['services'][number];

export function CareServicesTable({ rows }: { rows: Service[] }) {
  const t = useTranslations('rescueCase.services');
  const label = useOperationsEnumLabel();
  const format = useRecordFormatters();
  const columns: TableProps<Service>['columns'] = [
    { key: 'kind', title: t('kind'), render: (_, row) => label({ kind: 'CareServiceKind', value: row.kind }) },
    { key: 'givenAt', title: t('givenAt'), render: (_, row) => format.dateTime(row.givenAt) },
    { key: 'givenBy', title: t('givenBy'), render: (_, row) => row.givenBy },
    { key: 'note', title: t('note'), render: (_, row) => row.note ?? format.none },
  ];
  return (
    <Table<Service>
      data-testid="care-services-table"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: t('empty') }}
      onRow={() => ({ 'data-testid': 'care-service-row' }) as HTMLAttributes<HTMLElement>}
    />
  );
}
