/**
 * `/foreign-affairs-notifications`: the police's notices that a foreign national's legal status is
 * confirmed, to acknowledge and act on: the unacknowledged ones by default, oldest first (the
 * acknowledged ones newest first), paged and counted on the server.
 */
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ForeignAffairsNotificationsTable } from '@/components/foreign-affairs-notifications-table';
import { ListPage } from '@/components/list-page';
import { UrlFilter } from '@/components/url-filter';
import { ForeignAffairsNotificationsQuery } from '@/graph/foreign-affairs-notifications.query';
import { queryGraph } from '@/graph/graph-client';
import { connectionPage, listHref, readAfter } from '@/lib/list-page.params';
import { firstParam } from '@/lib/search-params.reader';

/** Notifications per page. */
const PAGE_SIZE = 50;
const VIEWS = ['open', 'acknowledged', 'all'] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('foreignAffairsNotifications');
  return { title: t('title') };
}

export default async function ForeignAffairsNotificationsPage({ searchParams }: PageProps<'/foreign-affairs-notifications'>) {
  const params = await searchParams;
  const asked = firstParam(params, 'view');
  const view = VIEWS.find((v) => v === asked) ?? 'open';
  const after = readAfter(params);
  const t = await getTranslations();
  const acknowledged = view === 'all' ? null : view === 'acknowledged';
  // What waits is worked oldest first; what was done is read newest first.
  const order = view === 'open' ? 'OLDEST_FIRST' : 'NEWEST_FIRST';
  const result = await queryGraph(ForeignAffairsNotificationsQuery, { acknowledged, order, first: PAGE_SIZE, after: after ?? null });
  const connection = result.data?.foreignAffairsNotificationsConnection;
  // The view's URL (the default view left out), at a page when `at` is given.
  const page =
    connection && connectionPage(connection, { after }, (at) => listHref('/foreign-affairs-notifications', { view: view === 'open' ? undefined : view, ...at }));
  return (
    <ListPage
      title={t('foreignAffairsNotifications.title')}
      description={t('foreignAffairsNotifications.description')}
      filters={
        <UrlFilter
          param="view"
          label={t('foreignAffairsNotifications.viewFilter')}
          testId="filter-view"
          options={VIEWS.map((value) => ({ value, label: t(`foreignAffairsNotifications.views.${value}`) }))}
        />
      }
      errors={result.errors}
      testId="fa-notifications-list"
    >
      {page && <ForeignAffairsNotificationsTable rows={page.rows} emptyText={t('common.empty')} paging={page.paging} />}
    </ListPage>
  );
}
