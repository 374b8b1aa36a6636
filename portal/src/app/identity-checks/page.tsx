/** `/identity-checks`: the identity checks the caller may see, oldest first, by status, paged and counted on the server. */
import { Card } from 'antd';
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { IdentityChecksTable } from '@/components/identity-checks-table';
import { PageHeading } from '@/components/page-heading';
import { UrlFilter } from '@/components/url-filter';
import { IdentityChecksQuery } from '@/graph/agency-lists.query';
import { queryGraph } from '@/graph/graph-client';
import { connectionPage, listHref, readAfter } from '@/lib/list-page.params';
import { firstParam } from '@/lib/search-params.reader';
import { IDENTITY_CHECK_STATUSES, pickEnum } from '@/lib/vocabulary';

/** Checks per page, oldest first. */
const PAGE_SIZE = 50;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('identityChecks');
  return { title: t('title') };
}

export default async function IdentityChecksPage({ searchParams }: PageProps<'/identity-checks'>) {
  const params = await searchParams;
  const status = pickEnum(IDENTITY_CHECK_STATUSES, firstParam(params, 'status'));
  const after = readAfter(params);
  const t = await getTranslations();
  const result = await queryGraph(IdentityChecksQuery, { statuses: status ? [status] : null, first: PAGE_SIZE, after: after ?? null });
  const connection = result.data?.identityChecksConnection;
  const page = connection && connectionPage(connection, after, (at) => listHref('/identity-checks', { status, after: at }));
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
            resets={['after']}
            options={IDENTITY_CHECK_STATUSES.map((value) => ({ value, label: t(`enums.IdentityCheckStatus.${value}`) }))}
          />
        }
      />
      <GraphErrorAlert errors={result.errors} partial={Boolean(connection)} />
      {page ? (
        <Card data-testid="identity-checks-list">
          <IdentityChecksTable
            rows={page.rows}
            emptyText={t('common.empty')}
            paging={page.paging}
          />
        </Card>
      ) : null}
    </>
  );
}
