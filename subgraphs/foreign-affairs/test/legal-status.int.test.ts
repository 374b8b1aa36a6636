/**
 * Public security's `foreign-national.status-found` reaches foreign affairs' own records: the
 * finding is kept, shown on the beneficiary's entrustments, and confirms an entry status still
 * pending (not one already confirmed, and not twice); an entrustment issued as pending afterwards
 * is confirmed at once. Events that break the contract land in the dead letters and change nothing.
 */
import { randomUUID } from 'node:crypto';
import { hasDrift, reconcileProjection, type ApplyOutcome, type ExchangeConsumer } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testDatabaseUrl, testExchangeConsumer, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { legalStatusProjection, publicSecurityHandlers } from '../src/domain/legal-status';
import { definition } from '../src/server';
import { ISSUE, issueInput, officer } from './aid-entrustment-fixtures';
import { applyCivilAffairsEvent, knownPerson } from './person-projection.fixture';

let subgraph: TestSubgraph<SubgraphContext>;
let consumer: ExchangeConsumer;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  consumer = testExchangeConsumer(subgraph.orm, 'foreign-affairs', 'public-security', publicSecurityHandlers);
});
afterAll(() => subgraph.close());

const sql = <T extends object>(query: string, params: unknown[] = []) => subgraph.orm.em.fork().getConnection().execute<T>(query, params);
const seqs = new Map<string, number>();
/** Every envelope this file delivers, in order: public security's feed as far as this database knows it. */
const delivered: unknown[] = [];

/** A status-found envelope as public security's feed would deliver it (overrides break it on purpose). */
function found(personId: string, statusCheckId: string, status = 'LEGAL_ENTRY', overrides: Record<string, unknown> = {}, payloadExtra: Record<string, unknown> = {}) {
  const seq = (seqs.get(personId) ?? 0) + 1;
  seqs.set(personId, seq);
  const envelope = {
    position: String(Date.now() * 1000 + seq),
    eventId: randomUUID(),
    type: 'foreign-national.status-found',
    owner: 'public-security',
    subjectType: 'Person',
    subjectId: personId,
    subjectSeq: seq,
    occurredAt: new Date().toISOString(),
    payloadVersion: 1,
    payload: { personId, statusCheckId, status, foundAt: new Date().toISOString(), ...payloadExtra },
    ...overrides,
  };
  delivered.push(envelope);
  return envelope;
}

type Read = {
  entryStatus: string;
  statusCheck: { id: string } | null;
  policeLegalStatus: { status: string; statusCheck: { id: string }; foundAt: string } | null;
  events: Array<{ action: string; actor: string; reason: string | null }>;
};
const READ = `query($id: ID!) { aidEntrustment(id: $id) { entryStatus statusCheck { id } policeLegalStatus { status statusCheck { id } foundAt } events { action actor reason } } }`;
const read = async (id: string) => (await subgraph.execute<{ aidEntrustment: Read }>(READ, { id }, officer)).data!.aidEntrustment;

async function issue(overrides: Record<string, unknown>): Promise<string> {
  const res = await subgraph.execute<{ issueAidEntrustment: { __typename: string; aidEntrustment: { id: string } } }>(ISSUE, { input: issueInput(overrides) }, officer);
  expect(res.data!.issueAidEntrustment.__typename).toBe('AidEntrustmentChanged');
  return res.data!.issueAidEntrustment.aidEntrustment.id;
}

describe("the police's legal-status finding in foreign affairs", () => {
  it('confirms a pending entry status once, links the check and leaves an already confirmed one alone', async () => {
    const personId = await knownPerson(subgraph);
    const pending = await issue({ personId, entryStatus: 'PENDING_CONFIRMATION', statusCheckId: null });
    const typed = randomUUID();
    const confirmed = await issue({ personId, entryStatus: 'LEGAL_STAY', statusCheckId: typed });
    expect(await read(pending)).toMatchObject({ entryStatus: 'PENDING_CONFIRMATION', statusCheck: null, policeLegalStatus: null });

    const checkId = randomUUID();
    const event = found(personId, checkId);
    expect(await consumer.apply(event)).toBe<ApplyOutcome>('APPLIED');
    const after = await read(pending);
    expect(after).toMatchObject({ entryStatus: 'LEGAL_STAY', statusCheck: { id: checkId }, policeLegalStatus: { status: 'LEGAL_ENTRY', statusCheck: { id: checkId } } });
    expect(after.events.at(-1)).toEqual({ action: 'STATUS_CONFIRMED', actor: 'exchange:public-security', reason: `police status check ${checkId} found LEGAL_ENTRY` });
    const untouched = await read(confirmed);
    expect(untouched).toMatchObject({ entryStatus: 'LEGAL_STAY', statusCheck: { id: typed }, policeLegalStatus: { statusCheck: { id: checkId } } });
    expect(untouched.events.map((e) => e.action)).toEqual(['ISSUED']);

    // The same event again, and a later finding: recorded, never a second confirmation.
    expect(await consumer.apply(event)).toBe<ApplyOutcome>('DUPLICATE');
    const later = randomUUID();
    expect(await consumer.apply(found(personId, later, 'LEGAL_RESIDENCE'))).toBe<ApplyOutcome>('APPLIED');
    const now = await read(pending);
    expect(now.events.filter((e) => e.action === 'STATUS_CONFIRMED')).toHaveLength(1);
    expect(now).toMatchObject({ statusCheck: { id: checkId }, policeLegalStatus: { status: 'LEGAL_RESIDENCE', statusCheck: { id: later } } });
    const audited = await sql<unknown[]>(`select 1 from audit_event where actor = 'exchange:public-security' and record_type = 'AidEntrustment' and record_id = ?`, [pending]);
    expect(audited).toHaveLength(1);
  });

  it('confirms an entrustment issued as pending for a person whose stay the police already found legal', async () => {
    const personId = await knownPerson(subgraph);
    const checkId = randomUUID();
    expect(await consumer.apply(found(personId, checkId, 'LEGAL_RESIDENCE'))).toBe<ApplyOutcome>('APPLIED');
    const id = await issue({ personId, entryStatus: 'PENDING_CONFIRMATION', statusCheckId: null });
    const entrustment = await read(id);
    expect(entrustment).toMatchObject({ entryStatus: 'LEGAL_STAY', statusCheck: { id: checkId }, policeLegalStatus: { status: 'LEGAL_RESIDENCE' } });
    expect(entrustment.events.map((e) => e.action)).toEqual(['ISSUED', 'STATUS_CONFIRMED']);
  });

  it('is null on an entrustment whose person the police found nothing for', async () => {
    const id = await issue({ personId: await knownPerson(subgraph) });
    expect((await read(id)).policeLegalStatus).toBeNull();
  });

  it.each([
    ['from an agency that does not own it', { owner: 'civil-affairs' }, {}],
    ['with more than the office needs (a passport number)', {}, { passportNumber: 'X1234567' }],
    ['about another person than its subject', { subjectId: '00000000-0000-4000-8000-000000000000' }, {}],
  ])('sends an event %s to the dead letters and changes nothing', async (_what, overrides, extra) => {
    const personId = await knownPerson(subgraph);
    const pending = await issue({ personId, entryStatus: 'PENDING_CONFIRMATION', statusCheckId: null });
    const before = await sql('select entry_status, status_check_id, version from aid_entrustment where id = ?', [pending]);
    const findings = async () => Number((await sql<Array<{ n: string }>>('select count(*) as n from legal_status_finding'))[0]!.n);
    const count = await findings();
    const event = found(personId, randomUUID(), 'LEGAL_ENTRY', overrides, extra);
    expect(await consumer.apply(event)).toBe<ApplyOutcome>('DEAD_LETTER');
    expect(await sql('select 1 from exchange_dead_letter where event_id = ?', [event.eventId])).toHaveLength(1);
    expect(await sql('select entry_status, status_check_id, version from aid_entrustment where id = ?', [pending])).toEqual(before);
    expect(await findings()).toBe(count);
  });


  it("counts a merged record's finding as the survivor's: her pending entrustment is confirmed, and so is one issued later", async () => {
    const duplicate = await knownPerson(subgraph);
    const survivor = await knownPerson(subgraph);
    const checkId = randomUUID();
    expect(await consumer.apply(found(duplicate, checkId, 'LEGAL_RESIDENCE'))).toBe<ApplyOutcome>('APPLIED');
    const pending = await issue({ personId: survivor, entryStatus: 'PENDING_CONFIRMATION', statusCheckId: null });
    expect(await read(pending)).toMatchObject({ entryStatus: 'PENDING_CONFIRMATION', policeLegalStatus: null });

    expect(await applyCivilAffairsEvent(subgraph, 'person.merged', duplicate, { intoPersonId: survivor, mergedAt: new Date().toISOString() })).toBe<ApplyOutcome>('APPLIED');
    const merged = await read(pending);
    expect(merged).toMatchObject({ entryStatus: 'LEGAL_STAY', statusCheck: { id: checkId }, policeLegalStatus: { status: 'LEGAL_RESIDENCE', statusCheck: { id: checkId } } });
    expect(merged.events.at(-1)).toEqual({ action: 'STATUS_CONFIRMED', actor: 'exchange:public-security', reason: `police status check ${checkId} found LEGAL_RESIDENCE` });
    expect(await sql(`select 1 from audit_event where actor = 'exchange:civil-affairs' and record_type = 'AidEntrustment' and record_id = ? and fields like '%entryStatus%'`, [pending])).toHaveLength(1);

    const later = await issue({ personId: survivor, entryStatus: 'PENDING_CONFIRMATION', statusCheckId: null });
    expect(await read(later)).toMatchObject({ entryStatus: 'LEGAL_STAY', statusCheck: { id: checkId } });
    // The finding still names the record the police checked: it stays what their feed says (the reconciliation below).
    expect(await sql('select person_id from legal_status_finding where status_check_id = ?', [checkId])).toEqual([{ person_id: duplicate }]);
  });

  it('confirms the survivor’s pending entrustment on a finding for a record merged into her that arrives after the merge, through a chain of merges', async () => {
    const first = await knownPerson(subgraph);
    const second = await knownPerson(subgraph);
    const survivor = await knownPerson(subgraph);
    const pending = await issue({ personId: survivor, entryStatus: 'PENDING_CONFIRMATION', statusCheckId: null });
    expect(await applyCivilAffairsEvent(subgraph, 'person.merged', first, { intoPersonId: second, mergedAt: new Date().toISOString() })).toBe<ApplyOutcome>('APPLIED');
    expect(await applyCivilAffairsEvent(subgraph, 'person.merged', second, { intoPersonId: survivor, mergedAt: new Date().toISOString() })).toBe<ApplyOutcome>('APPLIED');
    expect(await read(pending)).toMatchObject({ entryStatus: 'PENDING_CONFIRMATION', policeLegalStatus: null });

    const checkId = randomUUID();
    expect(await consumer.apply(found(first, checkId))).toBe<ApplyOutcome>('APPLIED');
    expect(await read(pending)).toMatchObject({ entryStatus: 'LEGAL_STAY', statusCheck: { id: checkId }, policeLegalStatus: { status: 'LEGAL_ENTRY', statusCheck: { id: checkId } } });
  });

  it('reconciles with the events that made it, and reports a finding lost since', async () => {
    async function* feed() {
      yield* delivered;
    }
    const clean = await reconcileProjection(subgraph.orm.em.fork(), 'public-security', legalStatusProjection, feed());
    expect(clean.rowsExpected).toBeGreaterThan(0);
    expect(hasDrift(clean)).toBe(false);
    const [lost] = await sql<Array<{ status_check_id: string }>>('select status_check_id from legal_status_finding limit 1');
    await sql('delete from legal_status_finding where status_check_id = ?', [lost!.status_check_id]);
    const drift = await reconcileProjection(subgraph.orm.em.fork(), 'public-security', legalStatusProjection, feed());
    expect(drift.missing).toEqual([lost!.status_check_id]);
  });
});
