/** `/shelter-referrals`: the women's federation's shelter referrals, newest first, by status, paged and counted on the server. */
import { Card } from 'antd';
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { ShelterReferralsTable } from '@/components/shelter-referrals-table';
import { PageHeading } from '@/components/page-heading';
import { UrlFilter } from '@/components/url-filter';
import { ShelterReferralsQuery } from '@/graph/agency-lists.query';
import { queryGraph } from '@/graph/graph-client';
import { connectionPage, listHref, readAfter } from '@/lib/list-page.params';
import { firstParam } from '@/lib/search-params.reader';
import { SHELTER_REFERRAL_STATUSES, pickEnum } from '@/lib/vocabulary';

/** Referrals per page, newest first. */
const PAGE_SIZE = 50;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('shelterReferrals');
  return { title: t('title') };
}

export default async function ShelterReferralsPage({ searchParams }: PageProps<'/shelter-referrals'>) {
  const params = await searchParams;
  const status = pickEnum(SHELTER_REFERRAL_STATUSES, firstParam(params, 'status'));
  const after = readAfter(params);
  const t = await getTranslations();
  const result = await queryGraph(ShelterReferralsQuery, { statuses: status ? [status] : null, first: PAGE_SIZE, after: after ?? null });
  const connection = result.data?.shelterReferralsConnection;
  const page = connection && connectionPage(connection, after, (at) => listHref('/shelter-referrals', { status, after: at }));
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
            resets={['after']}
            options={SHELTER_REFERRAL_STATUSES.map((value) => ({ value, label: t(`enums.ShelterReferralStatus.${value}`) }))}
          />
        }
      />
      <GraphErrorAlert errors={result.errors} partial={Boolean(connection)} />
      {page ? (
        <Card data-testid="shelter-referrals-list">
          <ShelterReferralsTable
            rows={page.rows}
            emptyText={t('common.empty')}
            paging={page.paging}
          />
        </Card>
      ) : null}
    </>
  );
}
