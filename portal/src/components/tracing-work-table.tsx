'use client';
/**
 * One page of the tracing work list: unidentified persons in care with their three clocks (public
 * notice within 24 hours, DNA request within 7 working days, police result within a month), in the
 * order the server sorted them (overdue ones first unless asked otherwise), each linking to the
 * person's explained candidate matches; the count, the paging links and the CSV export below.
 */
import { Space, Tag, type TableProps } from 'antd';
import { Link } from './link';
import { useTranslations } from 'next-intl';
import type { TracingWorkRowFragment } from '@/gql/graphql';
import { CsvExportLink } from './csv-export-link';
import { DueClock } from './due-clock';
import { type PagingProps } from './paging-footer';
import { PersonLink } from './person-link';
import { RecordTable } from './record-table';
import { TracingClockActions } from './tracing-clock-actions';
import { useRecordFormatters } from './record-formatters';

/** A row of the list, keyed by its case (a person is in care once at a time). */
type Row = TracingWorkRowFragment & { id: string };

export interface TracingWorkTableProps {
  rows: TracingWorkRowFragment[];
  paging: PagingProps;
  /** The CSV export of the whole view (every page); absent when nothing matches. */
  exportHref: string | undefined;
}

export function TracingWorkTable({ rows, paging, exportHref }: TracingWorkTableProps) {
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
    <RecordTable<Row>
      testId="tracing-work-table"
      rows={rows.map((row) => ({ ...row, id: row.rescueCase.id }))}
      columns={columns}
      emptyText={t('empty')}
      rowTestId="tracing-row"
      rowData={(row) => ({ 'data-overdue': row.overdue.length > 0 })}
      paging={{ ...paging, countTestId: 'tracing-total', footerExtra: <CsvExportLink href={exportHref} text={t('exportCsv')} testId="tracing-export" /> }}
    />
  );
}
