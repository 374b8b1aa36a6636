/**
 * What public security contributes so civil affairs can answer `Person.identityStatus` (VERIFIED)
 * through the graph, and what a settlement approver reads of a re-check by reference.
 */
import { randomUUID } from 'node:crypto';
import { ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { knownPerson } from './person-projection.fixture';

let subgraph: TestSubgraph<SubgraphContext>;
const TEST_COUNTY = '379994';
const stationStaff = testCaller({ id: 'test.station.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: TEST_COUNTY });
const center = testCaller({ id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });
const forensic = testCaller({ id: 'forensic.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.FORENSIC_OFFICER], jurisdiction: '379900' });
const caseworker = testCaller({ id: 'wf.caseworker', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER], jurisdiction: '379900' });
const auditor = testCaller({ id: 'auditor', agency: 'OVERSIGHT', roles: [ROLES.AUDITOR] });

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

type Check = { id: string; version: number; status: string };
const change = async (mutation: string, variables: Record<string, unknown>, caller = forensic): Promise<Check> => {
  const result = await subgraph.execute<Record<string, { __typename: string; identityCheck: Check }>>(mutation, variables, caller);
  const answer = Object.values(result.data!)[0]!;
  expect(answer.__typename).toBe('IdentityCheckChanged');
  return answer.identityCheck;
};
/** Runs a check from request to an outcome, as a station and the police would. */
async function concludedCheck(personId: string, reason: string, outcome: 'MATCHED' | 'NO_MATCH', sampleCode: string): Promise<Check> {
  const fields = '__typename ... on IdentityCheckChanged { identityCheck { id version status } }';
  let check = await change(`mutation($i: RequestIdentityCheckInput!) { requestIdentityCheck(input: $i) { ${fields} } }`, { i: { personId, requestingStationId: randomUUID(), reason } }, stationStaff);
  check = await change(`mutation($i: RecordSampleInput!) { recordSample(input: $i) { ${fields} } }`, { i: { identityCheckId: check.id, expectedVersion: check.version, kind: 'FINGERPRINT', sampleCode } });
  check = await change(`mutation($id: ID!, $v: Int!) { startComparison(identityCheckId: $id, expectedVersion: $v) { ${fields} } }`, { id: check.id, v: check.version });
  const result = outcome === 'MATCHED' ? { outcome, verifiedName: '王秀英', householdRegistration: '江临市青石县' } : { outcome };
  return change(`mutation($i: RecordIdentityResultInput!) { recordIdentityResult(input: $i) { ${fields} } }`, { i: { identityCheckId: check.id, expectedVersion: check.version, ...result } });
}

const VERIFICATION = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { identityVerification { verifiedAt identityCheckId } } } }`;
type Verifications = { _entities: Array<{ identityVerification: { verifiedAt: string; identityCheckId: string } | null }> };

describe('the identity verification on a person', () => {
  it('names the matching check and when, once a check matched, and nothing before or for a non-match', async () => {
    const matchedPerson = await knownPerson(subgraph);
    const unmatchedPerson = await knownPerson(subgraph);
    const before = await subgraph.execute<Verifications>(VERIFICATION, { r: [{ __typename: 'Person', id: matchedPerson }] }, center);
    expect(before.data!._entities).toEqual([{ identityVerification: null }]);
    const matched = await concludedCheck(matchedPerson, 'UNIDENTIFIED_PERSON', 'MATCHED', `FP-V-${Date.now()}`);
    await concludedCheck(unmatchedPerson, 'UNIDENTIFIED_PERSON', 'NO_MATCH', `FP-N-${Date.now()}`);
    const after = await subgraph.execute<Verifications>(VERIFICATION, { r: [{ __typename: 'Person', id: matchedPerson }, { __typename: 'Person', id: unmatchedPerson }] }, center);
    expect(after.errors).toBeUndefined();
    expect(after.data!._entities).toEqual([{ identityVerification: { verifiedAt: expect.any(String), identityCheckId: matched.id } }, { identityVerification: null }]);
  });

  it('answers anyone who may read an identity status, even without access to identity checks, and nobody else', async () => {
    const personId = await knownPerson(subgraph);
    const matched = await concludedCheck(personId, 'CLAIMED_IDENTITY', 'MATCHED', `FP-W-${Date.now()}`);
    const asCaseworker = await subgraph.execute<Verifications>(VERIFICATION, { r: [{ __typename: 'Person', id: personId }] }, caseworker);
    expect(asCaseworker.errors).toBeUndefined();
    expect(asCaseworker.data!._entities[0]!.identityVerification!.identityCheckId).toBe(matched.id);
    // The caseworker still cannot read the check itself.
    const check = await subgraph.execute(`query($id: ID!) { identityCheck(id: $id) { id verifiedName } }`, { id: matched.id }, caseworker);
    expect(check.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const asAuditor = await subgraph.execute<Verifications>(VERIFICATION, { r: [{ __typename: 'Person', id: personId }] }, auditor);
    expect(asAuditor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('resolves 50 persons in as many statements as 5', async () => {
    const persons = Array.from({ length: 50 }, () => ({ __typename: 'Person', id: randomUUID() }));
    const five = await subgraph.queries.during(() => subgraph.execute<Verifications>(VERIFICATION, { r: persons.slice(0, 5) }, center));
    const fifty = await subgraph.queries.during(() => subgraph.execute<Verifications>(VERIFICATION, { r: persons }, center));
    expect(fifty.result.data!._entities).toHaveLength(50);
    expect(fifty.statements).toBe(five.statements);
  });
});

describe('a settlement re-check, read by reference', () => {
  it('gives center staff its reason, outcome and completion time, and nothing while it is open', async () => {
    const personId = await knownPerson(subgraph);
    const matched = await concludedCheck(personId, 'SETTLEMENT_RECHECK', 'NO_MATCH', `FP-S-${Date.now()}`);
    const REFERENCE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on IdentityCheck { id reason status outcome completedAt concludedAt person { id } } } }`;
    const result = await subgraph.execute<{ _entities: Array<{ id: string; reason: string; status: string; outcome: string; completedAt: string; concludedAt: string; person: { id: string } }> }>(REFERENCE, { r: [{ __typename: 'IdentityCheck', id: matched.id }] }, center);
    expect(result.errors).toBeUndefined();
    const check = result.data!._entities[0]!;
    expect(check).toEqual(expect.objectContaining({ id: matched.id, reason: 'SETTLEMENT_RECHECK', status: 'NO_MATCH', outcome: 'NO_MATCH', person: { id: personId } }));
    expect(check.completedAt).toBe(check.concludedAt);
    expect(Date.parse(check.completedAt)).toBeGreaterThan(Date.now() - 60_000);

    const open = await change(
      `mutation($i: RequestIdentityCheckInput!) { requestIdentityCheck(input: $i) { __typename ... on IdentityCheckChanged { identityCheck { id version status } } } }`,
      { i: { personId, requestingStationId: randomUUID(), reason: 'SETTLEMENT_RECHECK' } },
      stationStaff,
    );
    const openRead = await subgraph.execute<{ _entities: Array<{ outcome: string | null; completedAt: string | null }> }>(REFERENCE, { r: [{ __typename: 'IdentityCheck', id: open.id }] }, center);
    expect(openRead.data!._entities[0]).toEqual(expect.objectContaining({ status: 'REQUESTED', outcome: null, completedAt: null }));
  });
});
