/**
 * `/check-queue`: the police identity-check queue as a work list: the open checks by default,
 * earliest due first (overdue ones lead), filtered and sorted on the server from the URL, paged,
 * counted, and exported as CSV (`/check-queue/export`, the same view, audited).
 */
import { Alert } from 'antd';
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { IdentityCheckQueueTable } from '@/components/identity-check-queue-table';
import { ListPage } from '@/components/list-page';
import { UrlFilter, UrlOrderFilter, UrlStatusFilter, UrlTextFilter } from '@/components/url-filter';
import { checkQueueGraphArguments, NAME_SEARCH_PERSONS } from '@/graph/check-queue.read';
import { queryGraph } from '@/graph/graph-client';
import { IdentityCheckQueueQuery } from '@/graph/identity-check-queue.query';
import { CHECK_QUEUE_ORDERS, CHECK_QUEUE_PAGE_SIZE, checkQueueHref, MAX_NAME_SEARCH, parseCheckQueueView } from '@/lib/check-queue.params';
import { connectionPage } from '@/lib/list-page.params';
import { IDENTITY_CHECK_STATUSES } from '@/lib/vocabulary';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('checkQueue');
  return { title: t('title') };
}

export default async function CheckQueuePage({ searchParams }: PageProps<'/check-queue'>) {
  const view = parseCheckQueueView(await searchParams);
  const t = await getTranslations();
  const search = await checkQueueGraphArguments(view);
  const result = await queryGraph(IdentityCheckQueueQuery, { ...search.arguments, first: CHECK_QUEUE_PAGE_SIZE });
  const connection = result.data?.identityChecksConnection;
  // Changing a filter or the order starts again from the first page (a cursor holds in one view only).
  const firstPage = { ...view, after: undefined };
  const page = connection && connectionPage(connection, { after: view.after }, ({ after }) => checkQueueHref({ ...view, after }));
  return (
    <ListPage
      title={t('checkQueue.title')}
      description={t('checkQueue.description')}
      filters={
        <>
          <UrlStatusFilter kind="IdentityCheckStatus" values={IDENTITY_CHECK_STATUSES} defaultText={t('checkQueue.openOnly')} />
          <UrlFilter
            param="overdue"
            label={t('checkQueue.overdueFilter')}
            testId="filter-overdue"
            options={[
              { value: 'true', label: t('checkQueue.overdueOnly') },
              { value: 'false', label: t('checkQueue.notOverdue') },
            ]}
          />
          <UrlTextFilter
            param="name"
            label={t('checkQueue.nameFilter')}
            placeholder={t('checkQueue.namePlaceholder')}
            pattern={`^.{1,${MAX_NAME_SEARCH}}$`}
            testId="filter-name"
          />
          <UrlOrderFilter kind="IdentityCheckOrder" values={CHECK_QUEUE_ORDERS} defaultOrder="DUE_FIRST" label={t('checkQueue.orderLabel')} testId="filter-order" />
        </>
      }
      errors={[...search.errors, ...result.errors]}
      notice={
        search.personsCapped ? <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="name-search-capped" title={t('checkQueue.nameSearchCapped', { count: NAME_SEARCH_PERSONS })} /> : null
      }
      testId="check-queue"
    >
      {page && (
        <IdentityCheckQueueTable
          rows={page.rows}
          paging={page.paging}
          exportHref={page.paging.totalCount > 0 ? checkQueueHref(firstPage, '/check-queue/export') : undefined}
        />
      )}
    </ListPage>
  );
}
