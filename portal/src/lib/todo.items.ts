/**
 * The home page's to-do panel: for each kind of waiting work a role has, how many items wait and
 * how late the oldest is, computed from the graph's own records and clocks (never a second set of
 * rules): a street report the board flags as 30 minutes without anyone on scene, a stay past the
 * standard 10 days, a tracing clock run out, a cross-province escort awaiting the center, an
 * identity check past its result date, a status check or referral or notification waiting, an
 * entrustment that expires within 3 days.
 */

export type TodoKey =
  | 'dispatchLate'
  | 'staysPastStandard'
  | 'tracingOverdue'
  | 'escortsAwaiting'
  | 'checksOverdue'
  | 'statusChecksOpen'
  | 'referralsAwaiting'
  | 'notificationsOpen'
  | 'entrustmentsExpiring';

export interface TodoItem {
  key: TodoKey;
  /** Where the work is done. */
  href: string;
  count: number;
  /** How long past its deadline the oldest item is (ms), when the work has a deadline. */
  lateByMs?: number;
  /** How long the oldest item has waited (ms), when it has no deadline. */
  waitingMs?: number;
  /** The longest stay, in days. */
  longestStayDays?: number;
  /** How soon the first of them expires (ms). */
  expiresInMs?: number;
}

/** The kinds of work each role has waiting, in the order the panel lists them. */
const TODO_BY_ROLE: Record<string, readonly TodoKey[]> = {
  CENTER_STAFF: ['dispatchLate', 'escortsAwaiting', 'tracingOverdue', 'staysPastStandard', 'entrustmentsExpiring'],
  STATION_STAFF: ['dispatchLate', 'tracingOverdue', 'staysPastStandard'],
  SHELTER_STAFF: ['referralsAwaiting', 'tracingOverdue'],
  POLICE_OFFICER: ['checksOverdue', 'statusChecksOpen'],
  FORENSIC_OFFICER: ['checksOverdue'],
  FAO_OFFICER: ['notificationsOpen', 'entrustmentsExpiring'],
};

/** The kinds of waiting work of someone holding `roles` (each once). */
export function todoKeysOf(roles: readonly string[]): TodoKey[] {
  const keys: TodoKey[] = [];
  for (const role of roles) for (const key of TODO_BY_ROLE[role] ?? []) if (!keys.includes(key)) keys.push(key);
  return keys;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** The dispatch target: someone on scene within 30 minutes of the report. */
const ON_SCENE_TARGET_MS = 30 * MINUTE;
/** The standard stay (DOMAIN.md): 10 days. */
const STANDARD_STAY_DAYS = 10;
/** Entrustments that expire within this are listed. */
const EXPIRY_WARNING_MS = 3 * DAY;
const ACTIVE_ENTRUSTMENTS = new Set(['ISSUED', 'ACCEPTED', 'IN_PROGRESS']);

const time = (iso: string) => Date.parse(iso);
const oldest = (instants: number[]): number | undefined => (instants.length > 0 ? Math.min(...instants) : undefined);
const since = (now: number, at: number | undefined): number | undefined => (at === undefined ? undefined : Math.max(0, now - at));

/**
 * Whether the board may hold late reports past a page of it: it lists the oldest first, so once a
 * report on the page was made less than 30 minutes ago, no later one can be late yet.
 */
export function mayBeLateAfter(page: ReadonlyArray<{ reportedAt: string }>, now: number): boolean {
  const last = page.at(-1);
  return last !== undefined && now - time(last.reportedAt) > ON_SCENE_TARGET_MS;
}

export function dispatchLate(rows: ReadonlyArray<{ reportedAt: string; missedThirtyMinutes: boolean; onSceneAt?: string | null }>, now: number): TodoItem {
  const late = rows.filter((r) => r.missedThirtyMinutes && !r.onSceneAt);
  return { key: 'dispatchLate', href: '/dispatch', count: late.length, lateByMs: since(now, oldest(late.map((r) => time(r.reportedAt) + ON_SCENE_TARGET_MS))) };
}

export function staysPastStandard(rows: ReadonlyArray<{ stayDays: number }>): TodoItem {
  const longest = rows.length > 0 ? Math.max(...rows.map((r) => r.stayDays)) : undefined;
  return {
    key: 'staysPastStandard',
    href: '/persons?caseStatus=IN_CARE',
    count: rows.length,
    ...(longest !== undefined ? { longestStayDays: longest, lateByMs: Math.max(0, longest - STANDARD_STAY_DAYS) * DAY } : {}),
  };
}

export function tracingOverdue(rows: ReadonlyArray<{ overdue: readonly string[]; noticeDueAt?: string | null; dnaRequestDueAt: string }>, now: number): TodoItem {
  const due = rows.flatMap((r) => [
    ...(r.overdue.includes('NOTICE') && r.noticeDueAt ? [time(r.noticeDueAt)] : []),
    ...(r.overdue.includes('DNA_REQUEST') ? [time(r.dnaRequestDueAt)] : []),
  ]);
  return { key: 'tracingOverdue', href: '/tracing', count: rows.length, lateByMs: since(now, oldest(due)) };
}

/** Overdue identity checks: how many (all of them, counted by the graph), and how late the earliest due is. */
export function checksOverdue(count: number, earliestDueAt: string | undefined, now: number): TodoItem {
  return { key: 'checksOverdue', href: '/check-queue?overdue=true', count, lateByMs: since(now, earliestDueAt ? time(earliestDueAt) : undefined) };
}

/**
 * Work without a deadline: how many wait, and how long the first has waited. `count` when the graph
 * counted them all and `instants` holds only the oldest.
 */
export function waiting(key: 'escortsAwaiting' | 'statusChecksOpen' | 'referralsAwaiting' | 'notificationsOpen', instants: readonly string[], now: number, count = instants.length): TodoItem {
  const href = { escortsAwaiting: '/escorts', statusChecksOpen: '/status-checks?status=REQUESTED', referralsAwaiting: '/shelter', notificationsOpen: '/foreign-affairs-notifications' }[key];
  return { key, href, count, waitingMs: since(now, oldest(instants.map(time))) };
}

export function entrustmentsExpiring(rows: ReadonlyArray<{ status: string; validUntil: string }>, now: number): TodoItem {
  const soon = rows.filter((r) => ACTIVE_ENTRUSTMENTS.has(r.status) && time(r.validUntil) >= now && time(r.validUntil) - now <= EXPIRY_WARNING_MS);
  const first = oldest(soon.map((r) => time(r.validUntil)));
  return { key: 'entrustmentsExpiring', href: '/aid-entrustments', count: soon.length, ...(first !== undefined ? { expiresInMs: first - now } : {}) };
}
