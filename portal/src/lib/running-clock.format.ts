/**
 * The dispatch board's running clocks, computed from a report's timestamps: how long since it was
 * reported (stopped when the team reached the scene), and whether the 30-minute on-scene target
 * is missed. Pure functions, so the browser's ticking clock and its tests agree.
 */

/** The on-scene target of the rescue circle, in minutes after the report. */
export const ON_SCENE_TARGET_MINUTES = 30;

/** Milliseconds as a clock: `m:ss` under an hour, `h:mm:ss` from an hour (hours keep counting past a day). Never negative. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  if (hours === 0) return `${minutes}:${ss}`;
  return `${hours}:${String(minutes).padStart(2, '0')}:${ss}`;
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
