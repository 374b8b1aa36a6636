import { randomUUID } from 'node:crypto';
import { residentIdCheckCharacter } from '@lifeline/identity-documents';
import { ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { knownPerson } from './person-projection.fixture';

let subgraph: TestSubgraph<SubgraphContext>;
/** A county of its own, so these tests never touch the demo region's figures. */
const TEST_COUNTY = '379997';
const stationStaff = testCaller({ id: 'test.station.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: TEST_COUNTY });
const forensic = testCaller({ id: 'forensic.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.FORENSIC_OFFICER], jurisdiction: '379900' });
const stationId = randomUUID();

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

const RESULT = `__typename
  ... on IdentityCheckChanged { identityCheck { id status version verifiedName verifiedIdNumber overdue events { fromStatus toStatus actor } samples { kind sampleCode collectedBy } } }
  ... on IdentityCheckInputRejected { field code message }
  ... on IdentityCheckRefused { code currentStatus currentVersion message }`;
type Result = {
  __typename: string;
  identityCheck: { id: string; status: string; version: number; verifiedName: string | null; verifiedIdNumber: string | null; overdue: boolean; events: Array<{ toStatus: string; actor: string }>; samples: Array<{ sampleCode: string; collectedBy: string }> };
  field?: string;
  code?: string;
  currentStatus?: string;
  message?: string;
};
const request = async (personId: string, caller = stationStaff) =>
  (await subgraph.execute<{ requestIdentityCheck: Result }>(`mutation($i: RequestIdentityCheckInput!) { requestIdentityCheck(input: $i) { ${RESULT} } }`, { i: { personId, requestingStationId: stationId, reason: 'UNIDENTIFIED_PERSON', note: '口音像川渝' } }, caller)).data!.requestIdentityCheck;
const sample = async (check: Result['identityCheck'], sampleCode: string) =>
  (await subgraph.execute<{ recordSample: Result }>(`mutation($i: RecordSampleInput!) { recordSample(input: $i) { ${RESULT} } }`, { i: { identityCheckId: check.id, expectedVersion: check.version, kind: 'DNA', sampleCode } }, forensic)).data!.recordSample;
const compare = async (check: Result['identityCheck']) =>
  (await subgraph.execute<{ startComparison: Result }>(`mutation($id: ID!, $v: Int!) { startComparison(identityCheckId: $id, expectedVersion: $v) { ${RESULT} } }`, { id: check.id, v: check.version }, forensic)).data!.startComparison;
const conclude = async (check: Result['identityCheck'], extra: Record<string, unknown>) =>
  (await subgraph.execute<{ recordIdentityResult: Result }>(`mutation($i: RecordIdentityResultInput!) { recordIdentityResult(input: $i) { ${RESULT} } }`, { i: { identityCheckId: check.id, expectedVersion: check.version, ...extra } }, forensic)).data!.recordIdentityResult;
const checkCount = async () => Number((await subgraph.orm.em.fork().getConnection().execute<Array<{ n: string }>>('select count(*) as n from identity_check'))[0]!.n);

describe('an identity check', () => {
  it('goes from a station request through a DNA sample and comparison to a verified identity, each step an event', async () => {
    const requested = await request(await knownPerson(subgraph));
    expect(requested.__typename).toBe('IdentityCheckChanged');
    const sampled = await sample(requested.identityCheck, `DNA-T-${Date.now()}`);
    expect(sampled.identityCheck.samples[0]!.collectedBy).toBe('forensic.officer');
    const comparing = await compare(sampled.identityCheck);
    const first17 = '37999719700101001';
    const matched = await conclude(comparing.identityCheck, { outcome: 'MATCHED', verifiedName: '李建国', verifiedIdNumber: first17 + residentIdCheckCharacter(first17), householdRegistration: '江临市青石县' });
    expect(matched.identityCheck).toEqual(expect.objectContaining({ status: 'MATCHED', verifiedName: '李建国', overdue: false }));
    expect(matched.identityCheck.events.map((e) => e.toStatus)).toEqual(['REQUESTED', 'SAMPLE_COLLECTED', 'COMPARING', 'MATCHED']);
  });

  it('refuses a second open request for the same person and reason, also when both arrive at once', async () => {
    const person = await knownPerson(subgraph);
    const before = await checkCount();
    const [a, b] = await Promise.all([request(person), request(person)]);
    expect([a.__typename, b.__typename].sort()).toEqual(['IdentityCheckChanged', 'IdentityCheckInputRejected']);
    expect([a, b].find((r) => r.__typename === 'IdentityCheckInputRejected')!.code).toBe('DUPLICATE');
    expect(await checkCount()).toBe(before + 1);
  });

  it('refuses a result before comparison, a bad verified ID number and a reused sample code, storing nothing', async () => {
    const requested = await request(await knownPerson(subgraph));
    const early = await conclude(requested.identityCheck, { outcome: 'NO_MATCH' });
    expect(early).toEqual(expect.objectContaining({ __typename: 'IdentityCheckRefused', code: 'STEP_NOT_ALLOWED', currentStatus: 'REQUESTED' }));
    const code = `DNA-R-${Date.now()}`;
    const sampled = await sample(requested.identityCheck, code);
    const reused = await sample(sampled.identityCheck, code);
    expect(reused).toEqual(expect.objectContaining({ __typename: 'IdentityCheckInputRejected', code: 'DUPLICATE' }));
    const comparing = await compare(sampled.identityCheck);
    const badId = await conclude(comparing.identityCheck, { outcome: 'MATCHED', verifiedName: '张三', verifiedIdNumber: '379997197001010010' });
    expect(badId).toEqual(expect.objectContaining({ __typename: 'IdentityCheckInputRejected', field: 'verifiedIdNumber' }));
    const current = await subgraph.execute<{ identityCheck: { status: string; version: number; samples: unknown[] } }>(`query($id: ID!) { identityCheck(id: $id) { status version samples { id } } }`, { id: requested.identityCheck.id }, forensic);
    expect(current.data!.identityCheck).toEqual({ status: 'COMPARING', version: comparing.identityCheck.version, samples: [expect.anything()] });
  });

  it('is not the police’s to request, nor a station’s to answer', async () => {
    const asPolice = await subgraph.execute(`mutation($i: RequestIdentityCheckInput!) { requestIdentityCheck(input: $i) { __typename } }`, { i: { personId: randomUUID(), requestingStationId: stationId, reason: 'UNIDENTIFIED_PERSON' } }, forensic);
    expect(asPolice.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const requested = await request(await knownPerson(subgraph));
    const asStation = await subgraph.execute(`mutation($id: ID!) { startComparison(identityCheckId: $id, expectedVersion: 1) { __typename } }`, { id: requested.identityCheck.id }, stationStaff);
    expect(asStation.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
