/**
 * `/status-checks`: foreign-national status checks — the police's queue (REQUESTED, oldest first),
 * and what the stations and the foreign-affairs office asked or learned (newest first): filtered,
 * sorted, paged and counted on the server from the URL.
 */
import { Button } from 'antd';
import { type Metadata } from 'next';
import { Link } from '@/components/link';
import { getTranslations } from 'next-intl/server';
import { ListPage } from '@/components/list-page';
import { StatusChecksTable } from '@/components/status-checks-table';
import { UrlOrderFilter, UrlStatusFilter } from '@/components/url-filter';
import { queryGraph } from '@/graph/graph-client';
import { readSessionUser } from '@/graph/session-token';
import { StatusChecksQuery } from '@/graph/status-check.query';
import { STATUS_CHECK_STATUSES } from '@/lib/rescue-operations.vocabulary';
import { defaultStatusCheckOrder, parseStatusCheckListView, STATUS_CHECK_ORDERS, STATUS_CHECK_PAGE_SIZE, statusCheckListHref } from '@/lib/status-check-list.params';
import { connectionPage } from '@/lib/list-page.params';
import { worksWith } from '@/session/role-navigation';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('statusChecks');
  return { title: t('title') };
}

export default async function StatusChecksPage({ searchParams }: PageProps<'/status-checks'>) {
  const view = parseStatusCheckListView(await searchParams);
  const t = await getTranslations();
  const user = await readSessionUser();
  const result = await queryGraph(StatusChecksQuery, {
    statuses: view.status ? [view.status] : null,
    order: view.order,
    first: STATUS_CHECK_PAGE_SIZE,
    after: view.after ?? null,
  });
  const connection = result.data?.foreignNationalStatusChecksConnection;
  const page = connection && connectionPage(connection, { after: view.after }, ({ after }) => statusCheckListHref({ ...view, after }));
  const police = user?.roles.includes('POLICE_OFFICER') ?? false;
  return (
    <ListPage
      title={t('statusChecks.title')}
      description={police ? t('statusChecks.descriptionPolice') : t('statusChecks.description')}
      filters={
        <>
          <UrlStatusFilter kind="ForeignNationalStatusCheckStatus" values={STATUS_CHECK_STATUSES} alsoResets={['order']} />
          <UrlOrderFilter
            kind="ForeignNationalStatusCheckOrder"
            values={STATUS_CHECK_ORDERS}
            defaultOrder={defaultStatusCheckOrder(view.status)}
            label={t('statusChecks.orderLabel')}
            testId="filter-order"
          />
          {user && worksWith(user.roles, '/status-checks/new') ? (
            <Link href="/persons">
              <Button data-testid="status-check-new">{t('statusChecks.newFromPerson')}</Button>
            </Link>
          ) : null}
        </>
      }
      errors={result.errors}
      testId="status-checks"
    >
      {page && <StatusChecksTable rows={page.rows} paging={page.paging} />}
    </ListPage>
  );
}
