/** `/shelter-referrals`: the women's federation's shelter referrals, newest first, by status, paged and counted on the server. */
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ListPage } from '@/components/list-page';
import { ShelterReferralsTable } from '@/components/shelter-referrals-table';
import { UrlStatusFilter } from '@/components/url-filter';
import { ShelterReferralsQuery } from '@/graph/agency-lists.query';
import { queryGraph } from '@/graph/graph-client';
import { readStatusListView } from '@/lib/list-page.params';
import { SHELTER_REFERRAL_STATUSES } from '@/lib/vocabulary';

/** Referrals per page, newest first. */
const PAGE_SIZE = 50;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('shelterReferrals');
  return { title: t('title') };
}

export default async function ShelterReferralsPage({ searchParams }: PageProps<'/shelter-referrals'>) {
  const view = readStatusListView('/shelter-referrals', await searchParams, SHELTER_REFERRAL_STATUSES, PAGE_SIZE);
  const t = await getTranslations();
  const result = await queryGraph(ShelterReferralsQuery, view.variables);
  const page = view.page(result.data?.shelterReferralsConnection);
  return (
    <ListPage
      title={t('shelterReferrals.title')}
      description={t('shelterReferrals.description')}
      filters={<UrlStatusFilter kind="ShelterReferralStatus" values={SHELTER_REFERRAL_STATUSES} />}
      errors={result.errors}
      testId="shelter-referrals-list"
    >
      {page && <ShelterReferralsTable rows={page.rows} emptyText={t('common.empty')} paging={page.paging} />}
    </ListPage>
  );
}
