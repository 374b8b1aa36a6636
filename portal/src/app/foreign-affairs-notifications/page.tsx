/** `/foreign-affairs-notifications`: the police's notices that a foreign national's legal status is confirmed, to acknowledge and act on. */
import { Card } from 'antd';
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ForeignAffairsNotificationsTable } from '@/components/foreign-affairs-notifications-table';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { PageHeading } from '@/components/page-heading';
import { UrlFilter } from '@/components/url-filter';
import { ForeignAffairsNotificationsQuery } from '@/graph/foreign-affairs-notifications.query';
import { queryGraph } from '@/graph/graph-client';
import { firstParam } from '@/lib/search-params.reader';

/** The API's largest page. */
const LIST_SIZE = 100;
const VIEWS = ['open', 'acknowledged', 'all'] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('foreignAffairsNotifications');
  return { title: t('title') };
}

export default async function ForeignAffairsNotificationsPage({ searchParams }: PageProps<'/foreign-affairs-notifications'>) {
  const asked = firstParam(await searchParams, 'view');
  const view = VIEWS.find((v) => v === asked) ?? 'open';
  const t = await getTranslations();
  const acknowledged = view === 'all' ? null : view === 'acknowledged';
  const result = await queryGraph(ForeignAffairsNotificationsQuery, { acknowledged, first: LIST_SIZE });
  const rows = result.data?.foreignAffairsNotifications;
  return (
    <>
      <PageHeading
        title={t('foreignAffairsNotifications.title')}
        description={t('foreignAffairsNotifications.description')}
        extra={
          <UrlFilter
            param="view"
            label={t('foreignAffairsNotifications.viewFilter')}
            testId="filter-view"
            options={VIEWS.map((value) => ({ value, label: t(`foreignAffairsNotifications.views.${value}`) }))}
          />
        }
      />
      <GraphErrorAlert errors={result.errors} partial={Boolean(rows)} />
      {rows ? (
        <Card data-testid="fa-notifications-list">
          <ForeignAffairsNotificationsTable rows={rows} emptyText={t('common.empty')} />
        </Card>
      ) : null}
    </>
  );
}
