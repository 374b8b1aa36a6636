/**
 * Emergency aid (DOMAIN.md §3): an event opens temporary points, stranded people get short-term
 * food and lodging, counted per point per day. The rules on times and states, as pure functions.
 */
import { type EmergencyAidKind, type EmergencyState, type UserErrorCode } from './vocabulary';

/** China Standard Time is UTC+8 all year (no daylight saving): the day a count falls on. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The Asia/Shanghai local date (YYYY-MM-DD) of an instant. */
export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** A refusal: `state` when the record's state forbids the step, `input` when a value is wrong. */
export type EmergencyCheck =
  | { ok: true }
  | { ok: false; kind: 'state'; state: EmergencyState; message: string }
  | { ok: false; kind: 'input'; field: string; code: UserErrorCode; message: string };

const OK: EmergencyCheck = { ok: true };
/** Tolerance for clocks of the caller's device running slightly ahead. */
const CLOCK_SKEW_MS = 60_000;
const inFuture = (at: Date, now: Date) => at.getTime() > now.getTime() + CLOCK_SKEW_MS;

/** Whether an event may end at `endedAt`, given its start and the last activity at its points. */
export function checkEventEnd(event: { startedAt: Date; endedAt: Date | null }, endedAt: Date, lastActivity: Date | null, now: Date): EmergencyCheck {
  if (event.endedAt) return { ok: false, kind: 'state', state: 'ENDED', message: `The event already ended on ${event.endedAt.toISOString()}.` };
  if (endedAt.getTime() < event.startedAt.getTime()) return { ok: false, kind: 'input', field: 'endedAt', code: 'END_BEFORE_START', message: 'An event cannot end before it started.' };
  if (inFuture(endedAt, now)) return { ok: false, kind: 'input', field: 'endedAt', code: 'FUTURE', message: 'The end is in the future: end the event when it is over.' };
  if (lastActivity && endedAt.getTime() < lastActivity.getTime()) {
    return { ok: false, kind: 'input', field: 'endedAt', code: 'BEFORE_ACTIVITY', message: `Its points were still at work on ${lastActivity.toISOString()}: the event cannot end before that.` };
  }
  return OK;
}

/** Whether a point may open for the event at `openedAt`. */
export function checkPointOpening(event: { startedAt: Date; endedAt: Date | null }, openedAt: Date, now: Date): EmergencyCheck {
  if (event.endedAt) return { ok: false, kind: 'state', state: 'ENDED', message: 'The event has ended: no point can open for it.' };
  if (openedAt.getTime() < event.startedAt.getTime()) return { ok: false, kind: 'input', field: 'openedAt', code: 'BEFORE_EVENT', message: 'A point cannot open before its event started.' };
  if (inFuture(openedAt, now)) return { ok: false, kind: 'input', field: 'openedAt', code: 'FUTURE', message: 'The opening time is in the future.' };
  return OK;
}

/** Whether a point may close at `closedAt`, given its last help. */
export function checkPointClosing(point: { openedAt: Date; closedAt: Date | null }, closedAt: Date, lastHelpAt: Date | null, now: Date): EmergencyCheck {
  if (point.closedAt) return { ok: false, kind: 'state', state: 'CLOSED', message: `The point is already closed (since ${point.closedAt.toISOString()}).` };
  if (closedAt.getTime() < point.openedAt.getTime()) return { ok: false, kind: 'input', field: 'closedAt', code: 'BEFORE_OPENING', message: 'A point cannot close before it opened.' };
  if (inFuture(closedAt, now)) return { ok: false, kind: 'input', field: 'closedAt', code: 'FUTURE', message: 'The closing time is in the future.' };
  if (lastHelpAt && closedAt.getTime() < lastHelpAt.getTime()) {
    return { ok: false, kind: 'input', field: 'closedAt', code: 'BEFORE_ACTIVITY', message: `Help was recorded here on ${lastHelpAt.toISOString()}: the point cannot close before that.` };
  }
  return OK;
}

/** Whether a point may record help given at `helpedAt`. */
export function checkHelpAt(point: { openedAt: Date; closedAt: Date | null }, helpedAt: Date, now: Date): EmergencyCheck {
  if (point.closedAt) return { ok: false, kind: 'state', state: 'CLOSED', message: 'The point is closed: it records no more help.' };
  if (helpedAt.getTime() < point.openedAt.getTime()) return { ok: false, kind: 'input', field: 'helpedAt', code: 'BEFORE_OPENING', message: `The point opened on ${point.openedAt.toISOString()}: help cannot be recorded before that.` };
  if (inFuture(helpedAt, now)) return { ok: false, kind: 'input', field: 'helpedAt', code: 'FUTURE', message: 'The time of the help is in the future.' };
  return OK;
}

/** The stored flags of the kinds of help given (at least one). */
export function aidFlags(kinds: readonly EmergencyAidKind[]): { food: boolean; lodging: boolean; clothing: boolean } | null {
  if (kinds.length === 0) return null;
  return { food: kinds.includes('FOOD'), lodging: kinds.includes('LODGING'), clothing: kinds.includes('CLOTHING') };
}

/** The kinds of help an entry records, from its flags. */
export function aidKinds(help: { food: boolean; lodging: boolean; clothing: boolean }): EmergencyAidKind[] {
  return (['FOOD', 'LODGING', 'CLOTHING'] as const).filter((kind) => help[kind.toLowerCase() as 'food' | 'lodging' | 'clothing']);
}

/** A county or district division code (6 digits; not the city itself) and a township code (9 digits). */
export const COUNTY_CODE = /^[1-8][0-9]{3}(?!00)[0-9]{2}$/;
export const POINT_DISTRICT = /^[1-8][0-9]{3}(?!00)[0-9]{2}([0-9]{3})?$/;
