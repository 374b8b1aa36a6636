/**
 * Shelter referrals per calendar month, the chart the federation and the shelter read their load
 * by: per month the referrals submitted, by assessed risk and by kind of harm, over the referrals
 * the caller may see.
 */
import { raw } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { monthSpan, shanghaiMonthSql, type Caller } from '@lifeline/subgraph-runtime';
import { ShelterReferral } from '../entities/shelter-referral.entity';
import { shelterReferralScope } from './access';
import { RISK_LEVELS, type RiskLevel, type VictimType } from './vocabulary';

export interface ReferralMonth {
  month: string;
  submitted: number;
  byRisk: Array<{ riskLevel: RiskLevel; count: number }>;
  byVictimType: Array<{ victimType: VictimType; count: number }>;
}

const MONTH = shanghaiMonthSql('r.submitted_at');

/**
 * One statement whatever the span, under the very scope the referral lists use (the shelter's
 * staff all, a supervisor her organisation's, a caseworker or officer her own), so no count holds
 * a referral the caller could not open. Counts only: no victim is named.
 */
export async function referralTrend(em: EntityManager, caller: Caller, months: number | null | undefined, until: Date | null | undefined): Promise<ReferralMonth[]> {
  // Outside 1 to 24 months: refused with BAD_USER_INPUT (before asking who may read what).
  const { labels, start, end } = monthSpan(until ?? new Date(), months);
  const scope = shelterReferralScope(caller);
  if (scope === null) return [];
  const rows = await em
    .createQueryBuilder(ShelterReferral, 'r')
    .select([raw(`${MONTH} as month`), 'r.riskLevel', 'r.victimType', raw('count(*)::int as n')])
    .where({ $and: [scope, { submittedAt: { $gte: start, $lt: end } }] })
    .groupBy([raw(MONTH), 'r.riskLevel', 'r.victimType'])
    .execute<Array<{ month: string; riskLevel: RiskLevel; victimType: VictimType; n: number }>>('all', true);
  return labels.map((month) => {
    const inMonth = rows.filter((row) => row.month === month);
    const tally = <K extends string>(key: (row: (typeof inMonth)[number]) => K) => {
      const counts = new Map<K, number>();
      for (const row of inMonth) counts.set(key(row), (counts.get(key(row)) ?? 0) + Number(row.n));
      return counts;
    };
    const risks = tally((row) => row.riskLevel);
    return {
      month,
      submitted: inMonth.reduce((sum, row) => sum + Number(row.n), 0),
      byRisk: [...RISK_LEVELS].reverse().filter((level) => risks.has(level)).map((riskLevel) => ({ riskLevel, count: risks.get(riskLevel)! })),
      byVictimType: [...tally((row) => row.victimType)].map(([victimType, count]) => ({ victimType, count })).sort((a, b) => b.count - a.count || a.victimType.localeCompare(b.victimType)),
    };
  });
}
