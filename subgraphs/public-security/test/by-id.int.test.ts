/**
 * Records read by their own id, each answered exactly when the record it belongs to is: a
 * biometric sample (`biometricSample(id:)`) when its identity check is, and only to public-security
 * roles; a police hand-over (`policeHandOver(id:)`) when its status check is; a notification to the
 * foreign-affairs office (`foreignAffairsNotification(id:)`) as in the office's list. A protected
 * victim's records exist only for the entitled; a job or a client's scope that may not read the
 * parent's field is refused. A malformed id is refused before any statement, an unknown one
 * answers null, and many ids in one request cost as many statements as one.
 */
import { randomUUID } from 'node:crypto';
import { type Caller } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { recordCallers } from './callers.fixture';
import { concludedStatusCheck as concludeCheck } from './status-check.fixture';
import { knownPerson } from './person-projection.fixture';

let subgraph: TestSubgraph<SubgraphContext>;
/** Counties of their own, so these tests never touch the demo region's figures. */
const TEST_COUNTY = '379981';
const OTHER_COUNTY = '379982';
const { county, otherCounty, center, shelter, police, forensic, fao, caseworker, entitled, system, systems } = recordCallers('by-id', { county: TEST_COUNTY, other: OTHER_COUNTY });
const identityWriter = system('PUBLIC_SECURITY', 'write:identity-checks');

const SAMPLE = 'id kind sampleCode collectedBy collectedAt';
const HAND_OVER = 'id recordNumber policeUnit officer handedOverAt';
const NOTIFICATION = 'id status nationality notifiedAt acknowledged acknowledgedAt acknowledgedBy acknowledgementNote updatedAt statusCheck { id } person { id }';
const BY_ID = {
  sample: `query($id: ID!) { record: biometricSample(id: $id) { ${SAMPLE} } }`,
  handOver: `query($id: ID!) { record: policeHandOver(id: $id) { ${HAND_OVER} } }`,
  notification: `query($id: ID!) { record: foreignAffairsNotification(id: $id) { ${NOTIFICATION} } }`,
};
/** Where each is read today: a sample and a hand-over nested in their parent (read by its id), a notification in the office's list. */
const WHERE_READ = {
  sample: `query($id: ID!) { parent: identityCheck(id: $id) { records: samples { ${SAMPLE} } } }`,
  handOver: `query($id: ID!) { parent: foreignNationalStatusCheck(id: $id) { records: policeHandOver { ${HAND_OVER} } } }`,
  notification: `{ parent: foreignAffairsNotificationsConnection(order: NEWEST_FIRST, first: 100) { records: edges { node { ${NOTIFICATION} } } } }`,
};
type Kind = keyof typeof BY_ID;
type Made = { parentId: string; id: string };

const stationId = randomUUID();
let recordSeq = 0;
const nextCode = (prefix: string) => `${prefix}-BYID-${Date.now() % 1_000_000}-${(recordSeq += 1)}`;

/** An identity check of `personId` requested by `requester`, with `count` samples `collector` took; the samples' ids. */
async function checkWithSamples(personId: string, count: number, requester: Caller, collector: Caller): Promise<{ parentId: string; ids: string[] }> {
  type Changed = { __typename: string; identityCheck: { id: string; version: number; samples: Array<{ id: string }> } };
  const RESULT = `__typename ... on IdentityCheckChanged { identityCheck { id version samples { id } } }`;
  const requested = await subgraph.execute<{ requestIdentityCheck: Changed }>(`mutation($i: RequestIdentityCheckInput!) { requestIdentityCheck(input: $i) { ${RESULT} } }`, { i: { personId, requestingStationId: stationId, reason: 'UNIDENTIFIED_PERSON' } }, requester);
  let check = requested.data!.requestIdentityCheck.identityCheck;
  for (let i = 0; i < count; i += 1) {
    const kind = (['DNA', 'FINGERPRINT', 'FACE'] as const)[i % 3];
    const sampled = await subgraph.execute<{ recordSample: Changed }>(`mutation($i: RecordSampleInput!) { recordSample(input: $i) { ${RESULT} } }`, { i: { identityCheckId: check.id, expectedVersion: check.version, kind, sampleCode: nextCode(kind!) } }, collector);
    expect(sampled.data!.recordSample.__typename).toBe('IdentityCheckChanged');
    check = sampled.data!.recordSample.identityCheck;
  }
  return { parentId: check.id, ids: check.samples.map((s) => s.id) };
}

/** A status check of `personId` that `officer` concluded: ILLEGAL (a hand-over) or LEGAL_ENTRY (a notification); the record's id. */
async function concludedStatusCheck(personId: string, outcome: 'ILLEGAL' | 'LEGAL_ENTRY', requester: Caller, officer: Caller): Promise<Made> {
  const passportNumber = `E${String((recordSeq += 1)).padStart(7, '0')}`;
  const { check, record } = await concludeCheck(subgraph, { personId, outcome, requester, officer, stationId, passportNumber, handOverNumber: nextCode('HO') });
  return { parentId: check, id: record };
}

const made = {} as {
  samples: { parentId: string; ids: string[] };
  moreSamples: { parentId: string; ids: string[] };
  handOvers: Made[];
  notifications: Made[];
  protected: Record<Kind, Made>;
};

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  const person = () => knownPerson(subgraph, { county: TEST_COUNTY });
  made.samples = await checkWithSamples(await person(), 3, county, forensic);
  made.moreSamples = await checkWithSamples(await person(), 3, county, forensic);
  made.handOvers = [await concludedStatusCheck(await person(), 'ILLEGAL', county, police), await concludedStatusCheck(await person(), 'ILLEGAL', county, police)];
  made.notifications = [await concludedStatusCheck(await person(), 'LEGAL_ENTRY', county, police), await concludedStatusCheck(await person(), 'LEGAL_ENTRY', county, police)];
  // A protected victim's records, made by those civil affairs entitled to them.
  const victim = () => knownPerson(subgraph, { county: TEST_COUNTY, protectedFor: Object.values(entitled).map((c) => c.id) });
  const protectedSamples = await checkWithSamples(await victim(), 1, entitled.county, entitled.forensic);
  made.protected = {
    sample: { parentId: protectedSamples.parentId, id: protectedSamples.ids[0]! },
    handOver: await concludedStatusCheck(await victim(), 'ILLEGAL', entitled.county, entitled.police),
    notification: await concludedStatusCheck(await victim(), 'LEGAL_ENTRY', entitled.county, entitled.police),
  };
});
afterAll(() => subgraph.close());

const one = (kind: Kind): Made => (kind === 'sample' ? { parentId: made.samples.parentId, id: made.samples.ids[0]! } : kind === 'handOver' ? made.handOvers[0]! : made.notifications[0]!);
const pick = (kind: Kind, which: 'plain' | 'protected'): Made => (which === 'plain' ? one(kind) : made.protected[kind]);
const byId = (kind: Kind, id: string, caller: Caller) => subgraph.execute<{ record: { id: string } | null }>(BY_ID[kind], { id }, caller);
/** The record as the caller reads it today (nested in its parent, or listed); null or undefined when it is not there for her. */
async function whereRead(kind: Kind, record: Made, caller: Caller): Promise<unknown> {
  type Records = Array<{ id: string } | { node: { id: string } }> | { id: string } | null;
  const result = await subgraph.execute<{ parent: { records: Records } | null }>(WHERE_READ[kind], kind === 'notification' ? undefined : { id: record.parentId }, caller);
  expect(result.errors).toBeUndefined();
  const records = result.data!.parent?.records ?? null;
  if (!Array.isArray(records)) return records;
  return records.map((r) => ('node' in r ? r.node : r)).find((r) => r.id === record.id);
}
/** The record as the caller reads it today and as she reads it by its id (which answers without errors). */
async function readBothWays(kind: Kind, which: 'plain' | 'protected', caller: Caller): Promise<{ record: Made; today: unknown; byItsId: { id: string } | null }> {
  const record = pick(kind, which);
  const today = await whereRead(kind, record, caller);
  const result = await byId(kind, record.id, caller);
  expect(result.errors).toBeUndefined();
  return { record, today, byItsId: result.data!.record };
}

describe('a record by id', () => {
  it.each([
    ['sample', 'a forensic officer', forensic, 'plain'],
    ['sample', 'a police officer', police, 'plain'],
    ['sample', 'the entitled forensic officer, for a protected victim', entitled.forensic, 'protected'],
    ['handOver', "the requesting county's staff", county, 'plain'],
    ['handOver', 'the center', center, 'plain'],
    ['handOver', 'a police officer', police, 'plain'],
    ['handOver', 'the foreign-affairs office', fao, 'plain'],
    ["handOver", "public security's system (read:status-checks)", systems.status, 'plain'],
    ["handOver", "the office's system (read:status-checks)", systems.officeStatus, 'plain'],
    ['handOver', 'shelter staff, for a protected victim', shelter, 'protected'],
    ['handOver', 'the entitled police officer, for a protected victim', entitled.police, 'protected'],
    ['notification', 'the foreign-affairs office', fao, 'plain'],
    ['notification', 'a police officer', police, 'plain'],
    ['notification', "the office's system (read:foreign-affairs-notifications)", systems.office, 'plain'],
    ['notification', 'the entitled officer of the office, for a protected victim', entitled.fao, 'protected'],
  ] as const)('answers a %s to %s, as where it is read today', async (kind, _who, caller, which) => {
    const { record, today, byItsId } = await readBothWays(kind, which, caller);
    expect(today).toMatchObject({ id: record.id });
    expect(byItsId).toEqual(today);
  });

  it.each([
    ['sample', 'a forensic officer not entitled, for a protected victim', forensic, 'protected'],
    ['handOver', 'staff of another county', otherCounty, 'plain'],
    ['handOver', 'the center, for a protected victim', center, 'protected'],
    ['handOver', 'a police officer not entitled, for a protected victim', police, 'protected'],
    ['handOver', "the requesting county's staff not entitled, for a protected victim", county, 'protected'],
    ["handOver", "the office's system, for a protected victim", systems.officeStatus, 'protected'],
    ['notification', 'an officer of the office not entitled, for a protected victim', fao, 'protected'],
    ['notification', "the office's system, for a protected victim", systems.office, 'protected'],
  ] as const)('answers null for a %s to %s, who does not read it today either', async (kind, _who, caller, which) => {
    const { today, byItsId } = await readBothWays(kind, which, caller);
    expect(today).toBeFalsy();
    expect(byItsId).toBeNull();
  });

  it.each([
    ['sample', 'center staff (they see the check, not its samples)', center],
    ['sample', "the requesting county's staff", county],
    ['sample', "public security's system (read:identity-checks)", systems.identity],
    ['sample', "public security's system (write:identity-checks)", identityWriter],
    ['handOver', 'a caseworker', caseworker],
    ['handOver', "public security's system without read:status-checks", systems.identity],
    ['notification', "the requesting county's staff", county],
    ['notification', 'the center', center],
    ['notification', "the office's system without read:foreign-affairs-notifications", systems.officeStatus],
  ] as const)('refuses a %s to %s with FORBIDDEN, as where it is read today', async (kind, _who, caller) => {
    const result = await byId(kind, one(kind).id, caller);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(result.data?.record ?? null).toBeNull();
  });

  it('reads a sample beside its identity check and the person\'s checks in one request (each statement with its own visibility condition)', async () => {
    const [personId] = (await subgraph.orm.em.fork().getConnection().execute<Array<{ person_id: string }>>('select person_id from identity_check where id = ?', [made.samples.parentId])).map((r) => r.person_id);
    const result = await subgraph.execute<{ sample: { id: string }; check: { id: string }; _entities: Array<{ identityChecks: Array<{ id: string }> }> }>(
      `query($s: ID!, $c: ID!, $r: [_Any!]!) { sample: biometricSample(id: $s) { id } check: identityCheck(id: $c) { id } _entities(representations: $r) { ... on Person { identityChecks { id } } } }`,
      { s: made.samples.ids[0], c: made.samples.parentId, r: [{ __typename: 'Person', id: personId }] },
      forensic,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.sample).toEqual({ id: made.samples.ids[0] });
    expect(result.data!.check).toEqual({ id: made.samples.parentId });
    expect(result.data!._entities[0]!.identityChecks.map((c) => c.id)).toContain(made.samples.parentId);
  });

  it('writes every read to the audit trail as a read of the parent (a sample, a hand-over) or of the notification', async () => {
    const reader = testCaller({ ...police, id: 'by-id.audited.police' });
    for (const kind of ['sample', 'handOver', 'notification'] as const) expect((await byId(kind, one(kind).id, reader)).data!.record).not.toBeNull();
    const lines = await subgraph.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ record_type: string; record_id: string; fields: string }>>(`select record_type, record_id, fields from audit_event where actor = ? and operation = 'READ'`, [reader.id]);
    const line = (recordType: string, recordId: string) => lines.find((l) => l.record_type === recordType && l.record_id === recordId);
    expect(String(line('IdentityCheck', made.samples.parentId)?.fields)).toContain('samples');
    expect(String(line('ForeignNationalStatusCheck', made.handOvers[0]!.parentId)?.fields)).toContain('policeHandOver');
    expect(line('ForeignAffairsNotification', made.notifications[0]!.id)).toBeDefined();
  });

  it.each(['sample', 'handOver', 'notification'] as const)('refuses a malformed %s id with BAD_USER_INPUT, without asking the database', async (kind) => {
    const baseline = await subgraph.queries.during(() => subgraph.execute(`{ __typename }`, undefined, police));
    const malformed = await subgraph.queries.during(() => byId(kind, `'; drop table police_hand_over; --`, police));
    expect(malformed.result.data?.record ?? null).toBeNull();
    expect(malformed.result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.statements).toBe(baseline.statements);
  });

  it.each(['sample', 'handOver', 'notification'] as const)('answers null for a well-formed id of no %s (nor the id of its parent)', async (kind) => {
    expect(await byId(kind, randomUUID(), police)).toEqual({ data: { record: null } });
    expect(await byId(kind, one(kind).parentId, police)).toEqual({ data: { record: null } });
  });

  it('reads six samples, two hand-overs and two notifications in one request in as many statements as one of each', async () => {
    const field = { sample: `biometricSample(id: "ID") { ${SAMPLE} }`, handOver: `policeHandOver(id: "ID") { ${HAND_OVER} }`, notification: `foreignAffairsNotification(id: "ID") { ${NOTIFICATION} }` };
    const many = (records: Array<[Kind, string]>) => `{ ${records.map(([kind, id], i) => `r${i}: ${field[kind].replace('ID', id)}`).join(' ')} }`;
    const all: Array<[Kind, string]> = [
      ...[...made.samples.ids, ...made.moreSamples.ids].map((id): [Kind, string] => ['sample', id]),
      ...made.handOvers.map((h): [Kind, string] => ['handOver', h.id]),
      ...made.notifications.map((n): [Kind, string] => ['notification', n.id]),
    ];
    const first: Array<[Kind, string]> = [all[0]!, all[6]!, all[8]!];
    const few = await subgraph.queries.during(() => subgraph.execute(many(first), undefined, police));
    const lots = await subgraph.queries.during(() => subgraph.execute<Record<string, { id: string } | null>>(many(all), undefined, police));
    expect(lots.result.errors).toBeUndefined();
    expect(Object.values(lots.result.data!).map((r) => r?.id)).toEqual(all.map(([, id]) => id));
    expect(few.statements).toBeGreaterThan(0);
    expect(lots.statements).toBe(few.statements);
  });
});
