/**
 * What civil affairs publishes about each demo person once seeded (its seeder marks DV and
 * trafficking victims and anyone with a live shelter referral as protected, and grants each
 * referral's caseworker), for other agencies' test databases that have no civil affairs beside them.
 */
import { type DemoRegion } from './demo-region.types';

export interface DemoPersonFacts {
  personId: string;
  county: string | null;
  foreignNational: boolean;
  /** The entitled usernames when she is a protected victim. */
  protectedFor?: string[];
}

const PROTECTED_CATEGORIES = new Set(['DV_VICTIM', 'TRAFFICKING_VICTIM']);

/** The facts of every demo person as civil affairs' events would carry them. */
export function demoPersonFacts(region: DemoRegion): DemoPersonFacts[] {
  const stations = new Map(region.stations.map((s) => [s.id, s]));
  const latestCase = new Map<string, { at: number; county: string }>();
  for (const c of region.rescueCases) {
    const at = c.intakeAt.getTime();
    const previous = latestCase.get(c.personId);
    if (!previous || at > previous.at) latestCase.set(c.personId, { at, county: stations.get(c.stationId)!.jurisdiction.slice(0, 6) });
  }
  const live = new Set(region.shelterReferrals.filter((r) => r.status !== 'DECLINED').map((r) => r.personId));
  const granted = new Map<string, Set<string>>();
  for (const r of region.shelterReferrals) granted.set(r.personId, (granted.get(r.personId) ?? new Set()).add(r.referringCaseworker));
  return region.persons.map((p) => {
    const isProtected = PROTECTED_CATEGORIES.has(p.category) || live.has(p.id);
    return {
      personId: p.id,
      county: latestCase.get(p.id)?.county ?? null,
      foreignNational: p.nationality !== null,
      ...(isProtected ? { protectedFor: [...(granted.get(p.id) ?? [])].sort() } : {}),
    };
  });
}
