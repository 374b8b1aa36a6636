/**
 * Calendar months in Beijing time, for the monthly figures the agencies answer (cases, aid spent):
 * a span of months ending with the one that holds a given moment, with its bounds as instants
 * (for timestamps) and as local dates (for `date` columns).
 */
import { pageSize } from './connection';

/** Beijing time keeps no daylight saving: a month starts at 16:00 UTC of the day before. */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;
/** The longest span a trend answers. */
export const MAX_TREND_MONTHS = 24;

export interface MonthSpan {
  /** Each month as `YYYY-MM`, the oldest first. */
  labels: string[];
  /** The instant the first month begins (inclusive) and the one after the last ends (exclusive). */
  start: Date;
  end: Date;
  /** The same bounds as local dates, `YYYY-MM-DD`: the first day, and the first day after the span. */
  startDate: string;
  endDate: string;
}

const label = (year: number, month: number) => {
  const first = new Date(Date.UTC(year, month, 1));
  return `${first.getUTCFullYear()}-${String(first.getUTCMonth() + 1).padStart(2, '0')}`;
};

/**
 * The `months` months (1 to 24, 12 when not given; outside that refused with BAD_USER_INPUT)
 * ending with the month that holds `until` in Beijing time.
 */
export function monthSpan(until: Date, months: number | null | undefined): MonthSpan {
  const span = pageSize(months, MAX_TREND_MONTHS, 12, 'months');
  const local = new Date(until.getTime() + SHANGHAI_OFFSET_MS);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth();
  const labels = Array.from({ length: span }, (_, index) => label(year, month - (span - 1) + index));
  const first = month - (span - 1);
  return {
    labels,
    start: new Date(Date.UTC(year, first, 1) - SHANGHAI_OFFSET_MS),
    end: new Date(Date.UTC(year, month + 1, 1) - SHANGHAI_OFFSET_MS),
    startDate: `${labels[0]}-01`,
    endDate: `${label(year, month + 1)}-01`,
  };
}

/** SQL for a timestamp column's Beijing month as `YYYY-MM`. */
export const shanghaiMonthSql = (column: string) => `to_char(${column} at time zone 'Asia/Shanghai', 'YYYY-MM')`;
