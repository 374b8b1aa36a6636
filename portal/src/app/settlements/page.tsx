/** `/settlements`: settlement of long-stay unidentified persons, from eligibility to revocation. */
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { PageHeading } from '@/components/page-heading';
import { SettlementsBoard } from '@/components/settlements-board';
import { queryGraph } from '@/graph/graph-client';
import { readSessionUser } from '@/graph/session-token';
import { SettlementsQuery } from '@/graph/settlement.query';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('settlement');
  return { title: t('title') };
}

export default async function SettlementsPage() {
  const t = await getTranslations('settlement');
  const [result, user] = await Promise.all([queryGraph(SettlementsQuery, {}), readSessionUser()]);
  // The decision buttons show for the center only; the graph refuses anyone else either way.
  const isCenter = Boolean(user?.roles.includes('CENTER_STAFF'));
  return (
    <>
      <PageHeading title={t('title')} description={t('description')} />
      <GraphErrorAlert errors={result.errors} partial={Boolean(result.data)} />
      {result.data ? <SettlementsBoard data={result.data} isCenter={isCenter} /> : null}
    </>
  );
}
