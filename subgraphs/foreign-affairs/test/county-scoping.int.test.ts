/**
 * County station staff see the accepted entrustments of persons whose county (civil affairs'
 * person projection) is in their jurisdiction, and nothing else: not in lists, by id, on a person,
 * through an entity reference, nor anything nested under them; naming another county's
 * entrustment in a change answers like an unknown id and stores nothing. When civil affairs moves
 * a person to another county, the entrustment follows her. The center and the office keep the city.
 */
import { randomUUID } from 'node:crypto';
import { ROLES, type Caller } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { ACCEPT, centerStaff, DELIVER, ISSUE, issueInput, officer, region, stationStaff, today } from './aid-entrustment-fixtures';
import { knownPerson, movePerson } from './person-projection.fixture';

let subgraph: TestSubgraph<SubgraphContext>;

const countyA = stationStaff;
const stationB = region.stations.find((s) => s.kind === 'COUNTY_STATION' && !s.jurisdiction.startsWith(countyA.jurisdiction!))!;
const countyB = testCaller({ id: 'county-b.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], orgUnit: stationB.id, jurisdiction: stationB.jurisdiction.slice(0, 6) });
const noJurisdiction = testCaller({ id: 'adrift.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], orgUnit: stationB.id, jurisdiction: null });

const BY_ID = `query($id: ID!) { aidEntrustment(id: $id) { id deliveries { receiptNumber } remaining { deliveredFen } } }`;
const LIST = `{ aidEntrustments(first: 100) { id } }`;
const ON_PERSON = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id aidEntrustments { id } } } }`;
const REFERENCE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on AidEntrustment { id beneficiaryName } } }`;

type Ids = { a: string; b: string; unlinked: string; personA: string; personB: string };
let ids: Ids;

async function acceptedFor(personId: string | null): Promise<string> {
  const issued = await subgraph.execute<{ issueAidEntrustment: { aidEntrustment: { id: string } } }>(ISSUE, { input: issueInput({ personId }) }, officer);
  const id = issued.data!.issueAidEntrustment.aidEntrustment.id;
  const accepted = await subgraph.execute<{ acceptAidEntrustment: { __typename: string } }>(ACCEPT, { id }, centerStaff);
  expect(accepted.data!.acceptAidEntrustment.__typename).toBe('AidEntrustmentChanged');
  return id;
}

async function visibleTo(caller: Caller): Promise<{ listed: string[]; byId: (id: string) => Promise<unknown> }> {
  const list = await subgraph.execute<{ aidEntrustments: Array<{ id: string }> }>(LIST, undefined, caller);
  expect(list.errors).toBeUndefined();
  return {
    listed: list.data!.aidEntrustments.map((e) => e.id),
    byId: async (id) => (await subgraph.execute<{ aidEntrustment: unknown }>(BY_ID, { id }, caller)).data!.aidEntrustment,
  };
}

const onPerson = async (caller: Caller, personId: string) =>
  (await subgraph.execute<{ _entities: Array<{ aidEntrustments: Array<{ id: string }> }> }>(ON_PERSON, { r: [{ __typename: 'Person', id: personId }] }, caller)).data!._entities[0]!.aidEntrustments.map((e) => e.id);
const reference = async (caller: Caller, id: string) => (await subgraph.execute<{ _entities: unknown[] }>(REFERENCE, { r: [{ __typename: 'AidEntrustment', id }] }, caller)).data!._entities[0];

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  const personA = await knownPerson(subgraph, { county: countyA.jurisdiction });
  const personB = await knownPerson(subgraph, { county: countyB.jurisdiction });
  ids = { personA, personB, a: await acceptedFor(personA), b: await acceptedFor(personB), unlinked: await acceptedFor(null) };
  // The center delivers against B's: a delivery row county A must never reach.
  await subgraph.execute(DELIVER, { input: { entrustmentId: ids.b, kind: 'FOOD', quantity: 1, amountFen: 1_000, deliveredOn: today(), receiptNumber: `B-${randomUUID().slice(0, 8)}` } }, centerStaff);
});
afterAll(() => subgraph.close());

describe('county scoping of aid entrustments', () => {
  it('shows county staff only the entrustments of persons in their county, in lists, by id, on the person and by reference', async () => {
    const a = await visibleTo(countyA);
    expect(a.listed).toContain(ids.a);
    expect(a.listed).not.toContain(ids.b);
    expect(a.listed).not.toContain(ids.unlinked);
    expect(await a.byId(ids.a)).toMatchObject({ id: ids.a });
    expect(await a.byId(ids.b)).toBeNull();
    expect(await onPerson(countyA, ids.personA)).toEqual([ids.a]);
    expect(await onPerson(countyA, ids.personB)).toEqual([]);
    expect(await reference(countyA, ids.a)).toMatchObject({ id: ids.a });
    expect(await reference(countyA, ids.b)).toBeNull();

    const b = await visibleTo(countyB);
    expect(b.listed).toContain(ids.b);
    expect(b.listed).not.toContain(ids.a);
    expect(await b.byId(ids.b)).toMatchObject({ id: ids.b, deliveries: [expect.anything()], remaining: { deliveredFen: 1_000 } });
    expect(await b.byId(ids.a)).toBeNull();
  });

  it('keeps the city for the center and the office, unlinked entrustments included', async () => {
    for (const caller of [centerStaff, officer]) {
      const seen = await visibleTo(caller);
      expect(seen.listed).toEqual(expect.arrayContaining([ids.a, ids.b, ids.unlinked]));
    }
  });

  it('shows nothing to station staff without a jurisdiction', async () => {
    const seen = await visibleTo(noJurisdiction);
    expect(seen.listed).toEqual([]);
    expect(await seen.byId(ids.a)).toBeNull();
  });

  it("answers a county user naming another county's entrustment exactly like an unknown id, storing nothing", async () => {
    const sql = <T extends object>(q: string, p: unknown[]) => subgraph.orm.em.fork().getConnection().execute<T>(q, p);
    const before = await sql<Array<{ n: string; status: string; version: number }>>('select (select count(*) from aid_delivery where entrustment_id = e.id) as n, status, version from aid_entrustment e where id = ?', [ids.b]);
    const deliver = (entrustmentId: string) =>
      subgraph.execute<{ recordAidDelivery: unknown }>(DELIVER, { input: { entrustmentId, kind: 'FOOD', quantity: 1, amountFen: 500, deliveredOn: today(), receiptNumber: `X-${randomUUID().slice(0, 8)}` } }, countyA);
    const other = await deliver(ids.b);
    const unknown = await deliver(randomUUID());
    expect(other.data!.recordAidDelivery).toEqual({ __typename: 'AidRecordNotFound', message: 'No entrustment with that id is visible to you.' });
    expect(other.data!.recordAidDelivery).toEqual(unknown.data!.recordAidDelivery);
    expect(await sql('select (select count(*) from aid_delivery where entrustment_id = e.id) as n, status, version from aid_entrustment e where id = ?', [ids.b])).toEqual(before);
  });

  it('follows the person when civil affairs moves her to another county', async () => {
    const personId = await knownPerson(subgraph, { county: countyB.jurisdiction });
    const id = await acceptedFor(personId);
    expect((await visibleTo(countyA)).listed).not.toContain(id);
    await movePerson(subgraph, personId, countyA.jurisdiction);
    expect((await visibleTo(countyA)).listed).toContain(id);
    expect((await visibleTo(countyB)).listed).not.toContain(id);
    expect(await onPerson(countyB, personId)).toEqual([]);
    // Out of every county's stations (no current case): the city's alone.
    await movePerson(subgraph, personId, null);
    expect((await visibleTo(countyA)).listed).not.toContain(id);
    expect((await visibleTo(centerStaff)).listed).toContain(id);
  });
});
