/**
 * A protected (sheltered) victim, as civil affairs' events mark her, exists in public security only
 * for shelter staff and the entitled: her identity checks are absent from lists, by id and on her
 * person for everyone else, and nobody else may request a check for her (nor for an id civil
 * affairs never published).
 */
import { randomUUID } from 'node:crypto';
import { buildDemoRegion } from '@lifeline/demo-region';
import { ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { knownPerson, PROTECTED_DEMO_PERSONS } from './person-projection.fixture';

let subgraph: TestSubgraph<SubgraphContext>;
const region = buildDemoRegion();
const city = region.city.code;
const county = region.stations.find((s) => s.kind === 'COUNTY_STATION')!.jurisdiction;
const center = testCaller({ id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: city });
const forensic = testCaller({ id: 'forensic.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.FORENSIC_OFFICER], jurisdiction: city });
const fao = testCaller({ id: 'fao.officer', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.FAO_OFFICER], orgUnit: 'fao', jurisdiction: city });
const integration = testCaller({ kind: 'service', id: 'public-security-system', agency: 'PUBLIC_SECURITY', roles: [ROLES.INTEGRATION], scopes: ['read:identity-checks'] });
const shelter = testCaller({ id: 'shelter.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.SHELTER_STAFF], jurisdiction: city });
const countyStaff = testCaller({ id: 'county.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: county });
const entitledOfficer = testCaller({ id: 'referring.officer', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: county });

const protectedCheck = region.identityChecks.find((c) => PROTECTED_DEMO_PERSONS.has(c.personId) && c.reason === 'SUSPECTED_FOREIGN_NATIONAL') ?? region.identityChecks.find((c) => PROTECTED_DEMO_PERSONS.has(c.personId))!;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

const BY_ID = `query($id: ID!) { identityCheck(id: $id) { id } }`;
const ON_PERSON = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id identityChecks { id } } } }`;
const REQUEST = `mutation($i: RequestIdentityCheckInput!) { requestIdentityCheck(input: $i) { __typename ... on IdentityCheckInputRejected { field code message } ... on IdentityCheckChanged { identityCheck { id } } } }`;

const checkCount = async () => Number((await subgraph.orm.em.fork().getConnection().execute<Array<{ n: string }>>('select count(*) as n from identity_check'))[0]!.n);

describe("a protected victim's identity checks", () => {
  it('exist for shelter staff, by id, in the list and on her person', async () => {
    expect((await subgraph.execute<{ identityCheck: { id: string } | null }>(BY_ID, { id: protectedCheck.id }, shelter)).data!.identityCheck).toEqual({ id: protectedCheck.id });
    const onPerson = await subgraph.execute<{ _entities: Array<{ identityChecks: Array<{ id: string }> }> }>(ON_PERSON, { r: [{ __typename: 'Person', id: protectedCheck.personId }] }, shelter);
    expect(onPerson.data!._entities[0]!.identityChecks.map((c) => c.id)).toContain(protectedCheck.id);
  });

  it.each([
    ['center staff', center],
    ['a forensic officer', forensic],
    ['the foreign-affairs office', fao],
    ['the public-security integration client', integration],
  ])('do not exist for %s: not by id, not in lists, not on her person', async (_who, caller) => {
    const byId = await subgraph.execute<{ identityCheck: unknown }>(BY_ID, { id: protectedCheck.id }, caller);
    expect(byId.errors).toBeUndefined();
    expect(byId.data!.identityCheck).toBeNull();
    const list = await subgraph.execute<{ identityChecks: Array<{ id: string }> }>(`{ identityChecks(first: 100) { id } }`, undefined, caller);
    expect(list.errors).toBeUndefined();
    expect(list.data!.identityChecks.length).toBeGreaterThan(0);
    expect(list.data!.identityChecks.map((c) => c.id)).not.toContain(protectedCheck.id);
    const onPerson = await subgraph.execute<{ _entities: Array<{ identityChecks: unknown[] }> }>(ON_PERSON, { r: [{ __typename: 'Person', id: protectedCheck.personId }] }, caller);
    expect(onPerson.data!._entities[0]!.identityChecks).toEqual([]);
  });
});

describe('requesting an identity check', () => {
  const request = (personId: string, caller = countyStaff) =>
    subgraph.execute<{ requestIdentityCheck: { __typename: string; field?: string; code?: string; message?: string } }>(REQUEST, { i: { personId, requestingStationId: randomUUID(), reason: 'UNIDENTIFIED_PERSON' } }, caller);

  it('refuses an id civil affairs never published, and a protected victim hidden from the caller, alike, storing nothing', async () => {
    const victim = await knownPerson(subgraph, { county, protectedFor: ['referring.officer'] });
    const before = await checkCount();
    const unknown = (await request(randomUUID())).data!.requestIdentityCheck;
    const hidden = (await request(victim)).data!.requestIdentityCheck;
    expect(unknown).toEqual({ __typename: 'IdentityCheckInputRejected', field: 'personId', code: 'NOT_FOUND', message: 'No person with that id is visible to you.' });
    expect(hidden).toEqual(unknown);
    expect(await checkCount()).toBe(before);
  });

  it('is allowed for the entitled referring officer', async () => {
    const victim = await knownPerson(subgraph, { county, protectedFor: ['referring.officer'] });
    const asEntitled = (await request(victim, entitledOfficer)).data!.requestIdentityCheck;
    expect(asEntitled.__typename).toBe('IdentityCheckChanged');
  });
});
