/**
 * `referralTrend`: referrals submitted per Beijing month, by risk and by kind of harm, counted
 * over exactly the referrals the caller may see (a caseworker her own, a supervisor her
 * organisation's, the shelter all); one statement whatever the span; refused outside 1 to 24
 * months and to callers who do not work referrals.
 */
import { randomUUID } from 'node:crypto';
import { ROLES, type Caller } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;
const ORGANISATION = '趋势测试区妇联';
const caseworker = testCaller({ id: 'trend.caseworker', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER], orgUnit: ORGANISATION });
const colleague = testCaller({ id: 'trend.colleague', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER], orgUnit: ORGANISATION });
const supervisor = testCaller({ id: 'trend.supervisor', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_SUPERVISOR], orgUnit: ORGANISATION });
const otherSupervisor = testCaller({ id: 'trend.other', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_SUPERVISOR], orgUnit: '别处妇联' });
const shelterStaff = testCaller({ id: 'shelter.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.SHELTER_STAFF], jurisdiction: '379900' });
const centerStaff = testCaller({ id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });
/** Mid-April 2026 in Beijing: the last month of the spans asked below. */
const UNTIL = '2026-04-15T04:00:00.000Z';

type Month = { month: string; submitted: number; byRisk: Array<{ riskLevel: string; count: number }>; byVictimType: Array<{ victimType: string; count: number }> };
const TREND = `query($months: Int, $until: DateTime) { referralTrend(months: $months, until: $until) { month submitted byRisk { riskLevel count } byVictimType { victimType count } } }`;
const trend = (caller: Caller, variables: Record<string, unknown> = { months: 3, until: UNTIL }) => subgraph.execute<{ referralTrend: Month[] }>(TREND, variables, caller);

async function submit(by: Caller, victimType: string, level: string, submittedAt: string): Promise<void> {
  const result = await subgraph.execute<{ submitShelterReferral: { __typename: string; shelterReferral: { id: string } } }>(
    `mutation($input: SubmitShelterReferralInput!) { submitShelterReferral(input: $input) { __typename ... on ShelterReferralChanged { shelterReferral { id } } } }`,
    {
      input: {
        idempotencyKey: randomUUID(),
        victim: { name: '趋势测试' },
        victimType,
        risk: { level, factors: ['THREATS_TO_KILL'] },
        needs: ['COUNSELLING'],
        referringOrganisation: ORGANISATION,
        consent: { givenBy: 'VICTIM', method: 'WRITTEN', at: new Date(Date.now() - 60_000).toISOString() },
      },
    },
    by,
  );
  expect(result.data!.submitShelterReferral.__typename).toBe('ShelterReferralChanged');
  // Submitted in the month the test needs (the service stamps now).
  await subgraph.orm.em.fork().getConnection().execute(`update shelter_referral set submitted_at = ? where id = ?`, [new Date(submittedAt), result.data!.submitShelterReferral.shelterReferral.id]);
}

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  await submit(caseworker, 'DOMESTIC_VIOLENCE', 'MEDIUM', '2026-02-10T10:00:00+08:00');
  await submit(caseworker, 'TRAFFICKING', 'CRITICAL', '2026-04-01T00:10:00+08:00'); // 31 March in UTC
  await submit(caseworker, 'DOMESTIC_VIOLENCE', 'HIGH', '2026-04-03T10:00:00+08:00');
  await submit(colleague, 'DOMESTIC_VIOLENCE', 'HIGH', '2026-04-05T10:00:00+08:00');
});
afterAll(() => subgraph.close());

describe('referralTrend', () => {
  it('counts a caseworker’s own referrals per Beijing month, the highest risk first', async () => {
    const result = await trend(caseworker);
    expect(result.errors).toBeUndefined();
    expect(result.data!.referralTrend).toEqual([
      { month: '2026-02', submitted: 1, byRisk: [{ riskLevel: 'MEDIUM', count: 1 }], byVictimType: [{ victimType: 'DOMESTIC_VIOLENCE', count: 1 }] },
      { month: '2026-03', submitted: 0, byRisk: [], byVictimType: [] },
      {
        month: '2026-04',
        submitted: 2,
        byRisk: [{ riskLevel: 'CRITICAL', count: 1 }, { riskLevel: 'HIGH', count: 1 }],
        byVictimType: [{ victimType: 'DOMESTIC_VIOLENCE', count: 1 }, { victimType: 'TRAFFICKING', count: 1 }],
      },
    ]);
  });

  it('counts for a supervisor her organisation’s, for another organisation none of them', async () => {
    const own = await trend(supervisor);
    expect(own.data!.referralTrend.map((m) => m.submitted)).toEqual([1, 0, 3]);
    expect(own.data!.referralTrend[2]!.byRisk).toEqual([{ riskLevel: 'CRITICAL', count: 1 }, { riskLevel: 'HIGH', count: 2 }]);
    const other = await trend(otherSupervisor);
    expect(other.data!.referralTrend.map((m) => m.submitted)).toEqual([0, 0, 0]);
  });

  it('counts for the shelter every referral, as many as its list holds in each month', async () => {
    const result = await trend(shelterStaff);
    const [counted] = await subgraph.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ n: string }>>(`select count(*) as n from shelter_referral where submitted_at >= '2026-03-31T16:00:00Z' and submitted_at < '2026-04-30T16:00:00Z'`);
    expect(result.data!.referralTrend[2]!.submitted).toBe(Number(counted!.n));
    expect(result.data!.referralTrend[2]!.submitted).toBeGreaterThanOrEqual(3);
  });

  it('costs the same statements for one month as for 24', async () => {
    const one = await subgraph.queries.during(() => trend(supervisor, { months: 1, until: UNTIL }));
    const all = await subgraph.queries.during(() => trend(supervisor, { months: 24, until: UNTIL }));
    expect(all.result.data!.referralTrend).toHaveLength(24);
    expect(all.statements).toBe(one.statements);
  });

  it('refuses a span outside 1 to 24 months, and callers who do not work referrals', async () => {
    for (const months of [0, 25]) {
      const result = await trend(caseworker, { months, until: UNTIL });
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(result.data).toBeNull();
    }
    const refused = await trend(centerStaff);
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
