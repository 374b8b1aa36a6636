/**
 * `dispatchBoardConnection`: the open street reports of the caller's jurisdiction as cursor pages,
 * oldest first, with how many are open: paging to the end by twos yields every open report once in
 * the board's order, as one page does, and back from the end alike; a closed report leaves the
 * board; a neighbouring county's staff see none of them; the deprecated whole board is the
 * connection's first page. Two statements a page, however large.
 */
import { ROLES } from '@lifeline/subgraph-runtime';
import { expectMixedPagingRefused, expectPagingBackAsForward, openTestSubgraph, testCaller, testDatabaseUrl, type TestPaging, type TestSubgraph, type TestTwoWayPage } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;
/** Districts of their own, so no other suite's reports come onto these boards. */
const DISTRICT = '379978';
const NEIGHBOUR = '379977';
const staff = testCaller({ id: 'board.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: DISTRICT });
const neighbour = testCaller({ id: 'board.neighbour.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: NEIGHBOUR });

type Row = { id: string; reportedAt: string; status: string };
const PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
  dispatchBoardConnection(first: $first, after: $after, last: $last, before: $before) {
    totalCount edges { cursor node { id reportedAt status } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
const read = (paging: TestPaging, caller = staff) => subgraph.execute<{ dispatchBoardConnection: TestTwoWayPage<Row> }>(PAGE, { ...paging }, caller);
const page = async (paging: TestPaging, caller = staff) => {
  const result = await read(paging, caller);
  expect(result.errors).toBeUndefined();
  return result.data!.dispatchBoardConnection;
};

const reported: Array<{ id: string; version: number; reportedAt: string }> = [];

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  // Five reports, two of them at the same minute (the id breaks the tie), the oldest an hour ago.
  for (const minutesAgo of [60, 45, 45, 30, 10]) {
    const reportedAt = new Date(Date.now() - minutesAgo * 60_000).toISOString();
    const result = await subgraph.execute<{ reportStreetSighting: { __typename: string; streetReport: { id: string; version: number; reportedAt: string } } }>(
      `mutation($i: ReportStreetSightingInput!) { reportStreetSighting(input: $i) { __typename ... on StreetReportChanged { streetReport { id version reportedAt } } } }`,
      { i: { source: 'POLICE_110', description: '地下通道有人露宿', latitude: 30.601, longitude: 114.301, address: '看板测试区人民路地下通道', district: DISTRICT, reportedAt } },
      staff,
    );
    expect(result.data!.reportStreetSighting.__typename).toBe('StreetReportChanged');
    reported.push(result.data!.reportStreetSighting.streetReport);
  }
});
afterAll(() => subgraph.close());

describe('the dispatch board as cursor pages', () => {
  it('yields every open report once, oldest first, by twos as in one page, and back from the end alike', async () => {
    const whole = await page({ first: 100 });
    expect(whole.totalCount).toBe(5);
    const ids = whole.edges.map((edge) => edge.node.id);
    expect(new Set(ids)).toEqual(new Set(reported.map((r) => r.id)));
    const times = whole.edges.map((edge) => Date.parse(edge.node.reportedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const { nodes, pages } = await expectPagingBackAsForward((paging) => page(paging), (node) => node.id);
    expect(pages).toBe(3);
    expect(nodes.map((node) => node.id)).toEqual(ids);
  });

  it('drops a closed report from the board and the count', async () => {
    const [oldest] = reported;
    // Accepted, then found to be a false report: closed.
    const step = async (expectedVersion: number, to: string, extra: Record<string, unknown> = {}) => {
      const result = await subgraph.execute<{ advanceStreetReport: { __typename: string; streetReport: { version: number } } }>(
        `mutation($i: AdvanceStreetReportInput!) { advanceStreetReport(input: $i) { __typename ... on StreetReportChanged { streetReport { version } } } }`,
        { i: { streetReportId: oldest!.id, expectedVersion, to, ...extra } },
        staff,
      );
      expect(result.data!.advanceStreetReport.__typename).toBe('StreetReportChanged');
      return result.data!.advanceStreetReport.streetReport.version;
    };
    await step(await step(oldest!.version, 'ACCEPTED'), 'CLOSED', { closure: 'FALSE_REPORT' });
    const board = await page({ first: 100 });
    expect(board.totalCount).toBe(4);
    expect(board.edges.map((edge) => edge.node.id)).not.toContain(oldest!.id);
  });

  it('shows a neighbouring county’s staff none of these reports', async () => {
    expect(await page({ first: 100 }, neighbour)).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('answers the deprecated whole board as the connection’s first page', async () => {
    const whole = await subgraph.execute<{ dispatchBoard: Array<{ id: string }> }>(`{ dispatchBoard { id } }`, {}, staff);
    expect(whole.data!.dispatchBoard.map((r) => r.id)).toEqual((await page({ first: 100 })).edges.map((edge) => edge.node.id));
  });

  it('refuses paging forward and back at once, a last over the cap and a forged cursor, with BAD_USER_INPUT', async () => {
    const cursor = (await page({ first: 1 })).pageInfo.endCursor!;
    await expectMixedPagingRefused((paging) => read(paging), cursor);
  });

  it('costs as many statements for a page of four as for a page of one', async () => {
    const one = await subgraph.queries.during(() => page({ first: 1 }));
    const four = await subgraph.queries.during(() => page({ first: 4 }));
    expect(four.result.edges).toHaveLength(4);
    expect(four.statements).toBe(one.statements);
  });
});
