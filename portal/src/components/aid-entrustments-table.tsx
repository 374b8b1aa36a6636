'use client';
/** Aid entrustments (foreign-affairs office), on a profile or as the entrustment list. */
import { Space, Table, Tag, type TableProps } from 'antd';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { type HTMLAttributes } from 'react';
import type { AidEntrustmentRowFragment } from '@/gql/graphql';
import { EnumTag, useEnumLabel } from './enum-tag';
import { NationalityLabel } from './nationality-label';
import { PagingFooter, type PagingProps } from './paging-footer';
import { PersonLink } from './person-link';
import { useRecordFormatters } from './record-formatters';

type Row = AidEntrustmentRowFragment & { person?: { id: string; displayName: string } | null };

export interface AidEntrustmentsTableProps {
  rows: Row[];
  emptyText: string;
  /** A page of the whole list (the count and the paging links); absent where the rows are all there is (a person's entrustments). */
  paging?: PagingProps;
}

export function AidEntrustmentsTable({ rows, emptyText, paging }: AidEntrustmentsTableProps) {
  const t = useTranslations('aidEntrustments.columns');
  const label = useEnumLabel();
  const format = useRecordFormatters();
  const withPerson = rows.some((row) => row.person);

  const columns: TableProps<Row>['columns'] = [
    {
      key: 'documentNumber',
      title: t('documentNumber'),
      render: (_, row) => (
        <Link href={`/aid-entrustments/${row.id}`} data-testid="aid-entrustment-link" translate="no">
          {row.documentNumber}
        </Link>
      ),
    },
    ...(withPerson
      ? [{ key: 'person', title: t('person'), render: (_: unknown, row: Row) => (row.person ? <PersonLink person={row.person} /> : null) }]
      : []),
    { key: 'status', title: t('status'), render: (_, row) => <EnumTag kind="AidEntrustmentStatus" value={row.status} /> },
    { key: 'issuingOffice', title: t('issuingOffice'), render: (_, row) => label({ kind: 'IssuingOffice', value: row.issuingOffice }) },
    { key: 'nationality', title: t('nationality'), render: (_, row) => <NationalityLabel code={row.nationality} /> },
    { key: 'passportNumber', title: t('passportNumber'), render: (_, row) => <span translate="no">{row.passportNumber}</span> },
    {
      key: 'items',
      title: t('items'),
      render: (_, row) => (
        <Space size={4} wrap>
          {row.items.map((item) => (
            <Tag key={item.kind}>
              {label({ kind: 'AidItemKind', value: item.kind })} {format.money(item.cap)}
            </Tag>
          ))}
        </Space>
      ),
    },
    { key: 'totalCap', title: t('totalCap'), align: 'right', render: (_, row) => format.money(row.totalCap) },
    {
      key: 'validity',
      title: t('validity'),
      render: (_, row) => `${format.dateTime(row.validFrom)} – ${format.dateTime(row.validUntil)}`,
    },
    { key: 'issuedAt', title: t('issuedAt'), render: (_, row) => format.dateTime(row.issuedAt) },
  ];

  return (
    <Table<Row>
      data-testid="aid-entrustments-table"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      {...(paging ? { footer: () => <PagingFooter {...paging} shown={rows.length} countTestId="aid-entrustments-total" /> } : {})}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText }}
      onRow={() => ({ 'data-testid': 'aid-entrustment-row' }) as HTMLAttributes<HTMLElement>}
    />
  );
}
