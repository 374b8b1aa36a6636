/** `/identity-checks`: the identity checks the caller may see, oldest first, by status, paged and counted on the server. */
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { IdentityChecksTable } from '@/components/identity-checks-table';
import { ListPage } from '@/components/list-page';
import { UrlStatusFilter } from '@/components/url-filter';
import { IdentityChecksQuery } from '@/graph/agency-lists.query';
import { queryGraph } from '@/graph/graph-client';
import { readStatusListView } from '@/lib/list-page.params';
import { IDENTITY_CHECK_STATUSES } from '@/lib/vocabulary';

/** Checks per page, oldest first. */
const PAGE_SIZE = 50;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('identityChecks');
  return { title: t('title') };
}

export default async function IdentityChecksPage({ searchParams }: PageProps<'/identity-checks'>) {
  const view = readStatusListView('/identity-checks', await searchParams, IDENTITY_CHECK_STATUSES, PAGE_SIZE);
  const t = await getTranslations();
  const result = await queryGraph(IdentityChecksQuery, view.variables);
  const page = view.page(result.data?.identityChecksConnection);
  return (
    <ListPage
      title={t('identityChecks.title')}
      description={t('identityChecks.description')}
      filters={<UrlStatusFilter kind="IdentityCheckStatus" values={IDENTITY_CHECK_STATUSES} />}
      errors={result.errors}
      testId="identity-checks-list"
    >
      {page && <IdentityChecksTable rows={page.rows} emptyText={t('common.empty')} paging={page.paging} />}
    </ListPage>
  );
}
