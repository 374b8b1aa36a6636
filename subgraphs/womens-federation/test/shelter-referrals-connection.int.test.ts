/**
 * `shelterReferralsConnection`: cursor pages in three orders that yield every referral the caller
 * may see exactly once (a caseworker her own, the shelter all), a file-status filter, a count, and
 * a partner's sync by `updatedSince`.
 * Paged back from the end (`last`, `before`), the same records come in the same order; paging
 * forward and back at once is refused.
 */
import { randomUUID } from 'node:crypto';
import { ROLES } from '@lifeline/subgraph-runtime';
import { connectionReader, expectKeysetOrder, openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph, type TestTwoWayPage } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;
const caseworker = testCaller({ id: 'paging.caseworker', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER], orgUnit: '分页测试区妇联' });
const shelterStaff = testCaller({ id: 'shelter.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.SHELTER_STAFF], jurisdiction: '379900' });

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

type Node = { id: string; status: string; submittedAt: string; updatedAt: string; version: number; referringCaseworker: string };
type Page = TestTwoWayPage<Node>;
const PAGE = /* GraphQL */ `
  query($order: ShelterReferralOrder, $first: Int, $after: String, $last: Int, $before: String, $statuses: [ShelterReferralStatus!], $updatedSince: DateTime, $updatedBefore: DateTime) {
    shelterReferralsConnection(order: $order, first: $first, after: $after, last: $last, before: $before, statuses: $statuses, updatedSince: $updatedSince, updatedBefore: $updatedBefore) {
      edges { cursor node { id status submittedAt updatedAt version referringCaseworker } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      totalCount
    }
  }
`;

const { pageToTheEnd, pagesBackAsForward, refusesMixedPaging, pagesWindowOfTime } = connectionReader<'shelterReferralsConnection', Node>(() => subgraph, 'shelterReferralsConnection', PAGE, shelterStaff);

const sql = <T>(query: string, params: unknown[] = []) => subgraph.orm.em.fork().getConnection().execute<T[]>(query, params);

async function submit(): Promise<Node> {
  const result = await subgraph.execute<{ submitShelterReferral: { __typename: string; shelterReferral: Node } }>(
    `mutation($input: SubmitShelterReferralInput!) { submitShelterReferral(input: $input) { __typename ... on ShelterReferralChanged { shelterReferral { id status submittedAt updatedAt version referringCaseworker } } } }`,
    {
      input: {
        idempotencyKey: randomUUID(),
        victim: { name: '分页测试' },
        victimType: 'DOMESTIC_VIOLENCE',
        risk: { level: 'MEDIUM', factors: ['THREATS_TO_KILL'] },
        needs: ['COUNSELLING'],
        referringOrganisation: '分页测试区妇联',
        consent: { givenBy: 'VICTIM', method: 'WRITTEN', at: new Date(Date.now() - 60_000).toISOString() },
      },
    },
    caseworker,
  );
  expect(result.data!.submitShelterReferral.__typename).toBe('ShelterReferralChanged');
  return result.data!.submitShelterReferral.shelterReferral;
}

describe('paging shelter referrals', () => {
  let mine: Node[] = [];
  beforeAll(async () => {
    for (let i = 0; i < 3; i += 1) mine.push(await submit());
  });

  it.each([
    ['NEWEST_FIRST', 'submittedAt', -1],
    ['OLDEST_FIRST', 'submittedAt', 1],
    ['UPDATED', 'updatedAt', 1],
  ] as const)('yields every referral to the shelter exactly once in %s order, and counts them', async (order, key, direction) => {
    const { nodes, totalCount, pages } = await pageToTheEnd({ order, first: 7 });
    const stored = await sql<{ id: string }>('select id from shelter_referral');
    expect(pages).toBeGreaterThan(1);
    expect(nodes.map((n) => n.id).sort()).toEqual(stored.map((r) => r.id).sort());
    expect(totalCount).toBe(nodes.length);
    expectKeysetOrder(nodes, key, direction);
  });

  it('gives a caseworker her own referrals only, filters by file status, and syncs a withdrawal from updatedSince', async () => {
    const own = await pageToTheEnd({ first: 2 }, caseworker);
    expect(own.nodes.map((n) => n.id).sort()).toEqual(mine.map((n) => n.id).sort());
    const target = mine[0]!;
    const withdrawn = await subgraph.execute<{ withdrawShelterReferral: { __typename: string } }>(
      `mutation($id: ID!, $v: Int!, $reason: String!) { withdrawShelterReferral(referralId: $id, expectedVersion: $v, reason: $reason) { __typename } }`,
      { id: target.id, v: target.version, reason: '本人已回娘家居住' },
      caseworker,
    );
    expect(withdrawn.data!.withdrawShelterReferral.__typename).toBe('ShelterReferralChanged');
    const submitted = await pageToTheEnd({ first: 100, statuses: ['SUBMITTED'] }, caseworker);
    expect(submitted.nodes.map((n) => n.id).sort()).toEqual(mine.slice(1).map((n) => n.id).sort());
    // The shelter's answers are civil affairs' records: a status of theirs matches no file here.
    expect((await pageToTheEnd({ first: 100, statuses: ['ACCEPTED'] }, caseworker)).nodes).toEqual([]);
    const synced = await pageToTheEnd({ order: 'UPDATED', updatedSince: target.updatedAt, first: 100 }, caseworker);
    expect(synced.nodes.at(-1)).toEqual(expect.objectContaining({ id: target.id, status: 'WITHDRAWN' }));
    mine = mine.slice(1);
  });

  it('refuses a cursor of another order with BAD_USER_INPUT, and shows a job without referrals an empty list', async () => {
    const first: { data?: { shelterReferralsConnection: Page } | null } = await subgraph.execute(PAGE, { first: 1 }, shelterStaff);
    const mixed = await subgraph.execute(PAGE, { order: 'UPDATED', after: first.data!.shelterReferralsConnection.pageInfo.endCursor }, shelterStaff);
    expect(mixed.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const fao = testCaller({ id: 'fao.officer', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.FAO_OFFICER], jurisdiction: '379900' });
    // The rows decide here, as for the list: none is the office's, and it learns not even how many there are.
    const none: { data?: { shelterReferralsConnection: Page } | null; errors?: unknown } = await subgraph.execute(PAGE, { first: 5 }, fao);
    expect(none.errors).toBeUndefined();
    expect(none.data!.shelterReferralsConnection).toEqual({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 });
  });

  describe('back from the end', () => {
    beforeAll(async () => {
      // Enough of hers for three pages of two.
      for (let i = 0; i < 2; i += 1) mine.push(await submit());
    });

    it.each(['NEWEST_FIRST', 'OLDEST_FIRST', 'UPDATED'])('pages back from the end two at a time through a caseworker’s referrals, each once, in the same order as forward, in %s order', async (order) => {
      const { nodes, pages } = await pagesBackAsForward({ order }, (node) => node.id, caseworker);
      expect(pages).toBeGreaterThan(2);
      // Hers, the withdrawn one too, whatever their status.
      const hers = await sql<{ id: string }>(`select id from shelter_referral where referring_caseworker = 'paging.caseworker'`);
      expect(nodes.map((node) => node.id).sort()).toEqual(hers.map((row) => row.id).sort());
    });

    it('refuses paging forward and back at once, a last over the cap, and a before that is forged or of another order, with BAD_USER_INPUT', async () => {
      await refusesMixedPaging({}, { order: 'UPDATED' }, caseworker);
    });
  });
});

describe('a window of time', () => {
  it('yields the referrals changed at or after updatedSince and before updatedBefore, and no others', async () => {
    await pagesWindowOfTime();
  });
});
