/**
 * `identityChecksConnection`: cursor pages in four orders that yield every check the caller may see
 * exactly once, filters a work queue and a partner's sync need, a count, and an audited export.
 * Paged back from the end (`last`, `before`), the same records come in the same order; paging
 * forward and back at once is refused.
 */
import { randomUUID } from 'node:crypto';
import { ROLES } from '@lifeline/subgraph-runtime';
import { connectionReader, expectKeysetOrder, openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { knownPerson, PROTECTED_DEMO_PERSONS } from './person-projection.fixture';

let subgraph: TestSubgraph<SubgraphContext>;
const police = testCaller({ id: 'police.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER], jurisdiction: '379900' });
const forensic = testCaller({ id: 'forensic.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.FORENSIC_OFFICER], jurisdiction: '379900' });
const TEST_COUNTY = '379996';
const countyStaff = testCaller({ id: 'test.county.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: TEST_COUNTY });
const countyStationId = randomUUID();

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

type Node = { id: string; status: string; requestedAt: string; resultDueAt: string; updatedAt: string; overdue: boolean; createdAt: string; person: { id: string } };
const PAGE = /* GraphQL */ `
  query($order: IdentityCheckOrder, $first: Int, $after: String, $last: Int, $before: String, $statuses: [IdentityCheckStatus!], $overdue: Boolean, $updatedSince: DateTime, $updatedBefore: DateTime, $requestingStationId: ID, $personIds: [ID!], $purpose: String) {
    identityChecksConnection(order: $order, first: $first, after: $after, last: $last, before: $before, statuses: $statuses, overdue: $overdue, updatedSince: $updatedSince, updatedBefore: $updatedBefore, requestingStationId: $requestingStationId, personIds: $personIds, purpose: $purpose) {
      edges { cursor node { id status requestedAt resultDueAt updatedAt overdue createdAt person { id } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      totalCount
    }
  }
`;
const { page, pageToTheEnd, pagesBackAsForward, refusesMixedPaging, pagesWindowOfTime } = connectionReader<'identityChecksConnection', Node>(() => subgraph, 'identityChecksConnection', PAGE, police);

const sql = <T>(query: string, params: unknown[] = []) => subgraph.orm.em.fork().getConnection().execute<T[]>(query, params);

async function request(personId: string, requestingStationId = countyStationId, staff = countyStaff) {
  const result = await subgraph.execute<{ requestIdentityCheck: { __typename: string; identityCheck: { id: string; version: number } } }>(
    `mutation($i: RequestIdentityCheckInput!) { requestIdentityCheck(input: $i) { __typename ... on IdentityCheckChanged { identityCheck { id version } } } }`,
    { i: { personId, requestingStationId, reason: 'UNIDENTIFIED_PERSON' } },
    staff,
  );
  expect(result.data!.requestIdentityCheck.__typename).toBe('IdentityCheckChanged');
  return result.data!.requestIdentityCheck.identityCheck;
}

describe('paging identity checks', () => {
  it.each([
    ['DUE_FIRST', 'resultDueAt', 1],
    ['NEWEST_FIRST', 'requestedAt', -1],
    ['OLDEST_FIRST', 'requestedAt', 1],
    ['UPDATED', 'updatedAt', 1],
  ] as const)('yields every check the police may see exactly once, in %s order, page after page', async (order, key, direction) => {
    const { nodes, totalCount, pages } = await pageToTheEnd({ order, first: 37 });
    // What this officer may see, asked of the tables directly: every check but those of a removed
    // person or of a protected victim he is not entitled to (other suites entitle him to some).
    const visible = await sql<{ id: string }>(
      `select id from identity_check ic where not exists (select 1 from person_projection pp where pp.id = ic.person_id and (pp.removed or (pp.protected and not ('police.officer' = any(pp.entitled_usernames)))))`,
    );
    expect(visible.length).toBeGreaterThan(PROTECTED_DEMO_PERSONS.size);
    expect(pages).toBeGreaterThan(1);
    expect(nodes.map((n) => n.id).sort()).toEqual(visible.map((c) => c.id).sort());
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    expect(totalCount).toBe(nodes.length);
    // Sorted by the order's time, then by id in the same direction: a total order.
    expectKeysetOrder(nodes, key, direction);
  });

  it('filters by status and by overdue as the checks read, and counts what the filter matches', async () => {
    const open = await pageToTheEnd({ statuses: ['REQUESTED', 'SAMPLE_COLLECTED', 'COMPARING'], first: 100 });
    expect(open.nodes.length).toBeGreaterThan(0);
    expect(open.nodes.every((n) => ['REQUESTED', 'SAMPLE_COLLECTED', 'COMPARING'].includes(n.status))).toBe(true);
    const overdue = await pageToTheEnd({ overdue: true, first: 100 });
    const notOverdue = await pageToTheEnd({ overdue: false, first: 100 });
    const all = await pageToTheEnd({ first: 100 });
    expect(overdue.nodes.length).toBeGreaterThan(0);
    expect(overdue.nodes.every((n) => n.overdue)).toBe(true);
    expect(notOverdue.nodes.every((n) => !n.overdue)).toBe(true);
    expect(overdue.totalCount + notOverdue.totalCount).toBe(all.totalCount);
    // Overdue checks lead the default (due-first) work queue.
    const queue = (await page({ statuses: ['REQUESTED', 'SAMPLE_COLLECTED', 'COMPARING'], first: 5 })).data!.identityChecksConnection;
    expect(queue.edges[0]!.node.overdue).toBe(true);
  });

  it('filters by persons (a work list searched by name), as many as asked and no one else, and none for an empty list', async () => {
    const all = await pageToTheEnd({ first: 100 });
    const persons = [...new Set(all.nodes.map((n) => n.person.id))].slice(0, 3);
    expect(persons.length).toBe(3);
    const expected = all.nodes.filter((n) => persons.includes(n.person.id)).map((n) => n.id).sort();
    // Asked in capitals, and twice: a UUID is one id in either case.
    const filtered = await pageToTheEnd({ personIds: [...persons, persons[0]!.toUpperCase()], first: 2 });
    expect(filtered.nodes.map((n) => n.id).sort()).toEqual(expected);
    expect(filtered.totalCount).toBe(expected.length);
    const none = (await page({ personIds: [] })).data!.identityChecksConnection;
    expect(none).toEqual({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 });
  });

  it('refuses more than 100 persons with BAD_USER_INPUT', async () => {
    const result = await page({ personIds: Array.from({ length: 101 }, () => randomUUID()) });
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('shows county staff only the checks their county asked for, and a partner what changed since its last sync', async () => {
    const since = new Date(Date.now() - 1).toISOString();
    const mine = await request(await knownPerson(subgraph, { county: TEST_COUNTY }));
    const county = await pageToTheEnd({ first: 100, order: 'UPDATED' }, countyStaff);
    expect(county.nodes.map((n) => n.id)).toEqual([mine.id]);
    const byStation = await pageToTheEnd({ first: 100, requestingStationId: countyStationId });
    expect(byStation.nodes.map((n) => n.id)).toEqual([mine.id]);

    // A sample recorded later moves the check to the end of the sync order, after its own request.
    const synced = await pageToTheEnd({ order: 'UPDATED', updatedSince: since, first: 100 });
    expect(synced.nodes.map((n) => n.id)).toContain(mine.id);
    const afterRequest = synced.nodes.find((n) => n.id === mine.id)!.updatedAt;
    const sampled = await subgraph.execute<{ recordSample: { __typename: string } }>(
      `mutation($i: RecordSampleInput!) { recordSample(input: $i) { __typename } }`,
      { i: { identityCheckId: mine.id, expectedVersion: mine.version, kind: 'DNA', sampleCode: `DNA-PAGE-${Date.now()}` } },
      forensic,
    );
    expect(sampled.data!.recordSample.__typename).toBe('IdentityCheckChanged');
    const later = await pageToTheEnd({ order: 'UPDATED', updatedSince: afterRequest, first: 100 });
    expect(later.nodes.at(-1)!.id).toBe(mine.id);
    expect(Date.parse(later.nodes.at(-1)!.updatedAt)).toBeGreaterThan(Date.parse(afterRequest));
  });

  it('costs the same statements for a page of 5 as for a page of 100', async () => {
    const five = await subgraph.queries.during(() => page({ first: 5 }));
    const hundred = await subgraph.queries.during(() => page({ first: 100 }));
    expect(hundred.result.data!.identityChecksConnection.edges.length).toBeGreaterThan(5);
    expect(hundred.statements).toBe(five.statements);
  });

  it('refuses a forged cursor, a cursor from another order, a page over the cap and a bad purpose with BAD_USER_INPUT', async () => {
    const first = (await page({ order: 'DUE_FIRST', first: 2 })).data!.identityChecksConnection;
    for (const variables of [
      { order: 'UPDATED', after: first.pageInfo.endCursor },
      { after: 'bm90LWEtY3Vyc29y' },
      { first: 101 },
      { purpose: '' },
      { purpose: 'x'.repeat(201) },
      { purpose: 'export\u0007' },
    ]) {
      const result = await page(variables);
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(result.data).toBeNull();
    }
  });

  it('writes each check of a page read with a purpose (an export) to the audit trail, and nothing without one', async () => {
    const exported = async () => Number((await sql<{ n: string }>(`select count(*) as n from audit_event where operation = 'EXPORT' and record_type = 'IdentityCheck'`))[0]!.n);
    const before = await exported();
    await page({ first: 10 });
    expect(await exported()).toBe(before);
    const result = (await page({ first: 10, purpose: 'export' })).data!.identityChecksConnection;
    const rows = await sql<{ record_id: string; actor: string; purpose: string }>(
      `select record_id, actor, purpose from audit_event where operation = 'EXPORT' and record_type = 'IdentityCheck' order by seq desc limit 10`,
    );
    expect(rows.map((r) => r.record_id).sort()).toEqual(result.edges.map((e) => e.node.id).sort());
    expect(rows.every((r) => r.actor === 'police.officer' && r.purpose === 'export')).toBe(true);
  });

  it('refuses the list to a caller whose job has no identity checks', async () => {
    const caseworker = testCaller({ id: 'wf.caseworker', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER] });
    const result = await page({ first: 5 }, caseworker);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('paging identity checks back from the end', () => {
  /** A county and station of their own, so no other test's checks come into these pages. */
  const PAGING_COUNTY = '379977';
  const pagingStaff = testCaller({ id: 'paging.back.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: PAGING_COUNTY });
  const pagingStationId = randomUUID();
  const requested: string[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 5; i += 1) requested.push((await request(await knownPerson(subgraph, { county: PAGING_COUNTY }), pagingStationId, pagingStaff)).id);
  });

  it.each(['DUE_FIRST', 'NEWEST_FIRST', 'OLDEST_FIRST', 'UPDATED'])('yields the station’s checks two at a time, each once, in the same order as forward, in %s order', async (order) => {
    const { nodes, pages } = await pagesBackAsForward({ requestingStationId: pagingStationId, order }, (node) => node.id, pagingStaff);
    expect(pages).toBe(3);
    expect(nodes.map((node) => node.id).sort()).toEqual([...requested].sort());
  });

  it('refuses paging forward and back at once, a last over the cap, and a before that is forged or of another order, with BAD_USER_INPUT', async () => {
    await refusesMixedPaging({ requestingStationId: pagingStationId }, { order: 'UPDATED' }, pagingStaff);
  });
});

describe('a window of time', () => {
  it('yields the identity checks changed at or after updatedSince and before updatedBefore, and no others', async () => {
    await pagesWindowOfTime();
  });
});
