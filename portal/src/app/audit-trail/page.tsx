/**
 * `/audit-trail`: the auditors' work list over the four agencies' append-only audit trails, one tab
 * per agency (each trail is that agency's own record with its own hash chain, so its lines, its
 * count and its chain's state are read and verified apart). Filtered from the URL (a window of
 * time, actor, operation, record type or record, outcome, purpose), paged and counted on the
 * server, newest first, and exported as CSV (`/audit-trail/export`, the same view; the export is
 * itself written to the agency's trail).
 */
import { Alert, Tag } from 'antd';
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AuditTrailFilters } from '@/components/audit-trail-filters';
import { AuditTrailTable } from '@/components/audit-trail-table';
import { AuditTrailTabs } from '@/components/audit-trail-tabs';
import { ListPage } from '@/components/list-page';
import { readAuditTrailPage } from '@/graph/audit-trail.read';
import { AUDIT_AGENCIES, auditTrailHref, firstPageOf, parseAuditTrailView } from '@/lib/audit-trail.params';
import { connectionPage } from '@/lib/list-page.params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auditTrail');
  return { title: t('title') };
}

export default async function AuditTrailPage({ searchParams }: PageProps<'/audit-trail'>) {
  const { view, windowRefused } = parseAuditTrailView(await searchParams);
  const t = await getTranslations();
  const result = await readAuditTrailPage(view, { withOthers: true });
  const firstPage = firstPageOf(view);
  const summaries = result.data?.summaries;
  const connection = result.data?.page;
  const page = connection && connectionPage(connection, view, (cursor) => auditTrailHref({ ...firstPage, ...cursor }));
  const chain = connection?.chain;
  return (
    <ListPage
      title={t('auditTrail.title')}
      description={t('auditTrail.description')}
      filters={<AuditTrailFilters />}
      errors={result.errors}
      notice={
        <>
          {windowRefused ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="window-refused" title={t('auditTrail.windowRefused')} /> : null}
          <AuditTrailTabs
            active={view.agency}
            tabs={AUDIT_AGENCIES.map(({ key, field, agency }) => ({
              key,
              title: t(`session.agencies.${agency}`),
              summary: summaries?.[field] ?? null,
              href: auditTrailHref({ ...firstPage, agency: key }),
            }))}
          />
          {chain ? (
            <Tag color={chain.ok ? 'green' : 'red'} data-testid="audit-chain-state" data-ok={String(chain.ok)} style={{ marginBottom: 12 }}>
              {chain.ok ? t('auditTrail.chainOk', { checked: chain.checked }) : t('auditTrail.chainBroken', { seq: chain.firstBrokenSeq ?? '?' })}
            </Tag>
          ) : null}
        </>
      }
      testId={`audit-trail-${view.agency}`}
    >
      {page && (
        <AuditTrailTable
          lines={page.rows}
          paging={page.paging}
          view={firstPage}
          exportHref={page.paging.totalCount > 0 ? auditTrailHref(firstPage, '/audit-trail/export') : undefined}
        />
      )}
    </ListPage>
  );
}
