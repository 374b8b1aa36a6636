import { buildDemoRegion } from '@lifeline/demo-region';
import { ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, personEntitiesReader, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;
const region = buildDemoRegion();
const caller = testCaller({ id: 'shelter.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.SHELTER_STAFF], jurisdiction: '379900' });

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

const persons = personEntitiesReader<{ id: string; shelterReferrals: Array<{ id: string }> }>(
  () => subgraph,
  'id shelterReferrals { id status victimType riskLevel accompanyingChildren submittedAt }',
  caller,
);

describe('shelter referrals on persons', () => {
  it('adds each victim her referrals', async () => {
    const referral = region.shelterReferrals[0]!;
    const person = await persons.one(referral.personId);
    expect(person.shelterReferrals.map((r) => r.id)).toContain(referral.id);
  });

  it('resolves 50 persons in as many statements as 5', async () => {
    const victims = [...new Set(region.shelterReferrals.map((r) => r.personId))];
    const others = region.persons.map((p) => p.id).filter((id) => !victims.includes(id));
    await persons.resolvesFiftyAsFive([...victims, ...others]);
  });
});

describe('the referral list', () => {
  it('lists referrals in one status, newest first', async () => {
    const result = await subgraph.execute<{ shelterReferrals: Array<{ id: string; status: string; submittedAt: string }> }>(
      `{ shelterReferrals(status: SUBMITTED, first: 100) { id status submittedAt } }`,
      undefined,
      caller,
    );
    const list = result.data!.shelterReferrals;
    const demo = new Set(region.shelterReferrals.map((r) => r.id));
    // The caseworker's side of the file: open until she closes it (the shelter's answers are civil affairs').
    expect(list.filter((r) => demo.has(r.id)).length).toBe(region.shelterReferrals.filter((r) => r.status !== 'CLOSED').length);
    const times = list.map((r) => Date.parse(r.submittedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('answers null for an unknown referral', async () => {
    const unknown = await subgraph.execute<{ shelterReferral: unknown }>(
      `{ shelterReferral(id: "00000000-0000-4000-8000-000000000000") { id } }`,
      undefined,
      caller,
    );
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.shelterReferral).toBeNull();
  });
});

describe("reading a referral's victim", () => {
  const lastRead = async (referralId: string) => {
    const rows = await subgraph.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ fields: string }>>(`select fields from audit_event where record_type = 'ShelterReferral' and record_id = ? and operation = 'READ' and actor = ? order by seq desc limit 1`, [referralId, caller.id]);
    return String(rows[0]?.fields ?? '');
  };
  const READ_VICTIM = (selection: string) => `query($id: ID!) { shelterReferral(id: $id) { victim { ${selection} } } }`;

  it('notes in the referral’s audit line the victim’s fields actually read, never their values', async () => {
    const referral = region.shelterReferrals[0]!;
    const named = await subgraph.execute<{ shelterReferral: { victim: { name: string | null; sex: string } } }>(READ_VICTIM('name sex'), { id: referral.id }, caller);
    expect(named.errors).toBeUndefined();
    const first = await lastRead(referral.id);
    expect(first).toContain('victim.name');
    expect(first).toContain('victim.sex');
    expect(first).not.toContain('victim.idNumber');
    expect(first).not.toContain('victim.phone');

    const numbers = await subgraph.execute<{ shelterReferral: { victim: { idNumber: string | null; phone: string | null } } }>(READ_VICTIM('idNumber phone'), { id: referral.id }, caller);
    expect(numbers.errors).toBeUndefined();
    const second = await lastRead(referral.id);
    expect(second).toContain('victim.idNumber');
    expect(second).toContain('victim.phone');
    expect(second).not.toContain('victim.name');
    for (const value of [numbers.data!.shelterReferral.victim.idNumber, numbers.data!.shelterReferral.victim.phone, named.data!.shelterReferral.victim.name]) {
      if (value) expect(second + first).not.toContain(value);
    }
  });
});
