/**
 * Which shelter referrals a caller may see (DOMAIN.md §4): the shelter's staff see all; the
 * referring caseworker (or police officer) sees her own; a women's-federation supervisor sees her
 * organisation's. Nobody else sees any, and counts are taken over what is visible only.
 */
import { type FilterQuery } from '@mikro-orm/core';
import { hasRole, ROLES, type Caller } from '@lifeline/subgraph-runtime';
import { type ShelterReferral } from '../entities/shelter-referral.entity';

/** The condition a referral must meet to be visible to the caller (`null`: none is). */
export function shelterReferralScope(caller: Caller): FilterQuery<ShelterReferral> | null {
  if (hasRole(caller, ROLES.SHELTER_STAFF)) return {};
  const own: FilterQuery<ShelterReferral>[] = [];
  if (hasRole(caller, ROLES.WF_CASEWORKER, ROLES.POLICE_OFFICER)) own.push({ referringCaseworker: caller.id });
  if (hasRole(caller, ROLES.WF_SUPERVISOR) && caller.orgUnit) own.push({ referringOrganisation: caller.orgUnit });
  return own.length > 0 ? { $or: own } : null;
}
