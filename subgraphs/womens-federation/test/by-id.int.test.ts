/**
 * A referral-out service read by its own id (`referralService(id:)`) is answered exactly when its
 * shelter referral is: the shelter's staff, the referring caseworker (or officer), her organisation's
 * supervisor; never another caseworker, another organisation, staff of other jobs, an integrating
 * system (no referring caseworker) nor a client without the scope. Each read is a read of the
 * referral in the audit trail. A malformed id is refused before any statement, an unknown one
 * answers null, and many ids in one request cost as many statements as one.
 */
import { randomUUID } from 'node:crypto';
import { ROLES, type Caller } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;
const ORGANISATION = '测试区妇女联合会';
const caseworker = testCaller({ id: 'by-id.caseworker', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER], orgUnit: ORGANISATION });
const otherCaseworker = testCaller({ id: 'by-id.other.caseworker', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER], orgUnit: ORGANISATION });
const supervisor = testCaller({ id: 'by-id.supervisor', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_SUPERVISOR], orgUnit: ORGANISATION });
const otherSupervisor = testCaller({ id: 'by-id.other.supervisor', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_SUPERVISOR], orgUnit: '另一区妇女联合会' });
const police = testCaller({ id: 'by-id.police', agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER], jurisdiction: '379900' });
const shelterStaff = testCaller({ id: 'shelter.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.SHELTER_STAFF], jurisdiction: '379900' });
const centerStaff = testCaller({ id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });
const integration = testCaller({ kind: 'service', id: 'womens-federation-system', agency: 'WOMENS_FEDERATION', roles: [ROLES.INTEGRATION], scopes: ['read:shelter-referrals'] });
const unscopedIntegration = testCaller({ kind: 'service', id: 'foreign-affairs-system', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.INTEGRATION], scopes: ['read:aid-entrustments'] });

const FIELDS = 'id kind status provider requestedBy requestedAt startedAt outcome outcomeAt version';
const BY_ID = `query($id: ID!) { referralService(id: $id) { ${FIELDS} } }`;
const NESTED = `query($id: ID!) { shelterReferral(id: $id) { services { ${FIELDS} } } }`;
const SUBMIT = `mutation($input: SubmitShelterReferralInput!) { submitShelterReferral(input: $input) { __typename ... on ShelterReferralChanged { shelterReferral { id } } } }`;
const REQUEST = `mutation($id: ID!, $kind: ReferralServiceKind!) { requestReferralService(referralId: $id, kind: $kind, provider: "测试区法律援助中心") { __typename ... on ReferralServiceChanged { referralService { id } } } }`;
const START = `mutation($id: ID!, $v: Int!) { startReferralService(serviceId: $id, expectedVersion: $v) { __typename } }`;

type Service = { id: string; status: string };
/** Referrals of two caseworkers, each with its services' ids. */
const made: Record<'own' | 'police', { referralId: string; serviceIds: string[] }> = {} as never;

async function referralWithServices(submitter: Caller, kinds: string[]): Promise<{ referralId: string; serviceIds: string[] }> {
  const input = {
    idempotencyKey: randomUUID(),
    victim: { age: 34, ageEstimated: true },
    victimType: 'DOMESTIC_VIOLENCE',
    risk: { level: 'HIGH', factors: ['STRANGULATION'] },
    children: [],
    needs: ['LEGAL_ADVICE'],
    referringOrganisation: ORGANISATION,
    consent: { givenBy: 'VICTIM', method: 'WRITTEN', at: new Date(Date.now() - 3_600_000).toISOString() },
  };
  const submitted = await subgraph.execute<{ submitShelterReferral: { __typename: string; shelterReferral: { id: string } } }>(SUBMIT, { input }, submitter);
  expect(submitted.data!.submitShelterReferral.__typename).toBe('ShelterReferralChanged');
  const referralId = submitted.data!.submitShelterReferral.shelterReferral.id;
  const serviceIds: string[] = [];
  for (const kind of kinds) {
    const requested = await subgraph.execute<{ requestReferralService: { referralService: { id: string } } }>(REQUEST, { id: referralId, kind }, submitter);
    serviceIds.push(requested.data!.requestReferralService.referralService.id);
  }
  return { referralId, serviceIds };
}

const byId = (id: string, caller: Caller) => subgraph.execute<{ referralService: Service | null }>(BY_ID, { id }, caller);
const nested = async (referralId: string, caller: Caller) =>
  (await subgraph.execute<{ shelterReferral: { services: Service[] } | null }>(NESTED, { id: referralId }, caller)).data!.shelterReferral?.services ?? null;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  made.own = await referralWithServices(caseworker, ['LEGAL_AID', 'PSYCHOLOGICAL_COUNSELLING', 'MEDICAL', 'PROTECTION_ORDER', 'HOUSING']);
  made.police = await referralWithServices(police, ['PROTECTION_ORDER']);
  // One under way, so that the by-id answer carries a start.
  const started = await subgraph.execute<{ startReferralService: { __typename: string } }>(START, { id: made.own.serviceIds[0], v: 1 }, shelterStaff);
  expect(started.data!.startReferralService.__typename).toBe('ReferralServiceChanged');
});
afterAll(() => subgraph.close());

describe('a referral-out service by id', () => {
  it.each([
    ['the referring caseworker', caseworker, 'own'],
    ['the referring police officer', police, 'police'],
    ["her organisation's supervisor", supervisor, 'own'],
    ['shelter staff', shelterStaff, 'own'],
  ] as const)("is answered to %s, as it is among its referral's services", async (_who, caller, which) => {
    const { referralId, serviceIds } = made[which];
    const listed = await nested(referralId, caller);
    expect(listed).not.toBeNull();
    const result = await byId(serviceIds[0]!, caller);
    expect(result.errors).toBeUndefined();
    expect(result.data!.referralService).toEqual(listed!.find((s) => s.id === serviceIds[0]));
  });

  it.each([
    ['another caseworker', otherCaseworker, 'own'],
    ["the caseworker, for a police officer's referral", caseworker, 'police'],
    ["another organisation's supervisor", otherSupervisor, 'own'],
    ['center staff', centerStaff, 'own'],
    ['an integrating system (no referring caseworker)', integration, 'own'],
  ] as const)('answers null to %s, who does not see its referral either', async (_who, caller, which) => {
    const { referralId, serviceIds } = made[which];
    expect(await nested(referralId, caller)).toBeNull();
    const result = await byId(serviceIds[0]!, caller);
    expect(result.errors).toBeUndefined();
    expect(result.data!.referralService).toBeNull();
  });

  it('refuses an integrating system whose scopes do not cover shelter referrals', async () => {
    const result = await byId(made.own.serviceIds[0]!, unscopedIntegration);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data?.referralService ?? null).toBeNull();
  });

  it('leaves a line in the audit trail: a read of the referral, as its services', async () => {
    const { referralId, serviceIds } = made.own;
    // A supervisor who has read nothing else, so that the line can come from this read alone.
    const reader = testCaller({ ...supervisor, id: 'by-id.audited.supervisor' });
    expect((await byId(serviceIds[1]!, reader)).data!.referralService).toMatchObject({ id: serviceIds[1] });
    const rows = await subgraph.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ fields: string }>>(`select fields from audit_event where record_type = 'ShelterReferral' and record_id = ? and operation = 'READ' and actor = ?`, [referralId, reader.id]);
    expect(rows).toHaveLength(1);
    expect(String(rows[0]!.fields)).toContain('services');
  });

  it('refuses a malformed id with BAD_USER_INPUT and no service, without asking the database', async () => {
    const baseline = await subgraph.queries.during(() => subgraph.execute(`{ __typename }`, undefined, shelterStaff));
    const malformed = await subgraph.queries.during(() => byId(`'; drop table referral_service; --`, shelterStaff));
    expect(malformed.result.data?.referralService ?? null).toBeNull();
    expect(malformed.result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.statements).toBe(baseline.statements);
  });

  it('answers null for a well-formed id of no service', async () => {
    expect(await byId(randomUUID(), shelterStaff)).toEqual({ data: { referralService: null } });
    expect(await byId(made.own.referralId, shelterStaff)).toEqual({ data: { referralService: null } });
  });

  it('reads six services of two referrals in one request in as many statements as one', async () => {
    const many = (ids: string[]) => `{ ${ids.map((id, i) => `s${i}: referralService(id: "${id}") { ${FIELDS} }`).join(' ')} }`;
    const ids = [...made.own.serviceIds, ...made.police.serviceIds];
    expect(ids).toHaveLength(6);
    const one = await subgraph.queries.during(() => subgraph.execute(many(ids.slice(0, 1)), undefined, shelterStaff));
    const six = await subgraph.queries.during(() => subgraph.execute<Record<string, Service | null>>(many(ids), undefined, shelterStaff));
    expect(six.result.errors).toBeUndefined();
    expect(Object.values(six.result.data!).map((s) => s?.id)).toEqual(ids);
    expect(one.statements).toBeGreaterThan(0);
    expect(six.statements).toBe(one.statements);
  });
});
