import { residentIdCheckCharacter } from '@lifeline/identity-documents';
import { ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { CareZone } from '../src/entities/care-zone.entity';
import { Station } from '../src/entities/station.entity';
import { ZonePlace } from '../src/entities/zone-place.entity';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;
let stationId: string;
/** A county of its own, so these tests never touch the demo region's figures. */
const TEST_COUNTY = '379998';
const staff = testCaller({ id: 'test.station.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: TEST_COUNTY });
const otherCounty = testCaller({ id: 'other.county', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: '379901' });
const police = testCaller({ id: 'police.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER], jurisdiction: '379900' });

const idNumber = (first17: string) => first17 + residentIdCheckCharacter(first17);

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  const em = subgraph.orm.em.fork();
  const station = em.create(Station, { name: '测试县救助管理站', level: 'COUNTY', kind: 'COUNTY_STATION', jurisdiction: TEST_COUNTY, jurisdictionName: '测试县' });
  for (const [kind, places] of [['MEN', 5], ['WOMEN', 3], ['ELDERLY_DISABLED', 3], ['MINORS', 2]] as const) {
    const zone = em.create(CareZone, { station, kind, name: kind, places });
    for (let n = 1; n <= places; n++) em.create(ZonePlace, { zone, number: n });
  }
  await em.flush();
  stationId = station.id;
});
afterAll(() => subgraph.close());

const RESULT = /* GraphQL */ `
  __typename
  ... on RescueCaseChanged { rescueCase { id status zone version events { fromStatus toStatus actor reason } person { id identityStatus idNumber } } }
  ... on InputRejected { field code message }
  ... on TransitionRefused { currentStatus message }
  ... on ZoneFull { zone message }
  ... on VersionConflict { currentVersion message }
  ... on RecordNotFound { message }
`;
const RECEIVE = `mutation($input: ReceivePersonInput!) { receivePerson(input: $input) { ${RESULT} } }`;
const SCREEN = `mutation($input: ScreenRescueCaseInput!) { screenRescueCase(input: $input) { ${RESULT} } }`;
const EXIT = `mutation($input: ExitRescueCaseInput!) { exitRescueCase(input: $input) { ${RESULT} } }`;

type Changed = { __typename: string; rescueCase: { id: string; status: string; zone: string | null; version: number; events: Array<{ toStatus: string; actor: string }>; person: { id: string; identityStatus: string; idNumber: string | null } } };
type Result = Changed & { field?: string; code?: string; message?: string; currentStatus?: string; currentVersion?: number; zone?: string };

const receive = async (person: Record<string, unknown>, caller = staff, extra: Record<string, unknown> = {}) =>
  (await subgraph.execute<{ receivePerson: Result }>(RECEIVE, { input: { stationId, source: 'WALK_IN', person, ...extra } }, caller)).data!.receivePerson;
const screen = async (input: Record<string, unknown>, caller = staff) => (await subgraph.execute<{ screenRescueCase: Result }>(SCREEN, { input }, caller)).data!.screenRescueCase;
const exit = async (input: Record<string, unknown>, caller = staff) => (await subgraph.execute<{ exitRescueCase: Result }>(EXIT, { input }, caller)).data!.exitRescueCase;

const counts = async () => {
  const connection = subgraph.orm.em.fork().getConnection();
  const [row] = await connection.execute<Array<{ persons: string; cases: string; events: string }>>(
    `select (select count(*) from person) as persons, (select count(*) from rescue_case) as cases, (select count(*) from rescue_case_event) as events`,
  );
  return row;
};

describe('a rescue case from intake to exit', () => {
  it('receives an unidentified man, registers him into the men zone by classified care, and lets him leave, each step an event', async () => {
    const received = await receive({ sex: 'MALE', estimatedAgeMin: 45, estimatedAgeMax: 55, features: '左手背有疤痕' });
    expect(received.__typename).toBe('RescueCaseChanged');
    expect(received.rescueCase.status).toBe('RECEIVED');
    expect(received.rescueCase.person.identityStatus).toBe('UNIDENTIFIED');

    const registered = await screen({ rescueCaseId: received.rescueCase.id, expectedVersion: received.rescueCase.version, outcome: 'REGISTERED' });
    expect(registered.rescueCase).toEqual(expect.objectContaining({ status: 'IN_CARE', zone: 'MEN' }));

    const left = await exit({ rescueCaseId: received.rescueCase.id, expectedVersion: registered.rescueCase.version, reason: 'LEFT_VOLUNTARILY', note: '签署自愿离站声明 #A-001' });
    expect(left.rescueCase.status).toBe('EXITED');
    expect(left.rescueCase.events.map((e) => e.toStatus)).toEqual(['RECEIVED', 'IN_CARE', 'EXITED']);
    expect(left.rescueCase.events.every((e) => e.actor === 'test.station.staff')).toBe(true);
  });

  it('puts an elderly woman in the elderly zone and accepts a lowercase x in her ID number', async () => {
    const id = idNumber('37999819500101002');
    const received = await receive({ name: '王秀英', sex: 'FEMALE', idNumber: id.toLowerCase() });
    expect(received.rescueCase.person.idNumber).toBe(id.toUpperCase());
    expect(received.rescueCase.person.identityStatus).toBe('CLAIMED');
    const registered = await screen({ rescueCaseId: received.rescueCase.id, expectedVersion: received.rescueCase.version, outcome: 'REGISTERED' });
    expect(registered.rescueCase.zone).toBe('ELDERLY_DISABLED');
  });
});

describe('bad input', () => {
  it('refuses a wrong check character or an impossible birth date, saying which check failed, and stores nothing', async () => {
    const before = await counts();
    const good = idNumber('37999819800101003');
    const wrongCheck = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
    const rejected = await receive({ sex: 'MALE', idNumber: wrongCheck });
    expect(rejected).toEqual(expect.objectContaining({ __typename: 'InputRejected', field: 'person.idNumber', code: 'CHECK_CHARACTER' }));
    expect(rejected.message).not.toContain(wrongCheck);
    const feb30 = await receive({ sex: 'MALE', idNumber: idNumber('37999819800230003') });
    expect(feb30).toEqual(expect.objectContaining({ __typename: 'InputRejected', code: 'BIRTH_DATE' }));
    const ages = await receive({ sex: 'MALE', estimatedAgeMin: 70, estimatedAgeMax: 60 });
    expect(ages).toEqual(expect.objectContaining({ __typename: 'InputRejected', code: 'AGE_RANGE' }));
    const bidi = await receive({ sex: 'MALE', name: 'Ali\u202Eevil' });
    expect(bidi).toEqual(expect.objectContaining({ __typename: 'InputRejected', field: 'person.name' }));
    const future = await receive({ sex: 'MALE' }, staff, { intakeAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect(future).toEqual(expect.objectContaining({ __typename: 'InputRejected', field: 'intakeAt', code: 'FUTURE' }));
    expect(await counts()).toEqual(before);
  });

  it('refuses a second person with the same ID number without repeating the number', async () => {
    const id = idNumber('37999819900505005');
    expect((await receive({ sex: 'MALE', idNumber: id })).__typename).toBe('RescueCaseChanged');
    const before = await counts();
    const again = await receive({ sex: 'MALE', idNumber: id });
    expect(again).toEqual(expect.objectContaining({ __typename: 'InputRejected', code: 'DUPLICATE' }));
    expect(JSON.stringify(again)).not.toContain(id);
    expect(await counts()).toEqual(before);
  });

  it('refuses an illegal transition naming the current state, and a stale version, changing nothing', async () => {
    const received = await receive({ sex: 'MALE', estimatedAgeMin: 30, estimatedAgeMax: 40 });
    const exited = await exit({ rescueCaseId: received.rescueCase.id, expectedVersion: received.rescueCase.version, reason: 'ABSCONDED', note: '夜间自行离开' });
    expect(exited.rescueCase.status).toBe('EXITED');
    const before = await counts();
    const reopen = await screen({ rescueCaseId: received.rescueCase.id, expectedVersion: exited.rescueCase.version, outcome: 'REGISTERED' });
    expect(reopen).toEqual(expect.objectContaining({ __typename: 'TransitionRefused', currentStatus: 'EXITED' }));
    const stale = await exit({ rescueCaseId: received.rescueCase.id, expectedVersion: received.rescueCase.version, reason: 'TERMINATED', note: 'x' });
    expect(stale).toEqual(expect.objectContaining({ __typename: 'VersionConflict', currentVersion: exited.rescueCase.version }));
    expect(await counts()).toEqual(before);
  });

  it('keeps the DV shelter out of reach of screening', async () => {
    const received = await receive({ sex: 'FEMALE', estimatedAgeMin: 30, estimatedAgeMax: 35 });
    const result = await screen({ rescueCaseId: received.rescueCase.id, expectedVersion: received.rescueCase.version, outcome: 'REGISTERED', zone: 'DV_SHELTER' });
    expect(result).toEqual(expect.objectContaining({ __typename: 'InputRejected', code: 'NOT_ASSIGNABLE' }));
  });

  it('refuses a zone that contradicts the person (a man of 60 to 70 in the minors’ zone, a boy among the men), changing nothing', async () => {
    const man = await receive({ sex: 'MALE', estimatedAgeMin: 60, estimatedAgeMax: 70 });
    const boy = await receive({ sex: 'MALE', estimatedAgeMin: 12, estimatedAgeMax: 14 });
    const before = await counts();
    const intoMinors = await screen({ rescueCaseId: man.rescueCase.id, expectedVersion: man.rescueCase.version, outcome: 'REGISTERED', zone: 'MINORS' });
    expect(intoMinors).toEqual(expect.objectContaining({ __typename: 'InputRejected', field: 'zone', code: 'ZONE_MISMATCH' }));
    const amongMen = await screen({ rescueCaseId: boy.rescueCase.id, expectedVersion: boy.rescueCase.version, outcome: 'REGISTERED', zone: 'MEN' });
    expect(amongMen).toEqual(expect.objectContaining({ __typename: 'InputRejected', field: 'zone', code: 'ZONE_MISMATCH' }));
    expect(await counts()).toEqual(before);
    // The zones that fit are taken as chosen.
    const elderly = await screen({ rescueCaseId: man.rescueCase.id, expectedVersion: man.rescueCase.version, outcome: 'REGISTERED', zone: 'ELDERLY_DISABLED' });
    expect(elderly).toEqual(expect.objectContaining({ __typename: 'RescueCaseChanged', rescueCase: expect.objectContaining({ status: 'IN_CARE', zone: 'ELDERLY_DISABLED' }) }));
  });
});

describe('who may change cases', () => {
  it('refuses staff of another county as if the station did not exist, and police outright', async () => {
    const before = await counts();
    const elsewhere = await receive({ sex: 'MALE' }, otherCounty);
    expect(elsewhere).toEqual(expect.objectContaining({ __typename: 'RecordNotFound' }));
    const asPolice = await subgraph.execute(RECEIVE, { input: { stationId, source: 'WALK_IN', person: { sex: 'MALE' } } }, police);
    expect(asPolice.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });
});

describe('zone places', () => {
  it('are never over-allocated: 20 concurrent registrations into 5 free places give exactly 5 in care', async () => {
    const free = async () =>
      (await subgraph.execute<{ station: { careZones: Array<{ kind: string; freePlaces: number }> } }>(`query($id: ID!) { station(id: $id) { careZones { kind freePlaces } } }`, { id: stationId }, staff)).data!
        .station.careZones.find((z) => z.kind === 'MEN')!.freePlaces;
    // Exits earlier released their places; fill the zone up to exactly 5 free first.
    expect(await free()).toBe(5);
    const received: Changed[] = [];
    for (let i = 0; i < 20; i++) received.push(await receive({ sex: 'MALE', estimatedAgeMin: 20 + i, estimatedAgeMax: 25 + i }));
    const results = await Promise.all(
      received.map((r) => screen({ rescueCaseId: r.rescueCase.id, expectedVersion: r.rescueCase.version, outcome: 'REGISTERED', zone: 'MEN' })),
    );
    const byType = results.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.__typename]: (acc[r.__typename] ?? 0) + 1 }), {});
    expect(byType).toEqual({ RescueCaseChanged: 5, ZoneFull: 15 });
    expect(await free()).toBe(0);
    const statuses = await subgraph.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ status: string; n: string }>>(`select status, count(*) as n from rescue_case where id in (?) group by status`, [received.map((r) => r.rescueCase.id)]);
    expect(Object.fromEntries(statuses.map((s) => [s.status, Number(s.n)]))).toEqual({ IN_CARE: 5, RECEIVED: 15 });
  });
});

describe('the stay clock', () => {
  it('extends a stay only with a filed reason, records services, and lists stays past 10 days', async () => {
    const received = await receive({ sex: 'FEMALE', estimatedAgeMin: 30, estimatedAgeMax: 40 }, staff, { intakeAt: new Date(Date.now() - 12 * 86_400_000).toISOString() });
    const registered = await screen({ rescueCaseId: received.rescueCase.id, expectedVersion: received.rescueCase.version, outcome: 'REGISTERED' });
    expect(registered.rescueCase).toEqual(expect.objectContaining({ status: 'IN_CARE', zone: 'WOMEN' }));
    const LIST = `{ casesPastStandardStay { id stayFlag } }`;
    const listed = async () => (await subgraph.execute<{ casesPastStandardStay: Array<{ id: string; stayFlag: string }> }>(LIST, undefined, staff)).data!.casesPastStandardStay;
    expect((await listed()).find((c) => c.id === received.rescueCase.id)?.stayFlag).toBe('STAYING_ON');

    const EXTEND = `mutation($i: ExtendStayInput!) { extendStay(input: $i) { ${RESULT} } }`;
    const until = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const noReason = await subgraph.execute<{ extendStay: Result }>(EXTEND, { i: { rescueCaseId: received.rescueCase.id, expectedVersion: registered.rescueCase.version, until, reason: '  ' } }, staff);
    expect(noReason.data!.extendStay).toEqual(expect.objectContaining({ __typename: 'InputRejected', field: 'reason' }));
    const extended = await subgraph.execute<{ extendStay: Result }>(EXTEND, { i: { rescueCaseId: received.rescueCase.id, expectedVersion: registered.rescueCase.version, until, reason: '等待家属前来接回(民政局备案 2026-118)' } }, staff);
    expect(extended.data!.extendStay.__typename).toBe('RescueCaseChanged');
    expect((await listed()).find((c) => c.id === received.rescueCase.id)?.stayFlag).toBe('EXTENDED');

    const SERVICE = `mutation($i: RecordCareServiceInput!) { recordCareService(input: $i) { __typename ... on RescueCaseChanged { rescueCase { services { kind givenBy } } } } }`;
    const served = await subgraph.execute<{ recordCareService: { rescueCase: { services: Array<{ kind: string; givenBy: string }> } } }>(SERVICE, { i: { rescueCaseId: received.rescueCase.id, kind: 'CLOTHING', note: '冬衣一套' } }, staff);
    expect(served.data!.recordCareService.rescueCase.services).toEqual([{ kind: 'CLOTHING', givenBy: 'test.station.staff' }]);
  });
});
