/**
 * `settlementsConnection`: cursor pages in three orders that yield every settlement the caller may
 * see exactly once (the same rows as the `settlements` list: her jurisdiction, persons she sees),
 * filters the center's queue and a partner's sync need, a count, and every change of a settlement
 * moving it to the end of the sync.
 * Paged back from the end (`last`, `before`), the same records come in the same order; paging
 * forward and back at once is refused.
 */
import { randomUUID } from 'node:crypto';
import { ROLES } from '@lifeline/subgraph-runtime';
import { connectionReader, itPagesInThreeOrders, openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { createCountyStation } from './support/county-station';
import { personInCare } from './support/person-in-care';

let subgraph: TestSubgraph<SubgraphContext>;
let stationId: string;
/** A county of its own, so no other suite's settlements come into its pages. */
const TEST_COUNTY = '379981';
const county = testCaller({ id: 'settlement.paging.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: TEST_COUNTY });
const otherCounty = testCaller({ id: 'settlement.paging.neighbour', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: '379988' });
const center = testCaller({ id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });

type Node = { id: string; status: string; version: number; createdAt: string; proposedAt: string; updatedAt: string; rescueCase: { station: { jurisdiction: string } } };
const NODE = 'id status version createdAt proposedAt updatedAt rescueCase { station { jurisdiction } }';
const PAGE = /* GraphQL */ `
  query($order: SettlementOrder, $first: Int, $after: String, $last: Int, $before: String, $statuses: [SettlementStatus!], $updatedSince: DateTime, $updatedBefore: DateTime) {
    settlementsConnection(order: $order, first: $first, after: $after, last: $last, before: $before, statuses: $statuses, updatedSince: $updatedSince, updatedBefore: $updatedBefore) {
      edges { cursor node { ${NODE} } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      totalCount
    }
  }
`;
const reader = connectionReader<'settlementsConnection', Node>(() => subgraph, 'settlementsConnection', PAGE, county);
const { page, pageToTheEnd } = reader;

const sql = <T>(query: string, params: unknown[] = []) => subgraph.orm.em.fork().getConnection().execute<T[]>(query, params);

const TYPES = { proposeSettlement: 'ProposeSettlementInput', decideSettlement: 'DecideSettlementInput', settlePerson: 'SettlePersonInput', revokeSettlement: 'RevokeSettlementInput' } as const;
type Changed = { __typename: string; settlement: Node };
/** A settlement change as the station or the center makes it; the settlement as it then stands. */
async function change(mutation: keyof typeof TYPES, input: Record<string, unknown>, caller = county): Promise<Node> {
  const result = await subgraph.execute<Record<string, Changed>>(`mutation($i: ${TYPES[mutation]}!) { ${mutation}(input: $i) { __typename ... on SettlementChanged { settlement { ${NODE} } } } }`, { i: input }, caller);
  expect(result.data?.[mutation]?.__typename).toBe('SettlementChanged');
  return result.data![mutation]!.settlement;
}
/** A long-stay unidentified person of the test county, proposed for settlement. */
const propose = async () => change('proposeSettlement', { rescueCaseId: (await personInCare(subgraph, stationId, county, 120)).caseId, note: '入站逾3个月,寻亲无果' });
const approve = (s: Node) => change('decideSettlement', { settlementId: s.id, expectedVersion: s.version, approve: true, identityCheckId: randomUUID(), recheckFoundNoRegistration: true }, center);
const decline = (s: Node) => change('decideSettlement', { settlementId: s.id, expectedVersion: s.version, approve: false, declineReason: '尚有寻亲线索未核实' }, center);
const settle = (s: Node) => change('settlePerson', { settlementId: s.id, expectedVersion: s.version, institutionLevel: 'CITY', institutionName: '分页测试市社会福利院', householdRegistrationRef: '分页公户〔2026〕001号' });
const revoke = (s: Node) =>
  change('revokeSettlement', { settlementId: s.id, expectedVersion: s.version, reason: '公安比中身份', identityFoundBy: 'POLICE_CHECK', identityFoundReference: randomUUID(), goingHomeArrangement: '家属来站接回' });

/** The settlements of the test county, by what the rule says (DOMAIN.md §4) and not by the code under test: a standing, unprotected person's. */
const visibleInTestCounty = () =>
  sql<{ id: string }>(
    `select st.id from settlement st join rescue_case rc on rc.id = st.rescue_case_id join station s on s.id = rc.station_id join person p on p.id = st.person_id
      where s.jurisdiction like ? and not p.confidential and p.record_status = 'ACTIVE'`,
    [`${TEST_COUNTY}%`],
  );

/** Settlements the county may not see: one of a protected victim, one of a removed person. */
const hidden: string[] = [];
let proposed: Node[] = [];

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  stationId = await createCountyStation(subgraph.orm.em.fork(), { jurisdiction: TEST_COUNTY, name: '安置分页测试县' });
  // Seven proposals: the center approves one, declines one, approves one that is then settled and one that is then revoked.
  proposed = [];
  for (let i = 0; i < 7; i++) proposed.push(await propose());
  const [toApprove, toDecline, toSettle, toRevoke] = proposed;
  await approve(toApprove!);
  await decline(toDecline!);
  await settle(await approve(toSettle!));
  await revoke(await approve(toRevoke!));
  for (const [column, value] of [['confidential', 'true'], ['record_status', `'REMOVED'`]] as const) {
    const settlement = await propose();
    await sql(`update person p set ${column} = ${value} from settlement st where st.id = ? and p.id = st.person_id`, [settlement.id]);
    hidden.push(settlement.id);
  }
});
afterAll(() => subgraph.close());

describe('paging settlements', () => {
  it.each([
    ['NEWEST_FIRST', 'createdAt', -1],
    ['OLDEST_FIRST', 'createdAt', 1],
    ['UPDATED', 'updatedAt', 1],
  ] as const)('yields every settlement the county staff may see exactly once in %s order, page after page, and counts them', async (order, key, direction) => {
    const nodes = await reader.pagesEachVisibleOnce(order, key, direction, visibleInTestCounty);
    for (const id of hidden) expect(nodes.map((n) => n.id)).not.toContain(id);
    expect(nodes.every((n) => n.rescueCase.station.jurisdiction.startsWith(TEST_COUNTY))).toBe(true);
    expect(nodes.every((n) => n.createdAt === n.proposedAt)).toBe(true);
  });

  it('holds the same settlements as the list it replaces, status by status, and all of them without a status', async () => {
    const statuses = ['PROPOSED', 'APPROVED', 'DECLINED', 'SETTLED', 'REVOKED'];
    const listed = await subgraph.execute<Record<string, Array<{ id: string }>>>(
      `{ ${statuses.map((status) => `${status}: settlements(status: ${status}, first: 100) { id }`).join(' ')} awaiting: settlements(first: 100) { id } }`,
      undefined,
      county,
    );
    const all = await pageToTheEnd({ first: 100 });
    expect(all.nodes.map((n) => n.id).sort()).toEqual(statuses.flatMap((status) => listed.data![status]!.map((s) => s.id)).sort());
    // The list without a status is the center's queue; the pages without one are every settlement.
    const queue = await pageToTheEnd({ statuses: ['PROPOSED'], first: 100 });
    expect(queue.nodes.map((n) => n.id).sort()).toEqual(listed.data!.awaiting!.map((s) => s.id).sort());
    expect(all.totalCount).toBeGreaterThan(queue.totalCount);
  });

  it('shows the center every county’s settlements, and a neighbouring county none of this one’s', async () => {
    const city = await pageToTheEnd({ first: 100 }, center);
    const mine = (await visibleInTestCounty()).map((s) => s.id);
    expect(city.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(mine));
    // The center sees the removed person's settlement no more than the county does (the protected victim's neither).
    for (const id of hidden) expect(city.nodes.map((n) => n.id)).not.toContain(id);
    expect(new Set(city.nodes.map((n) => n.id)).size).toBe(city.nodes.length);
    const neighbour = await pageToTheEnd({ first: 100 }, otherCounty);
    expect(neighbour.nodes.filter((n) => mine.includes(n.id))).toEqual([]);
  });

  it('filters by status, and counts what the filter matches', async () => {
    const awaiting = await pageToTheEnd({ statuses: ['PROPOSED'], order: 'OLDEST_FIRST', first: 100 });
    expect(awaiting.nodes.map((n) => n.id)).toEqual(proposed.slice(4).map((s) => s.id));
    const decided = await pageToTheEnd({ statuses: ['APPROVED', 'DECLINED', 'APPROVED'], first: 100 });
    expect(decided.nodes.map((n) => n.status).sort()).toEqual(['APPROVED', 'DECLINED']);
    const closed = await pageToTheEnd({ statuses: ['SETTLED', 'REVOKED'], first: 100 });
    expect(closed.nodes.map((n) => n.id).sort()).toEqual([proposed[2]!.id, proposed[3]!.id].sort());
    expect(awaiting.totalCount + decided.totalCount + closed.totalCount).toBe((await visibleInTestCounty()).length);
    const none = (await page({ statuses: [], first: 5 })).data!.settlementsConnection;
    expect(none).toEqual({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 });
  });

  it('moves a settlement to the end of the sync at every change: the decision, the placement, the revocation', async () => {
    const settlement = await reader.movesToEndOfSync(await propose(), [approve, settle, revoke], ['id', 'status', 'updatedAt']);
    expect(settlement.status).toBe('REVOKED');
  });

  itPagesInThreeOrders(reader, 'every settlement the county staff may see', visibleInTestCounty);

  it('answers the pages exactly as the list to a job without settlements, or with a view of its own', async () => {
    const police = testCaller({ id: 'police.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER], jurisdiction: '379900' });
    const shelter = testCaller({ id: 'shelter.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.SHELTER_STAFF], jurisdiction: '379900' });
    const leadership = testCaller({ id: 'leader', agency: 'CIVIL_AFFAIRS', roles: [ROLES.LEADERSHIP], jurisdiction: '379900' });
    for (const caller of [police, shelter, leadership]) {
      const list = await subgraph.execute<{ settlements: Array<{ id: string }> }>(`{ settlements(status: PROPOSED, first: 100) { id } }`, undefined, caller);
      const pages = await page({ statuses: ['PROPOSED'], first: 100 }, caller);
      expect(pages.errors?.map((e) => e.extensions?.code)).toEqual(list.errors?.map((e) => e.extensions?.code));
      if (list.errors) expect(list.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      else expect(pages.data!.settlementsConnection.edges.map((e) => e.node.id).sort()).toEqual(list.data!.settlements.map((s) => s.id).sort());
    }
  });
});

describe('a window of time', () => {
  it('yields the settlements changed at or after updatedSince and before updatedBefore, and no others', async () => {
    await reader.pagesWindowOfTime();
  });
});
