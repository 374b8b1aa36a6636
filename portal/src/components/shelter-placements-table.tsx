'use client';
/**
 * One page of the shelter's records of referrals (the answers and the stays), in the order asked
 * for: status, party, the victim once admitted, when answered and admitted, and the stay's clock
 * against its end (overdue in red, in the due-clock style); each opening the referral; the count,
 * the paging links and the CSV export below.
 */
import { type TableProps } from 'antd';
import { useTranslations } from 'next-intl';
import type { ShelterPlacementsPageQuery } from '@/gql/graphql';
import { DueClock } from './due-clock';
import { EnumTag } from './enum-tag';
import { type PagingProps } from './paging-footer';
import { PersonLink } from './person-link';
import { useRecordFormatters } from './record-formatters';
import { openReferralColumn, ShelterDeskTable } from './shelter-desk-table';

type Row = ShelterPlacementsPageQuery['shelterPlacementsConnection']['edges'][number]['node'];

/** Statuses whose stay runs against its end date. */
const STAYING = new Set(['ADMITTED', 'EXTENDED']);

export interface ShelterPlacementsTableProps {
  rows: Row[];
  paging: PagingProps;
  exportHref: string | undefined;
}

export function ShelterPlacementsTable({ rows, paging, exportHref }: ShelterPlacementsTableProps) {
  const t = useTranslations('shelterWork');
  const format = useRecordFormatters();
  const columns: TableProps<Row>['columns'] = [
    { key: 'status', title: t('detail.status'), render: (_, row) => <EnumTag kind="ShelterPlacementStatus" value={row.status} /> },
    { key: 'victim', title: t('desk.victim'), render: (_, row) => (row.person ? <PersonLink person={row.person} /> : format.none) },
    { key: 'party', title: t('desk.party'), render: (_, row) => row.partySize },
    { key: 'org', title: t('form.organisation'), render: (_, row) => row.referringOrganisation ?? format.none },
    { key: 'decidedAt', title: t('desk.decidedAt'), render: (_, row) => (row.decidedAt ? format.dateTime(row.decidedAt) : format.none) },
    { key: 'admittedAt', title: t('desk.admittedAt'), render: (_, row) => (row.admittedAt ? format.dateTime(row.admittedAt) : format.none) },
    {
      key: 'stay',
      title: t('detail.stayUntil'),
      render: (_, row) => (STAYING.has(row.status) || row.endedAt ? <DueClock dueAt={row.stayUntil ?? null} doneAt={row.endedAt} testId="stay-clock" /> : format.none),
    },
    openReferralColumn<Row>((row) => row.referralId, t('desk.open'), 'desk-open-placement'),
  ];
  return (
    <ShelterDeskTable<Row>
      list="placements"
      rows={rows}
      columns={columns}
      emptyText={t('desk.noPlacements')}
      rowTestId="desk-placement-row"
      rowData={(row) => ({ 'data-status': row.status, 'data-referral': row.referralId })}
      paging={paging}
      exportHref={exportHref}
    />
  );
}
