'use client';
/** Shelter referrals (women's federation), on a profile or as the referral list. */
import { Table, type TableProps } from 'antd';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { type HTMLAttributes } from 'react';
import type { ShelterReferralRowFragment } from '@/gql/graphql';
import { EnumTag, useEnumLabel } from './enum-tag';
import { PagingFooter, type PagingProps } from './paging-footer';
import { PersonLink } from './person-link';
import { useRecordFormatters } from './record-formatters';

type Row = ShelterReferralRowFragment & { person?: { id: string; displayName: string } | null };

export interface ShelterReferralsTableProps {
  rows: Row[];
  emptyText: string;
  /** A page of the whole list (the count and the paging links); absent where the rows are all there is (a person's referrals). */
  paging?: PagingProps;
}

export function ShelterReferralsTable({ rows, emptyText, paging }: ShelterReferralsTableProps) {
  const t = useTranslations('shelterReferrals.columns');
  const label = useEnumLabel();
  const format = useRecordFormatters();
  const withPerson = rows.some((row) => row.person);

  const columns: TableProps<Row>['columns'] = [
    ...(withPerson
      ? [{ key: 'person', title: t('person'), render: (_: unknown, row: Row) => (row.person ? <PersonLink person={row.person} /> : null) }]
      : []),
    { key: 'status', title: t('status'), render: (_, row) => <EnumTag kind="ShelterReferralStatus" value={row.status} /> },
    { key: 'victimType', title: t('victimType'), render: (_, row) => label({ kind: 'VictimType', value: row.victimType }) },
    { key: 'riskLevel', title: t('riskLevel'), render: (_, row) => <EnumTag kind="RiskLevel" value={row.riskLevel} /> },
    { key: 'referringOrganisation', title: t('referringOrganisation'), dataIndex: 'referringOrganisation' },
    { key: 'referringCaseworker', title: t('referringCaseworker'), dataIndex: 'referringCaseworker' },
    { key: 'accompanyingChildren', title: t('accompanyingChildren'), dataIndex: 'accompanyingChildren', align: 'right' },
    { key: 'submittedAt', title: t('submittedAt'), render: (_, row) => format.dateTime(row.submittedAt) },
    {
      key: 'open',
      title: '',
      render: (_, row) => (
        <Link href={`/shelter-referrals/${row.id}`} data-testid="shelter-referral-open" data-id={row.id}>
          {t('open')}
        </Link>
      ),
    },
  ];

  return (
    <Table<Row>
      data-testid="shelter-referrals-table"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      {...(paging
        ? { footer: () => <PagingFooter {...paging} shown={rows.length} countTestId="shelter-referrals-total" /> }
        : {})}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText }}
      onRow={() => ({ 'data-testid': 'shelter-referral-row' }) as HTMLAttributes<HTMLElement>}
    />
  );
}
