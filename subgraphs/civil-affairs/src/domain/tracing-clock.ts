/**
 * The family-tracing clocks (DOMAIN.md §3): a public notice within 24 hours of intake (never for a
 * protected victim), a DNA request to the police within 7 working days (weekends and public
 * holidays skipped), and the police result within one month of the request. Pure functions.
 */
export const NOTICE_HOURS = 24;
export const DNA_REQUEST_WORKING_DAYS = 7;

/** The instant `days` working days after `from` (weekends and the given holidays skipped). */
export function addWorkingDays(from: Date, days: number, holidays: ReadonlySet<string>): Date {
  const result = new Date(from);
  let left = days;
  while (left > 0) {
    result.setUTCDate(result.getUTCDate() + 1);
    // Days are counted in China time (UTC+8).
    const local = new Date(result.getTime() + 8 * 3600_000);
    const weekday = local.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(local.toISOString().slice(0, 10))) left -= 1;
  }
  return result;
}

export interface TracingClocks {
  noticeDueAt: Date | null;
  dnaRequestDueAt: Date;
  policeResultDueAt: Date | null;
  overdue: string[];
}

/** The clocks of an unidentified person received at `intakeAt`. */
export function tracingClocks(
  input: { intakeAt: Date; confidential: boolean; noticePublishedAt: Date | null; dnaRequestedAt: Date | null },
  holidays: ReadonlySet<string>,
  now: Date,
): TracingClocks {
  const noticeDueAt = input.confidential ? null : new Date(input.intakeAt.getTime() + NOTICE_HOURS * 3600_000);
  const dnaRequestDueAt = addWorkingDays(input.intakeAt, DNA_REQUEST_WORKING_DAYS, holidays);
  let policeResultDueAt: Date | null = null;
  if (input.dnaRequestedAt) {
    policeResultDueAt = new Date(input.dnaRequestedAt);
    policeResultDueAt.setUTCMonth(policeResultDueAt.getUTCMonth() + 1);
  }
  const overdue: string[] = [];
  if (noticeDueAt && !input.noticePublishedAt && now > noticeDueAt) overdue.push('NOTICE');
  if (!input.dnaRequestedAt && now > dnaRequestDueAt) overdue.push('DNA_REQUEST');
  return { noticeDueAt, dnaRequestDueAt, policeResultDueAt, overdue };
}
