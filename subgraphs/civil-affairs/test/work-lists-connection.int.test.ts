/**
 * The work lists as cursor pages — `tracingWorkListConnection`, `casesPastStandardStayConnection`,
 * `settlementCandidatesConnection`, `shelterPlacementsConnection`: paging to the end yields exactly
 * what the old list shows the same caller, each record once and in the same order, with a count,
 * and so does paging back from the end; a cursor of another order, or forged, is refused, and so is
 * paging forward and back at once; a page costs the same statements whatever its
 * size; and whoever the old list refuses, the pages refuse.
 */
import { randomUUID } from 'node:crypto';
import { ROLES, type Caller } from '@lifeline/subgraph-runtime';
import { connectionReader, openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { CareZone } from '../src/entities/care-zone.entity';
import { Shelter } from '../src/entities/shelter.entity';
import { ShelterPlacement } from '../src/entities/shelter-placement.entity';
import { Station } from '../src/entities/station.entity';
import { definition } from '../src/server';
import { createCountyStation } from './support/county-station';
import { personInCare } from './support/person-in-care';

let subgraph: TestSubgraph<SubgraphContext>;
let stationId: string;
/** A county of its own, so no other suite's cases come into its lists. */
const TEST_COUNTY = '379961';
const county = testCaller({ id: 'worklists.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: TEST_COUNTY });
const otherCounty = testCaller({ id: 'worklists.neighbour', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: '379962' });
const center = testCaller({ id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });
const shelterStaff = testCaller({ id: 'shelter.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.SHELTER_STAFF], jurisdiction: '379900' });
const police = testCaller({ id: 'police.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER], jurisdiction: '379900' });
const system = testCaller({ id: 'client:worklists-sync', kind: 'service', agency: 'CIVIL_AFFAIRS', roles: [ROLES.INTEGRATION], scopes: ['read:persons', 'read:rescue-cases', 'read:stations'] });

const sql = <T>(query: string, params: unknown[] = []) => subgraph.orm.em.fork().getConnection().execute<T[]>(query, params);
const DAY = 86_400_000;

type TracingNode = { rescueCase: { id: string; intakeAt: string; station: { jurisdiction: string } }; person: { id: string }; overdue: string[] };
const TRACING_NODE = 'rescueCase { id intakeAt station { jurisdiction } } person { id } overdue';
const tracing = connectionReader<'tracingWorkListConnection', TracingNode>(
  () => subgraph,
  'tracingWorkListConnection',
  /* GraphQL */ `
    query($overdueOnly: Boolean, $order: TracingWorkOrder, $first: Int, $after: String, $last: Int, $before: String) {
      tracingWorkListConnection(overdueOnly: $overdueOnly, order: $order, first: $first, after: $after, last: $last, before: $before) {
        edges { cursor node { ${TRACING_NODE} } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        totalCount
      }
    }
  `,
  county,
);

type CaseNode = { id: string; intakeAt: string; stayFlag: string; station: { jurisdiction: string }; person: { id: string } };
const CASE_NODE = 'id intakeAt stayFlag station { jurisdiction } person { id }';
const stays = connectionReader<'casesPastStandardStayConnection', CaseNode>(
  () => subgraph,
  'casesPastStandardStayConnection',
  /* GraphQL */ `
    query($flags: [StayFlag!], $order: StayOrder, $first: Int, $after: String, $last: Int, $before: String) {
      casesPastStandardStayConnection(flags: $flags, order: $order, first: $first, after: $after, last: $last, before: $before) {
        edges { cursor node { ${CASE_NODE} } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        totalCount
      }
    }
  `,
  county,
);
const candidates = connectionReader<'settlementCandidatesConnection', CaseNode>(
  () => subgraph,
  'settlementCandidatesConnection',
  /* GraphQL */ `
    query($order: StayOrder, $first: Int, $after: String, $last: Int, $before: String) {
      settlementCandidatesConnection(order: $order, first: $first, after: $after, last: $last, before: $before) {
        edges { cursor node { ${CASE_NODE} } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        totalCount
      }
    }
  `,
  county,
);

type PlacementNode = { id: string; status: string; decidedAt: string; shelter: { id: string } };
const PLACEMENT_NODE = 'id status decidedAt shelter { id }';
const placements = connectionReader<'shelterPlacementsConnection', PlacementNode>(
  () => subgraph,
  'shelterPlacementsConnection',
  /* GraphQL */ `
    query($statuses: [ShelterPlacementStatus!], $order: ShelterPlacementOrder, $first: Int, $after: String, $last: Int, $before: String) {
      shelterPlacementsConnection(statuses: $statuses, order: $order, first: $first, after: $after, last: $last, before: $before) {
        edges { cursor node { ${PLACEMENT_NODE} } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        totalCount
      }
    }
  `,
  shelterStaff,
);

/** What the old list shows the caller. */
async function oldList<T>(query: string, field: string, caller: Caller, variables?: Record<string, unknown>): Promise<T[]> {
  const result = await subgraph.execute<Record<string, T[]>>(query, variables, caller);
  expect(result.errors).toBeUndefined();
  return result.data![field]!;
}
const oldTracing = (caller: Caller, overdueOnly = false) =>
  oldList<{ rescueCase: { id: string } }>(`query($o: Boolean) { tracingWorkList(overdueOnly: $o) { rescueCase { id } } }`, 'tracingWorkList', caller, { o: overdueOnly });
const oldStays = (caller: Caller, flag?: string) =>
  oldList<{ id: string }>(`query($flag: StayFlag) { casesPastStandardStay(flag: $flag, first: 100) { id } }`, 'casesPastStandardStay', caller, { flag });
const oldCandidates = (caller: Caller) => oldList<{ id: string }>(`{ settlementCandidates(first: 100) { id } }`, 'settlementCandidates', caller);
const oldPlacements = (status?: string) =>
  oldList<{ id: string }>(`query($status: ShelterPlacementStatus) { shelterPlacements(status: $status, first: 100) { id } }`, 'shelterPlacements', shelterStaff, { status });

async function mutate(mutation: string, variables: Record<string, unknown>, caller: Caller = county): Promise<void> {
  const result = await subgraph.execute<Record<string, { __typename: string }>>(mutation, variables, caller);
  expect(result.errors).toBeUndefined();
  expect(Object.values(result.data!)[0]!.__typename).toMatch(/Changed$/);
}
const recordNotice = (personId: string) => mutate(`mutation($p: ID!) { recordTracingNotice(personId: $p) { __typename } }`, { p: personId });
const recordDnaRequest = (personId: string) => mutate(`mutation($p: ID!) { recordDnaRequest(personId: $p) { __typename } }`, { p: personId });

/** The test county's cases: `mine` are those its staff may see; `hidden`, a protected victim's and a removed person's. */
const mine: string[] = [];
const hidden: Array<{ caseId: string; personId: string }> = [];
let shelterId: string;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  stationId = await createCountyStation(subgraph.orm.em.fork(), { jurisdiction: TEST_COUNTY, name: '工作清单分页测试县' });
  const received = async (days: number) => {
    const one = await personInCare(subgraph, stationId, county, days);
    mine.push(one.caseId);
    return one;
  };
  // Tracing: clocks not yet due, the notice overdue, both overdue, the notice done, both steps done.
  await received(0.1);
  await received(2);
  await recordNotice((await received(2.5)).personId);
  await received(12);
  const extended = await received(13);
  await recordNotice(extended.personId);
  const bothDone = await received(20);
  await recordNotice(bothDone.personId);
  await recordDnaRequest(bothDone.personId);
  // Two received at the same instant: the id decides between them.
  const twins = [await received(15), await received(15)];
  await sql(`update rescue_case set intake_at = (select intake_at from rescue_case where id = ?) where id = ?`, [twins[0]!.caseId, twins[1]!.caseId]);
  // An extension filed for one; a person whose identity is claimed, past 3 months, is staying on, not long-stay.
  const [{ version }] = (await sql<{ version: number }>(`select version from rescue_case where id = ?`, [extended.caseId])) as [{ version: number }];
  await mutate(`mutation($i: ExtendStayInput!) { extendStay(input: $i) { __typename } }`, {
    i: { rescueCaseId: extended.caseId, expectedVersion: version, until: new Date(Date.now() + 20 * DAY).toISOString(), reason: '等待家属来接' },
  });
  const identified = await received(100);
  await sql(`update person set identity_status = 'CLAIMED', name = '张建国' where id = ?`, [identified.personId]);
  // Long-stay: two candidates, and one already proposed for settlement.
  await received(95);
  await received(150);
  const proposed = await received(120);
  await mutate(`mutation($i: ProposeSettlementInput!) { proposeSettlement(input: $i) { __typename } }`, { i: { rescueCaseId: proposed.caseId, note: '长期滞留，拟安置' } });
  for (const [column, value] of [['confidential', 'true'], ['record_status', `'REMOVED'`]] as const) {
    const one = await personInCare(subgraph, stationId, county, 100);
    await sql(`update person set ${column} = ${value} where id = ?`, [one.personId]);
    hidden.push(one);
  }

  // A shelter of its own with records answered at different times, two in the same instant.
  const em = subgraph.orm.em.fork();
  const station = em.create(Station, { name: '工作清单测试庇护站', level: 'CITY', kind: 'REGIONAL_CENTER', jurisdiction: '379969', jurisdictionName: '测试市' });
  em.create(CareZone, { station, kind: 'DV_SHELTER', name: '庇护区', places: 4 });
  const shelter = em.create(Shelter, { name: '工作清单测试庇护中心', station, address: '保密', contactPhone: '13800000002', totalPlaces: 4 });
  const base = Date.now() + 3_600_000;
  for (const [minutes, status] of [[1, 'DECLINED'], [2, 'ACCEPTED'], [3, 'CLOSED'], [3, 'DECLINED'], [4, 'CLOSED'], [5, 'DECLINED']] as const) {
    em.create(ShelterPlacement, {
      referralId: randomUUID(),
      shelter,
      status,
      partySize: 1,
      children: 0,
      referringCaseworker: 'wf.caseworker',
      referringOrganisation: '测试市妇联',
      decidedBy: 'shelter.staff',
      decidedAt: new Date(base + minutes * 60_000),
    });
  }
  await em.flush();
  shelterId = shelter.id;
});
afterAll(() => subgraph.close());

const ids = (nodes: Array<{ id: string }>) => nodes.map((n) => n.id);
const caseIds = (nodes: TracingNode[]) => nodes.map((n) => n.rescueCase.id);
const onlyMine = (list: string[]) => list.filter((id) => mine.includes(id) || hidden.some((h) => h.caseId === id));
const expectEachOnce = (list: string[]) => expect(new Set(list).size).toBe(list.length);

describe('the family-tracing work list as pages', () => {
  it.each([
    ['the county’s staff', county],
    ['the center’s staff', center],
    ['the shelter’s staff', shelterStaff],
  ] as const)('yields, page after page, exactly the persons the old list shows %s, each once, most overdue first, and counts them', async (_, caller) => {
    for (const overdueOnly of [false, true]) {
      const { nodes, totalCount, pages } = await tracing.pageToTheEnd({ overdueOnly, first: 2 }, caller);
      const old = (await oldTracing(caller, overdueOnly)).map((entry) => entry.rescueCase.id);
      expectEachOnce(caseIds(nodes));
      expect(totalCount).toBe(nodes.length);
      if (caller === county) {
        expect(pages).toBeGreaterThan(2);
        expect(caseIds(nodes)).toEqual(old);
      } else {
        // The city's list holds other suites' persons too: the test county's are in the same places.
        expect(onlyMine(caseIds(nodes))).toEqual(onlyMine(old));
      }
      if (overdueOnly) expect(nodes.every((n) => n.overdue.length > 0)).toBe(true);
      const counts = nodes.map((n) => n.overdue.length);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
  });

  it('shows the protected victim to the shelter’s staff only, the removed person to no one, and a neighbouring county none of this one’s', async () => {
    const county_ = caseIds((await tracing.pageToTheEnd({ first: 100 })).nodes);
    const city = caseIds((await tracing.pageToTheEnd({ first: 100 }, center)).nodes);
    const shelter = caseIds((await tracing.pageToTheEnd({ first: 100 }, shelterStaff)).nodes);
    for (const list of [county_, city]) expect(list).not.toContain(hidden[0]!.caseId);
    expect(shelter).toContain(hidden[0]!.caseId);
    for (const list of [county_, city, shelter]) expect(list).not.toContain(hidden[1]!.caseId);
    const neighbour = caseIds((await tracing.pageToTheEnd({ first: 100 }, otherCounty)).nodes);
    expect(neighbour.filter((id) => mine.includes(id))).toEqual([]);
  });

  it('pages longest in care first, the id breaking a tie of intake', async () => {
    const { nodes } = await tracing.pageToTheEnd({ order: 'LONGEST_IN_CARE_FIRST', first: 3 });
    const keys = nodes.map((n) => [Date.parse(n.rescueCase.intakeAt), n.rescueCase.id] as const);
    expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)));
    expect(new Set(keys.map(([at]) => at)).size).toBeLessThan(keys.length);
    expect(caseIds(nodes).sort()).toEqual(caseIds((await tracing.pageToTheEnd({ first: 100 })).nodes).sort());
  });

  it('continues after a person who has left the list since the page was read', async () => {
    const leaving = await personInCare(subgraph, stationId, county, 2.2);
    const edges = (await tracing.page({ first: 100 })).data!.tracingWorkListConnection.edges;
    const at = edges.findIndex((edge) => edge.node.rescueCase.id === leaving.caseId);
    expect(at).toBeGreaterThanOrEqual(0);
    await sql(`update person set identity_status = 'CLAIMED', name = '李明' where id = ?`, [leaving.personId]);
    const rest = (await tracing.page({ after: edges[at]!.cursor, first: 100 })).data!.tracingWorkListConnection.edges.map((edge) => edge.node);
    expect(caseIds(rest)).toEqual(edges.slice(at + 1).map((edge) => edge.node.rescueCase.id));
  });
});

describe('stays past the standard 10 days as pages', () => {
  it.each([
    ['the county’s staff', county],
    ['the center’s staff', center],
  ] as const)('yields, page after page, exactly the cases the old list shows %s, each once, longest first, flag by flag', async (_, caller) => {
    for (const flag of [undefined, 'STAYING_ON', 'EXTENDED', 'LONG_STAY'] as const) {
      const { nodes, totalCount } = await stays.pageToTheEnd({ flags: flag ? [flag] : undefined, first: 2 }, caller);
      const old = ids(await oldStays(caller, flag));
      expectEachOnce(ids(nodes));
      expect(totalCount).toBe(nodes.length);
      if (caller === county) expect(ids(nodes)).toEqual(old);
      else expect(onlyMine(ids(nodes))).toEqual(onlyMine(old));
      if (flag) {
        // The old list is now the pages' first page: the flag's pages are held against the flag each case answers instead.
        const all = (await stays.pageToTheEnd({ first: 100 }, caller)).nodes;
        expect(onlyMine(ids(nodes))).toEqual(onlyMine(ids(all.filter((n) => n.stayFlag === flag))));
      } else expect(nodes.every((n) => n.stayFlag !== 'STANDARD')).toBe(true);
    }
    const mineOnly = (await stays.pageToTheEnd({ first: 100 }, caller)).nodes.filter((n) => mine.includes(n.id));
    expect(new Set(mineOnly.map((n) => n.stayFlag))).toEqual(new Set(['STAYING_ON', 'EXTENDED', 'LONG_STAY']));
    for (const id of hidden.map((h) => h.caseId)) expect(ids(mineOnly)).not.toContain(id);
  });

  it('takes several flags at once, none for an empty list, and pages shortest first the other way round', async () => {
    const all = await stays.pageToTheEnd({ first: 100 });
    const some = await stays.pageToTheEnd({ flags: ['STAYING_ON', 'LONG_STAY', 'STAYING_ON'], first: 3 });
    expect(ids(some.nodes)).toEqual(ids(all.nodes.filter((n) => n.stayFlag !== 'EXTENDED')));
    for (const flags of [[], ['STANDARD']]) {
      const none = (await stays.page({ flags, first: 5 })).data!.casesPastStandardStayConnection;
      expect(none).toEqual({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 });
    }
    const shortest = await stays.pageToTheEnd({ order: 'SHORTEST_FIRST', first: 2 });
    const keys = shortest.nodes.map((n) => [Date.parse(n.intakeAt), n.id] as const);
    expect(keys).toEqual([...keys].sort((a, b) => b[0] - a[0] || (a[1] > b[1] ? -1 : 1)));
    expect(ids(shortest.nodes).sort()).toEqual(ids(all.nodes).sort());
  });

  it('shows a neighbouring county none of this one’s', async () => {
    const neighbour = await stays.pageToTheEnd({ first: 100 }, otherCounty);
    expect(ids(neighbour.nodes).filter((id) => mine.includes(id))).toEqual([]);
  });
});

describe('settlement candidates as pages', () => {
  it.each([
    ['the county’s staff', county],
    ['the center’s staff', center],
  ] as const)('yields, page after page, exactly the candidates the old list shows %s, each once, longest first', async (_, caller) => {
    const { nodes, totalCount } = await candidates.pageToTheEnd({ first: 1 }, caller);
    const old = ids(await oldCandidates(caller));
    expectEachOnce(ids(nodes));
    expect(totalCount).toBe(nodes.length);
    if (caller === county) {
      expect(ids(nodes)).toEqual(old);
      expect(nodes).toHaveLength(2);
    } else expect(onlyMine(ids(nodes))).toEqual(onlyMine(old));
    expect(nodes.every((n) => n.stayFlag === 'LONG_STAY')).toBe(true);
  });
});

describe('the shelter’s records as pages', () => {
  it('yields, page after page, exactly the records the old list shows the shelter’s staff, each once, newest first, status by status', async () => {
    for (const status of [undefined, 'DECLINED', 'CLOSED'] as const) {
      const { nodes, totalCount } = await placements.pageToTheEnd({ statuses: status ? [status] : undefined, first: 2 });
      const old = ids(await oldPlacements(status));
      expectEachOnce(ids(nodes));
      expect(totalCount).toBe(nodes.length);
      // Other suites answer referrals too: this shelter's records are in the same places.
      const ours = (list: string[]) => list.filter((id) => nodes.some((n) => n.id === id && n.shelter.id === shelterId));
      expect(ours(ids(nodes))).toEqual(ours(old));
      if (status) expect(nodes.every((n) => n.status === status)).toBe(true);
    }
    const oldest = (await placements.pageToTheEnd({ order: 'OLDEST_FIRST', first: 2 })).nodes.filter((n) => n.shelter.id === shelterId);
    expect(oldest.map((n) => n.decidedAt)).toEqual([...oldest.map((n) => n.decidedAt)].sort());
    expect(oldest).toHaveLength(6);
  });
});

describe('paging back from the end', () => {
  it('yields the tracing work list two at a time, each person once, in the same order as forward, in either order and overdue only', async () => {
    for (const variables of [{}, { order: 'LONGEST_IN_CARE_FIRST' }, { overdueOnly: true }]) {
      const { nodes, pages } = await tracing.pagesBackAsForward(variables, (n) => n.rescueCase.id);
      expect(pages).toBeGreaterThan(2);
      expect(caseIds(nodes)).toEqual(caseIds((await tracing.pageToTheEnd({ ...variables, first: 100 })).nodes));
    }
  });

  it('yields the stays past the standard 10 days and the settlement candidates two at a time, each once, in the same order as forward, in either order', async () => {
    for (const variables of [{}, { order: 'SHORTEST_FIRST' }, { flags: ['LONG_STAY', 'EXTENDED'] }]) {
      const { nodes, pages } = await stays.pagesBackAsForward(variables, (n) => n.id);
      expect(pages).toBeGreaterThan(1);
      expect(ids(nodes)).toEqual(ids((await stays.pageToTheEnd({ ...variables, first: 100 })).nodes));
    }
    for (const variables of [{}, { order: 'SHORTEST_FIRST' }]) {
      const { nodes } = await candidates.pagesBackAsForward(variables, (n) => n.id);
      expect(nodes).toHaveLength(2);
    }
  });

  it('yields the shelter’s records two at a time, each once, in the same order as forward, in either order and status by status', async () => {
    const ours = (n: PlacementNode) => n.shelter.id === shelterId;
    for (const variables of [{}, { order: 'OLDEST_FIRST' }, { statuses: ['DECLINED', 'CLOSED'] }]) {
      const { nodes } = await placements.pagesBackAsForward(variables, (n) => n.id, shelterStaff, ours);
      expect(nodes.filter(ours).length).toBe(variables.statuses ? 5 : 6);
    }
  });

  it('answers the last page alone with last and no cursor: the list’s end, in the list’s order, more before it', async () => {
    const all = (await stays.pageToTheEnd({ first: 100 })).nodes;
    const end = (await stays.page({ last: 3 })).data!.casesPastStandardStayConnection;
    expect(ids(end.edges.map((edge) => edge.node))).toEqual(ids(all.slice(-3)));
    expect(end.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: end.edges[0]!.cursor, endCursor: end.edges[2]!.cursor });
    expect(end.totalCount).toBe(all.length);
  });

  const refusing: ReadonlyArray<readonly [string, (variables: Record<string, unknown>, otherOrder: Record<string, unknown>, caller: Caller) => Promise<void>, string, Caller]> = [
    ['tracingWorkListConnection', tracing.refusesMixedPaging, 'LONGEST_IN_CARE_FIRST', county],
    ['casesPastStandardStayConnection', stays.refusesMixedPaging, 'SHORTEST_FIRST', county],
    ['settlementCandidatesConnection', candidates.refusesMixedPaging, 'SHORTEST_FIRST', county],
    ['shelterPlacementsConnection', placements.refusesMixedPaging, 'OLDEST_FIRST', shelterStaff],
  ];
  it.each(refusing)('%s refuses paging forward and back at once, a last over the cap, and a before that is forged or of another order, with BAD_USER_INPUT', async (_, refuses, otherOrder, caller) => {
    await refuses({}, { order: otherOrder }, caller);
  });

  const pages: ReadonlyArray<readonly [string, AnyPage, Caller]> = [
    ['tracingWorkListConnection', tracing.page, county],
    ['casesPastStandardStayConnection', stays.page, county],
    ['settlementCandidatesConnection', candidates.page, county],
    ['shelterPlacementsConnection', placements.page, shelterStaff],
  ];
  it.each(pages)('%s costs the same statements paging back as forward', async (field, page, caller) => {
    // A page of one each way, so the records' own fields cost alike too.
    const forward = await subgraph.queries.during(() => page({ first: 1 }, caller));
    const end = await subgraph.queries.during(() => page({ last: 1 }, caller));
    const before = (end.result.data as Record<string, { pageInfo: { startCursor: string } }>)[field]!.pageInfo.startCursor;
    const back = await subgraph.queries.during(() => page({ last: 1, before }, caller));
    expect((back.result.data as Record<string, { edges: unknown[] }>)[field]!.edges).toHaveLength(1);
    expect(end.statements).toBe(forward.statements);
    expect(back.statements).toBe(forward.statements);
  });
});

/** A page of any of the four, as the checks common to them read it. */
type AnyPage = (variables: Record<string, unknown>, caller?: Caller) => Promise<{ data?: unknown; errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }>;

describe('every one of the pages', () => {
  const readers: ReadonlyArray<readonly [string, AnyPage, string, string, Caller]> = [
    ['tracingWorkListConnection', tracing.page, 'MOST_OVERDUE_FIRST', 'LONGEST_IN_CARE_FIRST', county],
    ['casesPastStandardStayConnection', stays.page, 'LONGEST_FIRST', 'SHORTEST_FIRST', county],
    ['settlementCandidatesConnection', candidates.page, 'LONGEST_FIRST', 'SHORTEST_FIRST', county],
    ['shelterPlacementsConnection', placements.page, 'NEWEST_FIRST', 'OLDEST_FIRST', shelterStaff],
  ];

  it.each(readers)('%s refuses a cursor from another order, a forged cursor and a page over the cap with BAD_USER_INPUT', async (field, page, order, otherOrder, caller) => {
    const first = ((await page({ order, first: 1 }, caller)).data as Record<string, { pageInfo: { endCursor: string } }>)[field]!;
    expect(first.pageInfo.endCursor).toEqual(expect.any(String));
    for (const variables of [{ order: otherOrder, after: first.pageInfo.endCursor }, { after: 'bm90LWEtY3Vyc29y' }, { after: `'; drop table rescue_case; --` }, { first: 101 }, { first: 0 }]) {
      const result = await page(variables, caller);
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(result.data).toBeNull();
    }
  });

  it.each(readers)('%s costs the same statements for a page of 1 as for a page of 100', async (field, page, _order, _other, caller) => {
    const one = await subgraph.queries.during(() => page({ first: 1 }, caller));
    const hundred = await subgraph.queries.during(() => page({ first: 100 }, caller));
    expect(((hundred.result.data as Record<string, { edges: unknown[] }>)[field]!).edges.length).toBeGreaterThan(1);
    expect(hundred.statements).toBe(one.statements);
  });

  const refusals: ReadonlyArray<readonly [string, string, AnyPage, Caller[]]> = [
    ['tracingWorkList', '{ tracingWorkList { overdue } }', tracing.page, [police, system]],
    ['casesPastStandardStay', '{ casesPastStandardStay { id } }', stays.page, [police, shelterStaff, system]],
    ['settlementCandidates', '{ settlementCandidates { id } }', candidates.page, [police, shelterStaff, system]],
    ['shelterPlacements', '{ shelterPlacements { id } }', placements.page, [police, county, center, system]],
  ];
  it.each(refusals)('refuses the pages exactly as %s to a job or a system without it', async (_, oldQuery, page, callers) => {
    for (const caller of callers) {
      const old = await subgraph.execute(oldQuery, undefined, caller);
      const pages = await page({ first: 5 }, caller);
      expect(old.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(pages.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
  });
});
