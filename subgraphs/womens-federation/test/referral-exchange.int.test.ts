/**
 * The women's federation tells civil affairs of its referrals through its outbox: each submission,
 * withdrawal and closing writes its event in the same transaction, carrying only what the shelter
 * needs (never the victim's name, ID number, phone or the children's ages); a refused or
 * rolled-back change writes none, and a replayed submission none again.
 */
import { ExchangeOutboxEvent, ROLES, type ApplyOutcome, type RequestAudit } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, testExchangeConsumer, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { randomUUID } from 'node:crypto';
import { type SubgraphContext } from '../src/context';
import { civilAffairsHandlers } from '../src/domain/person-merge';
import { submitShelterReferral } from '../src/domain/shelter-referral.service';
import { ShelterReferral } from '../src/entities/shelter-referral.entity';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;
const caseworker = testCaller({ id: 'exchange.caseworker', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER], orgUnit: '测试区妇联' });

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

const RESULT = `__typename ... on ShelterReferralChanged { replayed shelterReferral { id version status } } ... on ReferralInputRejected { field code } ... on ReferralStepRefused { currentStatus } ... on ReferralVersionConflict { currentVersion }`;
type Result = { __typename: string; replayed?: boolean; shelterReferral?: { id: string; version: number; status: string }; field?: string; code?: string };
const SUBMIT = `mutation($input: SubmitShelterReferralInput!) { submitShelterReferral(input: $input) { ${RESULT} } }`;
const WITHDRAW = `mutation($id: ID!, $v: Int!, $reason: String!) { withdrawShelterReferral(referralId: $id, expectedVersion: $v, reason: $reason) { ${RESULT} } }`;
const CLOSE = `mutation($id: ID!, $v: Int!) { closeShelterReferral(referralId: $id, expectedVersion: $v) { ${RESULT} } }`;

const input = (overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: randomUUID(),
  victim: { name: '吴晓丽', age: 29, phone: '13912340000' },
  victimType: 'DOMESTIC_VIOLENCE',
  risk: { level: 'CRITICAL', factors: ['STRANGULATION'] },
  children: [{ ageYears: 4, sex: 'MALE' }],
  needs: ['SAFE_TRANSPORT', 'CHILDCARE'],
  needsNote: '施暴者有车,需接送',
  referringOrganisation: '测试区妇女联合会',
  consent: { givenBy: 'VICTIM', method: 'WRITTEN', at: new Date(Date.now() - 600_000).toISOString() },
  ...overrides,
});
async function run(query: string, variables: Record<string, unknown>): Promise<Result> {
  const response = await subgraph.execute<Record<string, Result>>(query, variables, caseworker);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return Object.values(response.data!)[0]!;
}
const eventsOf = (referralId: string) => subgraph.orm.em.fork().find(ExchangeOutboxEvent, { subjectType: 'ShelterReferral', subjectId: referralId }, { orderBy: { subjectSeq: 'asc' } });
const outboxSize = () => subgraph.orm.em.fork().count(ExchangeOutboxEvent, {});

describe("the women's federation's referral events", () => {
  it('publishes a submission with what the shelter needs and nothing of who the victim is; a replay publishes nothing more', async () => {
    const body = input();
    const referral = (await run(SUBMIT, { input: body })).shelterReferral!;
    const events = await eventsOf(referral.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'referral.submitted', owner: 'womens-federation', subjectSeq: 1, payloadVersion: 1 });
    expect(events[0]!.payload).toEqual({
      referralId: referral.id,
      referringCaseworker: 'exchange.caseworker',
      referringOrganisation: '测试区妇女联合会',
      victimType: 'DOMESTIC_VIOLENCE',
      riskLevel: 'CRITICAL',
      accompanyingChildren: 1,
      needs: ['CHILDCARE', 'SAFE_TRANSPORT'],
      submittedAt: expect.any(String),
    });
    expect(JSON.stringify(events[0]!.payload)).not.toMatch(/吴晓丽|13912340000|施暴者/);
    const before = await outboxSize();
    expect((await run(SUBMIT, { input: body })).replayed).toBe(true);
    expect(await outboxSize()).toBe(before);
  });

  it('publishes a withdrawal, then a closing, in the referral’s order; a refused step publishes nothing', async () => {
    const referral = (await run(SUBMIT, { input: input() })).shelterReferral!;
    const before = await outboxSize();
    expect(await run(WITHDRAW, { id: referral.id, v: referral.version, reason: '  ' })).toMatchObject({ __typename: 'ReferralInputRejected', field: 'reason' });
    expect(await run(WITHDRAW, { id: referral.id, v: referral.version + 3, reason: '本人返回' })).toMatchObject({ __typename: 'ReferralVersionConflict' });
    expect(await outboxSize()).toBe(before);
    const withdrawn = (await run(WITHDRAW, { id: referral.id, v: referral.version, reason: '本人已由亲属接走' })).shelterReferral!;
    expect(await run(WITHDRAW, { id: referral.id, v: withdrawn.version, reason: '再次' })).toMatchObject({ __typename: 'ReferralStepRefused', currentStatus: 'WITHDRAWN' });
    await run(CLOSE, { id: referral.id, v: withdrawn.version });
    const events = await eventsOf(referral.id);
    expect(events.map((e) => [e.type, e.subjectSeq])).toEqual([
      ['referral.submitted', 1],
      ['referral.withdrawn', 2],
      ['referral.closed', 3],
    ]);
    // The caseworker's reason stays with the women's federation; the shelter reads it in the referral.
    expect(events[1]!.payload).toEqual({ referralId: referral.id, at: expect.any(String) });
  });

  it('writes neither the referral nor its event when the transaction fails after the event was written', async () => {
    const before = { events: await outboxSize(), referrals: await subgraph.orm.em.fork().count(ShelterReferral, {}) };
    const failingAudit = { appendWithin: async () => Promise.reject(new Error('audit trail unavailable')) } as unknown as RequestAudit;
    await expect(submitShelterReferral({ em: subgraph.orm.em.fork(), caller: caseworker, audit: failingAudit }, { ...input(), consent: { givenBy: 'VICTIM', method: 'WRITTEN', at: new Date(Date.now() - 60_000) } } as never)).rejects.toThrow('audit trail unavailable');
    expect(await outboxSize()).toBe(before.events);
    expect(await subgraph.orm.em.fork().count(ShelterReferral, {})).toBe(before.referrals);
  });

  it('refuses an organisation name longer than the exchange carries, and stores nothing', async () => {
    const before = await outboxSize();
    expect(await run(SUBMIT, { input: input({ referringOrganisation: '妇'.repeat(201) }) })).toMatchObject({ __typename: 'ReferralInputRejected', field: 'referringOrganisation', code: 'TOO_LONG' });
    expect(await outboxSize()).toBe(before);
  });

  it('serves the demo referrals through the outbox: one submission each, and a closing for each closed file', async () => {
    const [row] = await subgraph.orm.em.fork().getConnection().execute<Array<{ missing: string; closed_without_event: string }>>(
      `select (select count(*) from shelter_referral r where r.idempotency_key like 'demo-%'
                 and not exists (select 1 from exchange_outbox e where e.subject_id = r.id::text and e.type = 'referral.submitted')) as missing,
              (select count(*) from shelter_referral r where r.idempotency_key like 'demo-%' and r.status = 'CLOSED'
                 and not exists (select 1 from exchange_outbox e where e.subject_id = r.id::text and e.type = 'referral.closed')) as closed_without_event`,
    );
    expect(row).toEqual({ missing: '0', closed_without_event: '0' });
    expect(await subgraph.orm.em.fork().count(ShelterReferral, { idempotencyKey: { $like: 'demo-%' } })).toBeGreaterThan(0);
  });
});

describe("civil affairs' merges and removals, in the women's federation", () => {
  const consumer = () =>
    testExchangeConsumer(subgraph.orm, 'womens-federation', 'civil-affairs', civilAffairsHandlers);
  let position = 5_000_000;
  const event = (type: string, personId: string, payload: Record<string, unknown>) => ({
    position: String(++position),
    eventId: randomUUID(),
    type,
    owner: 'civil-affairs',
    subjectType: 'Person',
    subjectId: personId,
    subjectSeq: 2,
    occurredAt: new Date().toISOString(),
    payloadVersion: 1,
    payload: { personId, ...payload },
  });
  /** A referral civil affairs linked to a person record (as the demo region's are). */
  async function linkedReferral(): Promise<{ referralId: string; personId: string }> {
    const referralId = (await run(SUBMIT, { input: input() })).shelterReferral!.id;
    const personId = randomUUID();
    await subgraph.orm.em.fork().nativeUpdate(ShelterReferral, { id: referralId }, { personId });
    return { referralId, personId };
  }
  const PERSON_OF = `query($id: ID!) { shelterReferral(id: $id) { id person { id } } }`;
  const personOf = async (id: string) => (await subgraph.execute<{ shelterReferral: { person: { id: string } | null } }>(PERSON_OF, { id }, caseworker)).data!.shelterReferral.person;

  it('re-points a merged record’s referrals to the survivor, once however often the event arrives', async () => {
    const { referralId, personId } = await linkedReferral();
    const survivor = randomUUID();
    const merged = event('person.merged', personId, { intoPersonId: survivor, mergedAt: new Date().toISOString() });
    expect(await consumer().apply(merged)).toBe<ApplyOutcome>('APPLIED');
    expect(await consumer().apply(merged)).toBe<ApplyOutcome>('DUPLICATE');
    expect(await personOf(referralId)).toEqual({ id: survivor });
    const onPerson = await subgraph.execute<{ _entities: Array<{ shelterReferrals: Array<{ id: string }> }> }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { shelterReferrals { id } } } }`,
      { r: [{ __typename: 'Person', id: survivor }, { __typename: 'Person', id: personId }] },
      caseworker,
    );
    expect(onPerson.data!._entities.map((p) => p.shelterReferrals.map((r) => r.id))).toEqual([[referralId], []]);
  });

  it("leaves a removed record's referral naming no person, the caseworker's file kept", async () => {
    const { referralId, personId } = await linkedReferral();
    expect(await consumer().apply(event('person.removed', personId, { removedAt: new Date().toISOString() }))).toBe<ApplyOutcome>('APPLIED');
    expect(await personOf(referralId)).toBeNull();
    expect(await subgraph.orm.em.fork().count(ShelterReferral, { id: referralId })).toBe(1);
  });

  it('sends a merge event from any agency but civil affairs to the dead letters, changing nothing', async () => {
    const { referralId, personId } = await linkedReferral();
    expect(await consumer().apply({ ...event('person.merged', personId, { intoPersonId: randomUUID(), mergedAt: new Date().toISOString() }), owner: 'womens-federation' })).toBe<ApplyOutcome>('DEAD_LETTER');
    expect(await personOf(referralId)).toEqual({ id: personId });
  });
});
