/**
 * Which identity checks a caller may see, applied in every read (lists, loaders, references):
 * police and the center see all; county station staff see the checks their county requested;
 * foreign-affairs officers see foreign-national status checks; nobody else sees any. A protected
 * victim's checks (civil affairs' person projection) exist only for the entitled.
 */
import { type FilterQuery } from '@mikro-orm/core';
import { hasRole, ROLES, withProtection, type Caller } from '@lifeline/subgraph-runtime';
import { type IdentityCheck } from '../entities/identity-check.entity';

/** The condition a check must meet to be visible to the caller (`null`: none is). */
export function identityCheckScope(caller: Caller): FilterQuery<IdentityCheck> | null {
  // A protected victim's checks exist only for shelter staff and those civil affairs entitled.
  return withProtection(jobScope(caller), caller);
}

function jobScope(caller: Caller): FilterQuery<IdentityCheck> | null {
  if (hasRole(caller, ROLES.POLICE_OFFICER, ROLES.FORENSIC_OFFICER, ROLES.CENTER_STAFF, ROLES.SHELTER_STAFF)) return {};
  if (hasRole(caller, ROLES.STATION_STAFF) && caller.jurisdiction) {
    return { requestingJurisdiction: { $like: `${caller.jurisdiction.replace(/(00)+$/, '')}%` } };
  }
  if (hasRole(caller, ROLES.FAO_OFFICER)) return { reason: 'SUSPECTED_FOREIGN_NATIONAL' };
  if (hasRole(caller, ROLES.INTEGRATION) && caller.agency === 'PUBLIC_SECURITY') return {};
  return null;
}

/** Whether the caller's job needs a verified ID number in full (else it is masked). */
export function seesFullIdentifiers(caller: Caller): boolean {
  return hasRole(caller, ROLES.POLICE_OFFICER, ROLES.FORENSIC_OFFICER, ROLES.CENTER_STAFF, ROLES.STATION_STAFF, ROLES.SHELTER_STAFF);
}
