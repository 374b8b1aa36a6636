/**
 * When the demo region is "as of" when nobody passes `now`: the one place this package reads
 * the environment. `LIFELINE_DEMO_NOW` (an ISO 8601 instant) pins it; unset, it is the current
 * hour (UTC), which is then written to `LIFELINE_DEMO_NOW` so that everything started from this
 * process afterwards (the stack's services, Jest's workers) builds the same region, dated
 * relative to the day it is seeded, even across an hour boundary.
 */

/** The environment variable holding the demo region's anchor. */
export const DEMO_NOW_ENV = 'LIFELINE_DEMO_NOW';

const HOUR_MS = 3_600_000;

/** The anchor of a region generated at `instant`: that instant floored to the whole hour (UTC). */
export function demoRegionAnchor(instant: Date | number): Date {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('The demo region needs a valid instant to anchor on.');
  return new Date(Math.floor(ms / HOUR_MS) * HOUR_MS);
}

/**
 * The demo region's `now` when none is given: `LIFELINE_DEMO_NOW` if set, else the current hour,
 * recorded in `env` for the processes started later.
 *
 * @throws RangeError when `LIFELINE_DEMO_NOW` is set but is not an ISO 8601 instant
 */
export function defaultDemoNow(env: NodeJS.ProcessEnv = process.env, clock: () => number = Date.now): Date {
  const given = env[DEMO_NOW_ENV];
  if (given) {
    const pinned = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(given) ? new Date(given) : new Date(Number.NaN);
    if (Number.isNaN(pinned.getTime())) throw new RangeError(`${DEMO_NOW_ENV} must be an ISO 8601 instant such as 2027-03-01T08:00:00Z, not "${given}".`);
    return pinned;
  }
  const anchor = demoRegionAnchor(clock());
  env[DEMO_NOW_ENV] = anchor.toISOString();
  return anchor;
}
