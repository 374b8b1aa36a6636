/**
 * How repeated failed sign-ins slow an account down: the first failures cost nothing, then each
 * further one makes the next attempt wait longer, and the fifth locks the account for 15 minutes
 * (again after every further failure, until a successful sign-in resets the count). While an
 * account waits, no password is even checked.
 *
 * A lock-out also lets anyone who knows a username keep that person out; the 15-minute lock is the
 * usual trade-off, and an administrator can clear `lockedUntil`.
 */

/** The throttle's numbers. */
export const LOGIN_THROTTLE = {
  /** Failures answered without any wait. */
  freeFailures: 2,
  /** Wait after the 3rd and the 4th consecutive failure, in seconds. */
  delaysSeconds: [5, 30] as readonly number[],
  /** Consecutive failures that lock the account. */
  lockAfterFailures: 5,
  lockSeconds: 15 * 60,
} as const;

/** When the next attempt may be checked after the `failures`-th consecutive failure (null: now). */
export function lockedUntilAfterFailure(failures: number, now: number): Date | null {
  if (failures <= LOGIN_THROTTLE.freeFailures) return null;
  if (failures >= LOGIN_THROTTLE.lockAfterFailures) return new Date(now + LOGIN_THROTTLE.lockSeconds * 1000);
  const delay = LOGIN_THROTTLE.delaysSeconds[failures - LOGIN_THROTTLE.freeFailures - 1] ?? LOGIN_THROTTLE.lockSeconds;
  return new Date(now + delay * 1000);
}

/** Whole seconds to wait before `lockedUntil` (0 when the account may try now). */
export function retryAfterSeconds(lockedUntil: Date | null, now: number): number {
  if (!lockedUntil) return 0;
  const remaining = lockedUntil.getTime() - now;
  return remaining > 0 ? Math.ceil(remaining / 1000) : 0;
}

interface ThrottleEntry {
  failures: number;
  lockedUntil: Date | null;
}

/**
 * The same throttle for usernames that have no account, kept in memory, so a stranger probing
 * names sees unknown and existing accounts slow down and lock alike. Bounded: the oldest entries
 * are forgotten first. Per process: with several gateway instances a prober can tell names apart
 * only by comparing instances, and learns nothing about passwords.
 */
export class UnknownUsernameThrottle {
  private readonly entries = new Map<string, ThrottleEntry>();

  constructor(private readonly capacity = 10_000) {}

  /** Seconds the name must wait before it is checked again (0: check it now). */
  waitSeconds(username: string, now: number): number {
    return retryAfterSeconds(this.entries.get(username)?.lockedUntil ?? null, now);
  }

  /** Counts a failed attempt for the name. */
  recordFailure(username: string, now: number): void {
    const failures = (this.entries.get(username)?.failures ?? 0) + 1;
    this.entries.delete(username);
    this.entries.set(username, { failures, lockedUntil: lockedUntilAfterFailure(failures, now) });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }
}
