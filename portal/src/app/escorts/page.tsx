/**
 * `/escorts`: escorts home, paged and counted on the server. By default the cross-province requests
 * awaiting the regional center, the longest waiting first; the filter shows any status, newest
 * first. Only the center's staff get the decision buttons.
 */
import { Card } from 'antd';
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EscortApprovalsTable } from '@/components/escort-approvals-table';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { PageHeading } from '@/components/page-heading';
import { UrlFilter } from '@/components/url-filter';
import { EscortApprovalsQuery } from '@/graph/escort-approvals.query';
import { queryGraph } from '@/graph/graph-client';
import { readSessionUser } from '@/graph/session-token';
import { ESCORT_STATUSES } from '@/lib/rescue-operations.vocabulary';
import { connectionPage, listHref, readAfter } from '@/lib/list-page.params';
import { firstParam } from '@/lib/search-params.reader';
import { pickEnum } from '@/lib/vocabulary';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('escorts');
  return { title: t('title') };
}

/** Escorts per page. */
const PAGE_SIZE = 50;

export default async function EscortsPage({ searchParams }: PageProps<'/escorts'>) {
  const params = await searchParams;
  const status = pickEnum(ESCORT_STATUSES, firstParam(params, 'status'));
  const after = readAfter(params);
  const t = await getTranslations();
  // By default the center's work: cross-province requests awaiting its decision, the longest waiting
  // first; a status chosen shows every escort in it, newest first.
  const view = status ? { statuses: [status], crossProvince: null, order: 'NEWEST_FIRST' as const } : { statuses: ['REQUESTED' as const], crossProvince: true, order: 'OLDEST_FIRST' as const };
  const [result, user] = await Promise.all([queryGraph(EscortApprovalsQuery, { ...view, first: PAGE_SIZE, after: after ?? null }), readSessionUser()]);
  const connection = result.data?.escortsConnection;
  const page = connection && connectionPage(connection, after, (at) => listHref('/escorts', { status, after: at }));
  const canDecide = user?.roles.includes('CENTER_STAFF') ?? false;
  return (
    <>
      <PageHeading
        title={t('escorts.title')}
        description={canDecide ? t('escorts.descriptionCenter') : t('escorts.descriptionStation')}
        extra={
          <UrlFilter
            param="status"
            label={t('common.statusFilter')}
            testId="filter-status"
            resets={['after']}
            options={ESCORT_STATUSES.map((value) => ({ value, label: t(`enums.EscortStatus.${value}`) }))}
          />
        }
      />
      <GraphErrorAlert errors={result.errors} partial={Boolean(connection)} />
      {page ? (
        <Card data-testid="escort-approvals">
          <EscortApprovalsTable rows={page.rows} paging={page.paging} canDecide={canDecide} />
        </Card>
      ) : null}
    </>
  );
}
