import { buildDemoRegion } from '@lifeline/demo-region';
import { ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, personEntitiesReader, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { PROTECTED_DEMO_PERSONS } from './person-projection.fixture';

let subgraph: TestSubgraph<SubgraphContext>;
const region = buildDemoRegion();
const caller = testCaller({ agency: 'FOREIGN_AFFAIRS', roles: [ROLES.FAO_OFFICER], orgUnit: `${region.city.code}-foreign-affairs-office`, jurisdiction: region.city.code });

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

const persons = personEntitiesReader<{ id: string; aidEntrustments: Array<{ id: string; totalCapFen: number; items: Array<{ kind: string; capFen: number }> }> }>(
  () => subgraph,
  'id aidEntrustments { id status documentNumber nationality totalCapFen validUntil items { kind capFen } }',
  caller,
);

describe('aid entrustments on persons', () => {
  it('adds each foreign national the entrustments with their item caps in fen', async () => {
    const entrustment = region.aidEntrustments[0]!;
    const person = await persons.one(entrustment.personId);
    const found = person.aidEntrustments.find((e) => e.id === entrustment.id)!;
    expect(found.totalCapFen).toBe(entrustment.totalCapFen);
    expect(found.items.map((i) => i.kind).sort()).toEqual(entrustment.items.map((i) => i.kind).sort());
  });

  it('resolves 50 persons with items in as many statements as 5', async () => {
    const beneficiaries = [...new Set(region.aidEntrustments.map((e) => e.personId))];
    const others = region.persons.map((p) => p.id).filter((id) => !beneficiaries.includes(id));
    await persons.resolvesFiftyAsFive([...beneficiaries, ...others]);
  });

  it('refuses a second entrustment with the same document number from the same office (database constraint)', async () => {
    const existing = region.aidEntrustments[0]!;
    const connection = subgraph.orm.em.fork().getConnection();
    const before = await connection.execute<Array<{ n: string }>>('select count(*) as n from aid_entrustment');
    await expect(
      connection.execute(
        `insert into aid_entrustment (id, document_number, issuing_office, issuing_org_unit, issued_by, person_id, beneficiary_name, nationality, passport_number, entry_status, status, total_cap_fen, valid_from, valid_until, issued_at, created_at, updated_at)
         values (gen_random_uuid(), ?, ?, 'x-foreign-affairs-office', 'someone', ?, 'JOHN DOE', 'USA', 'X1234567', 'LEGAL_STAY', 'ISSUED', 100, now(), now() + interval '1 day', now(), now(), now())`,
        [existing.documentNumber, existing.issuingOffice, existing.personId],
      ),
    ).rejects.toThrow(/unique/);
    const after = await connection.execute<Array<{ n: string }>>('select count(*) as n from aid_entrustment');
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});

describe('the demo entrustments', () => {
  const LIST = /* GraphQL */ `
    query { aidEntrustments(first: 100) { id status version acceptedAt statusReason versions { number } deliveries { amountFen } remaining { totalCapFen deliveredFen } events { action } } }
  `;
  type Listed = { id: string; status: string; version: number; acceptedAt: string | null; statusReason: string | null; versions: unknown[]; deliveries: unknown[]; remaining: { totalCapFen: number; deliveredFen: number }; events: Array<{ action: string }> };

  it('are consistent with their status: accepted ones with deliveries, fulfilled at the cap, one revoked, one expired, one amended', async () => {
    const result = await subgraph.execute<{ aidEntrustments: Listed[] }>(LIST, {}, caller);
    const seeded = result.data!.aidEntrustments.filter((e) => region.aidEntrustments.some((r) => r.id === e.id));
    // A protected victim's entrustment exists only for shelter staff and the entitled.
    const visibleInRegion = region.aidEntrustments.filter((r) => !PROTECTED_DEMO_PERSONS.has(r.personId ?? ''));
    expect(seeded).toHaveLength(visibleInRegion.length);
    const by = (status: string) => seeded.filter((e) => e.status === status);
    // The region is dated relative to the day it is seeded: every entrustment reads as planned,
    // open ones open (a region pinned to a past date would read them all EXPIRED, and the loops
    // below would check nothing).
    const counts = (rows: Array<{ status: string }>) => rows.reduce<Record<string, number>>((n, e) => ({ ...n, [e.status]: (n[e.status] ?? 0) + 1 }), {});
    expect(counts(seeded)).toEqual(counts(visibleInRegion));
    for (const status of ['ISSUED', 'ACCEPTED', 'IN_PROGRESS', 'FULFILLED']) expect(by(status).length).toBeGreaterThan(0);
    for (const e of [...by('ACCEPTED'), ...by('IN_PROGRESS'), ...by('FULFILLED')]) expect(e.acceptedAt).not.toBeNull();
    for (const e of by('ISSUED')) expect(e.deliveries).toHaveLength(0);
    expect(by('IN_PROGRESS').every((e) => e.deliveries.length > 0 && e.remaining.deliveredFen < e.remaining.totalCapFen)).toBe(true);
    expect(by('FULFILLED').every((e) => e.remaining.deliveredFen === e.remaining.totalCapFen)).toBe(true);
    expect(by('REVOKED').length).toBeGreaterThan(0);
    expect(by('REVOKED').every((e) => e.statusReason && e.events.at(-1)!.action === 'REVOKED')).toBe(true);
    expect(by('EXPIRED').length).toBeGreaterThan(0);
    expect(seeded.filter((e) => e.version === 2 && e.versions.length === 2 && e.events.some((ev) => ev.action === 'AMENDED'))).toHaveLength(1);
    for (const e of seeded) expect(e.remaining.deliveredFen).toBeLessThanOrEqual(e.remaining.totalCapFen);
  });
});
