/**
 * A work list's CSV export: every page of the view the URL names, read through the graph as the
 * page reads it (so the graph decides what the caller may see) with the purpose `export` (so the
 * owning agency's audit trail records each record that left the screen, and by whom), as one file
 * in the user's language. A refused read answers 403, a failed one 502, and a view over the cap
 * 413 asking for a narrower filter; nothing partial is ever sent.
 */
import { NextResponse } from 'next/server';
import { csvFile } from '@/lib/csv.format';
import { type ListConnection } from '@/lib/list-page.params';
import { isNotAuthorised, type GraphError } from './graph-client';

/** The most rows one export holds. */
export const MAX_EXPORT_ROWS = 10_000;

/** Rows read per page of an export (the graph's largest page). */
export const EXPORT_PAGE_SIZE = 100;

/** The purpose an export reads with, as the audit trail shows it. */
export const EXPORT_PURPOSE = 'export';

type Cell = string | number | boolean | null | undefined;

export interface ConnectionExport<Node> {
  /** Reads the page after a cursor (the first page for `null`) with `EXPORT_PAGE_SIZE` and `EXPORT_PURPOSE`. */
  readPage: (after: string | null) => Promise<{ connection: ListConnection<Node> | undefined; errors: readonly GraphError[] }>;
  header: readonly string[];
  row: (node: Node) => Cell[];
  /** The file's name without its date and extension, e.g. `tracing-work-list`. */
  fileName: string;
  /** What the user reads when the export is refused, fails, or is too large. */
  texts: { forbidden: string; failed: string; tooLarge: (count: number, max: number) => string };
}

const plainText = (text: string, status: number) => new NextResponse(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/** The response for an export that could not be read: refused (403) or failed (502). */
export function exportRefusal(errors: readonly GraphError[], texts: ConnectionExport<unknown>['texts']): Response {
  return errors.some(isNotAuthorised) ? plainText(texts.forbidden, 403) : plainText(texts.failed, 502);
}

/** The CSV file of every page of a connection, or why there is none. */
export async function connectionCsvResponse<Node>(request: ConnectionExport<Node>): Promise<Response> {
  const rows: Cell[][] = [];
  let after: string | null = null;
  for (;;) {
    const { connection, errors } = await request.readPage(after);
    if (!connection) return exportRefusal(errors, request.texts);
    if (connection.totalCount > MAX_EXPORT_ROWS) return plainText(request.texts.tooLarge(connection.totalCount, MAX_EXPORT_ROWS), 413);
    rows.push(...connection.edges.map(({ node }) => request.row(node)));
    const next = connection.pageInfo.endCursor;
    if (!connection.pageInfo.hasNextPage || !next) break;
    after = next;
  }
  const stamp = new Date().toISOString().slice(0, 10);
  return new NextResponse(csvFile(request.header, rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${request.fileName}-${stamp}.csv"`,
      'cache-control': 'no-store',
    },
  });
}
