/** `/shelter-referrals`: the women's federation's shelter referrals, newest first, by status. */
import { Card } from 'antd';
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { ShelterReferralsTable } from '@/components/shelter-referrals-table';
import { PageHeading } from '@/components/page-heading';
import { UrlFilter } from '@/components/url-filter';
import { ShelterReferralsQuery } from '@/graph/agency-lists.query';
import { queryGraph } from '@/graph/graph-client';
import { firstParam } from '@/lib/search-params.reader';
import { SHELTER_REFERRAL_STATUSES, pickEnum } from '@/lib/vocabulary';

/** The API's largest page: the list shows up to this many, newest first. */
const LIST_SIZE = 100;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('shelterReferrals');
  return { title: t('title') };
}

export default async function ShelterReferralsPage({ searchParams }: PageProps<'/shelter-referrals'>) {
  const status = pickEnum(SHELTER_REFERRAL_STATUSES, firstParam(await searchParams, 'status'));
  const t = await getTranslations();
  const result = await queryGraph(ShelterReferralsQuery, { status: status ?? null, first: LIST_SIZE });
  const rows = result.data?.shelterReferrals;
  return (
    <>
      <PageHeading
        title={t('shelterReferrals.title')}
        description={t('shelterReferrals.description')}
        extra={
          <UrlFilter
            param="status"
            label={t('common.statusFilter')}
            testId="filter-status"
            options={SHELTER_REFERRAL_STATUSES.map((value) => ({ value, label: t(`enums.ShelterReferralStatus.${value}`) }))}
          />
        }
      />
      <GraphErrorAlert errors={result.errors} partial={Boolean(rows)} />
      {rows ? (
        <Card data-testid="shelter-referrals-list">
          <ShelterReferralsTable rows={rows} emptyText={t('common.empty')} />
        </Card>
      ) : null}
    </>
  );
}
