/**
 * `GET /tracing/export?…`: the family-tracing work list's current view (the same URL parameters as
 * the page, every page of it) as a CSV file in the user's language and the city's time zone; civil
 * affairs records each person's tracing record in it as an export in its audit trail.
 */
import { getFormatter, getTranslations } from 'next-intl/server';
import { type NextRequest } from 'next/server';
import { connectionCsvResponse, EXPORT_PAGE_SIZE, EXPORT_PURPOSE } from '@/graph/connection-export';
import { queryGraph } from '@/graph/graph-client';
import { TracingWorkPageQuery } from '@/graph/tracing.query';
import { parseTracingWorkView, tracingWorkArguments } from '@/lib/tracing-work.params';

const COLUMNS = ['person', 'station', 'intakeAt', 'notice', 'dna', 'police', 'overdue'] as const;

export async function GET(request: NextRequest): Promise<Response> {
  const view = parseTracingWorkView(Object.fromEntries(request.nextUrl.searchParams));
  const t = await getTranslations('tracing');
  const format = await getFormatter();
  const at = (value: string | null | undefined) => (value ? format.dateTime(new Date(value), { dateStyle: 'medium', timeStyle: 'short' }) : '');
  // A clock's cell: when it is due, or when its step was done.
  const clock = (dueAt: string | null | undefined, doneAt?: string | null) => (doneAt ? t('export.done', { at: at(doneAt) }) : at(dueAt));
  const base = tracingWorkArguments({ ...view, after: undefined, before: undefined }, EXPORT_PAGE_SIZE);
  return connectionCsvResponse({
    readPage: async (after) => {
      const result = await queryGraph(TracingWorkPageQuery, { ...base, after, purpose: EXPORT_PURPOSE });
      return { connection: result.data?.tracingWorkListConnection, errors: result.errors };
    },
    header: COLUMNS.map((column) => t(`columns.${column}`)),
    row: (node) => [
      node.person.displayName,
      node.rescueCase.station.name,
      at(node.rescueCase.intakeAt),
      clock(node.noticeDueAt, node.noticePublishedAt),
      clock(node.dnaRequestDueAt, node.dnaRequestedAt),
      clock(node.policeResultDueAt),
      node.overdue.map((name) => (t.has(`clocks.${name}` as never) ? t(`clocks.${name}` as Parameters<typeof t>[0]) : name)).join(' / '),
    ],
    fileName: 'tracing-work-list',
    texts: { forbidden: t('export.forbidden'), failed: t('export.failed'), tooLarge: (count, max) => t('export.tooLarge', { count, max }) },
  });
}
