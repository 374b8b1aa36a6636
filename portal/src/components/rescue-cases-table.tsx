'use client';
/** A person's rescue cases (civil affairs): where, since when, in which state, how it ended. */
import { type TableProps } from 'antd';
import { Link } from './link';
import { useTranslations } from 'next-intl';
import type { RescueCaseRowFragment } from '@/gql/graphql';
import { EnumTag, useEnumLabel } from './enum-tag';
import { RecordTable } from './record-table';
import { useRecordFormatters } from './record-formatters';

export function RescueCasesTable({ rows }: { rows: RescueCaseRowFragment[] }) {
  const t = useTranslations('rescueCases');
  const empty = useTranslations('profile.civilAffairs');
  const label = useEnumLabel();
  const format = useRecordFormatters();
  const ops = useTranslations('rescueCase');

  const columns: TableProps<RescueCaseRowFragment>['columns'] = [
    { key: 'station', title: t('station'), render: (_, row) => row.station.name },
    { key: 'level', title: t('level'), render: (_, row) => <EnumTag kind="NetworkLevel" value={row.station.level} /> },
    { key: 'status', title: t('status'), render: (_, row) => <EnumTag kind="RescueCaseStatus" value={row.status} /> },
    { key: 'intakeSource', title: t('intakeSource'), render: (_, row) => label({ kind: 'IntakeSource', value: row.intakeSource }) },
    { key: 'intakeAt', title: t('intakeAt'), render: (_, row) => format.dateTime(row.intakeAt) },
    { key: 'zone', title: t('zone'), render: (_, row) => (row.zone ? label({ kind: 'CareZoneKind', value: row.zone }) : format.none) },
    { key: 'exitAt', title: t('exitAt'), render: (_, row) => format.dateTime(row.exitAt) },
    {
      key: 'exitReason',
      title: t('exitReason'),
      render: (_, row) => (row.exitReason ? label({ kind: 'ExitReason', value: row.exitReason }) : format.none),
    },
    { key: 'stayDays', title: t('stayDays'), align: 'right', render: (_, row) => t('days', { days: row.stayDays }) },
    {
      key: 'open',
      title: '',
      render: (_, row) => (
        <Link href={`/cases/${encodeURIComponent(row.id)}`} data-testid="open-case">
          {ops('openCase')}
        </Link>
      ),
    },
  ];

  return (
    <RecordTable<RescueCaseRowFragment> testId="rescue-cases-table" rows={rows} columns={columns} emptyText={empty('noRescueCases')} rowTestId="rescue-case-row" />
  );
}
