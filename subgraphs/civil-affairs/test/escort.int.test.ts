import { ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { CareZone } from '../src/entities/care-zone.entity';
import { Station } from '../src/entities/station.entity';
import { ZonePlace } from '../src/entities/zone-place.entity';
import { definition } from '../src/server';
import { personInCare } from './support/person-in-care';

let subgraph: TestSubgraph<SubgraphContext>;
let stationId: string;
/** A county of its own, so these tests never touch the demo region's figures. */
const TEST_COUNTY = '379995';
const county = testCaller({ id: 'escort.county.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: TEST_COUNTY });
const center = testCaller({ id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  const em = subgraph.orm.em.fork();
  const station = em.create(Station, { name: '护送测试县救助站', level: 'COUNTY', kind: 'COUNTY_STATION', jurisdiction: TEST_COUNTY, jurisdictionName: '护送测试县' });
  const zone = em.create(CareZone, { station, kind: 'MEN', name: 'MEN', places: 10 });
  for (let n = 1; n <= 10; n++) em.create(ZonePlace, { zone, number: n });
  await em.flush();
  stationId = station.id;
});
afterAll(() => subgraph.close());

const ESCORT_RESULT = `__typename
  ... on EscortChanged { escort { id status version crossProvince decidedBy declineReason totalCostFen legs { sequence costFen } rescueCase { status exitReason } } }
  ... on InputRejected { field code }
  ... on EscortStepRefused { currentStatus message }
  ... on VersionConflict { currentVersion }
  ... on RecordNotFound { message }`;
type Escort = { id: string; status: string; version: number; crossProvince: boolean; totalCostFen: number; rescueCase: { status: string; exitReason: string | null } };
type Result = { __typename: string; escort: Escort; field?: string; code?: string; currentStatus?: string; message?: string };

const call = async <K extends string>(name: K, input: Record<string, unknown>, caller = county): Promise<Result> => {
  const types: Record<string, string> = { requestEscort: 'RequestEscortInput', decideEscort: 'DecideEscortInput', scheduleEscort: 'ScheduleEscortInput', advanceEscort: 'AdvanceEscortInput' };
  const result = await subgraph.execute<Record<string, Result>>(`mutation($i: ${types[name]}!) { ${name}(input: $i) { ${ESCORT_RESULT} } }`, { i: input }, caller);
  if (result.errors) return { __typename: 'Error', message: String(result.errors[0]!.extensions?.code) } as Result;
  return result.data![name]!;
};
const leg = { fromPlace: '青石县救助站', toPlace: '成都东站', mode: 'TRAIN', tickets: 'G1234 05车12F', escortStaff: '王强、李娜', departAt: '2026-12-01T01:00:00Z', costFen: 45_650 };

describe('escort home', () => {
  it('takes a cross-province escort through the center’s approval to completion, closing the case as ESCORTED_HOME', async () => {
    const { caseId } = await personInCare(subgraph, stationId, county);
    let e = (await call('requestEscort', { rescueCaseId: caseId, destinationDivision: '510100', destination: '四川省成都市武侯区' })).escort;
    expect(e).toEqual(expect.objectContaining({ status: 'REQUESTED', crossProvince: true }));
    const early = await call('scheduleEscort', { escortId: e.id, expectedVersion: e.version, legs: [leg] });
    expect(early).toEqual(expect.objectContaining({ __typename: 'EscortStepRefused', currentStatus: 'REQUESTED' }));
    e = (await call('decideEscort', { escortId: e.id, expectedVersion: e.version, approve: true }, center)).escort;
    expect(e.status).toBe('APPROVED');
    e = (await call('scheduleEscort', { escortId: e.id, expectedVersion: e.version, legs: [leg, { ...leg, fromPlace: '成都东站', toPlace: '武侯区救助站', mode: 'CAR', tickets: null, departAt: '2026-12-01T09:00:00Z', costFen: 8_000 }] })).escort;
    expect(e.totalCostFen).toBe(53_650);
    e = (await call('advanceEscort', { escortId: e.id, expectedVersion: e.version, to: 'IN_TRANSIT' })).escort;
    const unsigned = await call('advanceEscort', { escortId: e.id, expectedVersion: e.version, to: 'HANDED_OVER', receivingAgency: '武侯区救助管理站' });
    expect(unsigned).toEqual(expect.objectContaining({ __typename: 'InputRejected', field: 'handoverRecord' }));
    e = (await call('advanceEscort', { escortId: e.id, expectedVersion: e.version, to: 'HANDED_OVER', receivingAgency: '武侯区救助管理站', handoverRecord: 'WH-2026-0331' })).escort;
    e = (await call('advanceEscort', { escortId: e.id, expectedVersion: e.version, to: 'COMPLETED' })).escort;
    expect(e.status).toBe('COMPLETED');
    expect(e.rescueCase).toEqual({ status: 'EXITED', exitReason: 'ESCORTED_HOME' });
  });

  it('lets only the center decide, refuses a second approval, and needs a reason and guidance to decline', async () => {
    const { caseId } = await personInCare(subgraph, stationId, county);
    const e = (await call('requestEscort', { rescueCaseId: caseId, destinationDivision: '420100', destination: '湖北省武汉市' })).escort;
    const byCounty = await call('decideEscort', { escortId: e.id, expectedVersion: e.version, approve: true }, county);
    expect(byCounty).toEqual(expect.objectContaining({ __typename: 'Error', message: 'FORBIDDEN' }));
    const bare = await call('decideEscort', { escortId: e.id, expectedVersion: e.version, approve: false }, center);
    expect(bare).toEqual(expect.objectContaining({ __typename: 'InputRejected', code: 'REQUIRED' }));
    const [first, second] = await Promise.all([
      call('decideEscort', { escortId: e.id, expectedVersion: e.version, approve: true }, center),
      call('decideEscort', { escortId: e.id, expectedVersion: e.version, approve: true }, center),
    ]);
    expect([first.__typename, second.__typename].sort()).toEqual(['EscortChanged', expect.stringMatching(/VersionConflict|EscortStepRefused/)].sort());
    const again = await call('decideEscort', { escortId: e.id, expectedVersion: e.version + 1, approve: false, reason: '目的地救助站暂无接收能力', guidance: '请改为联系武汉市中心站' }, center);
    expect(again).toEqual(expect.objectContaining({ __typename: 'EscortStepRefused', currentStatus: 'APPROVED' }));
  });

  it('lets a station schedule an escort within the province without the center', async () => {
    const { caseId } = await personInCare(subgraph, stationId, county);
    const e = (await call('requestEscort', { rescueCaseId: caseId, destinationDivision: '370100', destination: '山东省济南市' })).escort;
    expect(e.crossProvince).toBe(false);
    const scheduled = await call('scheduleEscort', { escortId: e.id, expectedVersion: e.version, legs: [leg] });
    expect(scheduled.escort.status).toBe('SCHEDULED');
    const negative = await call('scheduleEscort', { escortId: e.id, expectedVersion: scheduled.escort.version, legs: [{ ...leg, costFen: -5 }] });
    expect(negative).toEqual(expect.objectContaining({ __typename: 'InputRejected', code: 'AMOUNT' }));
  });
});
