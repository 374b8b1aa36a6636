/** `/aid-entrustments`: the foreign-affairs office's written aid entrustments, newest first, by status. */
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
import { firstParam } from '@/lib/search-params.reader';
import { AID_ENTRUSTMENT_STATUSES, pickEnum } from '@/lib/vocabulary';

/** The API's largest page: the list shows up to this many, newest first. */
const LIST_SIZE = 100;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('aidEntrustments');
  return { title: t('title') };
}

export default async function AidEntrustmentsPage({ searchParams }: PageProps<'/aid-entrustments'>) {
  const status = pickEnum(AID_ENTRUSTMENT_STATUSES, firstParam(await searchParams, 'status'));
  const t = await getTranslations();
  const [result, user] = await Promise.all([queryGraph(AidEntrustmentsQuery, { status: status ?? null, first: LIST_SIZE }), readSessionUser()]);
  const rows = result.data?.aidEntrustments;
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
              options={AID_ENTRUSTMENT_STATUSES.map((value) => ({ value, label: t(`enums.AidEntrustmentStatus.${value}`) }))}
            />
          </Space>
        }
      />
      <GraphErrorAlert errors={result.errors} partial={Boolean(rows)} />
      {rows ? (
        <Card data-testid="aid-entrustments-list">
          <AidEntrustmentsTable rows={rows} emptyText={t('common.empty')} />
        </Card>
      ) : null}
    </>
  );
}
