/**
 * Aid spent per calendar month, the chart the foreign-affairs office and the center read spending
 * by: per month the deliveries made, in all and per kind of aid, under the entrustments the caller
 * may see.
 */
import { raw } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { monthSpan, type Caller, type Fen } from '@lifeline/subgraph-runtime';
import { AidDelivery } from '../entities/aid-delivery.entity';
import { visibleEntrustments } from './access';
import { type AidItemKind } from './vocabulary';

export interface AidSpendMonth {
  month: string;
  total: Fen;
  deliveries: number;
  byKind: Array<{ kind: AidItemKind; amount: Fen; deliveries: number }>;
}

const MONTH = `to_char(d.delivered_on, 'YYYY-MM')`;

/**
 * One statement whatever the span: the deliveries' sums grouped by month and kind, under the very
 * filter the entrustment lists use (the caller's office, the center's accepted ones, a station's
 * county; a protected victim's entrustments only for those entitled to her), so the sums never
 * count an entrustment the caller could not open. A caller who sees no entrustment gets an empty
 * list. A delivery's month is that of the day it was made (`deliveredOn`, a date in Beijing).
 */
export async function aidSpendTrend(em: EntityManager, caller: Caller, months: number | null | undefined, until: Date | null | undefined): Promise<AidSpendMonth[]> {
  const now = new Date();
  // Outside 1 to 24 months: refused with BAD_USER_INPUT (before asking who may read what).
  const { labels, startDate, endDate } = monthSpan(until ?? now, months);
  const scope = visibleEntrustments(caller, now);
  if (scope === null) return [];
  const rows = await em
    .createQueryBuilder(AidDelivery, 'd')
    .select([raw(`${MONTH} as month`), 'd.kind', raw('sum(d.amount_fen)::text as fen'), raw('count(*)::int as n')])
    .where({ entrustment: scope, deliveredOn: { $gte: startDate, $lt: endDate } })
    .groupBy([raw(MONTH), 'd.kind'])
    .execute<Array<{ month: string; kind: AidItemKind; fen: string; n: number }>>('all', false);
  return labels.map((month) => {
    const kinds = rows
      .filter((row) => row.month === month)
      .map((row) => ({ kind: row.kind, amount: BigInt(row.fen), deliveries: Number(row.n) }))
      .sort((a, b) => (a.amount === b.amount ? a.kind.localeCompare(b.kind) : a.amount > b.amount ? -1 : 1));
    return {
      month,
      total: kinds.reduce((sum, kind) => sum + kind.amount, 0n),
      deliveries: kinds.reduce((sum, kind) => sum + kind.deliveries, 0),
      byKind: kinds,
    };
  });
}
