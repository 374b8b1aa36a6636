/**
 * `foreignNationalStatusChecksConnection`: cursor pages in three orders that yield every status
 * check the caller may see exactly once, the filters a queue and a partner's sync need, a count,
 * and an audit line for every status check read; and the same for the notifications to the
 * foreign-affairs office.
 * Paged back from the end (`last`, `before`), the same records come in the same order; paging
 * forward and back at once is refused.
 */
import { randomUUID } from 'node:crypto';
import { ROLES } from '@lifeline/subgraph-runtime';
import { connectionReader, expectKeysetOrder, openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { knownPerson } from './person-projection.fixture';

let subgraph: TestSubgraph<SubgraphContext>;
const police = testCaller({ id: 'police.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER], jurisdiction: '379900' });
const fao = testCaller({ id: 'fao.officer', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.FAO_OFFICER], jurisdiction: '379900' });
/** A county of its own (no other suite requests status checks for it). */
const TEST_COUNTY = '379979';
const countyStaff = testCaller({ id: 'test.paging.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: TEST_COUNTY });
const stationId = randomUUID();

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

type Node = { id: string; status: string; requestedAt: string; updatedAt: string; createdAt: string; version: number };
const PAGE = /* GraphQL */ `
  query($order: ForeignNationalStatusCheckOrder, $first: Int, $after: String, $last: Int, $before: String, $statuses: [ForeignNationalStatusCheckStatus!], $updatedSince: DateTime, $updatedBefore: DateTime, $requestingStationId: ID) {
    foreignNationalStatusChecksConnection(order: $order, first: $first, after: $after, last: $last, before: $before, statuses: $statuses, updatedSince: $updatedSince, updatedBefore: $updatedBefore, requestingStationId: $requestingStationId) {
      edges { cursor node { id status requestedAt updatedAt createdAt version } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      totalCount
    }
  }
`;
const { page, pageToTheEnd, pagesBackAsForward, refusesMixedPaging, pagesWindowOfTime } = connectionReader<'foreignNationalStatusChecksConnection', Node>(() => subgraph, 'foreignNationalStatusChecksConnection', PAGE, police);

const sql = <T>(query: string, params: unknown[] = []) => subgraph.orm.em.fork().getConnection().execute<T[]>(query, params);

let passportSeq = 0;
async function request(): Promise<Node> {
  const passportNumber = `P${String(Date.now() % 1_000_000).padStart(6, '0')}${(passportSeq += 1) % 10}`;
  const result = await subgraph.execute<{ requestForeignNationalStatusCheck: { __typename: string; statusCheck: Node } }>(
    `mutation($i: RequestForeignNationalStatusCheckInput!) { requestForeignNationalStatusCheck(input: $i) { __typename ... on ForeignNationalStatusCheckChanged { statusCheck { id status requestedAt updatedAt createdAt version } } } }`,
    { i: { personId: await knownPerson(subgraph, { county: TEST_COUNTY }), requestingStationId: stationId, nationality: 'VNM', passportNumber } },
    countyStaff,
  );
  expect(result.data!.requestForeignNationalStatusCheck.__typename).toBe('ForeignNationalStatusCheckChanged');
  return result.data!.requestForeignNationalStatusCheck.statusCheck;
}

describe('paging foreign-national status checks', () => {
  beforeAll(async () => {
    // Enough of them for several pages, whatever else the database holds.
    for (let i = 0; i < 5; i += 1) await request();
  });

  it.each([
    ['OLDEST_FIRST', 'requestedAt', 1],
    ['NEWEST_FIRST', 'requestedAt', -1],
    ['UPDATED', 'updatedAt', 1],
  ] as const)('yields every status check the police may see exactly once, in %s order, page after page', async (order, key, direction) => {
    const { nodes, totalCount, pages } = await pageToTheEnd({ order, first: 2 });
    const visible = await sql<{ id: string }>(
      `select id from foreign_national_status_check c where not exists (select 1 from person_projection pp where pp.id = c.person_id and (pp.removed or (pp.protected and not ('police.officer' = any(pp.entitled_usernames)))))`,
    );
    expect(pages).toBeGreaterThan(2);
    expect(nodes.map((n) => n.id).sort()).toEqual(visible.map((c) => c.id).sort());
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    expect(totalCount).toBe(nodes.length);
    expectKeysetOrder(nodes, key, direction);
  });

  it('shows county staff their county only, filters by status and station, and syncs a partner from updatedSince', async () => {
    const mine = await request();
    const county = await pageToTheEnd({ first: 100 }, countyStaff);
    const ours = (await sql<{ id: string }>(`select id from foreign_national_status_check where requesting_jurisdiction like ?`, [`${TEST_COUNTY}%`])).map((r) => r.id);
    expect(county.nodes.map((n) => n.id).sort()).toEqual(ours.sort());
    const byStation = await pageToTheEnd({ first: 100, requestingStationId: stationId });
    expect(byStation.nodes.map((n) => n.id).sort()).toEqual(ours.sort());
    const requested = await pageToTheEnd({ first: 100, statuses: ['REQUESTED'] });
    expect(requested.nodes.every((n) => n.status === 'REQUESTED')).toBe(true);
    expect(requested.nodes.map((n) => n.id)).toContain(mine.id);

    // The police's outcome moves it to the end of the sync order, after what it was when asked for.
    const concluded = await subgraph.execute<{ recordForeignNationalStatus: { __typename: string } }>(
      `mutation($i: RecordForeignNationalStatusInput!) { recordForeignNationalStatus(input: $i) { __typename } }`,
      { i: { statusCheckId: mine.id, expectedVersion: mine.version, outcome: 'LEGAL_RESIDENCE' } },
      police,
    );
    expect(concluded.data!.recordForeignNationalStatus.__typename).toBe('ForeignNationalStatusCheckChanged');
    const later = await pageToTheEnd({ order: 'UPDATED', updatedSince: mine.updatedAt, first: 100 });
    expect(later.nodes.at(-1)).toEqual(expect.objectContaining({ id: mine.id, status: 'LEGAL_RESIDENCE' }));
    expect(Date.parse(later.nodes.at(-1)!.updatedAt)).toBeGreaterThan(Date.parse(mine.updatedAt));
    expect((await pageToTheEnd({ first: 100, statuses: ['REQUESTED'] })).nodes.map((n) => n.id)).not.toContain(mine.id);
  });

  it('writes a read of every status check on a page to the audit trail, in two statements a page however long', async () => {
    const read = (await page({ first: 3 })).data!.foreignNationalStatusChecksConnection.edges.map((e) => e.node.id);
    const lines = await sql<{ record_id: string }>(
      `select distinct record_id from audit_event where operation = 'READ' and record_type = 'ForeignNationalStatusCheck' and actor = 'police.officer' and record_id in (?, ?, ?)`,
      read,
    );
    expect(lines.map((l) => l.record_id).sort()).toEqual([...read].sort());
    const small = await subgraph.queries.during(() => page({ first: 2 }));
    const large = await subgraph.queries.during(() => page({ first: 100 }));
    expect(large.statements).toBe(small.statements);
  });

  it('refuses a cursor of another order and one that is forged with BAD_USER_INPUT, and the list to a job without status checks', async () => {
    const first = (await page({ first: 1 })).data!.foreignNationalStatusChecksConnection;
    for (const variables of [{ order: 'UPDATED', after: first.pageInfo.endCursor }, { after: 'Zm9yZ2Vk' }]) {
      const result = await page(variables);
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
    const caseworker = testCaller({ id: 'wf.caseworker', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER] });
    expect((await page({ first: 5 }, caseworker)).errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it.each(['OLDEST_FIRST', 'NEWEST_FIRST', 'UPDATED'])('pages back from the end two at a time through the county’s status checks, each once, in the same order as forward, in %s order', async (order) => {
    const { nodes, pages } = await pagesBackAsForward({ order }, (node) => node.id, countyStaff);
    const ours = await sql<{ id: string }>(`select id from foreign_national_status_check where requesting_jurisdiction like ?`, [`${TEST_COUNTY}%`]);
    expect(pages).toBeGreaterThan(2);
    expect(nodes.map((n) => n.id).sort()).toEqual(ours.map((r) => r.id).sort());
  });

  it('refuses paging forward and back at once, a last over the cap, and a before that is forged or of another order, with BAD_USER_INPUT', async () => {
    await refusesMixedPaging({}, { order: 'UPDATED' }, countyStaff);
  });
});

type Notification = { id: string; notifiedAt: string; updatedAt: string; acknowledged: boolean };
const NOTIFICATIONS = /* GraphQL */ `
  query($order: ForeignAffairsNotificationOrder, $first: Int, $after: String, $last: Int, $before: String, $acknowledged: Boolean, $updatedSince: DateTime, $updatedBefore: DateTime) {
    foreignAffairsNotificationsConnection(order: $order, first: $first, after: $after, last: $last, before: $before, acknowledged: $acknowledged, updatedSince: $updatedSince, updatedBefore: $updatedBefore) {
      edges { cursor node { id notifiedAt updatedAt acknowledged } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      totalCount
    }
  }
`;
const notifications = connectionReader<'foreignAffairsNotificationsConnection', Notification>(() => subgraph, 'foreignAffairsNotificationsConnection', NOTIFICATIONS, fao);
const allNotifications = notifications.pageToTheEnd;

describe('paging the notifications to the foreign-affairs office', () => {
  beforeAll(async () => {
    // Three legal outcomes: three notifications, whatever else the database holds.
    for (let i = 0; i < 3; i += 1) {
      const check = await request();
      const concluded = await subgraph.execute<{ recordForeignNationalStatus: { __typename: string } }>(
        `mutation($i: RecordForeignNationalStatusInput!) { recordForeignNationalStatus(input: $i) { __typename } }`,
        { i: { statusCheckId: check.id, expectedVersion: check.version, outcome: 'LEGAL_ENTRY' } },
        police,
      );
      expect(concluded.data!.recordForeignNationalStatus.__typename).toBe('ForeignNationalStatusCheckChanged');
    }
  });

  it.each(['OLDEST_FIRST', 'NEWEST_FIRST', 'UPDATED'] as const)('yields every notification exactly once in %s order, and counts them', async (order) => {
    const { nodes, totalCount, pages } = await allNotifications({ order, first: 1 });
    const stored = await sql<{ id: string }>(
      `select id from foreign_affairs_notification n where not exists (select 1 from person_projection pp where pp.id = n.person_id and (pp.removed or (pp.protected and not ('fao.officer' = any(pp.entitled_usernames)))))`,
    );
    expect(pages).toBeGreaterThan(2);
    expect(nodes.map((n) => n.id).sort()).toEqual(stored.map((n) => n.id).sort());
    expect(totalCount).toBe(nodes.length);
    expectKeysetOrder(nodes, order === 'UPDATED' ? 'updatedAt' : 'notifiedAt', order === 'NEWEST_FIRST' ? -1 : 1);
  });

  it('lists the unacknowledged ones, and moves an acknowledged one to the end of the sync after its last change', async () => {
    const open = await allNotifications({ acknowledged: false, first: 100 });
    expect(open.nodes.length).toBeGreaterThan(0);
    expect(open.nodes.every((n) => !n.acknowledged)).toBe(true);
    // One of this suite's: the demo region's own stay as other suites expect them.
    const ours = new Set(
      (
        await sql<{ id: string }>(
          `select n.id from foreign_affairs_notification n join foreign_national_status_check c on c.id = n.status_check_id where c.requesting_jurisdiction like ?`,
          [`${TEST_COUNTY}%`],
        )
      ).map((row) => row.id),
    );
    const target = open.nodes.find((n) => ours.has(n.id))!;
    expect(target).toBeDefined();
    const acknowledged = await subgraph.execute<{ acknowledgeForeignAffairsNotification: { __typename: string } }>(
      `mutation($id: ID!) { acknowledgeForeignAffairsNotification(id: $id, note: "已联系使馆") { __typename } }`,
      { id: target.id },
      fao,
    );
    expect(acknowledged.data!.acknowledgeForeignAffairsNotification.__typename).toBe('ForeignAffairsNotificationAcknowledged');
    const synced = await allNotifications({ order: 'UPDATED', updatedSince: target.updatedAt, first: 100 });
    expect(synced.nodes.at(-1)).toEqual(expect.objectContaining({ id: target.id, acknowledged: true }));
    expect((await allNotifications({ acknowledged: false, first: 100 })).nodes.map((n) => n.id)).not.toContain(target.id);
  });

  it('writes every notification read to the audit trail, and refuses the list to station staff', async () => {
    const read = (await allNotifications({ first: 100, order: 'NEWEST_FIRST' })).nodes.slice(0, 3).map((n) => n.id);
    const lines = await sql<{ record_id: string }>(
      `select distinct record_id from audit_event where operation = 'READ' and record_type = 'ForeignAffairsNotification' and actor = 'fao.officer' and record_id in (?, ?, ?)`,
      read,
    );
    expect(lines.map((l) => l.record_id).sort()).toEqual([...read].sort());
    const refused = await subgraph.execute(NOTIFICATIONS, { first: 5 }, countyStaff);
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it.each(['OLDEST_FIRST', 'NEWEST_FIRST'])('pages back from the end two at a time through the notifications, each once, in the same order as forward, in %s order', async (order) => {
    // Other suites may notify meanwhile: the notifications stored now are compared.
    const stored = new Set((await sql<{ id: string }>(`select id from foreign_affairs_notification`)).map((row) => row.id));
    const { nodes } = await notifications.pagesBackAsForward({ order }, (node) => node.id, fao, (node) => stored.has(node.id));
    expect(nodes.filter((node) => stored.has(node.id)).length).toBeGreaterThanOrEqual(3);
  });

  it('refuses paging forward and back at once, a last over the cap, and a before that is forged or of another order, with BAD_USER_INPUT', async () => {
    await notifications.refusesMixedPaging({}, { order: 'NEWEST_FIRST' });
  });
});

describe('a window of time', () => {
  it('yields the status checks changed at or after updatedSince and before updatedBefore, and no others', async () => {
    await pagesWindowOfTime();
  });

  it('yields the notifications changed at or after updatedSince and before updatedBefore, and no others', async () => {
    await notifications.pagesWindowOfTime();
  });
});
