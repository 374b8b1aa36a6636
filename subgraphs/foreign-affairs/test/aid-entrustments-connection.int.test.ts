/**
 * `aidEntrustmentsConnection`: cursor pages in three orders that yield every entrustment the caller
 * may see exactly once, statuses as read now (EXPIRED included), a count, and a partner's sync by
 * `updatedSince` in which a delivery counts as a change of its entrustment.
 * Paged back from the end (`last`, `before`), the same records come in the same order; paging
 * forward and back at once is refused.
 */
import { ROLES } from '@lifeline/subgraph-runtime';
import { connectionReader, expectKeysetOrder, openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph, type TestTwoWayPage } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { ACCEPT, centerStaff, DELIVER, issueInput, officer, stationStaff, today } from './aid-entrustment-fixtures';

let subgraph: TestSubgraph<SubgraphContext>;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

type Node = { id: string; status: string; issuedAt: string; validUntil: string; updatedAt: string };
type Page = TestTwoWayPage<Node>;
const PAGE = /* GraphQL */ `
  query($order: AidEntrustmentOrder, $first: Int, $after: String, $last: Int, $before: String, $statuses: [AidEntrustmentStatus!], $updatedSince: DateTime, $updatedBefore: DateTime) {
    aidEntrustmentsConnection(order: $order, first: $first, after: $after, last: $last, before: $before, statuses: $statuses, updatedSince: $updatedSince, updatedBefore: $updatedBefore) {
      edges { cursor node { id status issuedAt validUntil updatedAt } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      totalCount
    }
  }
`;

const { pageToTheEnd, pagesBackAsForward, refusesMixedPaging, pagesWindowOfTime } = connectionReader<'aidEntrustmentsConnection', Node>(() => subgraph, 'aidEntrustmentsConnection', PAGE, officer);

const sql = <T>(query: string, params: unknown[] = []) => subgraph.orm.em.fork().getConnection().execute<T[]>(query, params);

describe('paging aid entrustments', () => {
  it.each([
    ['NEWEST_FIRST', 'issuedAt', -1],
    ['EXPIRING_FIRST', 'validUntil', 1],
    ['UPDATED', 'updatedAt', 1],
  ] as const)('yields every entrustment the office may see exactly once in %s order, and counts them', async (order, key, direction) => {
    const { nodes, totalCount, pages } = await pageToTheEnd({ order, first: 3 });
    const stored = await sql<{ id: string }>(
      `select id from aid_entrustment e where not exists (select 1 from person_projection pp where pp.id = e.person_id and (pp.removed or (pp.protected and not ('fao.officer' = any(pp.entitled_usernames)))))`,
    );
    expect(pages).toBeGreaterThan(1);
    expect(nodes.map((n) => n.id).sort()).toEqual(stored.map((e) => e.id).sort());
    expect(totalCount).toBe(nodes.length);
    expectKeysetOrder(nodes, key, direction);
  });

  it('filters by status as read now: an open entrustment past its window is EXPIRED, and only that', async () => {
    const expired = await pageToTheEnd({ statuses: ['EXPIRED'], first: 100 });
    expect(expired.nodes.every((n) => n.status === 'EXPIRED')).toBe(true);
    const open = await pageToTheEnd({ statuses: ['ISSUED', 'ACCEPTED', 'IN_PROGRESS'], first: 100 });
    expect(open.nodes.every((n) => ['ISSUED', 'ACCEPTED', 'IN_PROGRESS'].includes(n.status))).toBe(true);
    expect(open.nodes.every((n) => Date.parse(n.validUntil) > Date.now() - 60_000)).toBe(true);
  });

  it('moves an entrustment to the end of the sync when a delivery is recorded under it', async () => {
    const issued = await subgraph.execute<{ issueAidEntrustment: { __typename: string; aidEntrustment: Node } }>(
      `mutation($input: IssueAidEntrustmentInput!) { issueAidEntrustment(input: $input) { __typename ... on AidEntrustmentChanged { aidEntrustment { id status issuedAt validUntil updatedAt } } } }`,
      { input: issueInput() },
      officer,
    );
    const entrustment = issued.data!.issueAidEntrustment.aidEntrustment;
    expect((await subgraph.execute<{ acceptAidEntrustment: { __typename: string } }>(ACCEPT, { id: entrustment.id }, centerStaff)).data!.acceptAidEntrustment.__typename).toBe('AidEntrustmentChanged');
    const accepted = (await pageToTheEnd({ order: 'UPDATED', updatedSince: entrustment.updatedAt, first: 100 })).nodes.find((n) => n.id === entrustment.id)!;
    const delivered = await subgraph.execute<{ recordAidDelivery: { __typename: string } }>(
      DELIVER,
      { input: { entrustmentId: entrustment.id, kind: 'FOOD', quantity: 1, amountFen: 1_000, deliveredOn: today(), receiptNumber: `R-SYNC-${Date.now()}` } },
      stationStaff,
    );
    expect(delivered.data!.recordAidDelivery.__typename).toBe('AidDeliveryRecorded');
    const synced = await pageToTheEnd({ order: 'UPDATED', updatedSince: accepted.updatedAt, first: 100 });
    expect(synced.nodes.at(-1)).toEqual(expect.objectContaining({ id: entrustment.id, status: 'IN_PROGRESS' }));
    expect(Date.parse(synced.nodes.at(-1)!.updatedAt)).toBeGreaterThan(Date.parse(accepted.updatedAt));
  });

  it('refuses a cursor of another order with BAD_USER_INPUT, and shows a job without entrustments an empty list', async () => {
    const page: { data?: { aidEntrustmentsConnection: Page } | null } = await subgraph.execute(PAGE, { first: 1 }, officer);
    const mixed = await subgraph.execute(PAGE, { order: 'UPDATED', after: page.data!.aidEntrustmentsConnection.pageInfo.endCursor }, officer);
    expect(mixed.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const caseworker = testCaller({ id: 'wf.caseworker', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER] });
    // The rows decide, as for the list: none is hers, and she learns not even how many there are.
    const none: { data?: { aidEntrustmentsConnection: Page } | null; errors?: unknown } = await subgraph.execute(PAGE, { first: 5 }, caseworker);
    expect(none.errors).toBeUndefined();
    expect(none.data!.aidEntrustmentsConnection).toEqual({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 });
  });
});

describe('paging aid entrustments back from the end', () => {
  /** An office of its own: an officer sees what her office issued, so no other test's entrustments come into these pages. */
  const office = testCaller({ id: 'paging.officer', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.FAO_OFFICER], orgUnit: '379978-foreign-affairs-office', jurisdiction: '379978' });
  const issued: string[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 5; i += 1) {
      const result = await subgraph.execute<{ issueAidEntrustment: { __typename: string; aidEntrustment: Node } }>(
        `mutation($input: IssueAidEntrustmentInput!) { issueAidEntrustment(input: $input) { __typename ... on AidEntrustmentChanged { aidEntrustment { id } } } }`,
        { input: issueInput() },
        office,
      );
      expect(result.data!.issueAidEntrustment.__typename).toBe('AidEntrustmentChanged');
      issued.push(result.data!.issueAidEntrustment.aidEntrustment.id);
    }
  });

  it.each(['NEWEST_FIRST', 'EXPIRING_FIRST', 'UPDATED'])('yields the office’s entrustments two at a time, each once, in the same order as forward, in %s order', async (order) => {
    const { nodes, pages } = await pagesBackAsForward({ order }, (node) => node.id, office);
    expect(pages).toBe(3);
    expect(nodes.map((node) => node.id).sort()).toEqual([...issued].sort());
  });

  it('refuses paging forward and back at once, a last over the cap, and a before that is forged or of another order, with BAD_USER_INPUT', async () => {
    await refusesMixedPaging({}, { order: 'UPDATED' }, office);
  });
});

describe('a window of time', () => {
  it('yields the entrustments changed at or after updatedSince and before updatedBefore, and no others', async () => {
    await pagesWindowOfTime();
  });
});
