/**
 * The dispatch loop (DOMAIN.md §3, the 30-minute rescue circle): reported → accepted →
 * dispatched → on scene → verified → closed, each step timed, never out of order, never before
 * the step it follows. Pure functions.
 */
import { type StreetReportStatus } from './vocabulary';

export const DISPATCH_ORDER: readonly StreetReportStatus[] = ['REPORTED', 'ACCEPTED', 'DISPATCHED', 'ON_SCENE', 'VERIFIED', 'CLOSED'];

/** The on-scene target, in minutes after the report. */
export const ON_SCENE_TARGET_MINUTES = 30;

/** The timestamp property each step sets. */
export const STEP_TIME = {
  ACCEPTED: 'acceptedAt',
  DISPATCHED: 'dispatchedAt',
  ON_SCENE: 'onSceneAt',
  VERIFIED: 'verifiedAt',
  CLOSED: 'closedAt',
} as const;

/** The next step must follow the current one; a report may be closed (a false report, say) from any open step. */
export function checkStep(from: StreetReportStatus, to: StreetReportStatus): { ok: true } | { ok: false; message: string } {
  if (from === 'CLOSED') return { ok: false, message: 'The report is CLOSED: it cannot change any more.' };
  const next = DISPATCH_ORDER[DISPATCH_ORDER.indexOf(from) + 1];
  if (to === next || (to === 'CLOSED' && from !== 'REPORTED')) return { ok: true };
  return { ok: false, message: `A report that is ${from} moves to ${next}${from !== 'REPORTED' ? ' or CLOSED' : ''}, not to ${to}.` };
}

/** Whole minutes from the report to on scene (or to now while not yet on scene). */
export function minutesToScene(report: { reportedAt: Date; onSceneAt: Date | null }, now: Date): number {
  return Math.floor(((report.onSceneAt ?? now).getTime() - report.reportedAt.getTime()) / 60_000);
}

/** Whether the on-scene target was (or is being) missed. */
export function missedTarget(report: { reportedAt: Date; onSceneAt: Date | null; status: StreetReportStatus; closure: string | null }, now: Date): boolean {
  if (report.onSceneAt) return minutesToScene(report, now) > ON_SCENE_TARGET_MINUTES;
  if (report.status === 'CLOSED') return false;
  return minutesToScene(report, now) > ON_SCENE_TARGET_MINUTES;
}

/** Great-circle distance in metres (haversine). */
export function distanceMeters(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h))));
}
