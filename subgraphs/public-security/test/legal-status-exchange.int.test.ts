/**
 * Public security speaks for legal-status findings: concluding a status check LEGAL_ENTRY or
 * LEGAL_RESIDENCE (the notification to the foreign-affairs office) writes
 * `foreign-national.status-found` to the outbox in the same transaction, with only what foreign
 * affairs needs; an illegal stay, a refused conclusion or a rolled-back one writes nothing.
 */
import { randomUUID } from 'node:crypto';
import { ExchangeOutboxEvent, ROLES, type RequestAudit } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { recordForeignNationalStatus } from '../src/domain/foreign-national-status-check.service';
import { definition } from '../src/server';
import { knownPerson } from './person-projection.fixture';

let subgraph: TestSubgraph<SubgraphContext>;
/** A county of its own, so these tests never touch the demo region's figures. */
const TEST_COUNTY = '379994';
const stationStaff = testCaller({ id: 'test.station.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: TEST_COUNTY });
const police = testCaller({ id: 'police.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER], jurisdiction: '379900' });

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

const RESULT = `__typename ... on ForeignNationalStatusCheckChanged { statusCheck { id version status } } ... on ForeignNationalStatusCheckRefused { currentVersion } ... on IdentityCheckInputRejected { code }`;
type Check = { id: string; version: number; status: string };

/** A person civil affairs told us about, with a status check requested for her. */
async function requested(): Promise<{ personId: string; check: Check }> {
  const personId = await knownPerson(subgraph, { county: TEST_COUNTY });
  const res = await subgraph.execute<{ requestForeignNationalStatusCheck: { __typename: string; statusCheck: Check } }>(
    `mutation($i: RequestForeignNationalStatusCheckInput!) { requestForeignNationalStatusCheck(input: $i) { ${RESULT} } }`,
    { i: { personId, requestingStationId: randomUUID(), nationality: 'VNM', passportNumber: `E${randomUUID().replace(/-/g, '').slice(0, 8).toUpperCase()}`, note: '自称越南籍' } },
    stationStaff,
  );
  expect(res.data!.requestForeignNationalStatusCheck.__typename).toBe('ForeignNationalStatusCheckChanged');
  return { personId, check: res.data!.requestForeignNationalStatusCheck.statusCheck };
}

const conclude = (check: Check, extra: Record<string, unknown>) =>
  subgraph.execute<{ recordForeignNationalStatus: { __typename: string } }>(
    `mutation($i: RecordForeignNationalStatusInput!) { recordForeignNationalStatus(input: $i) { ${RESULT} } }`,
    { i: { statusCheckId: check.id, expectedVersion: check.version, ...extra } },
    police,
  );

const outboxOf = (personId: string) => subgraph.orm.em.fork().find(ExchangeOutboxEvent, { subjectId: personId }, { orderBy: { position: 'asc' } });

describe('foreign-national.status-found', () => {
  it.each(['LEGAL_ENTRY', 'LEGAL_RESIDENCE'])('is written with a %s conclusion: the person, the check, the status and when, and nothing more', async (outcome) => {
    const { personId, check } = await requested();
    expect(await outboxOf(personId)).toEqual([]);
    expect((await conclude(check, { outcome, note: '出入境记录可查' })).data!.recordForeignNationalStatus.__typename).toBe('ForeignNationalStatusCheckChanged');
    const events = await outboxOf(personId);
    expect(events).toHaveLength(1);
    expect(events[0]).toEqual(expect.objectContaining({ type: 'foreign-national.status-found', owner: 'public-security', subjectType: 'Person', subjectId: personId, payloadVersion: 1 }));
    expect(events[0]!.payload).toEqual({ personId, statusCheckId: check.id, status: outcome, foundAt: events[0]!.occurredAt.toISOString() });
    // No passport, nationality or the officer's note.
    expect(JSON.stringify(events[0]!.payload)).not.toMatch(/VNM|出入境|E[0-9A-F]{8}/);
  });

  it('is not written for an illegal stay, nor for a refused conclusion', async () => {
    const illegal = await requested();
    await conclude(illegal.check, { outcome: 'ILLEGAL', handOver: { recordNumber: `JL-T-${randomUUID().slice(0, 8)}`, policeUnit: '青石县公安局' } });
    const stale = await requested();
    const refused = await conclude({ ...stale.check, version: stale.check.version + 1 }, { outcome: 'LEGAL_ENTRY' });
    expect(refused.data!.recordForeignNationalStatus.__typename).toBe('ForeignNationalStatusCheckRefused');
    for (const personId of [illegal.personId, stale.personId]) expect(await outboxOf(personId)).toEqual([]);
  });

  it('is rolled back with the conclusion when the transaction fails after publishing', async () => {
    const { personId, check } = await requested();
    const failingAudit = { appendWithin: async () => Promise.reject(new Error('the audit store is unavailable')) } as unknown as RequestAudit;
    await expect(recordForeignNationalStatus({ em: subgraph.orm.em.fork(), caller: police, audit: failingAudit }, { statusCheckId: check.id, expectedVersion: check.version, outcome: 'LEGAL_ENTRY' })).rejects.toThrow(
      'the audit store is unavailable',
    );
    expect(await outboxOf(personId)).toEqual([]);
    const [row] = await subgraph.orm.em.fork().getConnection().execute<Array<{ status: string }>>('select status from foreign_national_status_check where id = ?', [check.id]);
    expect(row!.status).toBe('REQUESTED');
  });

  it('is published by the demo region for each seeded legal status', async () => {
    const connection = subgraph.orm.em.fork().getConnection();
    const [seeded] = await connection.execute<Array<{ n: string }>>(`select count(*) as n from foreign_affairs_notification n join foreign_national_status_check c on c.id = n.status_check_id where n.notified_at < now() - interval '10 minutes'`);
    const [published] = await connection.execute<Array<{ n: string }>>(
      `select count(*) as n from exchange_outbox o join foreign_national_status_check c on c.id = (o.payload->>'statusCheckId')::uuid join foreign_affairs_notification n on n.status_check_id = c.id where o.type = 'foreign-national.status-found' and n.notified_at < now() - interval '10 minutes'`,
    );
    expect(Number(seeded!.n)).toBeGreaterThan(0);
    expect(Number(published!.n)).toBe(Number(seeded!.n));
  });
});
