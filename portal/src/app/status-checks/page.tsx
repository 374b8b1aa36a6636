/**
 * `/status-checks`: foreign-national status checks — the police's queue (REQUESTED, oldest first),
 * and what the stations and the foreign-affairs office asked or learned (newest first): filtered,
 * sorted, paged and counted on the server from the URL.
 */
import { Button, Card } from 'antd';
import { type Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { PageHeading } from '@/components/page-heading';
import { StatusChecksTable } from '@/components/status-checks-table';
import { UrlFilter } from '@/components/url-filter';
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
  const page = connection && connectionPage(connection, view.after, (after) => statusCheckListHref({ ...view, after }));
  const police = user?.roles.includes('POLICE_OFFICER') ?? false;
  return (
    <>
      <PageHeading
        title={t('statusChecks.title')}
        description={police ? t('statusChecks.descriptionPolice') : t('statusChecks.description')}
        extra={
          <>
            <UrlFilter
              param="status"
              label={t('common.statusFilter')}
              testId="filter-status"
              resets={['after', 'order']}
              options={STATUS_CHECK_STATUSES.map((value) => ({ value, label: t(`enums.ForeignNationalStatusCheckStatus.${value}`) }))}
            />
            <UrlFilter
              param="order"
              label={t('statusChecks.orderLabel')}
              testId="filter-order"
              resets={['after']}
              placeholder={t(`enums.ForeignNationalStatusCheckOrder.${defaultStatusCheckOrder(view.status)}`)}
              options={STATUS_CHECK_ORDERS.filter((order) => order !== defaultStatusCheckOrder(view.status)).map((order) => ({
                value: order,
                label: t(`enums.ForeignNationalStatusCheckOrder.${order}`),
              }))}
            />
            {user && worksWith(user.roles, '/status-checks/new') ? (
              <Link href="/persons">
                <Button data-testid="status-check-new">{t('statusChecks.newFromPerson')}</Button>
              </Link>
            ) : null}
          </>
        }
      />
      <GraphErrorAlert errors={result.errors} partial={Boolean(connection)} />
      {page ? (
        <Card data-testid="status-checks">
          <StatusChecksTable
            rows={page.rows}
            {...page.paging}
          />
        </Card>
      ) : null}
    </>
  );
}
