/**
 * A protected (sheltered) victim, as civil affairs' events mark her, exists in foreign affairs only
 * for shelter staff and the entitled: her entrustments are absent from lists, by id and on her
 * person for everyone else, and no entrustment may be issued for her (nor for an id civil affairs
 * never published).
 */
import { randomUUID } from 'node:crypto';
import { ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, testExchangeConsumer, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { civilAffairsHandlers } from '../src/domain/person-merge';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { ACCEPT, centerStaff, ISSUE, issueInput, officer, region, stationStaff } from './aid-entrustment-fixtures';
import { knownPerson, PROTECTED_DEMO_PERSONS } from './person-projection.fixture';

let subgraph: TestSubgraph<SubgraphContext>;
const shelter = testCaller({ id: 'shelter.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.SHELTER_STAFF], orgUnit: centerStaff.orgUnit, jurisdiction: region.city.code });
const integration = testCaller({ kind: 'service', id: 'foreign-affairs-system', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.INTEGRATION], scopes: ['read:aid-entrustments'] });
const protectedEntrustment = region.aidEntrustments.find((e) => e.personId && PROTECTED_DEMO_PERSONS.has(e.personId) && e.status !== 'ISSUED')!;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  // An accepted entrustment in the county staff's county, so that their list is not empty anyway.
  const issued = await subgraph.execute<{ issueAidEntrustment: { aidEntrustment: { id: string } } }>(ISSUE, { input: issueInput() }, officer);
  await subgraph.execute(ACCEPT, { id: issued.data!.issueAidEntrustment.aidEntrustment.id }, centerStaff);
});
afterAll(() => subgraph.close());

const BY_ID = `query($id: ID!) { aidEntrustment(id: $id) { id } }`;
const LIST = `{ aidEntrustments(first: 100) { id } }`;
const ON_PERSON = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id aidEntrustments { id } } } }`;
const count = async () => Number((await subgraph.orm.em.fork().getConnection().execute<Array<{ n: string }>>('select count(*) as n from aid_entrustment'))[0]!.n);

describe("a protected victim's aid entrustment", () => {
  it('is in the demo region, accepted, so the center would otherwise see it', () => {
    expect(protectedEntrustment).toBeDefined();
  });

  it('exists for shelter staff', async () => {
    expect((await subgraph.execute<{ aidEntrustment: unknown }>(BY_ID, { id: protectedEntrustment.id }, shelter)).data!.aidEntrustment).toEqual({ id: protectedEntrustment.id });
  });

  it.each([
    ['center staff', centerStaff],
    ['county staff', stationStaff],
    ['a foreign-affairs officer', officer],
    ['the foreign-affairs integration client', integration],
  ])('does not exist for %s: not by id, not in lists, not on her person', async (_who, caller) => {
    const byId = await subgraph.execute<{ aidEntrustment: unknown }>(BY_ID, { id: protectedEntrustment.id }, caller);
    expect(byId.errors).toBeUndefined();
    expect(byId.data!.aidEntrustment).toBeNull();
    const list = await subgraph.execute<{ aidEntrustments: Array<{ id: string }> }>(LIST, undefined, caller);
    expect(list.data!.aidEntrustments.length).toBeGreaterThan(0);
    expect(list.data!.aidEntrustments.map((e) => e.id)).not.toContain(protectedEntrustment.id);
    const onPerson = await subgraph.execute<{ _entities: Array<{ aidEntrustments: unknown[] }> }>(ON_PERSON, { r: [{ __typename: 'Person', id: protectedEntrustment.personId }] }, caller);
    expect(onPerson.data!._entities[0]!.aidEntrustments).toEqual([]);
  });
});

describe('an entrustment of a person this agency has not yet learned of', () => {
  // A first start: the demo entrustments are seeded before the exchange has brought civil affairs'
  // facts about their persons, so for a while nothing says whether such a person is protected.
  it('exists for no one but shelter staff until her facts arrive, then as they say', async () => {
    const sql = (query: string, params: unknown[] = []) => subgraph.orm.em.fork().getConnection().execute<Array<Record<string, unknown>>>(query, params);
    const open = region.aidEntrustments.find((e) => e.personId && !PROTECTED_DEMO_PERSONS.has(e.personId) && e.status !== 'ISSUED')!;
    const seen = async (caller: typeof centerStaff) => (await subgraph.execute<{ aidEntrustment: unknown }>(BY_ID, { id: open.id }, caller)).data!.aidEntrustment;
    expect(await seen(centerStaff)).toEqual({ id: open.id });
    // Her facts set aside under another id (as if they had not arrived yet), and put back after.
    const aside = randomUUID();
    expect(await sql('update person_projection set id = ? where id = ? returning id', [aside, open.personId])).toHaveLength(1);
    try {
      expect(await seen(centerStaff)).toBeNull();
      expect(await seen(officer)).toBeNull();
      expect((await subgraph.execute<{ aidEntrustments: Array<{ id: string }> }>(LIST, undefined, centerStaff)).data!.aidEntrustments.map((e) => e.id)).not.toContain(open.id);
      expect(await seen(shelter)).toEqual({ id: open.id });
    } finally {
      await sql('update person_projection set id = ? where id = ?', [open.personId, aside]);
    }
    expect(await seen(centerStaff)).toEqual({ id: open.id });
  });
});

describe('issuing an entrustment', () => {
  it('refuses an id civil affairs never published, and a protected victim, alike, storing nothing', async () => {
    const victim = await knownPerson(subgraph, { protectedFor: ['wf.caseworker'] });
    const before = await count();
    const unknown = await subgraph.execute<{ issueAidEntrustment: unknown }>(ISSUE, { input: issueInput({ personId: randomUUID() }) }, officer);
    const hidden = await subgraph.execute<{ issueAidEntrustment: unknown }>(ISSUE, { input: issueInput({ personId: victim }) }, officer);
    expect(unknown.data!.issueAidEntrustment).toEqual({ __typename: 'AidInputRejected', field: 'personId', code: 'NOT_FOUND', message: 'No person with that id is visible to you.' });
    expect(hidden.data!.issueAidEntrustment).toEqual(unknown.data!.issueAidEntrustment);
    expect(await count()).toBe(before);
  });

  it('issues one for a person civil affairs published', async () => {
    const person = await knownPerson(subgraph);
    const issued = await subgraph.execute<{ issueAidEntrustment: { __typename: string } }>(ISSUE, { input: issueInput({ personId: person }) }, officer);
    expect(issued.data!.issueAidEntrustment.__typename).toBe('AidEntrustmentChanged');
  });
});

describe('the exchange consumer that lifts the fail-closed rule', () => {
  it('says it has caught up only once it has heard from its source and applied all the source had', async () => {
    const fresh = () => testExchangeConsumer(subgraph.orm, 'foreign-affairs', 'civil-affairs', civilAffairsHandlers);
    // Before its first read, nothing behind is only ignorance: not caught up.
    const unheard = fresh();
    expect(unheard.lag()).toMatchObject({ eventsBehind: 0, caughtUp: false });
    // A read that finds the source further on than what it has applied: still behind.
    const behind = fresh();
    await behind.deliver([], '999999');
    expect(behind.lag()).toMatchObject({ caughtUp: false });
    expect(behind.lag().eventsBehind).toBeGreaterThan(0);
    // A read with nothing new: caught up.
    const current = fresh();
    await current.deliver([], '0');
    expect(current.lag()).toMatchObject({ eventsBehind: 0, caughtUp: true });
  });
});

