/**
 * An aid delivery read by its own id (`aidDelivery(id:)`) is answered exactly when its entrustment
 * is: the office that issued it, the center, the staff of the beneficiary's county, the office's
 * integrating system; never another county, another office, a job that sees no entrustments, a
 * client without the scope, nor anyone but the entitled once the beneficiary is a protected victim.
 * A malformed id is refused before any statement, an unknown one answers null, and many ids in one
 * request cost as many statements as one.
 */
import { randomUUID } from 'node:crypto';
import { ROLES, type Caller } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { ACCEPT, centerStaff, DELIVER, ISSUE, issueInput, officer, otherOffice, region, stationStaff, today } from './aid-entrustment-fixtures';
import { applyCivilAffairsEvent, knownPerson } from './person-projection.fixture';

let subgraph: TestSubgraph<SubgraphContext>;

const countyA = stationStaff;
const stationB = region.stations.find((s) => s.kind === 'COUNTY_STATION' && !s.jurisdiction.startsWith(countyA.jurisdiction!))!;
const countyB = testCaller({ id: 'county-b.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], orgUnit: stationB.id, jurisdiction: stationB.jurisdiction.slice(0, 6) });
const shelter = testCaller({ id: 'shelter.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.SHELTER_STAFF], orgUnit: centerStaff.orgUnit, jurisdiction: region.city.code });
/** County A staff whom civil affairs entitled to the protected victim's records. */
const entitled = testCaller({ id: 'entitled.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], orgUnit: countyA.orgUnit, jurisdiction: countyA.jurisdiction });
const caseworker = testCaller({ id: 'wf.caseworker', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER], jurisdiction: region.city.code });
const integration = testCaller({ kind: 'service', id: 'foreign-affairs-system', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.INTEGRATION], scopes: ['read:aid-entrustments'] });
const unscopedIntegration = testCaller({ kind: 'service', id: 'foreign-affairs-notices', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.INTEGRATION], scopes: ['read:foreign-affairs-notifications'] });

const FIELDS = 'id kind quantity amountFen deliveredOn receiptNumber deliveredBy station { id } recordedAt';
const BY_ID = `query($id: ID!) { aidDelivery(id: $id) { ${FIELDS} } }`;
const NESTED = `query($id: ID!) { aidEntrustment(id: $id) { deliveries { ${FIELDS} } } }`;

type Delivery = { id: string; receiptNumber: string };
/** Entrustments (each with its deliveries' ids): of a person in county A, in county B, and of a victim civil affairs then protects. */
const made: Record<'a' | 'b' | 'protected', { entrustmentId: string; deliveryIds: string[] }> = {} as never;

async function acceptedWithDeliveries(personId: string, deliveries: number): Promise<{ entrustmentId: string; deliveryIds: string[] }> {
  const issued = await subgraph.execute<{ issueAidEntrustment: { aidEntrustment: { id: string } } }>(ISSUE, { input: issueInput({ personId }) }, officer);
  const entrustmentId = issued.data!.issueAidEntrustment.aidEntrustment.id;
  expect((await subgraph.execute<{ acceptAidEntrustment: { __typename: string } }>(ACCEPT, { id: entrustmentId }, centerStaff)).data!.acceptAidEntrustment.__typename).toBe('AidEntrustmentChanged');
  const deliveryIds: string[] = [];
  for (let i = 0; i < deliveries; i += 1) {
    const input = { entrustmentId, kind: 'FOOD', quantity: 1, amountFen: 1_000, deliveredOn: today(), receiptNumber: `BY-ID-${randomUUID().slice(0, 8)}` };
    const recorded = await subgraph.execute<{ recordAidDelivery: { delivery: Delivery } }>(DELIVER, { input }, centerStaff);
    deliveryIds.push(recorded.data!.recordAidDelivery.delivery.id);
  }
  return { entrustmentId, deliveryIds };
}

const byId = (id: string, caller: Caller) => subgraph.execute<{ aidDelivery: Delivery | null }>(BY_ID, { id }, caller);
const nested = async (entrustmentId: string, caller: Caller) =>
  (await subgraph.execute<{ aidEntrustment: { deliveries: Delivery[] } | null }>(NESTED, { id: entrustmentId }, caller)).data!.aidEntrustment?.deliveries ?? null;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  made.a = await acceptedWithDeliveries(await knownPerson(subgraph, { county: countyA.jurisdiction }), 5);
  made.b = await acceptedWithDeliveries(await knownPerson(subgraph, { county: countyB.jurisdiction }), 1);
  const victim = await knownPerson(subgraph, { county: countyA.jurisdiction });
  made.protected = await acceptedWithDeliveries(victim, 1);
  const outcome = await applyCivilAffairsEvent(subgraph, 'person.protection-started', victim, { entitledUsernames: [entitled.id] });
  expect(outcome).toBe('APPLIED');
});
afterAll(() => subgraph.close());

describe('an aid delivery by id', () => {
  it.each([
    ['the issuing office', officer, 'a'],
    ['the center', centerStaff, 'a'],
    ["the beneficiary's county", countyA, 'a'],
    ["the other beneficiary's county", countyB, 'b'],
    ["the office's integrating system", integration, 'b'],
    ['shelter staff, for a protected victim', shelter, 'protected'],
    ['the entitled county staff, for a protected victim', entitled, 'protected'],
  ] as const)('is answered to %s, as it is among its entrustment\'s deliveries', async (_who, caller, which) => {
    const { entrustmentId, deliveryIds } = made[which];
    const listed = await nested(entrustmentId, caller);
    expect(listed).not.toBeNull();
    const result = await byId(deliveryIds[0]!, caller);
    expect(result.errors).toBeUndefined();
    expect(result.data!.aidDelivery).toEqual(listed!.find((d) => d.id === deliveryIds[0]));
  });

  it.each([
    ["another county's staff", countyB, 'a'],
    ["the first county's staff, for the other county", countyA, 'b'],
    ['another office', otherOffice, 'a'],
    ['a caseworker (no entrustments at all)', caseworker, 'a'],
    ['the center, for a protected victim', centerStaff, 'protected'],
    ['the issuing office, for a protected victim', officer, 'protected'],
    ["her county's staff not entitled, for a protected victim", countyA, 'protected'],
    ["the office's integrating system, for a protected victim", integration, 'protected'],
  ] as const)('answers null to %s, who does not see its entrustment either', async (_who, caller, which) => {
    const { entrustmentId, deliveryIds } = made[which];
    expect(await nested(entrustmentId, caller)).toBeNull();
    const result = await byId(deliveryIds[0]!, caller);
    expect(result.errors).toBeUndefined();
    expect(result.data!.aidDelivery).toBeNull();
  });

  it('refuses an integrating system whose scopes do not cover aid entrustments', async () => {
    const result = await byId(made.a.deliveryIds[0]!, unscopedIntegration);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data?.aidDelivery ?? null).toBeNull();
  });

  it('refuses a malformed id with BAD_USER_INPUT and no delivery, without asking the database', async () => {
    const baseline = await subgraph.queries.during(() => subgraph.execute(`{ __typename }`, undefined, officer));
    const malformed = await subgraph.queries.during(() => byId(`'; drop table aid_delivery; --`, officer));
    expect(malformed.result.data?.aidDelivery ?? null).toBeNull();
    expect(malformed.result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.statements).toBe(baseline.statements);
  });

  it('answers null for a well-formed id of no delivery', async () => {
    expect(await byId(randomUUID(), officer)).toEqual({ data: { aidDelivery: null } });
    expect(await byId(made.a.entrustmentId, officer)).toEqual({ data: { aidDelivery: null } });
  });

  it('reads six deliveries of two entrustments in one request in as many statements as one', async () => {
    const many = (ids: string[]) => `{ ${ids.map((id, i) => `d${i}: aidDelivery(id: "${id}") { ${FIELDS} }`).join(' ')} }`;
    const ids = [...made.a.deliveryIds, ...made.b.deliveryIds];
    expect(ids).toHaveLength(6);
    const one = await subgraph.queries.during(() => subgraph.execute(many(ids.slice(0, 1)), undefined, officer));
    const six = await subgraph.queries.during(() => subgraph.execute<Record<string, Delivery | null>>(many(ids), undefined, officer));
    expect(six.result.errors).toBeUndefined();
    expect(Object.values(six.result.data!).map((d) => d?.id)).toEqual(ids);
    expect(one.statements).toBeGreaterThan(0);
    expect(six.statements).toBe(one.statements);
  });
});
