/**
 * `/shelter`: the shelter staff's desk: free places and family rooms (room by room), and the
 * referrals waiting for an answer, newest first, each opening to accept or decline.
 */
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { PageHeading } from '@/components/page-heading';
import { ShelterDesk } from '@/components/shelter-desk';
import { queryGraph } from '@/graph/graph-client';
import { ShelterDeskQuery } from '@/graph/shelter.query';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('shelterWork');
  return { title: t('desk.title') };
}

export default async function ShelterDeskPage() {
  const t = await getTranslations('shelterWork');
  const result = await queryGraph(ShelterDeskQuery, {});
  return (
    <>
      <PageHeading title={t('desk.title')} description={t('desk.description')} />
      <GraphErrorAlert errors={result.errors} partial={Boolean(result.data)} />
      {result.data ? <ShelterDesk data={result.data} /> : null}
    </>
  );
}
