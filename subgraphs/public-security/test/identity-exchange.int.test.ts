/**
 * Public security speaks for verified identities: a MATCHED result writes `identity.verified` to
 * the outbox in its own transaction (and nothing else does), with only what civil affairs needs.
 */
import { randomUUID } from 'node:crypto';
import { residentIdCheckCharacter } from '@lifeline/identity-documents';
import { ExchangeOutboxEvent, ROLES, type RequestAudit } from '@lifeline/subgraph-runtime';
import { applyPersonFacts, openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { recordIdentityResult } from '../src/domain/identity-check.service';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;
/** A county of its own, so these tests never touch the demo region's figures. */
const TEST_COUNTY = '379993';
const stationStaff = testCaller({ id: 'test.station.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: TEST_COUNTY });
const forensic = testCaller({ id: 'forensic.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.FORENSIC_OFFICER], jurisdiction: '379900' });

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

/** A valid resident ID number with the given sequence (odd = male). */
function idNumber(sequence: number): string {
  const body = `110105198703${String(10 + (sequence % 18)).padStart(2, '0')}${String(sequence % 1000).padStart(3, '0')}`;
  return body + residentIdCheckCharacter(body);
}

type Check = { id: string; version: number; status: string };
const FIELDS = '__typename ... on IdentityCheckChanged { identityCheck { id version status } } ... on IdentityCheckInputRejected { code } ... on IdentityCheckRefused { code message }';
async function change(mutation: string, variables: Record<string, unknown>, caller = forensic): Promise<Check> {
  const result = await subgraph.execute<Record<string, { __typename: string; identityCheck: Check }>>(mutation, variables, caller);
  const answer = Object.values(result.data!)[0]!;
  expect(answer.__typename).toBe('IdentityCheckChanged');
  return answer.identityCheck;
}

/** A person civil affairs told us about, with a check brought to COMPARING. */
async function comparingCheck(): Promise<{ personId: string; check: Check }> {
  const personId = randomUUID();
  await applyPersonFacts(subgraph.orm, definition.name, [{ personId, county: TEST_COUNTY, foreignNational: false }]);
  let check = await change(`mutation($i: RequestIdentityCheckInput!) { requestIdentityCheck(input: $i) { ${FIELDS} } }`, { i: { personId, requestingStationId: randomUUID(), reason: 'UNIDENTIFIED_PERSON' } }, stationStaff);
  check = await change(`mutation($i: RecordSampleInput!) { recordSample(input: $i) { ${FIELDS} } }`, { i: { identityCheckId: check.id, expectedVersion: check.version, kind: 'DNA', sampleCode: `DNA-X-${randomUUID().slice(0, 8).toUpperCase()}` } });
  check = await change(`mutation($id: ID!, $v: Int!) { startComparison(identityCheckId: $id, expectedVersion: $v) { ${FIELDS} } }`, { id: check.id, v: check.version });
  return { personId, check };
}

const outboxOf = (personId: string) => subgraph.orm.em.fork().find(ExchangeOutboxEvent, { subjectId: personId }, { orderBy: { position: 'asc' } });

describe('identity.verified', () => {
  it('is written with the MATCHED result: the verified name and ID number, the check and when, and nothing more', async () => {
    const { personId, check } = await comparingCheck();
    expect(await outboxOf(personId)).toEqual([]);
    const number = idNumber(31);
    const matched = await change(`mutation($i: RecordIdentityResultInput!) { recordIdentityResult(input: $i) { ${FIELDS} } }`, {
      i: { identityCheckId: check.id, expectedVersion: check.version, outcome: 'MATCHED', verifiedName: '买买提·艾力', verifiedIdNumber: number, householdRegistration: '江临市青石县' },
    });
    expect(matched.status).toBe('MATCHED');
    const events = await outboxOf(personId);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toEqual(expect.objectContaining({ type: 'identity.verified', owner: 'public-security', subjectType: 'Person', subjectId: personId, subjectSeq: 1, payloadVersion: 1 }));
    expect(event!.payload).toEqual({ personId, identityCheckId: check.id, verifiedAt: expect.any(String), verifiedName: '买买提·艾力', verifiedIdNumber: number });
    // No household registration, no sample codes or kinds.
    expect(JSON.stringify(event!.payload)).not.toMatch(/江临|DNA/);
    expect(new Date((event!.payload as { verifiedAt: string }).verifiedAt).getTime()).toBe(event!.occurredAt.getTime());
  });

  it('is not written for a non-match, an inconclusive result or a refused result', async () => {
    const a = await comparingCheck();
    await change(`mutation($i: RecordIdentityResultInput!) { recordIdentityResult(input: $i) { ${FIELDS} } }`, { i: { identityCheckId: a.check.id, expectedVersion: a.check.version, outcome: 'NO_MATCH' } });
    const b = await comparingCheck();
    await change(`mutation($i: RecordIdentityResultInput!) { recordIdentityResult(input: $i) { ${FIELDS} } }`, { i: { identityCheckId: b.check.id, expectedVersion: b.check.version, outcome: 'INCONCLUSIVE' } });
    const c = await comparingCheck();
    const stale = await subgraph.execute<{ recordIdentityResult: { __typename: string; code?: string } }>(`mutation($i: RecordIdentityResultInput!) { recordIdentityResult(input: $i) { ${FIELDS} } }`, {
      i: { identityCheckId: c.check.id, expectedVersion: c.check.version - 1, outcome: 'MATCHED', verifiedName: '王秀英' },
    }, forensic);
    expect(stale.data!.recordIdentityResult.__typename).toBe('IdentityCheckRefused');
    expect(stale.data!.recordIdentityResult.code).toBe('VERSION_CONFLICT');
    for (const personId of [a.personId, b.personId, c.personId]) expect(await outboxOf(personId)).toEqual([]);
  });

  it('is rolled back with the result when the transaction fails after publishing', async () => {
    const { personId, check } = await comparingCheck();
    const failingAudit = { appendWithin: async () => Promise.reject(new Error('the audit store is unavailable')) } as unknown as RequestAudit;
    await expect(
      recordIdentityResult({ em: subgraph.orm.em.fork(), caller: forensic, audit: failingAudit }, { identityCheckId: check.id, expectedVersion: check.version, outcome: 'MATCHED', verifiedName: '王秀英', verifiedIdNumber: idNumber(42) }),
    ).rejects.toThrow('the audit store is unavailable');
    expect(await outboxOf(personId)).toEqual([]);
    const stored = await subgraph.execute<{ identityCheck: { status: string; verifiedName: string | null } }>(`query($id: ID!) { identityCheck(id: $id) { status verifiedName } }`, { id: check.id }, forensic);
    expect(stored.data!.identityCheck).toEqual({ status: 'COMPARING', verifiedName: null });
  });

  it('is published by the demo region for each seeded match with a verified name', async () => {
    const em = subgraph.orm.em.fork();
    const seeded = await em.getConnection().execute<Array<{ n: string }>>(`select count(*) as n from identity_check where status = 'MATCHED' and verified_name is not null and created_at < now() - interval '1 hour'`);
    const published = await em.getConnection().execute<Array<{ n: string }>>(
      `select count(*) as n from exchange_outbox o join identity_check c on c.id = (o.payload->>'identityCheckId')::uuid where o.type = 'identity.verified' and c.created_at < now() - interval '1 hour'`,
    );
    expect(Number(seeded[0]!.n)).toBeGreaterThan(0);
    expect(Number(published[0]!.n)).toBe(Number(seeded[0]!.n));
  });
});
