/**
 * `careTrend`: cases received and ended per calendar month in Beijing time, in the caller's
 * jurisdiction, every month of the span listed; two statements whatever the span; refused outside
 * 1 to 24 months and to callers who read no figures.
 */
import { ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { createCountyStation } from './support/county-station';
import { personInCare } from './support/person-in-care';

let subgraph: TestSubgraph<SubgraphContext>;
/** A county of this suite's own, so no other suite's cases count here. */
const COUNTY = { jurisdiction: '379974', name: '趋势县' };
/** Another county with no cases at all. */
const EMPTY_COUNTY = '379973';
const staff = testCaller({ id: 'trend.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: COUNTY.jurisdiction });
const otherStaff = testCaller({ id: 'trend.other', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: EMPTY_COUNTY });
const leadership = testCaller({ id: 'trend.leader', agency: 'CIVIL_AFFAIRS', roles: [ROLES.LEADERSHIP], jurisdiction: COUNTY.jurisdiction });
const police = testCaller({ id: 'trend.police', agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER], jurisdiction: COUNTY.jurisdiction });
/** Mid-March 2026 in Beijing: the last month of the spans asked below. */
const UNTIL = '2026-03-15T04:00:00.000Z';

type Month = { month: string; received: number; exits: Array<{ reason: string; count: number }>; averageStayDays: number | null };
const QUERY = `query($months: Int, $until: DateTime) { careTrend(months: $months, until: $until) { month received exits { reason count } averageStayDays } }`;
const trend = (variables: Record<string, unknown>, caller = staff) => subgraph.execute<{ careTrend: Month[] }>(QUERY, variables, caller);

/** Sets a case's intake and (optionally) its end, as instants with their Beijing offset. */
async function setTimes(caseId: string, intakeAt: string, exit?: { at: string; reason: string }) {
  await subgraph.orm.em
    .fork()
    .getConnection()
    .execute(`update rescue_case set intake_at = ?, exit_at = ?, exit_reason = ?, status = ? where id = ?`, [
      new Date(intakeAt),
      exit ? new Date(exit.at) : null,
      exit?.reason ?? null,
      exit ? 'EXITED' : 'IN_CARE',
      caseId,
    ]);
}

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  const stationId = await createCountyStation(subgraph.orm.em.fork(), COUNTY);
  const [a, b, c, d] = [
    await personInCare(subgraph, stationId, staff),
    await personInCare(subgraph, stationId, staff),
    await personInCare(subgraph, stationId, staff),
    await personInCare(subgraph, stationId, staff),
  ];
  // January: one in; ends 26 days later, in February, returned home.
  await setTimes(a!.caseId, '2026-01-10T10:00:00+08:00', { at: '2026-02-05T10:00:00+08:00', reason: 'RETURNED_HOME' });
  // February: one in (the last minutes of February in UTC are March in Beijing: it ends in March), escorted home after 9 days.
  await setTimes(b!.caseId, '2026-02-20T00:30:00+08:00', { at: '2026-03-01T00:30:00+08:00', reason: 'ESCORTED_HOME' });
  // March (Beijing), though still 28 February in UTC: in care.
  await setTimes(c!.caseId, '2026-03-01T07:00:00+08:00');
  // March: one in and out the same month, 1 day.
  await setTimes(d!.caseId, '2026-03-03T10:00:00+08:00', { at: '2026-03-04T10:00:00+08:00', reason: 'RETURNED_HOME' });
});
afterAll(() => subgraph.close());

describe('careTrend', () => {
  it('counts each month in Beijing time, every month of the span listed, the oldest first', async () => {
    const result = await trend({ months: 4, until: UNTIL });
    expect(result.errors).toBeUndefined();
    expect(result.data!.careTrend).toEqual([
      { month: '2025-12', received: 0, exits: [], averageStayDays: null },
      { month: '2026-01', received: 1, exits: [], averageStayDays: null },
      { month: '2026-02', received: 1, exits: [{ reason: 'RETURNED_HOME', count: 1 }], averageStayDays: 26 },
      { month: '2026-03', received: 2, exits: [{ reason: 'ESCORTED_HOME', count: 1 }, { reason: 'RETURNED_HOME', count: 1 }], averageStayDays: 5 },
    ]);
  });

  it('lists twelve months ending now by default', async () => {
    const result = await trend({});
    const months = result.data!.careTrend;
    expect(months).toHaveLength(12);
    const now = new Date(Date.now() + 8 * 3600_000);
    expect(months.at(-1)!.month).toBe(`${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`);
  });

  it('counts only the caller’s jurisdiction; leadership reads theirs', async () => {
    const other = await trend({ months: 4, until: UNTIL }, otherStaff);
    expect(other.data!.careTrend.map((m) => [m.received, m.exits.length])).toEqual([[0, 0], [0, 0], [0, 0], [0, 0]]);
    const leader = await trend({ months: 4, until: UNTIL }, leadership);
    expect(leader.data!.careTrend.map((m) => m.received)).toEqual([0, 1, 1, 2]);
  });

  it('costs the same two statements for one month as for 24', async () => {
    const one = await subgraph.queries.during(() => trend({ months: 1, until: UNTIL }));
    const all = await subgraph.queries.during(() => trend({ months: 24, until: UNTIL }));
    expect(all.result.data!.careTrend).toHaveLength(24);
    expect(one.statements).toBe(all.statements);
  });

  it('refuses a span outside 1 to 24 months, and callers who read no figures', async () => {
    for (const months of [0, 25, -3]) {
      const result = await trend({ months, until: UNTIL });
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(result.data).toBeNull();
    }
    const refused = await trend({ months: 4, until: UNTIL }, police);
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
