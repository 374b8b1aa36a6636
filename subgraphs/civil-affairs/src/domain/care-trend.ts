/**
 * The monthly trend of rescue cases the home page charts: per calendar month in Beijing time,
 * cases received, cases ended per exit reason, and the average stay of those that ended.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { monthSpan, shanghaiMonthSql, type Caller } from '@lifeline/subgraph-runtime';
import { figuresPrefix } from './access';
import { type ExitReason } from './vocabulary';

const DAY_MS = 24 * 3600_000;

export interface CareMonth {
  month: string;
  received: number;
  exits: Array<{ reason: ExitReason; count: number }>;
  averageStayDays: number | null;
}

/**
 * Cases of stations in the caller's jurisdiction (county staff their county, the center and the
 * city's leadership the city), counted per month; two statements whatever the span. Counts only:
 * no person is named, as with the stations' open-case counts the dashboard already shows. A caller
 * with no figures to read (no station work, no leadership) gets an empty list.
 */
export async function careTrend(em: EntityManager, caller: Caller, months: number | null | undefined, until: Date | null | undefined): Promise<CareMonth[]> {
  // Outside 1 to 24 months: refused with BAD_USER_INPUT (before asking who may read what).
  const { labels, start, end } = monthSpan(until ?? new Date(), months);
  const prefix = figuresPrefix(caller);
  if (prefix === null) return [];
  const connection = em.getConnection();
  const month = shanghaiMonthSql;
  const params = [start, end, `${prefix}%`];
  const [received, exits] = await Promise.all([
    connection.execute<Array<{ month: string; n: string }>>(
      `select ${month('rc.intake_at')} as month, count(*) as n
       from rescue_case rc join station s on s.id = rc.station_id
       where rc.intake_at >= ? and rc.intake_at < ? and s.jurisdiction like ?
       group by 1`,
      params,
    ),
    connection.execute<Array<{ month: string; reason: ExitReason; n: string; stay_ms: string }>>(
      `select ${month('rc.exit_at')} as month, rc.exit_reason as reason, count(*) as n,
              sum(extract(epoch from rc.exit_at - rc.intake_at) * 1000) as stay_ms
       from rescue_case rc join station s on s.id = rc.station_id
       where rc.exit_at >= ? and rc.exit_at < ? and rc.exit_reason is not null and s.jurisdiction like ?
       group by 1, 2`,
      params,
    ),
  ]);
  const receivedIn = new Map(received.map((row) => [row.month, Number(row.n)]));
  return labels.map((label) => {
    const ended = exits.filter((row) => row.month === label);
    const count = ended.reduce((sum, row) => sum + Number(row.n), 0);
    const stay = ended.reduce((sum, row) => sum + Number(row.stay_ms), 0);
    return {
      month: label,
      received: receivedIn.get(label) ?? 0,
      exits: ended.map((row) => ({ reason: row.reason, count: Number(row.n) })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
      averageStayDays: count === 0 ? null : stay / count / DAY_MS,
    };
  });
}
