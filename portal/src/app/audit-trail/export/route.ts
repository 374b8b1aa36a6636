/**
 * `GET /audit-trail/export?…`: the audit work list's current view (the same URL parameters as the
 * page: the agency's tab and the filters; every page of it) as a CSV file in the user's language
 * and the city's time zone. Each page is read with the purpose `export`, so the agency's trail
 * records every line that left the screen, and by whom: an auditor reading the trail out is an
 * audited act like any other.
 */
import { getFormatter, getTranslations } from 'next-intl/server';
import { type NextRequest, NextResponse } from 'next/server';
import { readAuditTrailPage } from '@/graph/audit-trail.read';
import { isNotAuthorised, type GraphError } from '@/graph/graph-client';
import { readPurposeText } from '@/lib/audit-purpose.wording';
import { AUDIT_CSV_COLUMNS, auditCsvRow, type AuditCsvWords } from '@/lib/audit-trail.csv';
import { firstPageOf, parseAuditTrailView } from '@/lib/audit-trail.params';
import { csvFile } from '@/lib/csv.format';

/** The most lines one export holds; a larger view is refused, asking for a narrower filter. */
const MAX_EXPORT_ROWS = 10_000;
const EXPORT_PAGE_SIZE = 100;

const text = (body: string, status: number) => new NextResponse(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

export async function GET(request: NextRequest): Promise<Response> {
  const { view, windowRefused } = parseAuditTrailView(Object.fromEntries(request.nextUrl.searchParams));
  const t = await getTranslations();
  const format = await getFormatter();
  if (windowRefused) return text(t('auditTrail.windowRefused'), 400);
  const words: AuditCsvWords = {
    dateTime: (iso) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'medium' }),
    operation: (value) => (t.has(`auditTrail.operations.${value}` as never) ? t(`auditTrail.operations.${value}` as never) : value),
    recordType: (value) => (t.has(`auditTrail.recordTypes.${value}` as never) ? t(`auditTrail.recordTypes.${value}` as never) : value),
    outcome: (value) => t(`enums.AuditOutcome.${value}`),
    actorKind: (value) => (t.has(`auditTrail.actorKinds.${value}` as never) ? t(`auditTrail.actorKinds.${value}` as never) : value),
    agency: (value) => (t.has(`session.agencies.${value}` as never) ? t(`session.agencies.${value}` as never) : value),
    role: (value) => (t.has(`session.roles.${value}` as never) ? t(`session.roles.${value}` as never) : value),
    purpose: (value) => {
      if (t.has(`auditTrail.purposes.${value}` as never)) return t(`auditTrail.purposes.${value}` as never);
      const known = readPurposeText(value);
      if (!known) return value;
      const { step, status, ...values } = known.values;
      return t.markup(`auditTrail.purposeTexts.${known.key}`, {
        ...values,
        step: step ? t(`enums.ReferralFileStatus.${step}` as never) : '',
        status: status ? t(`enums.PoliceLegalStatus.${status}` as never) : '',
        data: (chunks) => chunks,
      });
    },
  };
  const failed = (errors: readonly GraphError[]) =>
    errors.some(isNotAuthorised) ? text(t('auditTrail.exportForbidden'), 403) : text(t('auditTrail.exportFailed'), 502);
  // Counted first, without the purpose: a view too large to export writes nothing to the trail.
  const counted = await readAuditTrailPage(firstPageOf(view), { withOthers: false, size: 1 });
  if (!counted.data?.page) return failed(counted.errors);
  if (counted.data.page.totalCount > MAX_EXPORT_ROWS) return text(t('auditTrail.exportTooLarge', { count: counted.data.page.totalCount, max: MAX_EXPORT_ROWS }), 413);
  const rows: string[][] = [];
  let after: string | null = null;
  // Lines appended while the export runs may push the view past the limit: it stops there.
  while (rows.length < MAX_EXPORT_ROWS) {
    const result = await readAuditTrailPage(firstPageOf(view), { withOthers: false, size: EXPORT_PAGE_SIZE, purpose: 'export', after });
    const page = result.data?.page;
    if (!page) return failed(result.errors);
    for (const { node } of page.edges) rows.push(auditCsvRow(node, words));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  const header = AUDIT_CSV_COLUMNS.map((column) => t(`auditTrail.columns.${column}`));
  const stamp = new Date().toISOString().slice(0, 10);
  return new NextResponse(csvFile(header, rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="audit-trail-${view.agency}-${stamp}.csv"`,
      'cache-control': 'no-store',
    },
  });
}
