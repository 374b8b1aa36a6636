/**
 * `/escorts`: escorts home, paged and counted on the server. By default the cross-province requests
 * awaiting the regional center, the longest waiting first; the filter shows any status, newest
 * first. Only the center's staff get the decision buttons.
 */
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EscortApprovalsTable } from '@/components/escort-approvals-table';
import { ListPage } from '@/components/list-page';
import { UrlStatusFilter } from '@/components/url-filter';
import { EscortApprovalsQuery } from '@/graph/escort-approvals.query';
import { queryGraph } from '@/graph/graph-client';
import { readSessionUser } from '@/graph/session-token';
import { ESCORT_STATUSES } from '@/lib/rescue-operations.vocabulary';
import { readStatusListView } from '@/lib/list-page.params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('escorts');
  return { title: t('title') };
}

/** Escorts per page. */
const PAGE_SIZE = 50;

export default async function EscortsPage({ searchParams }: PageProps<'/escorts'>) {
  const view = readStatusListView('/escorts', await searchParams, ESCORT_STATUSES, PAGE_SIZE);
  const t = await getTranslations();
  // By default the center's work: cross-province requests awaiting its decision, the longest waiting
  // first; a status chosen shows every escort in it, newest first.
  const selection = view.status
    ? { crossProvince: null, order: 'NEWEST_FIRST' as const }
    : { statuses: ['REQUESTED' as const], crossProvince: true, order: 'OLDEST_FIRST' as const };
  const [result, user] = await Promise.all([queryGraph(EscortApprovalsQuery, { ...view.variables, ...selection }), readSessionUser()]);
  const page = view.page(result.data?.escortsConnection);
  const canDecide = user?.roles.includes('CENTER_STAFF') ?? false;
  return (
    <ListPage
      title={t('escorts.title')}
      description={canDecide ? t('escorts.descriptionCenter') : t('escorts.descriptionStation')}
      filters={<UrlStatusFilter kind="EscortStatus" values={ESCORT_STATUSES} />}
      errors={result.errors}
      testId="escort-approvals"
    >
      {page && <EscortApprovalsTable rows={page.rows} paging={page.paging} canDecide={canDecide} />}
    </ListPage>
  );
}
