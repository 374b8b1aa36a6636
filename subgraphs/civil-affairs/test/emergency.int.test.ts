import { ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { EmergencyEvent } from '../src/entities/emergency-event.entity';
import { EmergencyHelp } from '../src/entities/emergency-help.entity';
import { EmergencyPoint } from '../src/entities/emergency-point.entity';
import { Person } from '../src/entities/person.entity';
import { PersonAccessGrant } from '../src/entities/person-access-grant.entity';
import { RescueCase } from '../src/entities/rescue-case.entity';
import { Station } from '../src/entities/station.entity';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;
/** Counties of their own, so these tests never touch the demo region's figures. */
const COUNTY = '379996';
const OTHER_COUNTY = '379997';
const county = testCaller({ id: 'emergency.county.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: COUNTY });
const otherCounty = testCaller({ id: 'other.county.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: OTHER_COUNTY });
const center = testCaller({ id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });
const leadership = testCaller({ id: 'leader', agency: 'CIVIL_AFFAIRS', roles: [ROLES.LEADERSHIP], jurisdiction: '379900' });
/** Center staff a protected victim was granted to (as her referring officer would be). */
const entitledCenter = testCaller({ id: 'entitled.center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });
let temporaryStationId: string;
let countyStationId: string;
let otherCountyStationId: string;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  const em = subgraph.orm.em.fork();
  const countyStation = em.create(Station, { name: '应急测试县救助站', level: 'COUNTY', kind: 'COUNTY_STATION', jurisdiction: COUNTY, jurisdictionName: '应急测试县' });
  const point = em.create(Station, { name: '应急测试县火车站临时救助点', level: 'TOWNSHIP', kind: 'TEMPORARY_POINT', jurisdiction: `${COUNTY}001`, jurisdictionName: '应急测试县站前街道', parent: countyStation, isOpen: false });
  const otherCountyStation = em.create(Station, { name: '应急测试邻县救助站', level: 'COUNTY', kind: 'COUNTY_STATION', jurisdiction: OTHER_COUNTY, jurisdictionName: '应急测试邻县' });
  await em.flush();
  otherCountyStationId = otherCountyStation.id;
  temporaryStationId = point.id;
  countyStationId = countyStation.id;
});
afterAll(() => subgraph.close());

const EVENT = `id state version endedAt peopleHelped points { id state version } dailyHelpCounts { day peopleHelped food lodging clothing point { id station { name } } }`;
const POINT = `id state version closedAt closeReason peopleHelped station { id name isOpen kind jurisdiction } dailyHelpCounts { day peopleHelped }`;
const RESULT = {
  EmergencyEventResult: `__typename ... on EmergencyEventChanged { event { ${EVENT} } } ... on InputRejected { field code message } ... on EmergencyStepRefused { currentState message } ... on VersionConflict { currentVersion } ... on RecordNotFound { message }`,
  EmergencyPointResult: `__typename ... on EmergencyPointChanged { point { ${POINT} } } ... on InputRejected { field code message } ... on EmergencyStepRefused { currentState message } ... on VersionConflict { currentVersion } ... on RecordNotFound { message }`,
  EmergencyHelpResult: `__typename ... on EmergencyHelpRecorded { help { id kinds sex estimatedAge person { id } } point { ${POINT} } } ... on InputRejected { field code message } ... on EmergencyStepRefused { currentState message } ... on RecordNotFound { message }`,
};
const MUTATIONS = {
  declareEmergencyEvent: ['DeclareEmergencyEventInput', 'EmergencyEventResult'],
  endEmergencyEvent: ['EndEmergencyEventInput', 'EmergencyEventResult'],
  openEmergencyPoint: ['OpenEmergencyPointInput', 'EmergencyPointResult'],
  closeEmergencyPoint: ['CloseEmergencyPointInput', 'EmergencyPointResult'],
  recordEmergencyHelp: ['RecordEmergencyHelpInput', 'EmergencyHelpResult'],
} as const;
type Point = { id: string; state: string; version: number; peopleHelped: number; station: { id: string; isOpen: boolean; kind: string; jurisdiction: string }; dailyHelpCounts: Array<{ day: string; peopleHelped: number }> };
type Event = { id: string; state: string; version: number; endedAt: string | null; peopleHelped: number; points: Point[]; dailyHelpCounts: Array<{ day: string; peopleHelped: number; food: number; lodging: number; point: { id: string } }> };
type Result = { __typename: string; event: Event; point: Point; help: { id: string; kinds: string[] }; field?: string; code?: string; currentState?: string; message?: string };

async function call(name: keyof typeof MUTATIONS, input: Record<string, unknown>, caller = county): Promise<Result> {
  const [inputType, resultType] = MUTATIONS[name];
  const result = await subgraph.execute<Record<string, Result>>(`mutation($i: ${inputType}!) { ${name}(input: $i) { ${RESULT[resultType]} } }`, { i: input }, caller);
  if (result.errors) return { __typename: 'Error', message: String(result.errors[0]!.extensions?.code) } as Result;
  return result.data![name]!;
}
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const declare = async (name: string, startedAt = hoursAgo(72), caller = center) =>
  (await call('declareEmergencyEvent', { kind: 'COLD_WAVE', name, districts: [COUNTY], startedAt, description: '最低气温-8℃' }, caller)).event;
const helpCount = async (pointId: string) => subgraph.orm.em.fork().count(EmergencyHelp, { point: pointId });

describe('emergency events and temporary points', () => {
  it('opens two points for a cold wave, counts the people helped per point per local day, and closes them when the event ends', async () => {
    const event = await declare('应急测试寒潮');
    expect(event).toEqual(expect.objectContaining({ state: 'ONGOING', points: [], peopleHelped: 0 }));
    const existing = (await call('openEmergencyPoint', { eventId: event.id, stationId: temporaryStationId, openedAt: hoursAgo(70), note: '24小时开放,提供热食和棉被' })).point;
    expect(existing).toEqual(expect.objectContaining({ state: 'OPEN', station: expect.objectContaining({ id: temporaryStationId, isOpen: true }) }));
    const fresh = (await call('openEmergencyPoint', { eventId: event.id, openedAt: hoursAgo(69), newPoint: { name: '应急测试县体育馆临时救助点', address: '应急测试县体育路1号', district: `${COUNTY}002`, latitude: 31.2, longitude: 121.5 } })).point;
    expect(fresh.station).toEqual(expect.objectContaining({ kind: 'TEMPORARY_POINT', jurisdiction: `${COUNTY}002`, isOpen: true }));

    // Local days in Asia/Shanghai: 2 hours apart around local midnight fall on two days.
    const firstDay = new Date(Date.now() - 48 * 3_600_000);
    firstDay.setUTCHours(15, 30, 0, 0); // 23:30 China time
    const secondDay = new Date(firstDay.getTime() + 60 * 60_000); // 00:30 China time, the next day
    const person = await subgraph.orm.em.fork().getConnection().execute<Array<{ id: string }>>(`select p.id from person p where not p.confidential limit 1`);
    const entries = [
      { pointId: existing.id, kinds: ['FOOD', 'LODGING'], sex: 'MALE', estimatedAge: 60, helpedAt: firstDay.toISOString() },
      { pointId: existing.id, kinds: ['FOOD'], personId: person[0]!.id, helpedAt: firstDay.toISOString() },
      { pointId: existing.id, kinds: ['CLOTHING'], personId: person[0]!.id, helpedAt: new Date(firstDay.getTime() + 60_000).toISOString() },
      { pointId: existing.id, kinds: ['FOOD'], sex: 'FEMALE', helpedAt: secondDay.toISOString() },
      { pointId: fresh.id, kinds: ['LODGING'], sex: 'UNKNOWN', helpedAt: secondDay.toISOString() },
    ];
    // The center covers the whole city, so it may link anyone in care; county staff see their county's persons.
    for (const entry of entries) expect((await call('recordEmergencyHelp', entry, 'personId' in entry ? center : county)).__typename).toBe('EmergencyHelpRecorded');

    const read = await subgraph.execute<{ emergencyEvent: Event }>(`query($id: ID!) { emergencyEvent(id: $id) { ${EVENT} } }`, { id: event.id }, center);
    const day = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(read.data!.emergencyEvent.dailyHelpCounts.map((c) => [c.point.id, c.day, c.peopleHelped, c.food, c.lodging])).toEqual(
      expect.arrayContaining([
        [existing.id, day(firstDay), 2, 2, 1],
        [existing.id, day(secondDay), 1, 1, 0],
        [fresh.id, day(secondDay), 1, 0, 1],
      ]),
    );
    expect(read.data!.emergencyEvent.dailyHelpCounts).toHaveLength(3);
    expect(read.data!.emergencyEvent.peopleHelped).toBe(4);

    const closed = (await call('closeEmergencyPoint', { pointId: fresh.id, expectedVersion: fresh.version, reason: '气温回升,并入火车站救助点' })).point;
    expect(closed).toEqual(expect.objectContaining({ state: 'CLOSED', station: expect.objectContaining({ isOpen: false }) }));
    const ended = (await call('endEmergencyEvent', { eventId: event.id, expectedVersion: read.data!.emergencyEvent.version, reason: '寒潮预警解除' }, center)).event;
    expect(ended.state).toBe('ENDED');
    expect(ended.points.map((p) => p.state)).toEqual(['CLOSED', 'CLOSED']);
    const station = await subgraph.orm.em.fork().findOneOrFail(Station, { id: temporaryStationId });
    expect(station.isOpen).toBe(false);
  });

  it('refuses help at a closed point or before it opened, a second closing, and an end before the start, storing nothing', async () => {
    const event = await declare('应急测试寒潮二');
    const point = (await call('openEmergencyPoint', { eventId: event.id, stationId: temporaryStationId, openedAt: hoursAgo(10) })).point;
    const early = await call('recordEmergencyHelp', { pointId: point.id, kinds: ['FOOD'], sex: 'MALE', helpedAt: hoursAgo(11) });
    expect(early).toEqual(expect.objectContaining({ __typename: 'InputRejected', field: 'helpedAt', code: 'BEFORE_OPENING' }));
    const nothingGiven = await call('recordEmergencyHelp', { pointId: point.id, kinds: [], sex: 'MALE' });
    expect(nothingGiven).toEqual(expect.objectContaining({ __typename: 'InputRejected', field: 'kinds' }));
    expect(await helpCount(point.id)).toBe(0);

    const closed = (await call('closeEmergencyPoint', { pointId: point.id, expectedVersion: point.version, reason: '白天人员已疏散' })).point;
    const late = await call('recordEmergencyHelp', { pointId: point.id, kinds: ['FOOD'], sex: 'MALE' });
    expect(late).toEqual(expect.objectContaining({ __typename: 'EmergencyStepRefused', currentState: 'CLOSED' }));
    expect(await helpCount(point.id)).toBe(0);
    const twice = await call('closeEmergencyPoint', { pointId: point.id, expectedVersion: closed.version, reason: '再次关闭' });
    expect(twice).toEqual(expect.objectContaining({ __typename: 'EmergencyStepRefused', currentState: 'CLOSED' }));
    const stale = await call('closeEmergencyPoint', { pointId: point.id, expectedVersion: point.version, reason: '再次关闭' });
    expect(stale).toEqual(expect.objectContaining({ __typename: 'VersionConflict', currentVersion: closed.version }));
    const stored = await subgraph.orm.em.fork().findOneOrFail(EmergencyPoint, { id: point.id });
    expect([stored.closeReason, stored.version]).toEqual(['白天人员已疏散', closed.version]);

    const backwards = await call('endEmergencyEvent', { eventId: event.id, expectedVersion: event.version, endedAt: hoursAgo(100), reason: '录入错误' }, center);
    expect(backwards).toEqual(expect.objectContaining({ __typename: 'InputRejected', field: 'endedAt', code: 'END_BEFORE_START' }));
    const storedEvent = await subgraph.orm.em.fork().findOneOrFail(EmergencyEvent, { id: event.id });
    expect([storedEvent.endedAt, storedEvent.version]).toEqual([null, event.version]);
    const future = await call('declareEmergencyEvent', { kind: 'FLOOD', name: '未来的汛期', districts: [COUNTY], startedAt: new Date(Date.now() + 86_400_000).toISOString() }, center);
    expect(future).toEqual(expect.objectContaining({ __typename: 'InputRejected', code: 'FUTURE' }));
    const notAPoint = await call('openEmergencyPoint', { eventId: event.id, stationId: countyStationId });
    expect(notAPoint).toEqual(expect.objectContaining({ __typename: 'InputRejected', code: 'NOT_A_TEMPORARY_POINT' }));
    await call('endEmergencyEvent', { eventId: event.id, expectedVersion: event.version, reason: '结束' }, center);
  });

  it('lets only staff of the jurisdiction declare, open and close, and shows leadership the counts but not the people', async () => {
    const outside = await call('declareEmergencyEvent', { kind: 'INCIDENT', name: '邻县事件', districts: [COUNTY, OTHER_COUNTY] }, county);
    expect(outside).toEqual(expect.objectContaining({ __typename: 'InputRejected', field: 'districts', code: 'OUTSIDE_JURISDICTION' }));
    const event = await declare('应急测试寒潮三');
    const foreign = await call('openEmergencyPoint', { eventId: event.id, stationId: temporaryStationId }, otherCounty);
    expect(foreign.__typename).toBe('RecordNotFound');
    const point = (await call('openEmergencyPoint', { eventId: event.id, stationId: temporaryStationId })).point;
    const foreignClose = await call('closeEmergencyPoint', { pointId: point.id, expectedVersion: point.version, reason: '越权' }, otherCounty);
    expect(foreignClose.__typename).toBe('RecordNotFound');
    const foreignHelp = await call('recordEmergencyHelp', { pointId: point.id, kinds: ['FOOD'], sex: 'MALE' }, otherCounty);
    expect(foreignHelp.__typename).toBe('RecordNotFound');
    expect(await helpCount(point.id)).toBe(0);
    const byPolice = await call('recordEmergencyHelp', { pointId: point.id, kinds: ['FOOD'], sex: 'MALE' }, testCaller({ id: 'p', roles: [ROLES.POLICE_OFFICER], jurisdiction: '379900' }));
    expect(byPolice).toEqual(expect.objectContaining({ __typename: 'Error', message: 'FORBIDDEN' }));
    const listed = await subgraph.execute<{ emergencyEvents: Array<{ id: string }> }>(`{ emergencyEvents(first: 100) { id } }`, {}, otherCounty);
    expect(listed.data!.emergencyEvents.map((e) => e.id)).not.toContain(event.id);

    await call('recordEmergencyHelp', { pointId: point.id, kinds: ['FOOD'], sex: 'MALE' });
    const figures = await subgraph.execute<{ emergencyEvent: { peopleHelped: number; points: Array<{ peopleHelped: number; dailyHelpCounts: unknown[] }> } }>(
      `query($id: ID!) { emergencyEvent(id: $id) { peopleHelped points { peopleHelped dailyHelpCounts { day peopleHelped } } } }`,
      { id: event.id },
      leadership,
    );
    expect(figures.data!.emergencyEvent).toEqual({ peopleHelped: 1, points: [{ peopleHelped: 1, dailyHelpCounts: [expect.objectContaining({ peopleHelped: 1 })] }] });
    const people = await subgraph.execute(`query($id: ID!) { emergencyEvent(id: $id) { points { recentHelp { sex } } } }`, { id: event.id }, leadership);
    expect(people.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await call('closeEmergencyPoint', { pointId: point.id, expectedVersion: point.version, reason: '结束' });
  });

  it('lets one of two concurrent closings through and keeps a station open for one event at a time', async () => {
    const first = await declare('应急测试并发一');
    const second = await declare('应急测试并发二');
    const opened = await Promise.all([
      call('openEmergencyPoint', { eventId: first.id, stationId: temporaryStationId }),
      call('openEmergencyPoint', { eventId: second.id, stationId: temporaryStationId }),
    ]);
    expect(opened.map((r) => r.__typename).sort()).toEqual(['EmergencyPointChanged', 'InputRejected']);
    expect(opened.find((r) => r.__typename === 'InputRejected')).toEqual(expect.objectContaining({ code: 'ALREADY_OPEN' }));
    expect(await subgraph.orm.em.fork().count(EmergencyPoint, { station: temporaryStationId, closedAt: null })).toBe(1);
    const point = opened.find((r) => r.__typename === 'EmergencyPointChanged')!.point;
    const closings = await Promise.all([
      call('closeEmergencyPoint', { pointId: point.id, expectedVersion: point.version, reason: '甲关闭' }),
      call('closeEmergencyPoint', { pointId: point.id, expectedVersion: point.version, reason: '乙关闭' }),
    ]);
    expect(closings.map((r) => r.__typename).sort()).toEqual(['EmergencyPointChanged', expect.stringMatching(/VersionConflict|EmergencyStepRefused/)].sort());
  });

  it('runs as many SQL statements for many events with their points and counts as for one', async () => {
    // Started now and helped now (the server's clock), so the newest events (those `first: 1` and
    // `first: 3` read) are these three, alike in shape (one point, anonymous help), whichever suites
    // declared events earlier in the run: events of other suites may carry help linked to persons,
    // which costs the person's batch once, and would make the two reads differ by what they read.
    for (let i = 0; i < 3; i++) {
      const event = await declare(`应急测试计数${i}`, new Date().toISOString());
      const p = (await call('openEmergencyPoint', { eventId: event.id, newPoint: { name: `计数点${i}`, address: `计数路${i}号`, district: COUNTY } })).point;
      await call('recordEmergencyHelp', { pointId: p.id, kinds: ['FOOD'], sex: 'MALE' });
      await call('recordEmergencyHelp', { pointId: p.id, kinds: ['LODGING'], sex: 'FEMALE' });
    }
    const LIST = `query($first: Int) { emergencyEvents(first: $first) { id name peopleHelped points { id peopleHelped station { name parent { name } } recentHelp { id person { id } } dailyHelpCounts { day peopleHelped } } dailyHelpCounts { day point { id station { name } } } } }`;
    const one = await subgraph.queries.during(() => subgraph.execute(LIST, { first: 1 }, center));
    const many = await subgraph.queries.during(() => subgraph.execute<{ emergencyEvents: Array<{ name: string }> }>(LIST, { first: 3 }, center));
    expect(many.result.data!.emergencyEvents.map((e) => e.name).sort()).toEqual(['应急测试计数0', '应急测试计数1', '应急测试计数2']);
    expect((one.result.data as { emergencyEvents: Array<{ points: unknown[] }> }).emergencyEvents[0]?.points).toHaveLength(1);
    expect(one.statements).toBeGreaterThan(0);
    expect(many.statements).toBe(one.statements);
  });
});

describe('the figures of a point count what the caller may list', () => {
  type Figures = { peopleHelped: number; points: Array<{ peopleHelped: number; recentHelp: Array<{ id: string; person: { id: string } | null }>; dailyHelpCounts: Array<{ peopleHelped: number; food: number }> }> };
  const FIGURES = `query($id: ID!) { emergencyEvent(id: $id) { peopleHelped points { peopleHelped recentHelp(first: 100) { id person { id } } dailyHelpCounts { peopleHelped food } } } }`;
  const figuresOf = async (eventId: string, caller: typeof center) => {
    const read = await subgraph.execute<{ emergencyEvent: Figures }>(FIGURES, { id: eventId }, caller);
    expect(read.errors).toBeUndefined();
    const event = read.data!.emergencyEvent;
    const point = event.points[0]!;
    return {
      event: event.peopleHelped,
      point: point.peopleHelped,
      perDay: point.dailyHelpCounts.reduce((sum, day) => sum + day.peopleHelped, 0),
      food: point.dailyHelpCounts.reduce((sum, day) => sum + day.food, 0),
      listed: point.recentHelp.length,
      persons: point.recentHelp.map((h) => h.person?.id ?? null),
    };
  };

  it('counts a person of another county for county staff without showing him, and a protected victim only for those she is visible to', async () => {
    const em = subgraph.orm.em.fork();
    const elsewhere = em.create(Person, { name: '邻县受助人', sex: 'MALE', identityStatus: 'VERIFIED' });
    em.create(RescueCase, { person: elsewhere, station: em.getReference(Station, otherCountyStationId), status: 'IN_CARE', intakeSource: 'WALK_IN', intakeAt: new Date(Date.now() - 30 * 3_600_000) });
    const victim = em.create(Person, { name: '受保护者', sex: 'FEMALE', identityStatus: 'UNIDENTIFIED' });
    await em.flush();

    const event = await declare('应急测试可见计数');
    const point = (await call('openEmergencyPoint', { eventId: event.id, openedAt: hoursAgo(20), newPoint: { name: '可见计数点', address: '可见计数路1号', district: COUNTY } })).point;
    const helpedAt = hoursAgo(10);
    expect((await call('recordEmergencyHelp', { pointId: point.id, kinds: ['FOOD'], sex: 'MALE', helpedAt })).__typename).toBe('EmergencyHelpRecorded');
    expect((await call('recordEmergencyHelp', { pointId: point.id, kinds: ['FOOD'], personId: elsewhere.id, helpedAt }, center)).__typename).toBe('EmergencyHelpRecorded');
    // She was helped before she fled to the shelter; since she was admitted there, she is protected.
    expect((await call('recordEmergencyHelp', { pointId: point.id, kinds: ['FOOD', 'LODGING'], personId: victim.id, helpedAt }, center)).__typename).toBe('EmergencyHelpRecorded');
    await em.nativeUpdate(Person, { id: victim.id }, { confidential: true });
    em.create(PersonAccessGrant, { person: em.getReference(Person, victim.id), grantee: entitledCenter.id, reason: 'test grant', grantedAt: new Date() });
    await em.flush();

    // Staff she was granted to see her, so they count her; county staff count the other county's
    // person helped at their point, shown without the person; nobody else counts or lists her.
    expect(await figuresOf(event.id, entitledCenter)).toEqual({ event: 3, point: 3, perDay: 3, food: 3, listed: 3, persons: expect.arrayContaining([null, elsewhere.id, victim.id]) });
    expect(await figuresOf(event.id, center)).toEqual({ event: 2, point: 2, perDay: 2, food: 2, listed: 2, persons: expect.arrayContaining([null, elsewhere.id]) });
    expect(await figuresOf(event.id, county)).toEqual({ event: 2, point: 2, perDay: 2, food: 2, listed: 2, persons: [null, null] });
    const figures = await subgraph.execute<{ emergencyEvent: { peopleHelped: number; points: Array<{ peopleHelped: number; dailyHelpCounts: Array<{ peopleHelped: number; food: number; lodging: number }> }> } }>(
      `query($id: ID!) { emergencyEvent(id: $id) { peopleHelped points { peopleHelped dailyHelpCounts { peopleHelped food lodging } } } }`,
      { id: event.id },
      leadership,
    );
    expect(figures.data!.emergencyEvent).toEqual({ peopleHelped: 2, points: [{ peopleHelped: 2, dailyHelpCounts: [{ peopleHelped: 2, food: 2, lodging: 0 }] }] });
  });
});

describe('the demo region', () => {
  it('has an ongoing cold wave with two open temporary points and several days of help, and an ended flood', async () => {
    const result = await subgraph.execute<{ emergencyEvents: Array<{ kind: string; state: string; points: Array<{ state: string }>; dailyHelpCounts: Array<{ day: string }> }> }>(
      `{ emergencyEvents(first: 100) { kind state points { state } dailyHelpCounts { day } } }`,
      {},
      center,
    );
    const cold = result.data!.emergencyEvents.find((e) => e.kind === 'COLD_WAVE' && e.state === 'ONGOING' && e.points.length === 2)!;
    expect(cold.points.map((p) => p.state)).toEqual(['OPEN', 'OPEN']);
    expect(new Set(cold.dailyHelpCounts.map((c) => c.day)).size).toBeGreaterThanOrEqual(3);
    expect(result.data!.emergencyEvents.find((e) => e.kind === 'FLOOD')).toEqual(expect.objectContaining({ state: 'ENDED', points: [{ state: 'CLOSED' }] }));
  });
});
