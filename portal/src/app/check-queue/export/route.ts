/**
 * `GET /check-queue/export?…`: the check queue's current view (the same URL parameters as the page,
 * every page of it) as a CSV file in the user's language and the city's time zone. The graph
 * decides what the caller may see, as for the page; it reads each page with the purpose `export`,
 * so public security's audit trail records every check that left the screen, and by whom.
 */
import { getFormatter, getTranslations } from 'next-intl/server';
import { type NextRequest, NextResponse } from 'next/server';
import type { IdentityCheckQueueQuery as QueueData } from '@/gql/graphql';
import { isNotAuthorised, queryGraph, type GraphResult } from '@/graph/graph-client';
import { IdentityCheckQueueQuery } from '@/graph/identity-check-queue.query';
import { checkQueueGraphArguments } from '@/graph/check-queue.read';
import { parseCheckQueueView } from '@/lib/check-queue.params';
import { csvFile } from '@/lib/csv.format';

/** The most rows one export holds; a larger view is refused, asking for a narrower filter. */
const MAX_EXPORT_ROWS = 10_000;
const EXPORT_PAGE_SIZE = 100;

export async function GET(request: NextRequest): Promise<Response> {
  const view = parseCheckQueueView(Object.fromEntries(request.nextUrl.searchParams));
  const t = await getTranslations();
  const format = await getFormatter();
  const search = await checkQueueGraphArguments({ ...view, after: undefined });
  if (search.errors.length > 0) {
    const status = search.errors.some(isNotAuthorised) ? 403 : 502;
    return new NextResponse(t(status === 403 ? 'checkQueue.exportForbidden' : 'checkQueue.exportFailed'), { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const base = { ...search.arguments, first: EXPORT_PAGE_SIZE, purpose: 'export' };
  const rows: string[][] = [];
  let after: string | null = null;
  for (;;) {
    const result: GraphResult<QueueData> = await queryGraph(IdentityCheckQueueQuery, { ...base, after });
    const connection = result.data?.identityChecksConnection;
    if (!connection) {
      const status = result.errors.some(isNotAuthorised) ? 403 : 502;
      return new NextResponse(t(status === 403 ? 'checkQueue.exportForbidden' : 'checkQueue.exportFailed'), { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
    if (connection.totalCount > MAX_EXPORT_ROWS) {
      return new NextResponse(t('checkQueue.exportTooLarge', { count: connection.totalCount, max: MAX_EXPORT_ROWS }), { status: 413, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
    for (const { node } of connection.edges) {
      rows.push([
        node.id,
        node.person?.displayName ?? t('common.restricted'),
        t(`enums.IdentityCheckStatus.${node.status}`),
        t(`enums.IdentityCheckReason.${node.reason}`),
        node.requestingStation.name,
        format.dateTime(new Date(node.requestedAt), { dateStyle: 'medium', timeStyle: 'short' }),
        format.dateTime(new Date(node.resultDueAt), { dateStyle: 'medium', timeStyle: 'short' }),
        node.overdue ? t('checkQueue.overdue') : '',
      ]);
    }
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  const header = ['id', 'person', 'status', 'reason', 'station', 'requestedAt', 'due', 'overdue'].map((column) =>
    column === 'id' ? t('checkQueue.columns.id') : t(`checkQueue.columns.${column}` as 'checkQueue.columns.person'),
  );
  const stamp = new Date().toISOString().slice(0, 10);
  return new NextResponse(csvFile(header, rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="identity-checks-${stamp}.csv"`,
      'cache-control': 'no-store',
    },
  });
}
