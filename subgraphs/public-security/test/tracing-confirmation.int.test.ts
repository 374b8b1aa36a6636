/**
 * Civil affairs' `tracing.match-confirmed` reaches public security's own records: the person's
 * identity checks show the tracing-confirmed identity (to those who see the check, nobody else),
 * the newest confirmation wins, a redelivery changes nothing, and an event that breaks the
 * contract lands in the dead letters with nothing stored.
 */
import { randomUUID } from 'node:crypto';
import { type ExchangeConsumer, reconcileProjection, ROLES, type ApplyOutcome } from '@lifeline/subgraph-runtime';
import { changeFeedReader, openTestSubgraph, testCaller, testDatabaseUrl, testExchangeConsumer, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { civilAffairsHandlers, civilAffairsProjection, tracingConfirmationProjection } from '../src/domain/tracing-confirmation';
import { definition } from '../src/server';
import { civilAffairsEvents, knownPerson } from './person-projection.fixture';

let subgraph: TestSubgraph<SubgraphContext>;
let consumer: ExchangeConsumer;
/** A county of its own, so these tests never touch the demo region's figures. */
const TEST_COUNTY = '379992';
const stationStaff = testCaller({ id: 'test.station.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: TEST_COUNTY });
const otherCounty = testCaller({ id: 'other.county.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: '379991' });
const police = testCaller({ id: 'police.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER], jurisdiction: '379900' });

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  consumer = testExchangeConsumer(subgraph.orm, 'public-security', 'civil-affairs', civilAffairsHandlers);
});
afterAll(() => subgraph.close());

const sql = <T extends object>(query: string, params: unknown[] = []) => subgraph.orm.em.fork().getConnection().execute<T>(query, params);
const events = civilAffairsEvents();
/** Every confirmation this file builds, in order: civil affairs' feed of them as far as this database knows it. */
const delivered: unknown[] = [];

function confirmed(personId: string, confirmedName: string, confirmedAt: Date, overrides: Record<string, unknown> = {}) {
  const envelope = { ...events.envelope('tracing.match-confirmed', personId, { confirmedName, confirmedAt: confirmedAt.toISOString() }, confirmedAt), ...overrides };
  delivered.push(envelope);
  return envelope;
}

/** A person civil affairs told us about, with an open identity check requested by her county. */
async function personWithCheck(): Promise<{ personId: string; checkId: string }> {
  const personId = await knownPerson(subgraph, { county: TEST_COUNTY, foreignNational: false });
  const res = await subgraph.execute<{ requestIdentityCheck: { __typename: string; identityCheck: { id: string } } }>(
    `mutation($i: RequestIdentityCheckInput!) { requestIdentityCheck(input: $i) { __typename ... on IdentityCheckChanged { identityCheck { id } } } }`,
    { i: { personId, requestingStationId: randomUUID(), reason: 'UNIDENTIFIED_PERSON' } },
    stationStaff,
  );
  expect(res.data!.requestIdentityCheck.__typename).toBe('IdentityCheckChanged');
  return { personId, checkId: res.data!.requestIdentityCheck.identityCheck.id };
}

const READ = `query($id: ID!) { identityCheck(id: $id) { id status tracingConfirmedIdentity { name confirmedAt } } }`;
type Read = { id: string; status: string; tracingConfirmedIdentity: { name: string; confirmedAt: string } | null } | null;
const read = async (checkId: string, caller = police) => (await subgraph.execute<{ identityCheck: Read }>(READ, { id: checkId }, caller)).data!.identityCheck;

const feed = changeFeedReader<{ __typename: string; id: string; tracingConfirmedIdentity?: { name: string } | null }, SubgraphContext>(
  () => subgraph,
  'publicSecurityChanges',
  '... on IdentityCheck { id tracingConfirmedIdentity { name } }',
);

describe("a tracing-confirmed identity in public security's queue", () => {
  it('lists the person’s checks in the change feed, changed, when a confirmation arrives (it is kept apart from them)', async () => {
    const { personId, checkId } = await personWithCheck();
    const start = (await feed.readToEnd(police, null)).end;
    expect(await consumer.apply(confirmed(personId, '周建军', new Date(Date.now() - 30_000)))).toBe<ApplyOutcome>('APPLIED');
    const { changes } = await feed.readToEnd(police, start);
    expect(changes.filter((c) => c.node.recordId === checkId).map((c) => [c.node.operation, c.node.record])).toEqual([
      ['UPDATED', { __typename: 'IdentityCheck', id: checkId, tracingConfirmedIdentity: { name: '周建军' } }],
    ]);
  });

  it("shows on the person's open check, for the police and the requesting county, and nowhere else", async () => {
    const { personId, checkId } = await personWithCheck();
    expect(await read(checkId)).toMatchObject({ status: 'REQUESTED', tracingConfirmedIdentity: null });
    const at = new Date(Date.now() - 60_000);
    expect(await consumer.apply(confirmed(personId, '李秀兰', at))).toBe<ApplyOutcome>('APPLIED');
    expect(await read(checkId)).toEqual({ id: checkId, status: 'REQUESTED', tracingConfirmedIdentity: { name: '李秀兰', confirmedAt: at.toISOString() } });
    expect((await read(checkId, stationStaff))!.tracingConfirmedIdentity).toEqual({ name: '李秀兰', confirmedAt: at.toISOString() });
    expect(await read(checkId, otherCounty)).toBeNull();
    const onPerson = await subgraph.execute<{ _entities: Array<{ identityChecks: Array<{ id: string; tracingConfirmedIdentity: { name: string } | null }> }> }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { identityChecks { id tracingConfirmedIdentity { name } } } } }`,
      { r: [{ __typename: 'Person', id: personId }] },
      police,
    );
    expect(onPerson.data!._entities[0]!.identityChecks).toEqual([{ id: checkId, tracingConfirmedIdentity: { name: '李秀兰' } }]);
  });

  it('keeps the newest confirmation and applies a redelivered one once', async () => {
    const { personId, checkId } = await personWithCheck();
    const newer = confirmed(personId, '王建国', new Date(Date.now() - 1_000));
    expect(await consumer.apply(newer)).toBe<ApplyOutcome>('APPLIED');
    expect(await consumer.apply(newer)).toBe<ApplyOutcome>('DUPLICATE');
    // A later event in the subject's sequence that confirms an earlier match changes nothing.
    expect(await consumer.apply(confirmed(personId, '王建华', new Date(Date.now() - 3_600_000)))).toBe<ApplyOutcome>('APPLIED');
    expect((await read(checkId))!.tracingConfirmedIdentity!.name).toBe('王建国');
    expect(await sql('select 1 from tracing_confirmation where person_id = ?', [personId])).toHaveLength(1);
  });

  it.each([
    ['from an agency that does not own it', { owner: 'public-security' }, '张伟'],
    ['with a name carrying an invisible character', {}, '张\u200b伟'],
    ['about another person than its subject', { subjectId: '00000000-0000-4000-8000-000000000000' }, '张伟'],
  ])('sends an event %s to the dead letters and stores nothing', async (_what, overrides, name) => {
    const { personId, checkId } = await personWithCheck();
    const event = confirmed(personId, name, new Date(), overrides);
    expect(await consumer.apply(event)).toBe<ApplyOutcome>('DEAD_LETTER');
    expect(await sql('select 1 from exchange_dead_letter where event_id = ?', [event.eventId])).toHaveLength(1);
    expect(await sql('select 1 from tracing_confirmation where person_id = ?', [personId])).toEqual([]);
    expect((await read(checkId))!.tracingConfirmedIdentity).toBeNull();
  });

  it("is compared by `reconcile civil-affairs`, which reports a confirmation lost or altered since", async () => {
    expect(definition.exchange?.projections?.['civil-affairs']).toBe(civilAffairsProjection);
    expect(civilAffairsProjection.tables).toEqual(['person_projection', 'tracing_confirmation']);
    async function* feed() {
      yield* delivered;
    }
    // Other suites of the run may keep confirmations of their own persons in the same database: look at this file's.
    const mine = events.persons();
    const ofMine = (ids: string[]) => ids.filter((id) => mine.includes(id));
    const clean = await reconcileProjection(subgraph.orm.em.fork(), 'civil-affairs', tracingConfirmationProjection, feed());
    expect(clean.rowsExpected).toBeGreaterThanOrEqual(2);
    expect([clean.missing, ofMine(clean.unexpected), clean.differing]).toEqual([[], [], []]);
    const [lost, altered] = await sql<Array<{ person_id: string }>>('select person_id from tracing_confirmation where person_id in (?) order by person_id limit 2', [mine]);
    await sql('delete from tracing_confirmation where person_id = ?', [lost!.person_id]);
    await sql(`update tracing_confirmation set name = '赵六' where person_id = ?`, [altered!.person_id]);
    const drift = await reconcileProjection(subgraph.orm.em.fork(), 'civil-affairs', civilAffairsProjection, feed());
    expect(drift.missing).toEqual([`tracing_confirmation:${lost!.person_id}`]);
    expect(drift.differing).toEqual([{ id: `tracing_confirmation:${altered!.person_id}`, fields: ['name'] }]);
  });
});
