/**
 * Merging two records of one person and removing a record created in error, as the center's staff
 * do it: the survivor gets the merged record's cases and blanks filled, the ended record answers
 * like an unknown id, the other agencies are told (`person.merged`, `person.removed`) in the same
 * transaction, and every refusal is a typed answer that stores nothing and publishes nothing.
 */
import { residentIdCheckCharacter } from '@lifeline/identity-documents';
import { ExchangeOutboxEvent, ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { PersonAccessGrant } from '../src/entities/person-access-grant.entity';
import { Person } from '../src/entities/person.entity';
import { definition } from '../src/server';
import { createCountyStation } from './support/county-station';

let subgraph: TestSubgraph<SubgraphContext>;
let stationId: string;
/** A county of its own, so these tests never touch the demo region's figures. */
const COUNTY = '379983';
const county = testCaller({ id: 'merge.county.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: COUNTY });
const center = testCaller({ id: 'merge.center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });
/** A center staff member a protected victim was granted to. */
const entitledCenter = testCaller({ id: 'merge.center.entitled', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  stationId = await createCountyStation(subgraph.orm.em.fork(), { jurisdiction: COUNTY, name: '合并测试县' });
});
afterAll(() => subgraph.close());

const MERGE = `mutation($i: MergePersonsInput!) { mergePersons(input: $i) { __typename
  ... on PersonsMerged { mergedPersonId movedCases person { id idNumber dialectRegion identityStatus rescueCases { id } } }
  ... on InputRejected { field code message } ... on RecordNotFound { message } } }`;
const REMOVE = `mutation($i: RemovePersonInput!) { removePerson(input: $i) { __typename ... on PersonRemoved { personId removedAt } ... on InputRejected { field code } ... on RecordNotFound { message } } }`;
const PERSON = `query($id: ID!) { person(id: $id) { id rescueCases { id } } }`;

type Merged = { __typename: string; mergedPersonId?: string; movedCases?: number; person?: { id: string; idNumber: string | null; dialectRegion: string | null; identityStatus: string; rescueCases: Array<{ id: string }> }; field?: string; code?: string };
const merge = async (personId: string, intoPersonId: string, caller = center, reason = '公安核验为同一人') =>
  (await subgraph.execute<{ mergePersons: Merged }>(MERGE, { i: { personId, intoPersonId, reason } }, caller)).data?.mergePersons;
const remove = async (personId: string, caller = center, reason = '重复登记') =>
  (await subgraph.execute<{ removePerson: { __typename: string; personId?: string; code?: string } }>(REMOVE, { i: { personId, reason } }, caller)).data?.removePerson;
const read = async (id: string, caller = center) => (await subgraph.execute<{ person: { id: string; rescueCases: Array<{ id: string }> } | null }>(PERSON, { id }, caller)).data!.person;
const outbox = (subjectId: string) => subgraph.orm.em.fork().find(ExchangeOutboxEvent, { subjectId }, { orderBy: { position: 'asc' } });
const record = (id: string) => subgraph.orm.em.fork().findOneOrFail(Person, { id });
const auditOf = (id: string) =>
  subgraph.orm.em.fork().getConnection().execute<Array<{ operation: string; actor: string; purpose: string }>>(`select operation, actor, purpose from audit_event where record_id = ? order by seq`, [id]);

/** A man received at the suite's station (an open case); returns his id and the case's. */
async function received(details: Record<string, unknown> = {}): Promise<{ personId: string; caseId: string }> {
  const res = await subgraph.execute<{ receivePerson: { rescueCase: { id: string; person: { id: string } } } }>(
    `mutation($i: ReceivePersonInput!) { receivePerson(input: $i) { ... on RescueCaseChanged { rescueCase { id person { id } } } } }`,
    { i: { stationId, source: 'OUTREACH', person: { sex: 'MALE', estimatedAgeMin: 40, estimatedAgeMax: 50, ...details } } },
    county,
  );
  const rescueCase = res.data!.receivePerson.rescueCase;
  return { personId: rescueCase.person.id, caseId: rescueCase.id };
}

let sequence = 100;
/** A record with no case yet, its identity verified by the police (the other registration of the same man). */
async function verifiedRecord(facts: Partial<Person> = {}): Promise<string> {
  const body = `32010219790512${String(++sequence).padStart(3, '0')}`;
  const em = subgraph.orm.em.fork();
  const person = em.create(Person, { name: '张建国', sex: 'MALE', idNumber: body + residentIdCheckCharacter(body), identityStatus: 'VERIFIED', ...facts });
  await em.flush();
  return person.id;
}

describe('merging two records of one person', () => {
  it('gives the survivor the cases and what only the merged record knew, ends the merged one and tells the other agencies', async () => {
    const duplicate = await received({ dialectRegion: '江苏南京' });
    const survivorId = await verifiedRecord();
    const answer = await merge(duplicate.personId, survivorId);
    expect(answer).toMatchObject({ __typename: 'PersonsMerged', mergedPersonId: duplicate.personId, movedCases: 1 });
    expect(answer!.person).toMatchObject({ id: survivorId, dialectRegion: '江苏南京', identityStatus: 'VERIFIED', rescueCases: [{ id: duplicate.caseId }] });
    // The merged record answers like an unknown id; the survivor's case is the one that moved.
    expect(await read(duplicate.personId)).toBeNull();
    expect(await read(survivorId, county)).toEqual({ id: survivorId, rescueCases: [{ id: duplicate.caseId }] });
    expect(await record(duplicate.personId)).toMatchObject({ recordStatus: 'MERGED', mergedIntoId: survivorId, recordEndedBy: center.id, recordEndReason: '公安核验为同一人' });
    const merged = await outbox(duplicate.personId);
    expect(merged.map((e) => [e.type, e.payload])).toEqual([
      ['person.registered', { personId: duplicate.personId, county: COUNTY, foreignNational: false }],
      ['person.merged', { personId: duplicate.personId, intoPersonId: survivorId, mergedAt: expect.any(String) }],
    ]);
    // The survivor's county follows the case she got (she had none).
    expect((await outbox(survivorId)).map((e) => [e.type, e.payload])).toEqual([['person.registered', { personId: survivorId, county: COUNTY, foreignNational: false }]]);
    expect((await auditOf(duplicate.personId)).filter((a) => a.operation === 'MERGE')).toEqual([{ operation: 'MERGE', actor: center.id, purpose: `merged into ${survivorId}: 公安核验为同一人` }]);
    // Received again by the ended record's id: as unknown as any other id.
    const again = await subgraph.execute<{ receivePerson: { __typename: string } }>(
      `mutation($i: ReceivePersonInput!) { receivePerson(input: $i) { __typename } }`,
      { i: { stationId, source: 'WALK_IN', personId: duplicate.personId } },
      county,
    );
    expect(again.data!.receivePerson.__typename).toBe('RecordNotFound');
  });

  it("moves the merged record's ID number to a survivor that had none", async () => {
    const withNumber = await verifiedRecord();
    const unidentified = await received();
    const number = (await record(withNumber)).idNumber;
    expect(await merge(withNumber, unidentified.personId)).toMatchObject({ __typename: 'PersonsMerged', person: { id: unidentified.personId, idNumber: number, identityStatus: 'VERIFIED' } });
    expect((await record(withNumber)).idNumber).toBeNull();
  });

  it.each([
    ['into itself', 'same', 'SAME_PERSON'],
    ['when both carry an ID number', 'numbered', 'CONFLICTING_ID_NUMBERS'],
    ['when both have an open case', 'in care', 'BOTH_IN_CARE'],
  ])('refuses a merge %s, storing and publishing nothing', async (_what, other, code) => {
    const from = other === 'numbered' ? { personId: await verifiedRecord(), caseId: '' } : await received();
    const intoId = other === 'same' ? from.personId : other === 'numbered' ? await verifiedRecord() : (await received()).personId;
    const before = [(await outbox(from.personId)).length, (await outbox(intoId)).length];
    expect(await merge(from.personId, intoId)).toMatchObject({ __typename: 'InputRejected', field: 'intoPersonId', code });
    expect([(await outbox(from.personId)).length, (await outbox(intoId)).length]).toEqual(before);
    expect((await record(from.personId)).recordStatus).toBe('ACTIVE');
  });

  it('refuses a merge into a removed record, or of one, like an unknown id', async () => {
    const removedId = await verifiedRecord({ idNumber: null, identityStatus: 'UNIDENTIFIED', name: null });
    expect(await remove(removedId)).toMatchObject({ __typename: 'PersonRemoved', personId: removedId });
    const other = await received();
    expect(await merge(other.personId, removedId)).toMatchObject({ __typename: 'RecordNotFound' });
    expect(await merge(removedId, other.personId)).toMatchObject({ __typename: 'RecordNotFound' });
    expect(await read(other.personId)).toEqual({ id: other.personId, rescueCases: [{ id: other.caseId }] });
    expect((await outbox(other.personId)).map((e) => e.type)).toEqual(['person.registered']);
  });

  it('refuses a reason left empty, and anyone but the center staff', async () => {
    const from = await received();
    const intoId = await verifiedRecord();
    expect(await merge(from.personId, intoId, center, '  ')).toMatchObject({ __typename: 'InputRejected', field: 'reason', code: 'REQUIRED' });
    const byCounty = await subgraph.execute(MERGE, { i: { personId: from.personId, intoPersonId: intoId, reason: '同一人' } }, county);
    expect(byCounty.data?.mergePersons ?? null).toBeNull();
    expect(byCounty.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await record(from.personId)).recordStatus).toBe('ACTIVE');
    expect(await read(from.personId)).toEqual({ id: from.personId, rescueCases: [{ id: from.caseId }] });
  });

  it('merges a protected victim only for center staff she was granted to, and the survivor is protected with the same entitlement', async () => {
    const victimId = await verifiedRecord({ idNumber: null, identityStatus: 'UNIDENTIFIED', name: '刘某', sex: 'FEMALE', confidential: true });
    const em = subgraph.orm.em.fork();
    em.create(PersonAccessGrant, { person: em.getReference(Person, victimId), grantee: entitledCenter.id, reason: 'test grant', grantedAt: new Date() });
    await em.flush();
    const survivorId = await verifiedRecord({ sex: 'FEMALE', name: '刘秀英' });
    expect(await merge(victimId, survivorId)).toMatchObject({ __typename: 'RecordNotFound' });
    expect((await record(victimId)).recordStatus).toBe('ACTIVE');
    expect(await merge(victimId, survivorId, entitledCenter)).toMatchObject({ __typename: 'PersonsMerged', person: { id: survivorId } });
    expect((await record(survivorId)).confidential).toBe(true);
    expect(await read(survivorId)).toBeNull();
    expect((await read(survivorId, entitledCenter))!.id).toBe(survivorId);
    const announced = (await outbox(survivorId)).map((e) => [e.type, e.payload]);
    expect(announced).toContainEqual(['person.protection-started', { personId: survivorId, entitledUsernames: [entitledCenter.id] }]);
  });
});

describe('removing a record created in error', () => {
  it('is refused while the case is open, then answers like an unknown id everywhere once the case has ended', async () => {
    const mistaken = await received();
    expect(await remove(mistaken.personId)).toMatchObject({ __typename: 'InputRejected', field: 'personId', code: 'IN_CARE' });
    expect((await outbox(mistaken.personId)).map((e) => e.type)).toEqual(['person.registered']);
    const noCase = await verifiedRecord({ idNumber: null, identityStatus: 'UNIDENTIFIED', name: '误录' });
    expect((await remove(noCase, county)) ?? null).toBeNull();
    expect(await remove(noCase)).toMatchObject({ __typename: 'PersonRemoved', personId: noCase });
    expect(await read(noCase)).toBeNull();
    const persons = await subgraph.execute<{ persons: { edges: Array<{ node: { id: string } }> } }>(`{ persons(filter: { search: "误录" }) { edges { node { id } } } }`, {}, center);
    expect(persons.data!.persons.edges.map((e) => e.node.id)).not.toContain(noCase);
    expect((await outbox(noCase)).map((e) => [e.type, e.payload])).toEqual([['person.removed', { personId: noCase, removedAt: expect.any(String) }]]);
    expect((await auditOf(noCase)).map((a) => a.operation)).toContain('DELETE');
    expect(await remove(noCase)).toMatchObject({ __typename: 'RecordNotFound' });
  });
});
