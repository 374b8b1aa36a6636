'use client';
/**
 * The tracing work list: unidentified persons in care with their three clocks (public notice
 * within 24 hours, DNA request within 7 working days, police result within a month), overdue
 * ones first, each linking to the person's explained candidate matches.
 */
import { Space, Table, Tag, type TableProps } from 'antd';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { type HTMLAttributes } from 'react';
import type { TracingWorkListQuery } from '@/gql/graphql';
import { DueClock } from './due-clock';
import { PersonLink } from './person-link';
import { TracingClockActions } from './tracing-clock-actions';
import { useRecordFormatters } from './record-formatters';

type Row = TracingWorkListQuery['tracingWorkList'][number];

export function TracingWorkTable({ rows }: { rows: Row[] }) {
  const t = useTranslations('tracing');
  const format = useRecordFormatters();
  const columns: TableProps<Row>['columns'] = [
    { key: 'person', title: t('columns.person'), render: (_, row) => <PersonLink person={row.person} /> },
    { key: 'station', title: t('columns.station'), render: (_, row) => row.rescueCase.station.name },
    { key: 'intakeAt', title: t('columns.intakeAt'), render: (_, row) => format.dateTime(row.rescueCase.intakeAt) },
    { key: 'notice', title: t('columns.notice'), render: (_, row) => <DueClock dueAt={row.noticeDueAt ?? null} doneAt={row.noticePublishedAt} testId="notice-clock" /> },
    { key: 'dna', title: t('columns.dna'), render: (_, row) => <DueClock dueAt={row.dnaRequestDueAt} doneAt={row.dnaRequestedAt} testId="dna-clock" /> },
    { key: 'police', title: t('columns.police'), render: (_, row) => <DueClock dueAt={row.policeResultDueAt ?? null} testId="police-clock" /> },
    {
      key: 'overdue',
      title: t('columns.overdue'),
      render: (_, row) =>
        row.overdue.length > 0 ? (
          <Space size={4} wrap>
            {row.overdue.map((clock) => (
              <Tag key={clock} color="red" data-testid="overdue-flag">
                {t.has(`clocks.${clock}` as never) ? t(`clocks.${clock}` as Parameters<typeof t>[0]) : clock}
              </Tag>
            ))}
          </Space>
        ) : (
          format.none
        ),
    },
    {
      key: 'steps',
      title: t('columns.steps'),
      render: (_, row) => <TracingClockActions personId={row.person.id} noticeOpen={Boolean(row.noticeDueAt) && !row.noticePublishedAt} dnaOpen={!row.dnaRequestedAt} />,
    },
    {
      key: 'candidates',
      title: '',
      render: (_, row) => (
        <Link href={`/tracing/${encodeURIComponent(row.person.id)}`} data-testid="open-candidates">
          {t('openCandidates')}
        </Link>
      ),
    },
  ];
  return (
    <Table<Row>
      data-testid="tracing-work-table"
      rowKey={(row) => row.rescueCase.id}
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('empty') }}
      onRow={(row) => ({ 'data-testid': 'tracing-row', 'data-overdue': row.overdue.length > 0 }) as HTMLAttributes<HTMLElement>}
    />
  );
}
