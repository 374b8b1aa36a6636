/**
 * Every record with an id can be fetched again by it: care zones, care services, case events,
 * shelters, street reports, missing-person reports, temporary points, help entries and the
 * shelter's placements. Each by-id field answers exactly what the lists holding the record show
 * the same caller — a county's staff their county, a protected victim's records only those she is
 * visible to, an integrating system what its scopes reach — and null for anything else, without
 * a statement more for each further id.
 */
import { ANONYMOUS, ROLES, type Caller } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { randomUUID } from 'node:crypto';
import { type SubgraphContext } from '../src/context';
import { CareService } from '../src/entities/care-service.entity';
import { EmergencyEvent } from '../src/entities/emergency-event.entity';
import { EmergencyHelp } from '../src/entities/emergency-help.entity';
import { EmergencyPoint } from '../src/entities/emergency-point.entity';
import { MissingPersonReport } from '../src/entities/missing-person-report.entity';
import { Person } from '../src/entities/person.entity';
import { PersonAccessGrant } from '../src/entities/person-access-grant.entity';
import { RescueCase } from '../src/entities/rescue-case.entity';
import { Shelter } from '../src/entities/shelter.entity';
import { ShelterPlacement } from '../src/entities/shelter-placement.entity';
import { Station } from '../src/entities/station.entity';
import { definition } from '../src/server';
import { createCountyStation } from './support/county-station';
import { personInCare } from './support/person-in-care';

let subgraph: TestSubgraph<SubgraphContext>;
/** Counties of their own, so no other suite's records come into these lists. */
const COUNTY = '379985';
const OTHER_COUNTY = '379986';
const county = testCaller({ id: 'byid.county.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: COUNTY });
const otherCounty = testCaller({ id: 'byid.neighbour.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: OTHER_COUNTY });
const center = testCaller({ id: 'byid.center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });
/** Center staff the protected victim was granted to (as her referring officer would be). */
const entitledCenter = testCaller({ id: 'byid.entitled.center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });
const shelterStaff = testCaller({ id: 'byid.shelter.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.SHELTER_STAFF], jurisdiction: '379900' });
/** The caseworker who referred the protected victim (she holds a grant). */
const caseworker = testCaller({ id: 'byid.caseworker', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER] });
const police = testCaller({ id: 'byid.police.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER], jurisdiction: '379900' });
const leadership = testCaller({ id: 'byid.leader', agency: 'CIVIL_AFFAIRS', roles: [ROLES.LEADERSHIP], jurisdiction: '379900' });
const system = testCaller({ id: 'client:byid-sync', kind: 'service', agency: 'CIVIL_AFFAIRS', roles: [ROLES.INTEGRATION], scopes: ['read:persons', 'read:rescue-cases', 'read:stations'] });
const casesOnlySystem = testCaller({ id: 'client:byid-cases', kind: 'service', agency: 'CIVIL_AFFAIRS', roles: [ROLES.INTEGRATION], scopes: ['read:rescue-cases'] });

const CALLERS: Array<[string, Caller]> = [
  ['the county’s staff', county],
  ['a neighbouring county’s staff', otherCounty],
  ['the center’s staff', center],
  ['center staff the victim was granted to', entitledCenter],
  ['the shelter’s staff', shelterStaff],
  ['the referring caseworker', caseworker],
  ['a police officer', police],
  ['the leadership', leadership],
  ['civil affairs’ system (persons, cases, stations)', system],
  ['a system with cases only', casesOnlySystem],
  ['an anonymous caller', ANONYMOUS],
];

const UNKNOWN = '6cbaa3cb-385e-4a81-9608-c00c8d6d0291';
const MALFORMED = `'; drop table street_report; --`;

/** The fixtures' ids: an unprotected man's case and a protected victim's, both at the county's station. */
const ids = {
  stationId: '',
  pointStationId: '',
  open: { caseId: '', personId: '' },
  victim: { caseId: '', personId: '' },
  openService: '',
  victimService: '',
  openEvents: [] as string[],
  victimEvents: [] as string[],
  streetReport: '',
  neighbourStreetReport: '',
  openReport: '',
  reportOfOpen: '',
  reportOfVictim: '',
  eventId: '',
  pointId: '',
  anonymousHelp: '',
  helpOfOpen: '',
  helpOfVictim: '',
  placement: '',
  shelterId: '',
  roomIds: [] as string[],
  zoneIds: [] as string[],
};

const sql = <T>(query: string, params: unknown[] = []) => subgraph.orm.em.fork().getConnection().execute<T[]>(query, params);

async function reportSighting(caller: Caller, district: string): Promise<string> {
  const result = await subgraph.execute<{ reportStreetSighting: { __typename: string; streetReport: { id: string } } }>(
    `mutation($i: ReportStreetSightingInput!) { reportStreetSighting(input: $i) { __typename ... on StreetReportChanged { streetReport { id } } } }`,
    { i: { source: 'PATROL', description: '桥下有人露宿', latitude: 30.601, longitude: 114.301, address: '按编号测试县人民桥', district } },
    caller,
  );
  expect(result.data?.reportStreetSighting.__typename).toBe('StreetReportChanged');
  return result.data!.reportStreetSighting.streetReport.id;
}

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  ids.stationId = await createCountyStation(subgraph.orm.em.fork(), { jurisdiction: COUNTY, name: '按编号测试县' });
  const neighbourStationId = await createCountyStation(subgraph.orm.em.fork(), { jurisdiction: OTHER_COUNTY, name: '按编号测试邻县' });
  ids.open = await personInCare(subgraph, ids.stationId, county);
  ids.victim = await personInCare(subgraph, ids.stationId, county);
  // She became known as a protected victim: from now on her records answer as if they did not exist, but to those entitled.
  await sql(`update person set confidential = true where id = ?`, [ids.victim.personId]);

  const em = subgraph.orm.em.fork();
  const victim = em.getReference(Person, ids.victim.personId);
  const man = em.getReference(Person, ids.open.personId);
  for (const grantee of [caseworker.id, entitledCenter.id]) em.create(PersonAccessGrant, { person: victim, grantee, reason: '按编号测试转介', grantedAt: new Date() });
  const service = (caseId: string, note: string) => em.create(CareService, { rescueCase: em.getReference(RescueCase, caseId), kind: 'FOOD', givenAt: new Date(), givenBy: county.id, note });
  ids.openService = service(ids.open.caseId, '热饭一份').id;
  ids.victimService = service(ids.victim.caseId, '热饭一份').id;

  // Missing-person reports: one open (any person who traces families may see it), one matched to each person.
  const report = (name: string, resolvedPerson: Person | null) =>
    em.create(MissingPersonReport, {
      name,
      sex: 'MALE',
      ageWhenMissing: 42,
      lastSeenAt: new Date(Date.now() - 2 * 86_400_000),
      lastSeenDivision: COUNTY,
      lastSeenPlace: '按编号测试县汽车站',
      reportedBy: '按编号测试县公安局',
      resolvedPerson,
      resolvedAt: resolvedPerson ? new Date() : null,
    });
  ids.openReport = report('王按编', null).id;
  ids.reportOfOpen = report('李按编', man).id;
  ids.reportOfVictim = report('赵按编', victim).id;

  // A cold wave in the county with one temporary point and three people helped there.
  const countyStation = em.getReference(Station, ids.stationId);
  const pointStation = em.create(Station, { name: '按编号测试县车站临时救助点', level: 'TOWNSHIP', kind: 'TEMPORARY_POINT', jurisdiction: `${COUNTY}001`, jurisdictionName: '按编号测试县站前街道', parent: countyStation, isOpen: true });
  const now = new Date();
  const event = em.create(EmergencyEvent, { kind: 'COLD_WAVE', name: '按编号测试寒潮', districts: [COUNTY], startedAt: new Date(Date.now() - 86_400_000), declaredBy: center.id, updatedAt: now });
  const point = em.create(EmergencyPoint, { event, station: pointStation, openedAt: new Date(Date.now() - 80_000_000), openedBy: county.id });
  const help = (fields: Partial<EmergencyHelp>) => em.create(EmergencyHelp, { point, helpedAt: new Date(), food: true, lodging: true, clothing: false, recordedBy: county.id, ...fields }).id;
  ids.anonymousHelp = help({ sex: 'FEMALE', estimatedAge: 60, note: '老人,送棉被' });
  ids.helpOfOpen = help({ person: man });
  ids.helpOfVictim = help({ person: victim });

  // The shelter's answer to a referral (declined, so no place is held and no figure moves).
  const [shelter] = await em.find(Shelter, {}, { orderBy: { name: 'asc' }, limit: 1 });
  const placement = em.create(ShelterPlacement, {
    referralId: randomUUID(),
    shelter: shelter!,
    status: 'DECLINED',
    partySize: 1,
    children: 0,
    referringCaseworker: caseworker.id,
    referringOrganisation: '按编号测试区妇女联合会',
    decidedBy: shelterStaff.id,
    decidedAt: new Date(),
    declineReason: '按编号测试:建议转介至邻市庇护中心',
  });
  await em.flush();
  Object.assign(ids, { pointStationId: pointStation.id, eventId: event.id, pointId: point.id, placement: placement.id, shelterId: shelter!.id });
  const rooms = await em.getConnection().execute<Array<{ id: string }>>(`select r.id from shelter_room r join care_zone z on z.id = r.zone_id where z.kind = 'DV_SHELTER' order by r.label`);
  ids.roomIds = rooms.map((room) => room.id);
  ids.openEvents = (await sql<{ id: string }>(`select id from rescue_case_event where rescue_case_id = ? order by at, id`, [ids.open.caseId])).map((row) => row.id);
  ids.victimEvents = (await sql<{ id: string }>(`select id from rescue_case_event where rescue_case_id = ? order by at, id`, [ids.victim.caseId])).map((row) => row.id);
  ids.zoneIds = (await sql<{ id: string }>(`select id from care_zone where station_id = ?`, [ids.stationId])).map((row) => row.id);
  ids.streetReport = await reportSighting(county, COUNTY);
  ids.neighbourStreetReport = await reportSighting(otherCounty, OTHER_COUNTY);
  expect(neighbourStationId).toBeDefined();
});
afterAll(() => subgraph.close());

type Response = Awaited<ReturnType<TestSubgraph<SubgraphContext>['execute']>>;
const codes = (response: Response) => response.errors?.map((e) => e.extensions?.code);
const forbidden = (response: Response) => (codes(response) ?? []).includes('FORBIDDEN');

/** One record by id, as a caller asks for it. */
const byId = (field: string, selection: string, id: string, caller: Caller) =>
  subgraph.execute<Record<string, Record<string, unknown> | null>>(`query($id: ID!) { ${field}(id: $id) { ${selection} } }`, { id }, caller);

/** The record by id for a caller who may ask: the record, or null. */
async function seen(field: string, selection: string, id: string, caller: Caller): Promise<Record<string, unknown> | null> {
  const response = await byId(field, selection, id, caller);
  expect(response.errors).toBeUndefined();
  return response.data![field]!;
}

/**
 * What a list shows a caller: the nodes (each with the by-id field's selection), or `forbidden`
 * when the caller may not read the list at all.
 */
type Listing = (caller: Caller) => Promise<{ forbidden: true } | { forbidden: false; nodes: Array<Record<string, unknown>> }>;

function listing<T>(document: string, variables: Record<string, unknown>, nodesOf: (data: T) => Array<Record<string, unknown>>): Listing {
  return async (caller) => {
    const response = await subgraph.execute<T>(document, variables, caller);
    if (forbidden(response)) return { forbidden: true };
    expect(response.errors).toBeUndefined();
    return { forbidden: false, nodes: nodesOf(response.data!) };
  };
}

/**
 * For every caller: the by-id field answers the record exactly as the list shows it to her (same
 * fields), null when the list does not show it to her, and FORBIDDEN when she may not read the list.
 */
async function expectSameAsList(field: string, selection: string, list: Listing, recordIds: () => string[]): Promise<Map<Caller, Array<Record<string, unknown> | null>>> {
  const answers = new Map<Caller, Array<Record<string, unknown> | null>>();
  for (const [who, caller] of CALLERS) {
    const listed = await list(caller);
    const mine: Array<Record<string, unknown> | null> = [];
    for (const id of recordIds()) {
      const response = await byId(field, selection, id, caller);
      if (listed.forbidden) {
        expect({ who, id, codes: codes(response) }).toEqual({ who, id, codes: ['FORBIDDEN'] });
        mine.push(null);
        continue;
      }
      expect({ who, id, errors: response.errors }).toEqual({ who, id, errors: undefined });
      const expected = listed.nodes.find((node) => node.id === id) ?? null;
      expect({ who, id, record: response.data![field] }).toEqual({ who, id, record: expected });
      mine.push(response.data![field]!);
    }
    answers.set(caller, mine);
  }
  return answers;
}

const EVENT_FIELDS = 'id fromStatus toStatus at actor reason';
const SERVICE_FIELDS = 'id kind givenAt givenBy note';
/** The cases' events and services, as `rescueCase(id)` lists them (null when the case is not visible). */
const caseLists = (part: 'events' | 'services', selection: string): Listing =>
  listing<{ open: Record<string, Array<Record<string, unknown>>> | null; victim: Record<string, Array<Record<string, unknown>>> | null }>(
    `query($open: ID!, $victim: ID!) { open: rescueCase(id: $open) { ${part} { ${selection} } } victim: rescueCase(id: $victim) { ${part} { ${selection} } } }`,
    { open: ids.open.caseId, victim: ids.victim.caseId },
    (data) => [...(data.open?.[part] ?? []), ...(data.victim?.[part] ?? [])],
  );

describe('a rescue case’s events and services by id', () => {
  it('answers every caller an event exactly as her case’s history shows it, and null where the case is hidden', async () => {
    const answers = await expectSameAsList('rescueCaseEvent', EVENT_FIELDS, caseLists('events', EVENT_FIELDS), () => [...ids.openEvents, ...ids.victimEvents]);
    expect(ids.openEvents.length).toBeGreaterThan(0);
    const shown = (caller: Caller) => answers.get(caller)!.map((answer) => answer !== null);
    const open = ids.openEvents.map(() => true);
    const hidden = ids.victimEvents.map(() => false);
    // The county sees the man's history and not the protected victim's; the neighbour neither.
    expect(shown(county)).toEqual([...open, ...hidden]);
    expect(shown(otherCounty)).toEqual([...open.map(() => false), ...hidden]);
    expect(shown(center)).toEqual([...open, ...hidden]);
    // Those entitled to her see her history.
    expect(shown(entitledCenter)).toEqual([...open, ...ids.victimEvents.map(() => true)]);
    expect(shown(shelterStaff)).toEqual([...open, ...ids.victimEvents.map(() => true)]);
    expect(shown(caseworker)).toEqual([...open.map(() => false), ...ids.victimEvents.map(() => true)]);
    // A system reads cases of the persons its scopes let it see: civil affairs' own the unprotected.
    expect(shown(system)).toEqual([...open, ...hidden]);
    expect(shown(casesOnlySystem)).toEqual([...open.map(() => false), ...hidden]);
  });

  it('answers every caller a care service exactly as her case’s services show it, and null where the case is hidden', async () => {
    const answers = await expectSameAsList('careService', SERVICE_FIELDS, caseLists('services', SERVICE_FIELDS), () => [ids.openService, ids.victimService]);
    expect(answers.get(county)).toEqual([expect.objectContaining({ id: ids.openService, kind: 'FOOD', note: '热饭一份' }), null]);
    expect(answers.get(otherCounty)).toEqual([null, null]);
    expect(answers.get(center)).toEqual([expect.objectContaining({ id: ids.openService }), null]);
    expect(answers.get(shelterStaff)).toEqual([expect.objectContaining({ id: ids.openService }), expect.objectContaining({ id: ids.victimService })]);
    expect(answers.get(caseworker)).toEqual([null, expect.objectContaining({ id: ids.victimService })]);
    expect(answers.get(system)).toEqual([expect.objectContaining({ id: ids.openService }), null]);
  });

  it('refuses those whose work is not about persons', async () => {
    for (const caller of [leadership, ANONYMOUS]) {
      expect(codes(await byId('rescueCaseEvent', 'id', ids.openEvents[0]!, caller))).toEqual(['FORBIDDEN']);
      expect(codes(await byId('careService', 'id', ids.openService, caller))).toEqual(['FORBIDDEN']);
    }
  });
});

const ZONE_FIELDS = 'id kind name places freePlaces';
const SHELTER_FIELDS = 'id name totalPlaces freePlaces freeFamilyRooms';

describe('care zones and shelters by id', () => {
  it('answers a care zone as the station’s zones list it, to every signed-in caller (capacity is network-wide)', async () => {
    const zones = listing<{ station: { careZones: Array<Record<string, unknown>> } | null }>(
      `query($id: ID!) { station(id: $id) { careZones { ${ZONE_FIELDS} } } }`,
      { id: ids.stationId },
      (data) => data.station?.careZones ?? [],
    );
    const answers = await expectSameAsList('careZone', ZONE_FIELDS, zones, () => ids.zoneIds);
    expect(ids.zoneIds).toHaveLength(2);
    expect(answers.get(otherCounty)).toEqual([expect.objectContaining({ places: 30 }), expect.objectContaining({ places: 30 })]);
    expect(codes(await byId('careZone', 'id', ids.zoneIds[0]!, ANONYMOUS))).toEqual(['FORBIDDEN']);
  });

  it('answers a shelter as the shelters list shows it (counts only), and keeps its address from those not entitled', async () => {
    const shelters = listing<{ shelters: Array<Record<string, unknown>> }>(`{ shelters { ${SHELTER_FIELDS} } }`, {}, (data) => data.shelters);
    const answers = await expectSameAsList('shelter', SHELTER_FIELDS, shelters, () => [ids.shelterId]);
    expect(answers.get(police)).toEqual([expect.objectContaining({ id: ids.shelterId })]);
    expect(codes(await byId('shelter', 'id', ids.shelterId, casesOnlySystem))).toEqual(['FORBIDDEN']);
    const address = await byId('shelter', 'id address', ids.shelterId, police);
    expect(codes(address)).toEqual(['FORBIDDEN']);
    expect(address.data?.shelter?.address ?? null).toBeNull();
    expect((await seen('shelter', 'id address', ids.shelterId, shelterStaff))?.address).toEqual(expect.any(String));
  });
});

const REPORT_FIELDS = 'id source description address district status reportedAt minutesToScene missedThirtyMinutes version dispatchedTo { id }';

describe('street reports by id', () => {
  it('answers a report as the dispatch board shows it, to the staff of its district only', async () => {
    const board = listing<{ dispatchBoard: Array<Record<string, unknown>> }>(`{ dispatchBoard { ${REPORT_FIELDS} } }`, {}, (data) => data.dispatchBoard);
    const answers = await expectSameAsList('streetReport', REPORT_FIELDS, board, () => [ids.streetReport, ids.neighbourStreetReport]);
    expect(answers.get(county)).toEqual([expect.objectContaining({ id: ids.streetReport, district: COUNTY }), null]);
    expect(answers.get(otherCounty)).toEqual([null, expect.objectContaining({ id: ids.neighbourStreetReport })]);
    expect(answers.get(center)).toEqual([expect.objectContaining({ id: ids.streetReport }), expect.objectContaining({ id: ids.neighbourStreetReport })]);
  });

  it('answers a closed report too (it left the board, not the district), and refuses civil affairs’ reporting system', async () => {
    const closed = await reportSighting(county, COUNTY);
    await sql(`update street_report set status = 'CLOSED', closure = 'FALSE_REPORT', closed_at = date_trunc('milliseconds', now()) where id = ?`, [closed]);
    expect(await seen('streetReport', 'id status closure', closed, county)).toEqual({ id: closed, status: 'CLOSED', closure: 'FALSE_REPORT' });
    expect(await seen('streetReport', 'id', closed, otherCounty)).toBeNull();
    const reporter = testCaller({ id: 'client:110-linkage', kind: 'service', agency: 'CIVIL_AFFAIRS', roles: [ROLES.INTEGRATION], scopes: ['write:street-reports'], jurisdiction: COUNTY });
    expect(codes(await byId('streetReport', 'id', ids.streetReport, reporter))).toEqual(['FORBIDDEN']);
  });
});

const MISSING_FIELDS = 'id name namePinyin sex birthDate ageWhenMissing lastSeenAt lastSeenDivision lastSeenPlace dialectRegion features reportedBy resolved';

describe('missing-person reports by id', () => {
  it('answers an open report as the tracing candidates show it', async () => {
    const candidates = await subgraph.execute<{ tracingCandidates: Array<{ report: Record<string, unknown> }> }>(
      `query($id: ID!) { tracingCandidates(personId: $id, first: 20) { report { ${MISSING_FIELDS} } } }`,
      { id: ids.open.personId },
      county,
    );
    expect(candidates.errors).toBeUndefined();
    const listed = candidates.data!.tracingCandidates.map((candidate) => candidate.report).find((report) => report.id === ids.openReport);
    expect(listed).toEqual(expect.objectContaining({ name: '王按编', resolved: false }));
    expect(await seen('missingPersonReport', MISSING_FIELDS, ids.openReport, county)).toEqual(listed);
    // Any station tracing families may meet an open report among its candidates: a neighbour, the center, the shelter.
    for (const caller of [otherCounty, center, shelterStaff]) expect(await seen('missingPersonReport', 'id', ids.openReport, caller)).toEqual({ id: ids.openReport });
  });

  it('answers a matched report only with its person: never a protected victim’s to those she is hidden from', async () => {
    const sees = async (id: string, caller: Caller) => (await seen('missingPersonReport', 'id resolved', id, caller)) !== null;
    expect(await sees(ids.reportOfOpen, county)).toBe(true);
    expect(await sees(ids.reportOfOpen, center)).toBe(true);
    expect(await sees(ids.reportOfOpen, otherCounty)).toBe(false);
    expect(await sees(ids.reportOfVictim, county)).toBe(false);
    expect(await sees(ids.reportOfVictim, center)).toBe(false);
    expect(await sees(ids.reportOfVictim, otherCounty)).toBe(false);
    expect(await sees(ids.reportOfVictim, shelterStaff)).toBe(true);
    expect(await seen('missingPersonReport', 'id resolved', ids.reportOfVictim, shelterStaff)).toEqual({ id: ids.reportOfVictim, resolved: true });
  });

  it('answers a report asked for by the gateway as an entity (_entities) under the same rule', async () => {
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on MissingPersonReport { id resolved } } }`;
    const entity = async (id: string, caller: Caller) =>
      (await subgraph.execute<{ _entities: Array<{ id: string } | null> }>(ENTITIES, { r: [{ __typename: 'MissingPersonReport', id }] }, caller)).data?._entities[0] ?? null;
    expect(await entity(ids.reportOfVictim, county)).toBeNull();
    expect(await entity(ids.reportOfVictim, center)).toBeNull();
    expect(await entity(ids.reportOfVictim, shelterStaff)).toEqual({ id: ids.reportOfVictim, resolved: true });
    expect(await entity(ids.openReport, county)).toEqual({ id: ids.openReport, resolved: false });
  });

  it('refuses those who do no family tracing, as the candidates are refused them', async () => {
    for (const caller of [police, leadership, caseworker, system, ANONYMOUS]) {
      const list = await subgraph.execute(`query($id: ID!) { tracingCandidates(personId: $id) { score } }`, { id: ids.open.personId }, caller);
      expect(codes(list)).toEqual(['FORBIDDEN']);
      expect(codes(await byId('missingPersonReport', 'id', ids.openReport, caller))).toEqual(['FORBIDDEN']);
    }
  });
});

const POINT_FIELDS = 'id state openedAt peopleHelped version station { id } dailyHelpCounts { day peopleHelped food lodging clothing }';
const HELP_FIELDS = 'id helpedAt kinds sex estimatedAge recordedBy note person { id }';

describe('temporary points and help given there by id', () => {
  it('answers a point as its event lists it, to the staff and leadership whose jurisdiction it lies in', async () => {
    const points = listing<{ emergencyEvent: { points: Array<Record<string, unknown>> } | null }>(
      `query($id: ID!) { emergencyEvent(id: $id) { points { ${POINT_FIELDS} } } }`,
      { id: ids.eventId },
      (data) => data.emergencyEvent?.points ?? [],
    );
    const answers = await expectSameAsList('emergencyPoint', POINT_FIELDS, points, () => [ids.pointId]);
    expect(answers.get(county)).toEqual([expect.objectContaining({ id: ids.pointId, station: { id: ids.pointStationId } })]);
    expect(answers.get(leadership)).toEqual([expect.objectContaining({ id: ids.pointId })]);
    expect(answers.get(otherCounty)).toEqual([null]);
    expect(codes(await byId('emergencyPoint', 'id', ids.pointId, police))).toEqual(['FORBIDDEN']);
  });

  it('answers a help entry as the point’s recent help lists it: a protected victim’s only to those she is visible to', async () => {
    const recent = listing<{ emergencyEvent: { points: Array<{ recentHelp: Array<Record<string, unknown>> }> } | null }>(
      `query($id: ID!) { emergencyEvent(id: $id) { points { recentHelp(first: 100) { ${HELP_FIELDS} } } } }`,
      { id: ids.eventId },
      (data) => data.emergencyEvent?.points.flatMap((point) => point.recentHelp) ?? [],
    );
    const answers = await expectSameAsList('emergencyHelp', HELP_FIELDS, recent, () => [ids.anonymousHelp, ids.helpOfOpen, ids.helpOfVictim]);
    expect(answers.get(county)).toEqual([
      expect.objectContaining({ id: ids.anonymousHelp, sex: 'FEMALE', estimatedAge: 60, kinds: ['FOOD', 'LODGING'] }),
      expect.objectContaining({ id: ids.helpOfOpen, person: { id: ids.open.personId } }),
      null,
    ]);
    expect(answers.get(center)).toEqual([expect.objectContaining({ id: ids.anonymousHelp }), expect.objectContaining({ id: ids.helpOfOpen }), null]);
    expect(answers.get(entitledCenter)).toEqual([
      expect.objectContaining({ id: ids.anonymousHelp }),
      expect.objectContaining({ id: ids.helpOfOpen }),
      expect.objectContaining({ id: ids.helpOfVictim, person: { id: ids.victim.personId } }),
    ]);
    expect(answers.get(otherCounty)).toEqual([null, null, null]);
    // The leadership reads figures, never who was helped.
    expect(codes(await byId('emergencyHelp', 'id', ids.anonymousHelp, leadership))).toEqual(['FORBIDDEN']);
  });
});

const PLACEMENT_FIELDS = 'id referralId status partySize children referringCaseworker referringOrganisation decidedBy decidedAt declineReason version places { placeNumber } person { id }';

describe('the shelter’s placements by id', () => {
  it('answers a placement as the shelter’s list shows it, to the shelter’s staff only', async () => {
    const placements = listing<{ shelterPlacements: Array<Record<string, unknown>> }>(`{ shelterPlacements(status: DECLINED, first: 100) { ${PLACEMENT_FIELDS} } }`, {}, (data) => data.shelterPlacements);
    const answers = await expectSameAsList('shelterPlacement', PLACEMENT_FIELDS, placements, () => [ids.placement]);
    expect(answers.get(shelterStaff)).toEqual([expect.objectContaining({ id: ids.placement, status: 'DECLINED', referringCaseworker: caseworker.id })]);
    // The referring caseworker follows her referral's status through the referral, never the shelter's record by id.
    for (const caller of [caseworker, center, county, system]) expect(codes(await byId('shelterPlacement', 'id', ids.placement, caller))).toEqual(['FORBIDDEN']);
  });

  it('answers a room as the shelter’s rooms show it, to the shelter’s staff only', async () => {
    const ROOM_FIELDS = 'id label kind places freePlaces';
    const rooms = listing<{ shelters: Array<{ rooms: Array<Record<string, unknown>> }> }>(`{ shelters { rooms { ${ROOM_FIELDS} } } }`, {}, (data) => data.shelters.flatMap((s) => s.rooms));
    const answers = await expectSameAsList('shelterRoom', ROOM_FIELDS, rooms, () => ids.roomIds);
    expect(answers.get(shelterStaff)!.length).toBeGreaterThan(0);
    expect(answers.get(shelterStaff)!.every((room) => room !== null)).toBe(true);
    for (const caller of [caseworker, center, county, police, system]) expect(codes(await byId('shelterRoom', 'id', ids.roomIds[0]!, caller))).toEqual(['FORBIDDEN']);
  });

  it('leaves a trail line for the status read, as the list does', async () => {
    const trail = () => sql<{ n: string }>(`select count(*) as n from audit_event where record_type = 'ShelterPlacement' and record_id = ? and actor = ?`, [ids.placement, shelterStaff.id]);
    const before = Number((await trail())[0]!.n);
    expect(await seen('shelterPlacement', 'id status', ids.placement, shelterStaff)).toEqual({ id: ids.placement, status: 'DECLINED' });
    expect(Number((await trail())[0]!.n)).toBe(before + 1);
  });
});

/** Each by-id field, a caller who may ask it, and ids she sees. */
const FIELDS: Array<[field: string, caller: Caller, recordIds: () => string[]]> = [
  ['careZone', county, () => ids.zoneIds],
  ['careService', shelterStaff, () => [ids.openService, ids.victimService]],
  ['rescueCaseEvent', shelterStaff, () => [...ids.openEvents, ...ids.victimEvents]],
  ['shelter', police, () => [ids.shelterId]],
  ['streetReport', center, () => [ids.streetReport, ids.neighbourStreetReport]],
  ['missingPersonReport', shelterStaff, () => [ids.openReport, ids.reportOfOpen, ids.reportOfVictim]],
  ['emergencyPoint', county, () => [ids.pointId]],
  ['emergencyHelp', entitledCenter, () => [ids.anonymousHelp, ids.helpOfOpen, ids.helpOfVictim]],
  ['shelterPlacement', shelterStaff, () => [ids.placement]],
  ['shelterRoom', shelterStaff, () => ids.roomIds.slice(0, 3)],
];

describe('every by-id field', () => {
  it.each(FIELDS)('%s answers null for a well-formed unknown id, and refuses a malformed one before any statement', async (field, caller) => {
    expect(await seen(field, 'id', UNKNOWN, caller)).toBeNull();
    const malformed = await subgraph.queries.during(() => byId(field, 'id', MALFORMED, caller));
    expect(malformed.result.data?.[field] ?? null).toBeNull();
    expect(codes(malformed.result)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.statements).toBe(0);
  });

  it.each(FIELDS)('%s finds its record by the id written in capitals, as the same id (a UUID has no case)', async (field, caller, recordIds) => {
    const id = recordIds()[0]!;
    expect(await seen(field, 'id', id.toUpperCase(), caller)).toEqual({ id });
  });

  it.each(FIELDS)('%s costs the same statements for several ids in one request as for one', async (field, caller, recordIds) => {
    const ask = (wanted: string[]) => subgraph.execute<Record<string, { id: string } | null>>(`{ ${wanted.map((id, i) => `r${i}: ${field}(id: "${id}") { id }`).join(' ')} }`, undefined, caller);
    const several = [...recordIds(), UNKNOWN, randomUUID()];
    const one = await subgraph.queries.during(() => ask(several.slice(0, 1)));
    const many = await subgraph.queries.during(() => ask(several));
    expect(many.result.errors).toBeUndefined();
    expect(many.result.data!.r0).toEqual({ id: several[0] });
    expect(Object.values(many.result.data!).filter((answer) => answer !== null)).toHaveLength(recordIds().length);
    expect(many.statements).toBe(one.statements);
  });

  it('answers all ten in one request in as many statements as there are fields, whatever the number of ids', async () => {
    const both = testCaller({ id: 'byid.center.and.shelter', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF, ROLES.SHELTER_STAFF], jurisdiction: '379900' });
    const ask = (perField: number) =>
      subgraph.execute(`{ ${FIELDS.map(([field, , recordIds]) => [...recordIds(), UNKNOWN].slice(0, perField).map((id, i) => `${field}${i}: ${field}(id: "${id}") { id }`).join(' ')).join(' ')} }`, undefined, both);
    const once = await subgraph.queries.during(() => ask(1));
    const thrice = await subgraph.queries.during(() => ask(3));
    expect(once.result.errors).toBeUndefined();
    expect(thrice.result.errors).toBeUndefined();
    expect(thrice.statements).toBe(once.statements);
    expect(once.statements).toBeLessThanOrEqual(FIELDS.length + 1);
  });
});
