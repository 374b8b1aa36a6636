/** `/aid-entrustments`: the foreign-affairs office's written aid entrustments, newest first, by status, paged and counted on the server. */
import { Button, Space } from 'antd';
import { type Metadata } from 'next';
import { Link } from '@/components/link';
import { getTranslations } from 'next-intl/server';
import { AidEntrustmentsTable } from '@/components/aid-entrustments-table';
import { ListPage } from '@/components/list-page';
import { UrlStatusFilter } from '@/components/url-filter';
import { AidEntrustmentsQuery } from '@/graph/agency-lists.query';
import { queryGraph } from '@/graph/graph-client';
import { readSessionUser } from '@/graph/session-token';
import { readStatusListView } from '@/lib/list-page.params';
import { AID_ENTRUSTMENT_STATUSES } from '@/lib/vocabulary';

/** Entrustments per page, newest first. */
const PAGE_SIZE = 50;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('aidEntrustments');
  return { title: t('title') };
}

export default async function AidEntrustmentsPage({ searchParams }: PageProps<'/aid-entrustments'>) {
  const view = readStatusListView('/aid-entrustments', await searchParams, AID_ENTRUSTMENT_STATUSES, PAGE_SIZE);
  const t = await getTranslations();
  const [result, user] = await Promise.all([queryGraph(AidEntrustmentsQuery, view.variables), readSessionUser()]);
  const page = view.page(result.data?.aidEntrustmentsConnection);
  return (
    <ListPage
      title={t('aidEntrustments.title')}
      description={t('aidEntrustments.description')}
      filters={
        <Space wrap>
          {user?.roles.includes('FAO_OFFICER') ? (
            <Link href="/aid-entrustments/new">
              <Button type="primary" data-testid="issue-entrustment-link">
                {t('aidEntrustmentWork.issueButton')}
              </Button>
            </Link>
          ) : null}
          <UrlStatusFilter kind="AidEntrustmentStatus" values={AID_ENTRUSTMENT_STATUSES} />
        </Space>
      }
      errors={result.errors}
      testId="aid-entrustments-list"
    >
      {page && <AidEntrustmentsTable rows={page.rows} emptyText={t('common.empty')} paging={page.paging} />}
    </ListPage>
  );
}
