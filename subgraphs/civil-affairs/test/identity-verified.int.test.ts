/**
 * Civil affairs applies public security's verified identities from the exchange: the person then
 * shows and is found by the verified name and number, is VERIFIED without asking public security,
 * leaves the settlement and tracing lists; redelivered and out-of-order events change nothing,
 * and an event from any agency but public security is refused to the dead letters.
 */
import { randomUUID } from 'node:crypto';
import { residentIdCheckCharacter } from '@lifeline/identity-documents';
import { ExchangeDeadLetter, ROLES, type ApplyOutcome, type ExchangeAgency } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, testExchangeConsumer, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { Person } from '../src/entities/person.entity';
import { publicSecurityHandlers } from '../src/domain/identity-verification';
import { definition } from '../src/server';
import { createCountyStation } from './support/county-station';

let subgraph: TestSubgraph<SubgraphContext>;
let stationId: string;
/** A county of its own, so these tests never touch the demo region's figures. */
const COUNTY = '379992';
const county = testCaller({ id: 'idv.county.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: COUNTY });
const center = testCaller({ id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });
const auditor = testCaller({ id: 'auditor', agency: 'OVERSIGHT', roles: [ROLES.AUDITOR], jurisdiction: '379900' });
const integration = testCaller({ id: 'ca-integration', kind: 'service', agency: 'CIVIL_AFFAIRS', roles: [ROLES.INTEGRATION], scopes: ['read:persons'], jurisdiction: null });

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  stationId = await createCountyStation(subgraph.orm.em.fork(), { jurisdiction: COUNTY, name: '核验测试县' });
});
afterAll(() => subgraph.close());

/** A valid resident ID number, distinct per sequence (odd = male). */
function idNumber(sequence: number): string {
  const body = `320102197905${String(10 + (sequence % 18)).padStart(2, '0')}${String(sequence % 1000).padStart(3, '0')}`;
  return body + residentIdCheckCharacter(body);
}

/** An unidentified man received `days` ago and in care since. */
async function unidentifiedInCare(days: number): Promise<{ caseId: string; personId: string }> {
  const received = await subgraph.execute<{ receivePerson: { rescueCase: { id: string; version: number; person: { id: string } } } }>(
    `mutation($i: ReceivePersonInput!) { receivePerson(input: $i) { ... on RescueCaseChanged { rescueCase { id version person { id } } } } }`,
    { i: { stationId, source: 'OUTREACH', intakeAt: new Date(Date.now() - days * 86_400_000).toISOString(), person: { sex: 'MALE', estimatedAgeMin: 40, estimatedAgeMax: 50, features: '右臂有龙形纹身' } } },
    county,
  );
  const { id, version, person } = received.data!.receivePerson.rescueCase;
  await subgraph.execute(`mutation($i: ScreenRescueCaseInput!) { screenRescueCase(input: $i) { __typename } }`, { i: { rescueCaseId: id, expectedVersion: version, outcome: 'REGISTERED' } }, county);
  return { caseId: id, personId: person.id };
}

/** The consumer of one source's feed, fed by hand as a transport would (positions continue across calls). */
function consumerOf(source: ExchangeAgency) {
  return testExchangeConsumer(subgraph.orm, definition.name, source, publicSecurityHandlers);
}
let position = 1_000_000;
function verified(personId: string, facts: { name: string; idNumber: string | null; seq?: number; at?: Date; owner?: string; checkId?: string }) {
  const at = facts.at ?? new Date();
  return {
    position: String(++position),
    eventId: randomUUID(),
    type: 'identity.verified',
    owner: facts.owner ?? 'public-security',
    subjectType: 'Person',
    subjectId: personId,
    subjectSeq: facts.seq ?? 1,
    occurredAt: at.toISOString(),
    payloadVersion: 1,
    payload: { personId, identityCheckId: facts.checkId ?? randomUUID(), verifiedAt: at.toISOString(), verifiedName: facts.name, verifiedIdNumber: facts.idNumber },
  };
}
const deliver = (source: ExchangeAgency, batch: unknown[]): Promise<ApplyOutcome[]> => consumerOf(source).deliver(batch);

const PROFILE = `query($id: ID!) { person(id: $id) { id displayName name namePinyin idNumber sex birthDate estimatedAgeMin identityStatus } }`;
type Profile = { id: string; displayName: string; name: string | null; namePinyin: string | null; idNumber: string | null; sex: string; birthDate: string | null; estimatedAgeMin: number | null; identityStatus: string };
const profile = async (personId: string, caller = center) => {
  const result = await subgraph.execute<{ person: Profile | null }>(PROFILE, { id: personId }, caller);
  expect(result.errors).toBeUndefined();
  return result.data!.person;
};
const search = async (text: string, caller = center) => {
  const result = await subgraph.execute<{ persons: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(`query($f: PersonFilter) { persons(first: 20, filter: $f) { totalCount edges { node { id } } } }`, { f: { search: text } }, caller);
  expect(result.errors).toBeUndefined();
  return result.data!.persons.edges.map((e) => e.node.id);
};

describe('a verified identity from public security', () => {
  it('shows the verified name and ID number, is found by name, pinyin, initials and number, and answers VERIFIED', async () => {
    const { personId } = await unidentifiedInCare(5);
    const before = await profile(personId);
    expect(before).toEqual(expect.objectContaining({ name: null, identityStatus: 'UNIDENTIFIED', displayName: expect.stringContaining('无名氏') }));
    expect(await search('欧阳振华')).not.toContain(personId);

    const number = idNumber(11);
    expect(await deliver('public-security', [verified(personId, { name: '欧阳振华', idNumber: number })])).toEqual(['APPLIED']);

    expect(await profile(personId)).toEqual({
      id: personId, displayName: '欧阳振华', name: '欧阳振华', namePinyin: 'ou yang zhen hua', idNumber: number, sex: 'MALE', birthDate: `1979-05-${number.slice(12, 14)}`, estimatedAgeMin: null, identityStatus: 'VERIFIED',
    });
    for (const text of ['欧阳振华', '振华', 'ouyangzhenhua', 'ouyang', 'oyzh', number]) expect(await search(text)).toContain(personId);
    const verifiedOnly = await subgraph.execute<{ persons: { edges: Array<{ node: { id: string } }> } }>(`{ persons(first: 100, filter: { identityStatus: VERIFIED, search: "欧阳振华" }) { edges { node { id } } } }`, {}, center);
    expect(verifiedOnly.data!.persons.edges.map((e) => e.node.id)).toContain(personId);
  });

  it('masks the verified number for a caller whose job does not need it in full, and keeps a protected person invisible', async () => {
    const masked = await unidentifiedInCare(3);
    const number = idNumber(13);
    await deliver('public-security', [verified(masked.personId, { name: '司马青', idNumber: number })]);
    const asIntegration = await profile(masked.personId, integration);
    expect(asIntegration!.idNumber).not.toBe(number);
    expect(asIntegration!.idNumber).toMatch(/^\d{4}\*+/);
    expect(asIntegration!.name).toBe('司马青');

    const hidden = await unidentifiedInCare(3);
    await subgraph.orm.em.fork().nativeUpdate(Person, { id: hidden.personId }, { confidential: true });
    await deliver('public-security', [verified(hidden.personId, { name: '诸葛秀兰', idNumber: idNumber(14) })]);
    expect(await profile(hidden.personId)).toBeNull();
    expect(await search('诸葛秀兰')).toEqual([]);
    expect(await search(idNumber(14))).toEqual([]);
  });

  it('takes the person off the settlement candidates and the tracing work list, and settlement refuses him', async () => {
    const { caseId, personId } = await unidentifiedInCare(100);
    const lists = async () => {
      const settlement = await subgraph.execute<{ settlementCandidates: Array<{ id: string }> }>(`{ settlementCandidates(first: 100) { id } }`, {}, county);
      const tracing = await subgraph.execute<{ tracingWorkList: Array<{ person: { id: string } }> }>(`{ tracingWorkList { person { id } } }`, {}, county);
      return { settlement: settlement.data!.settlementCandidates.map((c) => c.id), tracing: tracing.data!.tracingWorkList.map((t) => t.person.id) };
    };
    const before = await lists();
    expect(before.settlement).toContain(caseId);
    expect(before.tracing).toContain(personId);

    await deliver('public-security', [verified(personId, { name: '上官建国', idNumber: null })]);
    const after = await lists();
    expect(after.settlement).not.toContain(caseId);
    expect(after.tracing).not.toContain(personId);
    const proposal = await subgraph.execute<{ proposeSettlement: { __typename: string; reason?: string } }>(
      `mutation($i: ProposeSettlementInput!) { proposeSettlement(input: $i) { __typename ... on NotEligibleForSettlement { reason } } }`,
      { i: { rescueCaseId: caseId, note: '长期滞留,身份不明' } },
      county,
    );
    expect(proposal.data?.proposeSettlement ?? proposal.errors).toEqual({ __typename: 'NotEligibleForSettlement', reason: 'IDENTIFIED' });
  });

  it('applies each event once and in order: a redelivery and an older match change nothing', async () => {
    const { personId } = await unidentifiedInCare(4);
    const first = verified(personId, { name: '慕容秋', idNumber: idNumber(15), seq: 1, at: new Date(Date.now() - 60_000) });
    const second = verified(personId, { name: '慕容秋雨', idNumber: idNumber(17), seq: 2 });
    expect(await deliver('public-security', [first, second])).toEqual(['APPLIED', 'APPLIED']);
    const audit = async () => Number((await subgraph.orm.em.fork().getConnection().execute<Array<{ n: string }>>(`select count(*) as n from audit_event where record_id = ? and actor = 'exchange:public-security'`, [personId]))[0]!.n);
    expect(await audit()).toBe(2);
    // Redelivered (same ids), and the first one again after the second: both ignored.
    expect(await deliver('public-security', [first, second])).toEqual(['DUPLICATE', 'DUPLICATE']);
    expect(await deliver('public-security', [{ ...first, eventId: randomUUID(), position: String(++position) }])).toEqual(['SKIPPED']);
    expect(await profile(personId)).toEqual(expect.objectContaining({ name: '慕容秋雨', idNumber: idNumber(17), identityStatus: 'VERIFIED' }));
    expect(await audit()).toBe(2);
  });

  it('is refused to the dead letters, changing nothing, from any other agency, for an unknown person, or with a number another person holds', async () => {
    const { personId } = await unidentifiedInCare(2);
    const holder = await unidentifiedInCare(2);
    const taken = idNumber(19);
    await deliver('public-security', [verified(holder.personId, { name: '东方红', idNumber: taken })]);

    const forged = verified(personId, { name: '伪造者', idNumber: idNumber(21), owner: 'civil-affairs' });
    const throughOtherFeed = verified(personId, { name: '伪造者', idNumber: idNumber(21), owner: 'womens-federation' });
    const unknown = verified(randomUUID(), { name: '无此人', idNumber: null });
    const duplicate = verified(personId, { name: '重复者', idNumber: taken });
    expect(await deliver('public-security', [forged, unknown, duplicate])).toEqual(['DEAD_LETTER', 'DEAD_LETTER', 'DEAD_LETTER']);
    expect(await deliver('womens-federation', [throughOtherFeed])).toEqual(['DEAD_LETTER']);

    const letters = await subgraph.orm.em.fork().find(ExchangeDeadLetter, { eventId: { $in: [forged.eventId, unknown.eventId, duplicate.eventId, throughOtherFeed.eventId] } }, { orderBy: { id: 'asc' } });
    expect(letters.map((l) => l.reason)).toEqual([
      expect.stringContaining('identity.verified is owned by public-security; refused from civil-affairs'),
      expect.stringContaining('unknown to civil affairs'),
      expect.stringContaining('recorded for another person'),
      expect.stringContaining('identity.verified is owned by public-security; refused from womens-federation'),
    ]);
    expect(await profile(personId)).toEqual(expect.objectContaining({ name: null, idNumber: null, identityStatus: 'UNIDENTIFIED' }));
    expect(await profile(holder.personId)).toEqual(expect.objectContaining({ name: '东方红', idNumber: taken }));
  });

  it('are listed to auditors through the graph, newest first, without the event itself, and to nobody else', async () => {
    const { personId } = await unidentifiedInCare(1);
    const poison = verified(personId, { name: '伪造者', idNumber: idNumber(23), owner: 'foreign-affairs' });
    expect(await deliver('public-security', [poison])).toEqual(['DEAD_LETTER']);
    const query = `{ exchangeState { civilAffairs { deadLetterCount deadLetters(first: 2) { id source eventId type position reason at } consumers { source position } } } }`;
    type State = { exchangeState: { civilAffairs: { deadLetterCount: number; deadLetters: Array<Record<string, unknown>>; consumers: Array<{ source: string; position: string }> } } };
    const seen = await subgraph.execute<State>(query, undefined, auditor);
    expect(seen.errors).toBeUndefined();
    const state = seen.data!.exchangeState.civilAffairs;
    expect(state.deadLetterCount).toBe(await subgraph.orm.em.fork().count(ExchangeDeadLetter, {}));
    expect(state.deadLetters).toHaveLength(2);
    expect(state.deadLetters[0]).toEqual({
      id: expect.any(String),
      source: 'public-security',
      eventId: poison.eventId,
      type: 'identity.verified',
      position: poison.position,
      reason: expect.stringContaining('refused from foreign-affairs'),
      at: expect.any(String),
    });
    expect(Number(state.deadLetters[0]!.id)).toBeGreaterThan(Number(state.deadLetters[1]!.id));
    // The event's payload (a name, a number) is not in what the graph shows.
    expect(JSON.stringify(seen.data)).not.toContain('伪造者');
    expect(state.consumers).toEqual(expect.arrayContaining([{ source: 'public-security', position: expect.any(String) }]));

    for (const caller of [center, county, integration]) {
      const refused = await subgraph.execute(query, undefined, caller);
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const tooMany = await subgraph.execute(`{ exchangeState { civilAffairs { deadLetters(first: 201) { id } } } }`, undefined, auditor);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
