/** `/check-queue`: the police identity-check queue, open checks by due date with overdue flags. */
import { Card } from 'antd';
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { IdentityCheckQueueTable } from '@/components/identity-check-queue-table';
import { PageHeading } from '@/components/page-heading';
import { UrlFilter } from '@/components/url-filter';
import { queryGraph } from '@/graph/graph-client';
import { IdentityCheckQueueQuery } from '@/graph/identity-check-queue.query';
import { firstParam } from '@/lib/search-params.reader';
import { IDENTITY_CHECK_STATUSES, pickEnum } from '@/lib/vocabulary';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('checkQueue');
  return { title: t('title') };
}

export default async function CheckQueuePage({ searchParams }: PageProps<'/check-queue'>) {
  const status = pickEnum(IDENTITY_CHECK_STATUSES, firstParam(await searchParams, 'status'));
  const t = await getTranslations();
  const result = await queryGraph(IdentityCheckQueueQuery, { status: status ?? null });
  const rows = result.data?.identityChecks;
  return (
    <>
      <PageHeading
        title={t('checkQueue.title')}
        description={t('checkQueue.description')}
        extra={
          <UrlFilter
            param="status"
            label={t('common.statusFilter')}
            testId="filter-status"
            options={IDENTITY_CHECK_STATUSES.map((value) => ({ value, label: t(`enums.IdentityCheckStatus.${value}`) }))}
          />
        }
      />
      <GraphErrorAlert errors={result.errors} partial={Boolean(rows)} />
      {rows ? (
        <Card data-testid="check-queue">
          <IdentityCheckQueueTable rows={rows} />
        </Card>
      ) : null}
    </>
  );
}
