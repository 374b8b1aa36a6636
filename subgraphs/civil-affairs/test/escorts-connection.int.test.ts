/**
 * `escortsConnection` and `escort(id)`: cursor pages in three orders that yield every escort the
 * caller may see exactly once (the same rows as the `escorts` list: her jurisdiction, persons she
 * sees), filters a work queue and a partner's sync need, a count, and every change of an escort
 * moving it to the end of the sync.
 * Paged back from the end (`last`, `before`), the same records come in the same order; paging
 * forward and back at once is refused.
 */
import { ROLES } from '@lifeline/subgraph-runtime';
import { connectionReader, itPagesInThreeOrders, openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { createCountyStation } from './support/county-station';
import { personInCare } from './support/person-in-care';

let subgraph: TestSubgraph<SubgraphContext>;
let stationId: string;
/** A county of its own, so no other suite's escorts come into its pages. */
const TEST_COUNTY = '379991';
const county = testCaller({ id: 'escort.paging.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: TEST_COUNTY });
const otherCounty = testCaller({ id: 'escort.paging.neighbour', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: '379988' });
const center = testCaller({ id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });

type Node = { id: string; status: string; crossProvince: boolean; version: number; createdAt: string; updatedAt: string; rescueCase: { station: { jurisdiction: string } } };
const NODE = 'id status crossProvince version createdAt updatedAt rescueCase { station { jurisdiction } }';
const PAGE = /* GraphQL */ `
  query($order: EscortOrder, $first: Int, $after: String, $last: Int, $before: String, $statuses: [EscortStatus!], $crossProvince: Boolean, $updatedSince: DateTime, $updatedBefore: DateTime) {
    escortsConnection(order: $order, first: $first, after: $after, last: $last, before: $before, statuses: $statuses, crossProvince: $crossProvince, updatedSince: $updatedSince, updatedBefore: $updatedBefore) {
      edges { cursor node { ${NODE} } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      totalCount
    }
  }
`;
const reader = connectionReader<'escortsConnection', Node>(() => subgraph, 'escortsConnection', PAGE, county);
const { page, pageToTheEnd } = reader;

const sql = <T>(query: string, params: unknown[] = []) => subgraph.orm.em.fork().getConnection().execute<T[]>(query, params);

type Changed = { __typename: string; escort: Node };
/** An escort change as the station or the center makes it; the escort as it then stands. */
async function change(mutation: 'requestEscort' | 'decideEscort' | 'scheduleEscort' | 'advanceEscort', input: Record<string, unknown>, caller = county): Promise<Node> {
  const type = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
  const result = await subgraph.execute<Record<string, Changed>>(`mutation($i: ${type}!) { ${mutation}(input: $i) { __typename ... on EscortChanged { escort { ${NODE} } } } }`, { i: input }, caller);
  expect(result.data?.[mutation]?.__typename).toBe('EscortChanged');
  return result.data![mutation]!.escort;
}
const request = async (destinationDivision: string) =>
  change('requestEscort', { rescueCaseId: (await personInCare(subgraph, stationId, county)).caseId, destinationDivision, destination: `目的地 ${destinationDivision}` });
const leg = { fromPlace: '分页测试县救助站', toPlace: '济南站', mode: 'TRAIN', escortStaff: '王强', departAt: '2026-12-01T01:00:00Z', costFen: 12_000 };

/** The escorts of the test county, by what the rule says (DOMAIN.md §4) and not by the code under test: a standing, unprotected person's. */
const visibleInTestCounty = () =>
  sql<{ id: string }>(
    `select es.id from escort es join rescue_case rc on rc.id = es.rescue_case_id join station s on s.id = rc.station_id join person p on p.id = rc.person_id
      where s.jurisdiction like ? and not p.confidential and p.record_status = 'ACTIVE'`,
    [`${TEST_COUNTY}%`],
  );

/** Escorts the county may not see: one of a protected victim, one of a removed person. */
const hidden: string[] = [];
let requested: Node[] = [];

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  stationId = await createCountyStation(subgraph.orm.em.fork(), { jurisdiction: TEST_COUNTY, name: '护送分页测试县' });
  // Four to other provinces, three within: the center approves one and declines one, the station schedules one.
  requested = [];
  for (const division of ['510100', '420100', '110100', '440100', '370100', '370200', '370300']) requested.push(await request(division));
  const [toSichuan, toHubei, , , toJinan] = requested;
  await change('decideEscort', { escortId: toSichuan!.id, expectedVersion: toSichuan!.version, approve: true }, center);
  await change('decideEscort', { escortId: toHubei!.id, expectedVersion: toHubei!.version, approve: false, reason: '目的地暂无接收能力', guidance: '请联系武汉市中心站' }, center);
  await change('scheduleEscort', { escortId: toJinan!.id, expectedVersion: toJinan!.version, legs: [leg] });
  for (const [column, value] of [['confidential', 'true'], ['record_status', `'REMOVED'`]] as const) {
    const escort = await request('370100');
    await sql(`update person p set ${column} = ${value} from rescue_case rc, escort es where es.id = ? and rc.id = es.rescue_case_id and p.id = rc.person_id`, [escort.id]);
    hidden.push(escort.id);
  }
});
afterAll(() => subgraph.close());

describe('paging escorts', () => {
  it.each([
    ['NEWEST_FIRST', 'createdAt', -1],
    ['OLDEST_FIRST', 'createdAt', 1],
    ['UPDATED', 'updatedAt', 1],
  ] as const)('yields every escort the county staff may see exactly once in %s order, page after page, and counts them', async (order, key, direction) => {
    const nodes = await reader.pagesEachVisibleOnce(order, key, direction, visibleInTestCounty);
    for (const id of hidden) expect(nodes.map((n) => n.id)).not.toContain(id);
    expect(nodes.every((n) => n.rescueCase.station.jurisdiction.startsWith(TEST_COUNTY))).toBe(true);
  });

  it('holds the same escorts as the list it replaces, status by status', async () => {
    const statuses = ['REQUESTED', 'APPROVED', 'DECLINED', 'SCHEDULED', 'IN_TRANSIT', 'HANDED_OVER', 'COMPLETED'];
    const listed = await subgraph.execute<Record<string, Array<{ id: string }>>>(
      `{ ${statuses.map((status) => `${status}: escorts(status: ${status}, first: 100) { id }`).join(' ')} }`,
      undefined,
      county,
    );
    const all = await pageToTheEnd({ first: 100 });
    expect(all.nodes.map((n) => n.id).sort()).toEqual(statuses.flatMap((status) => listed.data![status]!.map((e) => e.id)).sort());
  });

  it('shows the center every county’s escorts, and a neighbouring county none of this one’s', async () => {
    const city = await pageToTheEnd({ first: 100 }, center);
    const mine = (await visibleInTestCounty()).map((e) => e.id);
    expect(city.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(mine));
    // The center sees the removed person's escort no more than the county does (the protected victim's neither).
    for (const id of hidden) expect(city.nodes.map((n) => n.id)).not.toContain(id);
    expect(new Set(city.nodes.map((n) => n.id)).size).toBe(city.nodes.length);
    const neighbour = await pageToTheEnd({ first: 100 }, otherCounty);
    expect(neighbour.nodes.filter((n) => mine.includes(n.id))).toEqual([]);
  });

  it('filters by status and by province, and counts what the filter matches', async () => {
    const awaiting = await pageToTheEnd({ statuses: ['REQUESTED'], crossProvince: true, order: 'OLDEST_FIRST', first: 100 });
    expect(awaiting.nodes.map((n) => n.id)).toEqual([requested[2]!.id, requested[3]!.id]);
    const decided = await pageToTheEnd({ statuses: ['APPROVED', 'DECLINED', 'APPROVED'], first: 100 });
    expect(decided.nodes.map((n) => n.status).sort()).toEqual(['APPROVED', 'DECLINED']);
    const within = await pageToTheEnd({ crossProvince: false, first: 100 });
    const across = await pageToTheEnd({ crossProvince: true, first: 100 });
    expect(within.nodes.every((n) => !n.crossProvince)).toBe(true);
    expect(across.nodes.every((n) => n.crossProvince)).toBe(true);
    expect(within.totalCount + across.totalCount).toBe((await visibleInTestCounty()).length);
    const none = (await page({ statuses: [], first: 5 })).data!.escortsConnection;
    expect(none).toEqual({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 });
  });

  it('moves an escort to the end of the sync at every change: the decision, the legs, each step, the hand-over', async () => {
    const steps: Array<[Parameters<typeof change>[0], Record<string, unknown>, typeof county]> = [
      ['decideEscort', { approve: true }, center],
      ['scheduleEscort', { legs: [leg] }, county],
      ['advanceEscort', { to: 'IN_TRANSIT' }, county],
      ['advanceEscort', { to: 'HANDED_OVER', receivingAgency: '成都市救助管理站', handoverRecord: 'CD-2026-0042' }, county],
      ['advanceEscort', { to: 'COMPLETED' }, county],
    ];
    const escort = await reader.movesToEndOfSync(
      await request('510100'),
      steps.map(([mutation, input, caller]) => (before: Node) => change(mutation, { escortId: before.id, expectedVersion: before.version, ...input }, caller)),
      ['id', 'status', 'updatedAt'],
    );
    expect(escort.status).toBe('COMPLETED');
  });

  itPagesInThreeOrders(reader, 'every escort the county staff may see', visibleInTestCounty);

  it('refuses the pages exactly as the list to a job without escorts', async () => {
    const police = testCaller({ id: 'police.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER], jurisdiction: '379900' });
    const shelter = testCaller({ id: 'shelter.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.SHELTER_STAFF], jurisdiction: '379900' });
    for (const caller of [police, shelter]) {
      const list = await subgraph.execute(`{ escorts(status: REQUESTED) { id } }`, undefined, caller);
      const pages = await page({ first: 5 }, caller);
      const one = await subgraph.execute(`query($id: ID!) { escort(id: $id) { id } }`, { id: requested[0]!.id }, caller);
      expect(list.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(pages.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(one.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
  });
});

describe('one escort by id', () => {
  const ONE = `query($id: ID!) { escort(id: $id) { id status createdAt updatedAt } }`;
  const read = (id: string, caller = county) => subgraph.execute<{ escort: { id: string } | null }>(ONE, { id }, caller);

  it('answers an escort the caller may see, and null for one outside her jurisdiction, of a person she may not see, or unknown', async () => {
    expect((await read(requested[0]!.id)).data!.escort).toEqual(expect.objectContaining({ id: requested[0]!.id }));
    expect((await read(requested[0]!.id, center)).data!.escort).toEqual(expect.objectContaining({ id: requested[0]!.id }));
    for (const [id, caller] of [[requested[0]!.id, otherCounty], [hidden[0]!, county], [hidden[1]!, county], ['6cbaa3cb-385e-4a81-9608-c00c8d6d0291', county]] as const) {
      const result = await read(id, caller);
      expect(result.errors).toBeUndefined();
      expect(result.data!.escort).toBeNull();
    }
  });

  it('refuses a malformed id with BAD_USER_INPUT', async () => {
    const malformed = await read(`'; drop table escort; --`);
    expect(malformed.data?.escort ?? null).toBeNull();
    expect(malformed.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('a window of time', () => {
  it('yields the escorts changed at or after updatedSince and before updatedBefore, and no others', async () => {
    await reader.pagesWindowOfTime();
  });
});
