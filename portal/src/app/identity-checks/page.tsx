/** `/identity-checks`: public security's work queue of identity checks, by status. */
import { Card } from 'antd';
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { IdentityChecksTable } from '@/components/identity-checks-table';
import { PageHeading } from '@/components/page-heading';
import { UrlFilter } from '@/components/url-filter';
import { IdentityChecksQuery } from '@/graph/agency-lists.query';
import { queryGraph } from '@/graph/graph-client';
import { firstParam } from '@/lib/search-params.reader';
import { IDENTITY_CHECK_STATUSES, pickEnum } from '@/lib/vocabulary';

/** The API's largest page: the queue shows up to this many, oldest first. */
const LIST_SIZE = 100;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('identityChecks');
  return { title: t('title') };
}

export default async function IdentityChecksPage({ searchParams }: PageProps<'/identity-checks'>) {
  const status = pickEnum(IDENTITY_CHECK_STATUSES, firstParam(await searchParams, 'status'));
  const t = await getTranslations();
  const result = await queryGraph(IdentityChecksQuery, { status: status ?? null, first: LIST_SIZE });
  const rows = result.data?.identityChecks;
  return (
    <>
      <PageHeading
        title={t('identityChecks.title')}
        description={t('identityChecks.description')}
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
        <Card data-testid="identity-checks-list">
          <IdentityChecksTable rows={rows} emptyText={t('common.empty')} />
        </Card>
      ) : null}
    </>
  );
}
