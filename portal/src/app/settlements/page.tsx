/** `/settlements`: settlement of long-stay unidentified persons, from eligibility to revocation. */
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { PageHeading } from '@/components/page-heading';
import { SettlementsBoard } from '@/components/settlements-board';
import { queryGraph } from '@/graph/graph-client';
import { readSessionUser } from '@/graph/session-token';
import { SettlementProposalsQuery, SettlementsByStatusQuery } from '@/graph/settlement.query';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('settlement');
  return { title: t('title') };
}

export default async function SettlementsPage() {
  const t = await getTranslations('settlement');
  const [proposals, approved, settled, revoked, user] = await Promise.all([
    queryGraph(SettlementProposalsQuery, {}),
    queryGraph(SettlementsByStatusQuery, { status: 'APPROVED' }),
    queryGraph(SettlementsByStatusQuery, { status: 'SETTLED' }),
    queryGraph(SettlementsByStatusQuery, { status: 'REVOKED' }),
    readSessionUser(),
  ]);
  // The decision buttons show for the center only; the graph refuses anyone else either way.
  const isCenter = Boolean(user?.roles.includes('CENTER_STAFF'));
  const errors = [proposals, approved, settled, revoked].flatMap((result) => result.errors);
  const data =
    proposals.data && approved.data && settled.data && revoked.data
      ? { ...proposals.data, approved: approved.data.settlements, settled: settled.data.settlements, revoked: revoked.data.settlements }
      : null;
  return (
    <>
      <PageHeading title={t('title')} description={t('description')} />
      <GraphErrorAlert errors={errors} partial={Boolean(data)} />
      {data ? <SettlementsBoard data={data} isCenter={isCenter} /> : null}
    </>
  );
}
