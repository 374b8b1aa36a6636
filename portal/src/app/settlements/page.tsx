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
  const [proposals, approved, settled, revoked, declined, user] = await Promise.all([
    queryGraph(SettlementProposalsQuery, {}),
    // Approvals wait to be settled: the longest waiting first; what is done, the newest first.
    queryGraph(SettlementsByStatusQuery, { status: 'APPROVED', order: 'OLDEST_FIRST' }),
    queryGraph(SettlementsByStatusQuery, { status: 'SETTLED', order: 'NEWEST_FIRST' }),
    queryGraph(SettlementsByStatusQuery, { status: 'REVOKED', order: 'NEWEST_FIRST' }),
    // Declined proposals stay on record with the center's reason, the newest first.
    queryGraph(SettlementsByStatusQuery, { status: 'DECLINED', order: 'NEWEST_FIRST' }),
    readSessionUser(),
  ]);
  // The decision buttons show for the center only; the graph refuses anyone else either way.
  const isCenter = Boolean(user?.roles.includes('CENTER_STAFF'));
  const errors = [proposals, approved, settled, revoked, declined].flatMap((result) => result.errors);
  const nodes = <T,>(connection: { edges: ReadonlyArray<{ node: T }> }) => connection.edges.map((edge) => edge.node);
  const data =
    proposals.data && approved.data && settled.data && revoked.data && declined.data
      ? {
          settlementCandidates: proposals.data.settlementCandidates,
          proposed: nodes(proposals.data.proposed),
          approved: nodes(approved.data.settlementsConnection),
          settled: nodes(settled.data.settlementsConnection),
          revoked: nodes(revoked.data.settlementsConnection),
          declined: nodes(declined.data.settlementsConnection),
          totals: {
            proposed: proposals.data.proposed.totalCount,
            approved: approved.data.settlementsConnection.totalCount,
            settled: settled.data.settlementsConnection.totalCount,
            revoked: revoked.data.settlementsConnection.totalCount,
            declined: declined.data.settlementsConnection.totalCount,
          },
        }
      : null;
  return (
    <>
      <PageHeading title={t('title')} description={t('description')} />
      <GraphErrorAlert errors={errors} partial={Boolean(data)} />
      {data ? <SettlementsBoard data={data} isCenter={isCenter} /> : null}
    </>
  );
}
