/** `/aid-entrustments`: the foreign-affairs office's written aid entrustments, newest first, by status, paged and counted on the server. */
import { Button, Card, Space } from 'antd';
import { type Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { AidEntrustmentsTable } from '@/components/aid-entrustments-table';
import { PageHeading } from '@/components/page-heading';
import { UrlFilter } from '@/components/url-filter';
import { AidEntrustmentsQuery } from '@/graph/agency-lists.query';
import { queryGraph } from '@/graph/graph-client';
import { readSessionUser } from '@/graph/session-token';
import { connectionPage, listHref, readAfter } from '@/lib/list-page.params';
import { firstParam } from '@/lib/search-params.reader';
import { AID_ENTRUSTMENT_STATUSES, pickEnum } from '@/lib/vocabulary';

/** Entrustments per page, newest first. */
const PAGE_SIZE = 50;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('aidEntrustments');
  return { title: t('title') };
}

export default async function AidEntrustmentsPage({ searchParams }: PageProps<'/aid-entrustments'>) {
  const params = await searchParams;
  const status = pickEnum(AID_ENTRUSTMENT_STATUSES, firstParam(params, 'status'));
  const after = readAfter(params);
  const t = await getTranslations();
  const [result, user] = await Promise.all([
    queryGraph(AidEntrustmentsQuery, { statuses: status ? [status] : null, first: PAGE_SIZE, after: after ?? null }),
    readSessionUser(),
  ]);
  const connection = result.data?.aidEntrustmentsConnection;
  const page = connection && connectionPage(connection, after, (at) => listHref('/aid-entrustments', { status, after: at }));
  return (
    <>
      <PageHeading
        title={t('aidEntrustments.title')}
        description={t('aidEntrustments.description')}
        extra={
          <Space wrap>
            {user?.roles.includes('FAO_OFFICER') ? (
              <Link href="/aid-entrustments/new">
                <Button type="primary" data-testid="issue-entrustment-link">
                  {t('aidEntrustmentWork.issueButton')}
                </Button>
              </Link>
            ) : null}
            <UrlFilter
              param="status"
              label={t('common.statusFilter')}
              testId="filter-status"
              resets={['after']}
              options={AID_ENTRUSTMENT_STATUSES.map((value) => ({ value, label: t(`enums.AidEntrustmentStatus.${value}`) }))}
            />
          </Space>
        }
      />
      <GraphErrorAlert errors={result.errors} partial={Boolean(connection)} />
      {page ? (
        <Card data-testid="aid-entrustments-list">
          <AidEntrustmentsTable
            rows={page.rows}
            emptyText={t('common.empty')}
            paging={page.paging}
          />
        </Card>
      ) : null}
    </>
  );
}
