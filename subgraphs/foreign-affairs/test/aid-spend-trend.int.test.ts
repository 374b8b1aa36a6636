/**
 * `aidSpendTrend`: aid spent per Beijing month, in all and per kind, summed over exactly the
 * deliveries of the entrustments the caller may open (an officer her office's, the center the
 * accepted ones, a county station its county's, a protected victim's only for those entitled):
 * checked against the deliveries each caller reads entrustment by entrustment. One statement
 * whatever the span; refused outside 1 to 24 months and to callers who are not staff that read spending.
 */
import { randomUUID } from 'node:crypto';
import { ROLES, type Caller } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { ACCEPT, centerStaff, DELIVER, ISSUE, issueInput, officer, otherOffice, police, region, stationStaff, today } from './aid-entrustment-fixtures';
import { knownPerson } from './person-projection.fixture';

let subgraph: TestSubgraph<SubgraphContext>;

const stationB = region.stations.find((s) => s.kind === 'COUNTY_STATION' && !s.jurisdiction.startsWith(stationStaff.jurisdiction!))!;
const countyB = testCaller({ id: 'spend.county-b', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], orgUnit: stationB.id, jurisdiction: stationB.jurisdiction.slice(0, 6) });
const integration = testCaller({ id: 'fao-system', kind: 'service', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.INTEGRATION] });

type Month = { month: string; total: { amountFen: string }; deliveries: number; byKind: Array<{ kind: string; amount: { amountFen: string }; deliveries: number }> };
const TREND = `query($months: Int, $until: DateTime) { aidSpendTrend(months: $months, until: $until) { month total { amountFen } deliveries byKind { kind amount { amountFen } deliveries } } }`;
const trend = (caller: Caller, variables: Record<string, unknown> = { months: 3 }) => subgraph.execute<{ aidSpendTrend: Month[] }>(TREND, variables, caller);

const PAGE = `query($after: String) { aidEntrustmentsConnection(first: 100, after: $after) { edges { node { deliveries { kind amountFen deliveredOn } } } pageInfo { hasNextPage endCursor } } }`;
type Page = { aidEntrustmentsConnection: { edges: Array<{ node: { deliveries: Array<{ kind: string; amountFen: number; deliveredOn: string }> } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } };

/** What the caller can read entrustment by entrustment: the fen per `YYYY-MM kind`, and deliveries per month. */
async function readableSpend(caller: Caller): Promise<{ fen: Map<string, number>; count: Map<string, number> }> {
  const fen = new Map<string, number>();
  const count = new Map<string, number>();
  let after: string | null = null;
  for (;;) {
    const page: { data?: Page | null } = await subgraph.execute<Page>(PAGE, { after }, caller);
    for (const { node } of page.data!.aidEntrustmentsConnection.edges) {
      for (const delivery of node.deliveries) {
        const key = `${delivery.deliveredOn.slice(0, 7)} ${delivery.kind}`;
        fen.set(key, (fen.get(key) ?? 0) + delivery.amountFen);
        count.set(delivery.deliveredOn.slice(0, 7), (count.get(delivery.deliveredOn.slice(0, 7)) ?? 0) + 1);
      }
    }
    if (!page.data!.aidEntrustmentsConnection.pageInfo.hasNextPage) break;
    after = page.data!.aidEntrustmentsConnection.pageInfo.endCursor;
  }
  return { fen, count };
}

async function acceptedFor(personId: string | null): Promise<string> {
  const issued = await subgraph.execute<{ issueAidEntrustment: { aidEntrustment: { id: string } } }>(ISSUE, { input: issueInput({ personId }) }, officer);
  const id = issued.data!.issueAidEntrustment.aidEntrustment.id;
  await subgraph.execute(ACCEPT, { id }, centerStaff);
  return id;
}

const deliver = (entrustmentId: string, kind: string, amountFen: number) =>
  subgraph.execute<{ recordAidDelivery: { __typename: string } }>(
    DELIVER,
    { input: { entrustmentId, kind, quantity: 1, amountFen, deliveredOn: today(), receiptNumber: `S-${randomUUID().slice(0, 8)}` } },
    centerStaff,
  );

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  const inA = await acceptedFor(await knownPerson(subgraph, { county: stationStaff.jurisdiction }));
  const inB = await acceptedFor(await knownPerson(subgraph, { county: countyB.jurisdiction }));
  for (const [id, kind, fen] of [[inA, 'FOOD', 2_500], [inA, 'LODGING', 12_000], [inB, 'FOOD', 1_000]] as const) {
    expect((await deliver(id, kind, fen)).data!.recordAidDelivery.__typename).toBe('AidDeliveryRecorded');
  }
});
afterAll(() => subgraph.close());

describe('aidSpendTrend', () => {
  it.each([
    ['the office', officer],
    ['the center', centerStaff],
    ['county A', stationStaff],
    ['county B', countyB],
  ])('sums for %s exactly the deliveries it reads entrustment by entrustment', async (_who, caller) => {
    const result = await trend(caller);
    expect(result.errors).toBeUndefined();
    const months = result.data!.aidSpendTrend;
    expect(months.map((m) => m.month).at(-1)).toBe(today().slice(0, 7));
    const readable = await readableSpend(caller);
    for (const month of months) {
      expect(month.deliveries).toBe(readable.count.get(month.month) ?? 0);
      for (const kind of month.byKind) expect(Number(kind.amount.amountFen)).toBe(readable.fen.get(`${month.month} ${kind.kind}`));
      expect(Number(month.total.amountFen)).toBe(month.byKind.reduce((sum, kind) => sum + Number(kind.amount.amountFen), 0));
    }
    const listedKinds = months.flatMap((m) => m.byKind.map((k) => `${m.month} ${k.kind}`));
    const inSpan = [...readable.fen.keys()].filter((key) => months.some((m) => key.startsWith(m.month)));
    expect(listedKinds.sort()).toEqual(inSpan.sort());
  });

  it('keeps one county’s spending from the other', async () => {
    const [a, b] = [await trend(stationStaff), await trend(countyB)];
    const thisMonth = (result: typeof a) => result.data!.aidSpendTrend.at(-1)!;
    expect(thisMonth(a).byKind.map((k) => [k.kind, k.amount.amountFen])).toEqual(expect.arrayContaining([['LODGING', '12000'], ['FOOD', '2500']]));
    expect(thisMonth(b).byKind.find((k) => k.kind === 'LODGING')?.amount.amountFen).not.toBe('12000');
    // The largest amount first.
    const amounts = thisMonth(a).byKind.map((k) => BigInt(k.amount.amountFen));
    expect([...amounts].sort((x, y) => (x === y ? 0 : x > y ? -1 : 1))).toEqual(amounts);
  });

  it('gives another office, which issued nothing here, every month with nothing spent', async () => {
    const result = await trend(otherOffice);
    expect(result.data!.aidSpendTrend.map((m) => [m.total.amountFen, m.deliveries, m.byKind.length])).toEqual([['0', 0, 0], ['0', 0, 0], ['0', 0, 0]]);
  });

  it('costs the same statements for one month as for 24', async () => {
    const one = await subgraph.queries.during(() => trend(officer, { months: 1 }));
    const all = await subgraph.queries.during(() => trend(officer, { months: 24 }));
    expect(all.result.data!.aidSpendTrend).toHaveLength(24);
    expect(all.statements).toBe(one.statements);
  });

  it('refuses a span outside 1 to 24 months, and callers who do not read spending', async () => {
    for (const months of [0, 25]) {
      const result = await trend(officer, { months });
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(result.data).toBeNull();
    }
    for (const caller of [police, integration]) {
      const refused = await trend(caller);
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
  });
});
