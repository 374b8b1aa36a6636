import { buildDemoRegion } from '@lifeline/demo-region';
import { auditAppenderFor, ROLES, verifyAuditChain, verifyAuditChainShared } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;
const region = buildDemoRegion();
const cityCode = region.city.code;

const centerStaff = testCaller({ id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: cityCode });
const shelterStaff = testCaller({ id: 'shelter.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.SHELTER_STAFF], jurisdiction: cityCode });
const faoOfficer = testCaller({ id: 'fao.officer', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.FAO_OFFICER], jurisdiction: cityCode });
const auditor = testCaller({ id: 'auditor', agency: 'OVERSIGHT', roles: [ROLES.AUDITOR], jurisdiction: cityCode });

const victim = region.persons.find(
  (p) => p.category === 'DV_VICTIM' && p.name && p.idNumber && region.shelterReferrals.some((r) => r.personId === p.id && r.referringCaseworker === 'wf.caseworker'),
)!;
const caseworker = testCaller({ id: 'wf.caseworker', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER], jurisdiction: cityCode });
const otherCaseworker = testCaller({ id: 'wf.other', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER], jurisdiction: cityCode });

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

/** Persons civil affairs keeps confidential: DV and trafficking victims and everyone referred to the shelter. */
const protectedPersons = new Set([
  ...region.persons.filter((p) => p.category === 'DV_VICTIM' || p.category === 'TRAFFICKING_VICTIM').map((p) => p.id),
  ...region.shelterReferrals.filter((r) => r.status !== 'DECLINED').map((r) => r.personId),
]);

type Search = { persons: { totalCount: number; edges: Array<{ node: { id: string } }> } };
const SEARCH = `query($s: String) { persons(first: 20, filter: { search: $s }) { totalCount edges { node { id } } } }`;
const search = (caller: typeof centerStaff, text: string) => subgraph.execute<Search>(SEARCH, { s: text }, caller);

describe('a sheltered victim', () => {
  it('exists for nobody but the shelter staff and her referring caseworker: by name, ID number, id and reference', async () => {
    expect(victim).toBeDefined();
    const nobody = await search(centerStaff, '从未登记过的名字');
    for (const text of [victim.name!, victim.idNumber!]) {
      const outsider = await search(centerStaff, text);
      expect(outsider).toEqual(nobody);
      expect((await search(faoOfficer, text)).data!.persons.totalCount).toBe(0);
      expect((await search(otherCaseworker, text)).data!.persons.totalCount).toBe(0);
      expect((await search(shelterStaff, text)).data!.persons.edges.map((e) => e.node.id)).toContain(victim.id);
      expect((await search(caseworker, text)).data!.persons.edges.map((e) => e.node.id)).toContain(victim.id);
    }
    const byId = `query($id: ID!) { person(id: $id) { id displayName } }`;
    expect((await subgraph.execute<{ person: unknown }>(byId, { id: victim.id }, centerStaff)).data!.person).toBeNull();
    expect((await subgraph.execute<{ person: { id: string } }>(byId, { id: victim.id }, shelterStaff)).data!.person!.id).toBe(victim.id);
    const reference = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id displayName } } }`;
    const viaGraph = await subgraph.execute<{ _entities: unknown[] }>(reference, { r: [{ __typename: 'Person', id: victim.id, confidential: false }] }, centerStaff);
    expect(viaGraph.data!._entities).toEqual([null]);
  });

  it('leaves station counts unmoved by the shelter zone, and counts only the cases the caller may see', async () => {
    const sheltered = region.rescueCases.filter((c) => c.zone === 'DV_SHELTER' && ['RECEIVED', 'MEDICAL_TREATMENT', 'IN_CARE'].includes(c.status));
    expect(sheltered.length).toBeGreaterThan(0);
    const center = region.stations.find((s) => s.kind === 'REGIONAL_CENTER')!;
    const openHere = region.rescueCases.filter(
      (c) => c.stationId === center.id && ['RECEIVED', 'MEDICAL_TREATMENT', 'IN_CARE'].includes(c.status) && c.zone !== 'DV_SHELTER',
    );
    const protectedHere = openHere.filter((c) => protectedPersons.has(c.personId));
    expect(protectedHere.length).toBeGreaterThan(0);
    const count = async (caller: typeof centerStaff) =>
      (await subgraph.execute<{ station: { openCaseCount: number } }>(`query($id: ID!) { station(id: $id) { openCaseCount } }`, { id: center.id }, caller)).data!.station.openCaseCount;
    expect(await count(centerStaff)).toBe(openHere.length - protectedHere.length);
    expect(await count(shelterStaff)).toBe(openHere.length);
  });
});

describe('county staff', () => {
  const counties = region.stations.filter((s) => s.kind === 'COUNTY_STATION');
  const county = counties[0]!;
  const countyStaff = testCaller({ id: 'county.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: county.jurisdiction });
  const prefix = county.jurisdiction.replace(/(00)+$/, '');
  const stationsInCounty = new Set(region.stations.filter((s) => s.jurisdiction.startsWith(prefix)).map((s) => s.id));
  const confidential = protectedPersons;

  it('see exactly the persons with a case in their county', async () => {
    const demo = new Set(region.rescueCases.filter((c) => stationsInCounty.has(c.stationId) && !confidential.has(c.personId)).map((c) => c.personId));
    // Other suites of this run may receive persons of their own at the county's stations (the
    // database is shared and their order varies): those count too.
    const received = await subgraph.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ person_id: string }>>(`select distinct person_id from rescue_case where station_id in (?)`, [[...stationsInCounty]]);
    const demoPersons = new Set(region.persons.map((p) => p.id));
    const expected = new Set([...demo, ...received.map((r) => r.person_id).filter((id) => !demoPersons.has(id))]);
    expect(demo.size).toBeGreaterThan(0);
    const result = await subgraph.execute<Search>(`{ persons(first: 100) { totalCount edges { node { id } } } }`, undefined, countyStaff);
    expect(result.data!.persons.totalCount).toBe(expected.size);
    expect(new Set(result.data!.persons.edges.map((e) => e.node.id))).toEqual(expected);
  });

  it('cannot read a person of another county, even by id', async () => {
    const elsewhere = region.rescueCases.find((c) => !region.rescueCases.some((d) => d.personId === c.personId && stationsInCounty.has(d.stationId)) && !confidential.has(c.personId))!;
    const result = await subgraph.execute<{ person: unknown }>(`query($id: ID!) { person(id: $id) { id } }`, { id: elsewhere.personId }, countyStaff);
    expect(result.data!.person).toBeNull();
    const asCenter = await subgraph.execute<{ person: unknown }>(`query($id: ID!) { person(id: $id) { id } }`, { id: elsewhere.personId }, centerStaff);
    expect(asCenter.data!.person).not.toBeNull();
  });
});

describe('identifiers', () => {
  const query = `query($id: ID!) { person(id: $id) { idNumber } }`;

  it('are shown in full to those whose job needs them and masked for others', async () => {
    const full = await subgraph.execute<{ person: { idNumber: string } }>(query, { id: victim.id }, shelterStaff);
    expect(full.data!.person.idNumber).toBe(victim.idNumber);
    const masked = await subgraph.execute<{ person: { idNumber: string } }>(query, { id: victim.id }, caseworker);
    expect(masked.data!.person.idNumber).not.toBe(victim.idNumber);
    expect(masked.data!.person.idNumber).toMatch(/^\d{4}\*+[\dX]{4}$/);
    expect(masked.data!.person.idNumber.slice(-4)).toBe(victim.idNumber!.slice(-4));
  });

  it('cannot be rebuilt from what a masked caller sees: no birth date beside the masked number, no search by number', async () => {
    const DETAILS = `query($id: ID!) { person(id: $id) { idNumber birthDate } }`;
    const full = await subgraph.execute<{ person: { idNumber: string; birthDate: string | null } }>(DETAILS, { id: victim.id }, shelterStaff);
    expect(full.data!.person.birthDate).toEqual(expect.any(String));
    const masked = await subgraph.execute<{ person: { idNumber: string; birthDate: string | null } }>(DETAILS, { id: victim.id }, caseworker);
    expect(masked.data!.person.idNumber).toContain('*');
    expect(masked.data!.person.birthDate).toBeNull();
    // A system that sees numbers masked cannot confirm a guess by searching; center staff can search.
    const citizen = region.persons.find((p) => p.idNumber && p.category === 'ROUGH_SLEEPER')!;
    const system = testCaller({ id: 'civil-affairs-system', kind: 'service', agency: 'CIVIL_AFFAIRS', roles: [ROLES.INTEGRATION], scopes: ['read:persons'] });
    expect((await search(system, citizen.name!)).data!.persons.edges.map((e) => e.node.id)).toContain(citizen.id);
    expect((await search(system, citizen.idNumber!)).data!.persons.totalCount).toBe(0);
    expect((await search(centerStaff, citizen.idNumber!)).data!.persons.edges.map((e) => e.node.id)).toEqual([citizen.id]);
  });

  it('leave a trail line for every read of a protected victim’s name, pinyin and birth date', async () => {
    const before = await subgraph.orm.em.fork().getConnection().execute<Array<{ n: string }>>(`select count(*) as n from audit_event where record_id = ? and actor = 'shelter.staff'`, [victim.id]);
    await subgraph.execute(`query($id: ID!) { person(id: $id) { name namePinyin birthDate } }`, { id: victim.id }, shelterStaff);
    const rows = await subgraph.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ fields: string }>>(`select fields from audit_event where record_id = ? and actor = 'shelter.staff' order by seq desc limit 1`, [victim.id]);
    const after = await subgraph.orm.em.fork().getConnection().execute<Array<{ n: string }>>(`select count(*) as n from audit_event where record_id = ? and actor = 'shelter.staff'`, [victim.id]);
    expect(Number(after[0]!.n)).toBe(Number(before[0]!.n) + 1);
    expect(rows[0]!.fields.split(',').sort()).toEqual(['birthDate', 'name', 'namePinyin']);
  });
});

describe('the shelter', () => {
  const SHELTER = `{ shelters { id name totalPlaces freePlaces address contactPhone } }`;

  it('shows everyone whether it has room, and only its staff and referring caseworkers where it is', async () => {
    const outsider = await subgraph.execute<{ shelters: Array<{ name: string; freePlaces: number; address: string | null }> }>(SHELTER, undefined, centerStaff);
    expect(outsider.data!.shelters[0]!.freePlaces).toBeGreaterThanOrEqual(0);
    expect(outsider.data!.shelters[0]!.address).toBeNull();
    // Address and phone refused for every shelter (other suites may add test shelters).
    expect(outsider.errors?.map((e) => e.extensions?.code)).toEqual(outsider.data!.shelters.flatMap(() => ['FORBIDDEN', 'FORBIDDEN']));
    const staff = await subgraph.execute<{ shelters: Array<{ address: string | null }> }>(SHELTER, undefined, shelterStaff);
    expect(staff.errors).toBeUndefined();
    expect(staff.data!.shelters[0]!.address).toEqual(expect.any(String));
    const referrer = await subgraph.execute<{ shelters: Array<{ address: string | null }> }>(SHELTER, undefined, caseworker);
    expect(referrer.data!.shelters[0]!.address).toEqual(expect.any(String));
    const notReferrer = await subgraph.execute<{ shelters: Array<{ address: string | null }> }>(SHELTER, undefined, otherCaseworker);
    expect(notReferrer.data!.shelters[0]!.address).toBeNull();
  });
});

describe('the audit trail', () => {
  const connection = () => subgraph.orm.em.fork().getConnection();
  const count = async () => Number((await connection().execute<Array<{ n: string }>>('select count(*) as n from audit_event'))[0]!.n);

  it('records allowed reads of sensitive fields and refused reads, chained by hashes', async () => {
    const citizen = region.persons.find((p) => p.idNumber && p.category === 'ROUGH_SLEEPER')!;
    await subgraph.execute(`query($id: ID!) { person(id: $id) { idNumber } }`, { id: citizen.id }, centerStaff);
    await subgraph.execute(`{ shelters { address } }`, undefined, centerStaff);
    const rows = await connection().execute<Array<{ actor: string; record_type: string; record_id: string | null; fields: string; outcome: string }>>(
      `select actor, record_type, record_id, fields, outcome from audit_event where actor = 'center.staff' order by seq desc limit 10`,
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ record_type: 'Person', record_id: citizen.id, fields: 'idNumber', outcome: 'ALLOWED' }),
        expect.objectContaining({ record_type: 'Shelter', fields: 'address', outcome: 'DENIED' }),
      ]),
    );
    expect(await verifyAuditChain(subgraph.orm.em.fork())).toEqual(expect.objectContaining({ ok: true, firstBrokenSeq: null }));
  });

  it('refuses UPDATE, DELETE and TRUNCATE, and loses nothing', async () => {
    await subgraph.execute(`{ persons(first: 1, filter: { search: "张" }) { totalCount } }`, undefined, centerStaff);
    const before = await count();
    expect(before).toBeGreaterThan(0);
    await expect(connection().execute(`update audit_event set actor = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(connection().execute(`delete from audit_event`)).rejects.toThrow(/append-only/);
    await expect(connection().execute(`truncate audit_event`)).rejects.toThrow(/append-only/);
    expect(await count()).toBe(before);
    expect((await verifyAuditChain(subgraph.orm.em.fork())).ok).toBe(true);
  });

  it('is read by auditors through the graph, with the chain verified, and by nobody else', async () => {
    const query = `{ auditEvents(filter: { actor: "center.staff" }, first: 5) { civilAffairs { events { actor operation recordType outcome hash } chain { ok checked } } } }`;
    const result = await subgraph.execute<{ auditEvents: { civilAffairs: { events: Array<{ actor: string }>; chain: { ok: boolean; checked: number } } } }>(
      query,
      undefined,
      auditor,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.auditEvents.civilAffairs.events.length).toBeGreaterThan(0);
    expect(result.data!.auditEvents.civilAffairs.events.every((e) => e.actor === 'center.staff')).toBe(true);
    expect(result.data!.auditEvents.civilAffairs.chain.ok).toBe(true);
    const refused = await subgraph.execute<{ auditEvents: unknown }>(query, undefined, centerStaff);
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('callers without a job here', () => {
  it('are refused person records, and the refusal is audited', async () => {
    const anonymous = await subgraph.execute(`{ persons(first: 5) { totalCount } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const auditorReads = await subgraph.execute(`{ persons(first: 5) { totalCount } }`, undefined, auditor);
    expect(auditorReads.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const denied = await subgraph.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ n: string }>>(`select count(*) as n from audit_event where actor = 'auditor' and outcome = 'DENIED' and record_type = 'Query' and fields = 'persons'`);
    expect(Number(denied[0]!.n)).toBeGreaterThan(0);
  });
});

// Last in this file: it edits the trail behind the trigger's back.
describe('the audit trail under load and under attack', () => {
  const connection = () => subgraph.orm.em.fork().getConnection();
  const count = async () => Number((await connection().execute<Array<{ n: string }>>('select count(*) as n from audit_event'))[0]!.n);
  const citizen = region.persons.find((p) => p.idNumber && p.category === 'ROUGH_SLEEPER')!;
  const readIdNumber = () => subgraph.execute(`query($id: ID!) { person(id: $id) { idNumber } }`, { id: citizen.id }, centerStaff);

  it('appends the reads of many requests at once in fewer transactions than requests, every line chained', async () => {
    const appender = auditAppenderFor(subgraph.orm);
    const before = { rows: await count(), batches: appender.batches };
    await Promise.all(Array.from({ length: 40 }, readIdNumber));
    expect(await count()).toBe(before.rows + 40);
    const batches = appender.batches - before.batches;
    expect(batches).toBeGreaterThan(0);
    expect(batches).toBeLessThan(40);
    expect((await verifyAuditChain(subgraph.orm.em.fork(), { full: true })).ok).toBe(true);
  });

  it('verifies from the last checkpoint, so a second look reads only the lines added since', async () => {
    const first = await verifyAuditChain(subgraph.orm.em.fork());
    expect(first.ok).toBe(true);
    expect((await verifyAuditChain(subgraph.orm.em.fork())).checked).toBe(0);
    await readIdNumber();
    expect(await verifyAuditChain(subgraph.orm.em.fork())).toEqual({ ok: true, checked: 1, firstBrokenSeq: null });
    await expect(connection().execute(`delete from audit_checkpoint`)).rejects.toThrow(/append-only/);
  });

  it('shares one verification among the pages asked for while it runs', async () => {
    await verifyAuditChain(subgraph.orm.em.fork());
    for (let i = 0; i < 3; i += 1) await readIdNumber();
    const checkpoints = async () => Number((await connection().execute<Array<{ n: string }>>('select count(*) as n from audit_checkpoint'))[0]!.n);
    const before = await checkpoints();
    const reports = await Promise.all(Array.from({ length: 20 }, () => verifyAuditChainShared(subgraph.orm.em.fork())));
    expect(reports[0]).toEqual({ ok: true, checked: 3, firstBrokenSeq: null });
    // One walk: every caller got the same report, and one checkpoint was written.
    expect(reports.every((report) => report === reports[0])).toBe(true);
    expect(await checkpoints()).toBe(before + 1);
    // Once it has finished, the next look walks again (and finds nothing new).
    const later = await verifyAuditChainShared(subgraph.orm.em.fork());
    expect(later).not.toBe(reports[0]);
    expect(later.checked).toBe(0);
  });

  it('finds an edited, a removed and an inserted line', async () => {
    const db = connection();
    await verifyAuditChain(subgraph.orm.em.fork());
    const lastSeq = async () => String((await db.execute<Array<{ seq: string }>>('select max(seq) as seq from audit_event'))[0]!.seq);
    const bypass = async (sql: string, params: unknown[] = []) => {
      await db.execute('alter table audit_event disable trigger audit_event_no_update_delete');
      try {
        await db.execute(sql, params);
      } finally {
        await db.execute('alter table audit_event enable trigger audit_event_no_update_delete');
      }
    };

    // Edited after the last checkpoint: the next ordinary look finds it.
    for (let i = 0; i < 3; i += 1) await readIdNumber();
    const edited = await lastSeq();
    await bypass(`update audit_event set actor = 'someone.else' where seq = ?`, [edited]);
    expect(await verifyAuditChain(subgraph.orm.em.fork())).toMatchObject({ ok: false, firstBrokenSeq: edited });

    // Removed, long before the last checkpoint: a full verification finds the line after it.
    const [, second, third] = await db.execute<Array<{ seq: string }>>('select seq from audit_event order by seq asc limit 3');
    await bypass(`delete from audit_event where seq = ?`, [second!.seq]);
    expect(await verifyAuditChain(subgraph.orm.em.fork(), { full: true })).toMatchObject({ ok: false, firstBrokenSeq: String(third!.seq) });

    // Inserted into that gap, a copy of another line: found where it stands.
    const removed = String(second!.seq);
    await db.execute(
      `insert into audit_event (seq, at, actor, actor_kind, agency, roles, request_id, operation, record_type, record_id, fields, purpose, outcome, prev_hash, hash)
       select ?, at, 'forger', actor_kind, agency, roles, request_id, operation, record_type, record_id, fields, purpose, outcome, prev_hash, hash from audit_event where seq = ?`,
      [removed, third!.seq],
    );
    const full = await verifyAuditChain(subgraph.orm.em.fork(), { full: true });
    expect(full.ok).toBe(false);
    expect(full.firstBrokenSeq).toBe(removed);
  });
});

