/**
 * The dispatch board's running clocks, computed from a report's timestamps: how long since it was
 * reported (stopped when the team reached the scene), and whether the 30-minute on-scene target
 * is missed. Pure functions, so the browser's ticking clock and its tests agree.
 */

/** The on-scene target of the rescue circle, in minutes after the report. */
export const ON_SCENE_TARGET_MINUTES = 30;

/** The units a duration is read in. */
export type DurationUnit = 'day' | 'hour' | 'minute' | 'second';

/** One unit of a readable duration, e.g. `{ value: 5, unit: 'day' }`. */
export interface DurationPart {
  value: number;
  unit: DurationUnit;
}

/**
 * A duration as a person reads it: days and hours from a day, hours and minutes from an hour,
 * minutes and seconds under an hour (so minutes show only under a day, seconds only under an
 * hour). A unit that is zero is left out, except a plain "0 seconds". Never negative.
 */
export function durationParts(ms: number): DurationPart[] {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pair: DurationPart[] =
    total >= 86_400
      ? [{ value: days, unit: 'day' }, { value: hours, unit: 'hour' }]
      : total >= 3600
        ? [{ value: hours, unit: 'hour' }, { value: minutes, unit: 'minute' }]
        : [{ value: minutes, unit: 'minute' }, { value: seconds, unit: 'second' }];
  const shown = pair.filter((part) => part.value > 0);
  return shown.length > 0 ? shown : [{ value: 0, unit: 'second' }];
}

/** A duration in words, e.g. `5 天 3 小时` or `5 d 3 h`, with the current language's unit names. */
export function formatDuration(ms: number, units: Record<DurationUnit, string>): string {
  return durationParts(ms)
    .map((part) => `${part.value} ${units[part.unit]}`)
    .join(' ');
}

/** A report's clock: from its report time to on scene, or to now while nobody is there yet. */
export interface ReportClock {
  /** Milliseconds on the clock. */
  elapsedMs: number;
  /** Whether the clock stopped (the team is on scene). */
  stopped: boolean;
  /** Whether the team was not on scene within the target. */
  missedTarget: boolean;
}

/** The clock of a report at `nowMs`, from its ISO timestamps. */
export function reportClock(report: { reportedAt: string; onSceneAt: string | null }, nowMs: number): ReportClock {
  const start = Date.parse(report.reportedAt);
  const stoppedAt = report.onSceneAt ? Date.parse(report.onSceneAt) : null;
  const elapsedMs = Math.max(0, (stoppedAt ?? nowMs) - start);
  return { elapsedMs, stopped: stoppedAt !== null, missedTarget: elapsedMs > ON_SCENE_TARGET_MINUTES * 60_000 };
}

/** Milliseconds until (positive) or past (negative) a due time, for the overdue clocks of the work lists. */
export function untilDue(dueAt: string, nowMs: number): number {
  return Date.parse(dueAt) - nowMs;
}
