import { buildDemoRegion } from '@lifeline/demo-region';
import { ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { Station } from '../src/entities/station.entity';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;
const region = buildDemoRegion();
/** A district of its own, so these tests never touch the demo region's figures. */
const DISTRICT = '379996';
const staff = testCaller({ id: 'dispatch.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: DISTRICT });
const center = testCaller({ id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: region.city.code });
let nearTeamId: string;
let farTeamId: string;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  const em = subgraph.orm.em.fork();
  const near = em.create(Station, { name: '测试区外展一队', level: 'COUNTY', kind: 'OUTREACH_TEAM', jurisdiction: DISTRICT, jurisdictionName: '测试区', latitude: 30.6, longitude: 114.3 });
  const far = em.create(Station, { name: '测试区外展二队', level: 'COUNTY', kind: 'OUTREACH_TEAM', jurisdiction: DISTRICT, jurisdictionName: '测试区', latitude: 30.7, longitude: 114.4 });
  await em.flush();
  nearTeamId = near.id;
  farTeamId = far.id;
});
afterAll(() => subgraph.close());

const RESULT = `__typename
  ... on StreetReportChanged { streetReport { id status version dispatchedTo { id name } dispatchDistanceMeters minutesToScene missedThirtyMinutes reportedAt onSceneAt } }
  ... on InputRejected { field code message }
  ... on DispatchStepRefused { currentStatus message }
  ... on VersionConflict { currentVersion }
  ... on RecordNotFound { message }`;
type Report = { id: string; status: string; version: number; dispatchedTo: { id: string } | null; dispatchDistanceMeters: number | null; minutesToScene: number; missedThirtyMinutes: boolean };
type Result = { __typename: string; streetReport: Report; field?: string; code?: string; currentStatus?: string };

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
const report = async (reportedAt: string, caller = staff) =>
  (
    await subgraph.execute<{ reportStreetSighting: Result }>(
      `mutation($i: ReportStreetSightingInput!) { reportStreetSighting(input: $i) { ${RESULT} } }`,
      { i: { source: 'POLICE_110', description: '桥下有人露宿', latitude: 30.601, longitude: 114.301, address: '测试区江滨大道桥下', district: DISTRICT, reportedAt } },
      caller,
    )
  ).data!.reportStreetSighting;
const advance = async (r: Report, to: string, extra: Record<string, unknown> = {}) =>
  (
    await subgraph.execute<{ advanceStreetReport: Result }>(
      `mutation($i: AdvanceStreetReportInput!) { advanceStreetReport(input: $i) { ${RESULT} } }`,
      { i: { streetReportId: r.id, expectedVersion: r.version, to, ...extra } },
      staff,
    )
  ).data!.advanceStreetReport;

describe('the 30-minute rescue circle', () => {
  it('dispatches the nearest team and times the report to the scene', async () => {
    let r = (await report(minutesAgo(25))).streetReport;
    r = (await advance(r, 'ACCEPTED', { at: minutesAgo(24) })).streetReport;
    const dispatched = await advance(r, 'DISPATCHED', { at: minutesAgo(22) });
    expect(dispatched.streetReport.dispatchedTo!.id).toBe(nearTeamId);
    expect(dispatched.streetReport.dispatchDistanceMeters).toBeLessThan(500);
    const onScene = await advance(dispatched.streetReport, 'ON_SCENE', { at: minutesAgo(5) });
    expect(onScene.streetReport.minutesToScene).toBe(20);
    expect(onScene.streetReport.missedThirtyMinutes).toBe(false);
    const verified = await advance(onScene.streetReport, 'VERIFIED');
    const closed = await advance(verified.streetReport, 'CLOSED', { closure: 'RESCUED_INTO_STATION' });
    expect(closed.streetReport.status).toBe('CLOSED');
  });

  it('sends the next nearest team when the nearest is already out', async () => {
    let r = (await report(minutesAgo(3))).streetReport;
    r = (await advance(r, 'ACCEPTED')).streetReport;
    const first = await advance(r, 'DISPATCHED');
    expect(first.streetReport.dispatchedTo!.id).toBe(nearTeamId);
    let s = (await report(minutesAgo(2))).streetReport;
    s = (await advance(s, 'ACCEPTED')).streetReport;
    const second = await advance(s, 'DISPATCHED');
    expect(second.streetReport.dispatchedTo!.id).toBe(farTeamId);
  });

  it('flags an open report not on scene at 30 minutes on the dispatch board', async () => {
    const late = (await report(minutesAgo(45))).streetReport;
    const board = await subgraph.execute<{ dispatchBoard: Array<{ id: string; missedThirtyMinutes: boolean; minutesToScene: number }> }>(`{ dispatchBoard { id missedThirtyMinutes minutesToScene } }`, undefined, staff);
    const row = board.data!.dispatchBoard.find((b) => b.id === late.id)!;
    expect(row.missedThirtyMinutes).toBe(true);
    expect(row.minutesToScene).toBeGreaterThanOrEqual(45);
  });

  it('refuses steps out of order, on scene before the report, and a report outside the jurisdiction, storing nothing', async () => {
    const r = (await report(minutesAgo(10))).streetReport;
    const skip = await advance(r, 'ON_SCENE');
    expect(skip).toEqual(expect.objectContaining({ __typename: 'DispatchStepRefused', currentStatus: 'REPORTED' }));
    const accepted = (await advance(r, 'ACCEPTED', { at: minutesAgo(9) })).streetReport;
    const dispatched = (await advance(accepted, 'DISPATCHED', { at: minutesAgo(8) })).streetReport;
    const beforeReport = await advance(dispatched, 'ON_SCENE', { at: minutesAgo(20) });
    expect(beforeReport).toEqual(expect.objectContaining({ __typename: 'InputRejected', field: 'at', code: 'BEFORE_PREVIOUS_STEP' }));
    const unchanged = await subgraph.execute<{ dispatchBoard: Report[] }>(`{ dispatchBoard { id status version } }`, undefined, staff);
    expect(unchanged.data!.dispatchBoard.find((b) => b.id === r.id)).toEqual({ id: r.id, status: 'DISPATCHED', version: dispatched.version });
    const county = region.stations.find((s) => s.kind === 'COUNTY_STATION')!;
    const elsewhere = await subgraph.execute<{ reportStreetSighting: Result }>(
      `mutation($i: ReportStreetSightingInput!) { reportStreetSighting(input: $i) { __typename } }`,
      { i: { source: 'HOTLINE', description: 'x', latitude: 30, longitude: 114, address: 'x', district: county.jurisdiction } },
      staff,
    );
    expect(elsewhere.data!.reportStreetSighting.__typename).toBe('RecordNotFound');
  });

  it('refuses a point far outside the city (another city’s coordinates, or latitude and longitude swapped), storing nothing', async () => {
    const board = async () => (await subgraph.execute<{ dispatchBoard: Report[] }>(`{ dispatchBoard { id } }`, undefined, staff)).data!.dispatchBoard.length;
    const before = await board();
    for (const [latitude, longitude] of [[39.9, 116.4], [114.3, 30.6]] as const) {
      const refused = await subgraph.execute<{ reportStreetSighting: Result }>(
        `mutation($i: ReportStreetSightingInput!) { reportStreetSighting(input: $i) { ${RESULT} } }`,
        { i: { source: 'HOTLINE', description: '桥下有人露宿', latitude, longitude, address: '测试区江滨大道桥下', district: DISTRICT } },
        staff,
      );
      expect(refused.data!.reportStreetSighting).toEqual(expect.objectContaining({ __typename: 'InputRejected', field: 'latitude', code: latitude > 90 ? 'RANGE' : 'OUTSIDE_REGION' }));
    }
    expect(await board()).toBe(before);
  });
});

describe('dispatch performance', () => {
  it('gives the share on scene within 30 minutes per district and per level, from the reports themselves', async () => {
    const from = new Date(region.now.getTime() - 40 * 24 * 3600_000).toISOString();
    const to = new Date(region.now.getTime() + 3600_000).toISOString();
    const result = await subgraph.execute<{ dispatchPerformance: Array<{ group: string; reports: number; onSceneWithin30: number; share: number }> }>(
      `query($from: DateTime!, $to: DateTime!) { dispatchPerformance(from: $from, to: $to) { group name reports onSceneWithin30 share } }`,
      { from, to },
      center,
    );
    const rows = result.data!.dispatchPerformance;
    const county = region.stations.find((s) => s.kind === 'COUNTY_STATION')!;
    const district = rows.find((r) => r.group === county.jurisdiction)!;
    expect(district.reports).toBeGreaterThan(0);
    expect(district.onSceneWithin30).toBeLessThanOrEqual(district.reports);
    expect(district.share).toBeCloseTo(district.onSceneWithin30 / district.reports);
    expect(rows.some((r) => r.group === 'COUNTY')).toBe(true);
    const [counts] = await subgraph.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ total: string; within: string }>>(
        `select count(*) as total, count(*) filter (where on_scene_at <= reported_at + interval '30 minutes') as within from street_report where district = ? and dispatched_to_id is not null and reported_at >= ? and reported_at < ?`,
        [county.jurisdiction, from, to],
      );
    expect(counts).toBeDefined();
    expect(district.reports).toBe(Number(counts!.total));
    expect(district.onSceneWithin30).toBe(Number(counts!.within));
  });
});
