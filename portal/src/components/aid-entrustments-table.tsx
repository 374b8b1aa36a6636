'use client';
/** Aid entrustments (foreign-affairs office), on a profile or as the entrustment list. */
import { Space, Tag, type TableProps } from 'antd';
import { Link } from './link';
import { useTranslations } from 'next-intl';
import type { AidEntrustmentRowFragment } from '@/gql/graphql';
import { EnumTag, useEnumLabel } from './enum-tag';
import { NationalityLabel } from './nationality-label';
import { personColumns, RecordTable, type RecordListProps, type WithPerson } from './record-table';
import { useRecordFormatters } from './record-formatters';

type Row = WithPerson<AidEntrustmentRowFragment>;

export type AidEntrustmentsTableProps = RecordListProps<AidEntrustmentRowFragment>;

export function AidEntrustmentsTable({ rows, emptyText, paging }: AidEntrustmentsTableProps) {
  const t = useTranslations('aidEntrustments.columns');
  const label = useEnumLabel();
  const format = useRecordFormatters();

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
    ...personColumns(rows, t('person')),
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
    <RecordTable<Row>
      testId="aid-entrustments-table"
      rows={rows}
      columns={columns}
      emptyText={emptyText}
      rowTestId="aid-entrustment-row"
      {...(paging ? { paging: { ...paging, countTestId: 'aid-entrustments-total' } } : {})}
    />
  );
}
