/**
 * Builds the whole synthetic demo region in one pass, in dependency order: network → planned
 * population → persons → rescue cases → identity checks (which may verify persons) → shelter
 * referrals → aid entrustments.
 */
import { generateAidEntrustments } from './aid-entrustment.generator';
import type { DemoRegion, DemoRegionOptions, DemoRescueCase } from './demo-region.types';
import { defaultDemoNow } from './demo-anchor.config';
import { createGenerationContext } from './generation.context';
import { generateIdentityChecks } from './identity-check.generator';
import { generateNetwork } from './network.generator';
import { generatePersons } from './person.generator';
import { DEFAULT_PERSON_COUNT, MINIMUM_PERSON_COUNT, planPopulation } from './region.plan';
import { generateRescueCases } from './rescue-case.generator';
import { generateShelterReferrals } from './shelter-referral.generator';

/** The seed used when none is given. */
export const DEFAULT_DEMO_SEED = 20261129;
/**
 * Builds the deterministic, entirely synthetic demo region: the same `seed` and `now` always
 * give a deep-equal result (no Math.random; every date relative to `now`), a different seed a
 * different one. Ids do not depend on `now`.
 *
 * @param options - `seed` (default 20261129), `now` (default `defaultDemoNow()`: `LIFELINE_DEMO_NOW`,
 * else the current hour) and `persons` (default 240, at least 50)
 * @throws RangeError when `persons` is not a whole number of at least 50, or `now` is invalid
 */
export function buildDemoRegion(options: DemoRegionOptions = {}): DemoRegion {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const now = new Date((options.now ?? defaultDemoNow()).getTime());
  const total = options.persons ?? DEFAULT_PERSON_COUNT;
  if (!Number.isInteger(total) || total < MINIMUM_PERSON_COUNT) {
    throw new RangeError(`The demo region needs a whole number of at least ${MINIMUM_PERSON_COUNT} persons, not ${total}.`);
  }
  if (Number.isNaN(now.getTime())) throw new RangeError('The demo region needs a valid `now`.');

  const ctx = createGenerationContext(seed, now);
  const network = generateNetwork(ctx);
  const drafts = generatePersons(ctx, planPopulation(ctx, total), network.divisions, network.townshipNames);
  const entries = generateRescueCases(ctx, drafts, network);
  const identityChecks = generateIdentityChecks(ctx, entries, network);
  const shelterReferrals = generateShelterReferrals(ctx, entries);
  const aidEntrustments = generateAidEntrustments(ctx, entries);

  const rescueCases: DemoRescueCase[] = [];
  for (const { draft, current, older } of entries) {
    if (older) rescueCases.push(older);
    rescueCases.push(current);
    draft.person.createdAt = (older ?? current).intakeAt;
  }
  rescueCases.sort((a, b) => a.intakeAt.getTime() - b.intakeAt.getTime());

  return {
    seed,
    now,
    city: network.city,
    divisions: network.divisions,
    stations: network.stations,
    persons: drafts.map((draft) => draft.person),
    rescueCases,
    identityChecks,
    shelterReferrals,
    aidEntrustments,
  };
}
