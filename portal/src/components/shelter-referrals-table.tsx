'use client';
/** Shelter referrals (women's federation), on a profile or as the referral list. */
import { type TableProps } from 'antd';
import { useTranslations } from 'next-intl';
import type { ShelterReferralRowFragment } from '@/gql/graphql';
import { EnumTag, useEnumLabel } from './enum-tag';
import { personColumns, RecordTable, type RecordListProps, type WithPerson } from './record-table';
import { useRecordFormatters } from './record-formatters';
import { openReferralColumn } from './shelter-desk-table';

type Row = WithPerson<ShelterReferralRowFragment>;

export type ShelterReferralsTableProps = RecordListProps<ShelterReferralRowFragment>;

export function ShelterReferralsTable({ rows, emptyText, paging }: ShelterReferralsTableProps) {
  const t = useTranslations('shelterReferrals.columns');
  const label = useEnumLabel();
  const format = useRecordFormatters();

  const columns: TableProps<Row>['columns'] = [
    ...personColumns(rows, t('person')),
    { key: 'status', title: t('status'), render: (_, row) => <EnumTag kind="ShelterReferralStatus" value={row.status} /> },
    { key: 'victimType', title: t('victimType'), render: (_, row) => label({ kind: 'VictimType', value: row.victimType }) },
    { key: 'riskLevel', title: t('riskLevel'), render: (_, row) => <EnumTag kind="RiskLevel" value={row.riskLevel} /> },
    { key: 'referringOrganisation', title: t('referringOrganisation'), dataIndex: 'referringOrganisation' },
    { key: 'referringCaseworker', title: t('referringCaseworker'), dataIndex: 'referringCaseworker' },
    { key: 'accompanyingChildren', title: t('accompanyingChildren'), dataIndex: 'accompanyingChildren', align: 'right' },
    { key: 'submittedAt', title: t('submittedAt'), render: (_, row) => format.dateTime(row.submittedAt) },
    openReferralColumn<Row>((row) => row.id, t('open'), 'shelter-referral-open'),
  ];

  return (
    <RecordTable<Row>
      testId="shelter-referrals-table"
      rows={rows}
      columns={columns}
      emptyText={emptyText}
      rowTestId="shelter-referral-row"
      {...(paging ? { paging: { ...paging, countTestId: 'shelter-referrals-total' } } : {})}
    />
  );
}
