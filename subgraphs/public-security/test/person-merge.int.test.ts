/**
 * Civil affairs' merges and removals reach public security's records: after `person.merged` the
 * merged record's identity checks (and the tracing-confirmed identity) name the survivor, and the
 * merged id is refused like an unknown one; after `person.removed` the person's checks answer like
 * an unknown id for everyone, and no new check can be requested for her. Nothing is deleted.
 */
import { randomUUID } from 'node:crypto';
import { type ExchangeConsumer, ROLES, type ApplyOutcome } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, testExchangeConsumer, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { civilAffairsHandlers } from '../src/domain/tracing-confirmation';
import { definition } from '../src/server';
import { civilAffairsEvents, knownPerson } from './person-projection.fixture';

let subgraph: TestSubgraph<SubgraphContext>;
let consumer: ExchangeConsumer;
const TEST_COUNTY = '379984';
const stationStaff = testCaller({ id: 'merge.station.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: TEST_COUNTY });
const police = testCaller({ id: 'police.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER], jurisdiction: '379900' });
const shelterStaff = testCaller({ id: 'shelter.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.SHELTER_STAFF], jurisdiction: '379900' });

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  consumer = testExchangeConsumer(subgraph.orm, 'public-security', 'civil-affairs', civilAffairsHandlers);
});
afterAll(() => subgraph.close());

const sql = <T extends object>(query: string, params: unknown[] = []) => subgraph.orm.em.fork().getConnection().execute<T>(query, params);
const { envelope } = civilAffairsEvents();
const merged = (personId: string, intoPersonId: string) => envelope('person.merged', personId, { intoPersonId, mergedAt: new Date().toISOString() });
const removed = (personId: string) => envelope('person.removed', personId, { removedAt: new Date().toISOString() });

const REQUEST = `mutation($i: RequestIdentityCheckInput!) { requestIdentityCheck(input: $i) { __typename ... on IdentityCheckChanged { identityCheck { id } } ... on IdentityCheckInputRejected { field code } } }`;
async function requestCheck(personId: string): Promise<{ __typename: string; identityCheck?: { id: string }; code?: string }> {
  const res = await subgraph.execute<{ requestIdentityCheck: { __typename: string; identityCheck?: { id: string }; code?: string } }>(
    REQUEST,
    { i: { personId, requestingStationId: randomUUID(), reason: 'UNIDENTIFIED_PERSON' } },
    stationStaff,
  );
  return res.data!.requestIdentityCheck;
}
const READ = `query($id: ID!) { identityCheck(id: $id) { id person { id } tracingConfirmedIdentity { name } } }`;
type Read = { id: string; person: { id: string }; tracingConfirmedIdentity: { name: string } | null } | null;
const read = async (checkId: string, caller = police) => (await subgraph.execute<{ identityCheck: Read }>(READ, { id: checkId }, caller)).data!.identityCheck;

describe('a merge in civil affairs, in public security', () => {
  it("re-points the merged record's checks and tracing identity to the survivor, and refuses the merged id like an unknown one", async () => {
    const duplicate = await knownPerson(subgraph, { county: TEST_COUNTY, foreignNational: false });
    const survivor = await knownPerson(subgraph, { county: TEST_COUNTY, foreignNational: false });
    const check = (await requestCheck(duplicate)).identityCheck!.id;
    const tracing = envelope('tracing.match-confirmed', duplicate, { confirmedName: '张建国', confirmedAt: new Date().toISOString() });
    expect(await consumer.apply(tracing)).toBe<ApplyOutcome>('APPLIED');
    const event = merged(duplicate, survivor);
    expect(await consumer.apply(event)).toBe<ApplyOutcome>('APPLIED');
    expect(await consumer.apply(event)).toBe<ApplyOutcome>('DUPLICATE');
    expect(await read(check)).toEqual({ id: check, person: { id: survivor }, tracingConfirmedIdentity: { name: '张建国' } });
    const onSurvivor = await subgraph.execute<{ _entities: Array<{ identityChecks: Array<{ id: string }> }> }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { identityChecks { id } } } }`,
      { r: [{ __typename: 'Person', id: survivor }, { __typename: 'Person', id: duplicate }] },
      police,
    );
    expect(onSurvivor.data!._entities.map((p) => p.identityChecks.map((c) => c.id))).toEqual([[check], []]);
    expect(await requestCheck(duplicate)).toMatchObject({ __typename: 'IdentityCheckInputRejected', code: 'NOT_FOUND' });
    expect(await sql('select merged_into from person_projection where id = ?', [duplicate])).toEqual([{ merged_into: survivor }]);
    expect(await sql(`select 1 from audit_event where record_id = ? and actor = 'exchange:civil-affairs'`, [check])).toHaveLength(1);
  });

  it('keeps the newer tracing identity when both records had one', async () => {
    const duplicate = await knownPerson(subgraph, { county: TEST_COUNTY, foreignNational: false });
    const survivor = await knownPerson(subgraph, { county: TEST_COUNTY, foreignNational: false });
    await consumer.apply(envelope('tracing.match-confirmed', survivor, { confirmedName: '王五', confirmedAt: new Date(Date.now() - 60_000).toISOString() }));
    await consumer.apply(envelope('tracing.match-confirmed', duplicate, { confirmedName: '王伍', confirmedAt: new Date().toISOString() }));
    expect(await consumer.apply(merged(duplicate, survivor))).toBe<ApplyOutcome>('APPLIED');
    expect(await sql('select person_id, name from tracing_confirmation where person_id in (?, ?)', [duplicate, survivor])).toEqual([{ person_id: survivor, name: '王伍' }]);
  });

  it('sends a merge into itself to the dead letters and changes nothing', async () => {
    const person = await knownPerson(subgraph, { county: TEST_COUNTY, foreignNational: false });
    const event = merged(person, person);
    expect(await consumer.apply(event)).toBe<ApplyOutcome>('DEAD_LETTER');
    expect(await sql('select merged_into, removed from person_projection where id = ?', [person])).toEqual([{ merged_into: null, removed: false }]);
  });
});

describe('a removal in civil affairs, in public security', () => {
  it("hides the person's checks from everyone and refuses new ones, keeping the rows", async () => {
    const mistaken = await knownPerson(subgraph, { county: TEST_COUNTY, foreignNational: false });
    const check = (await requestCheck(mistaken)).identityCheck!.id;
    expect((await read(check))!.person.id).toBe(mistaken);
    expect(await consumer.apply(removed(mistaken))).toBe<ApplyOutcome>('APPLIED');
    for (const caller of [police, stationStaff, shelterStaff]) expect(await read(check, caller)).toBeNull();
    expect(await requestCheck(mistaken)).toMatchObject({ __typename: 'IdentityCheckInputRejected', code: 'NOT_FOUND' });
    expect(await sql('select 1 from identity_check where id = ?', [check])).toHaveLength(1);
  });
});
