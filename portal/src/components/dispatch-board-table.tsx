'use client';
/**
 * A page of the dispatch board: open street reports, the longest waiting first, each with its
 * running clock (ticking in the browser from the report's timestamps), the ones past 30 minutes
 * without a team on scene flagged, and the buttons that move each report one step on; the count
 * of all open reports and the paging links below.
 */
import { Button, Space, Tag, type TableProps } from 'antd';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { StreetReportRowFragment, StreetReportStatus } from '@/gql/graphql';
import { nextDispatchSteps } from '@/lib/dispatch-step.rules';
import { reportClock } from '@/lib/running-clock.format';
import { DispatchStepDialog } from './dispatch-step-dialog';
import { useOperationsEnumLabel } from './operations-enum-label';
import { type PagingProps } from './paging-footer';
import { RecordTable } from './record-table';
import { useRecordFormatters } from './record-formatters';
import { RunningClock } from './running-clock';
import { useNowDerived } from './use-now';

export function DispatchBoardTable({ rows, paging }: { rows: StreetReportRowFragment[]; paging: PagingProps }) {
  const t = useTranslations('dispatch');
  const label = useOperationsEnumLabel();
  const format = useRecordFormatters();
  // Which reports are past the on-scene target: the table re-renders when that set changes, the clocks every second.
  const missed = useNowDerived((now) =>
    now === null ? '' : rows.filter((row) => reportClock({ reportedAt: row.reportedAt, onSceneAt: row.onSceneAt ?? null }, now).missedTarget).map((row) => row.id).join(' '),
  );
  const missedIds = new Set(missed.split(' '));
  const [step, setStep] = useState<{ report: StreetReportRowFragment; to: StreetReportStatus } | null>(null);

  const columns: TableProps<StreetReportRowFragment>['columns'] = [
    {
      key: 'clock',
      title: t('columns.clock'),
      render: (_, row) => <RunningClock reportedAt={row.reportedAt} onSceneAt={row.onSceneAt ?? null} />,
    },
    {
      key: 'status',
      title: t('columns.status'),
      render: (_, row) => (
        <Tag color="blue" data-testid="report-status" data-value={row.status}>
          {label({ kind: 'StreetReportStatus', value: row.status })}
        </Tag>
      ),
    },
    { key: 'source', title: t('columns.source'), render: (_, row) => label({ kind: 'ReportSource', value: row.source }) },
    { key: 'description', title: t('columns.description'), render: (_, row) => <span data-testid="report-description">{row.description}</span> },
    { key: 'address', title: t('columns.address'), render: (_, row) => `${row.address} (${row.district})` },
    { key: 'reportedAt', title: t('columns.reportedAt'), render: (_, row) => format.dateTime(row.reportedAt) },
    {
      key: 'dispatchedTo',
      title: t('columns.dispatchedTo'),
      render: (_, row) =>
        row.dispatchedTo
          ? `${row.dispatchedTo.name}${row.dispatchDistanceMeters != null ? ` · ${t('meters', { meters: row.dispatchDistanceMeters })}` : ''}`
          : format.none,
    },
    {
      key: 'steps',
      title: t('columns.steps'),
      render: (_, row) => (
        <Space size={4} wrap>
          {nextDispatchSteps(row.status).map((to) => (
            <Button key={to} size="small" type={to === 'CLOSED' ? 'default' : 'primary'} data-testid={`step-${to}`} onClick={() => setStep({ report: row, to })}>
              {t(`steps.${to}` as Parameters<typeof t>[0])}
            </Button>
          ))}
        </Space>
      ),
    },
  ];

  return (
    <>
      <RecordTable<StreetReportRowFragment>
        testId="dispatch-board-table"
        rows={rows}
        columns={columns}
        emptyText={t('empty')}
        rowTestId="street-report-row"
        rowData={(row) => ({ 'data-report-id': row.id, 'data-missed': missedIds.has(row.id) })}
        paging={{ ...paging, countTestId: 'dispatch-board-total' }}
      />
      {step ? <DispatchStepDialog report={step.report} to={step.to} onClose={() => setStep(null)} /> : null}
    </>
  );
}
