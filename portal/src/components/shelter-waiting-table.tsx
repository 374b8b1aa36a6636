'use client';
/**
 * One page of the referrals waiting for the shelter's answer, in the order the server sorted them
 * (the highest risk first, the longest waiting first within a level, unless asked otherwise): the
 * victim as far as the shelter may see her, the risk, the party, how long it has waited; each
 * opening to accept or decline; the count, the paging links and the CSV export below.
 */
import { type TableProps } from 'antd';
import { useTranslations } from 'next-intl';
import type { ShelterWaitingPageQuery } from '@/gql/graphql';
import { EnumTag, useEnumLabel } from './enum-tag';
import { type PagingProps } from './paging-footer';
import { useRecordFormatters } from './record-formatters';
import { openReferralColumn, ShelterDeskTable } from './shelter-desk-table';
import { useNow } from './use-now';

type Row = ShelterWaitingPageQuery['shelterReferralsAwaitingAnswer']['edges'][number]['node'];

export interface ShelterWaitingTableProps {
  rows: Row[];
  paging: PagingProps;
  exportHref: string | undefined;
}

/** How long a referral has waited, as the clocks say durations (`已等待 2 天 3 小时`). */
function WaitingFor({ since }: { since: string }) {
  const now = useNow();
  const t = useTranslations('shelterWork.desk');
  const format = useRecordFormatters();
  return <span data-testid="waiting-clock">{now === null ? '…' : t('waitingFor', { time: format.duration(Math.max(0, now - Date.parse(since))) })}</span>;
}

export function ShelterWaitingTable({ rows, paging, exportHref }: ShelterWaitingTableProps) {
  const t = useTranslations('shelterWork');
  const label = useEnumLabel();
  const format = useRecordFormatters();
  const columns: TableProps<Row>['columns'] = [
    {
      key: 'victim',
      title: t('desk.victim'),
      render: (_, row) => (
        <span data-testid="waiting-victim">
          <span translate="no">{row.victim.name ?? t('desk.noName')}</span>
          {' · '}
          {label({ kind: 'VictimSex', value: row.victim.sex })}
          {row.victim.age === null || row.victim.age === undefined ? null : ` · ${t(row.victim.ageEstimated ? 'desk.ageAbout' : 'desk.age', { age: row.victim.age })}`}
        </span>
      ),
    },
    { key: 'risk', title: t('form.riskLevel'), render: (_, row) => <EnumTag kind="RiskLevel" value={row.riskLevel} /> },
    { key: 'victimType', title: t('form.victimType'), render: (_, row) => label({ kind: 'VictimType', value: row.victimType }) },
    { key: 'party', title: t('desk.party'), render: (_, row) => 1 + row.accompanyingChildren },
    { key: 'org', title: t('form.organisation'), render: (_, row) => row.referringOrganisation },
    { key: 'submittedAt', title: t('desk.submittedAt'), render: (_, row) => format.dateTime(row.submittedAt) },
    { key: 'waiting', title: t('desk.waitingColumn'), render: (_, row) => <WaitingFor since={row.submittedAt} /> },
    openReferralColumn<Row>((row) => row.id, t('desk.open'), 'desk-open-referral'),
  ];
  return (
    <ShelterDeskTable<Row>
      list="waiting"
      rows={rows}
      columns={columns}
      emptyText={t('desk.noneWaiting')}
      rowTestId="desk-waiting-row"
      rowData={(row) => ({ 'data-id': row.id, 'data-risk': row.riskLevel })}
      paging={paging}
      exportHref={exportHref}
    />
  );
}
