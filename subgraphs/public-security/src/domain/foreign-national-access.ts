/**
 * Who sees which foreign-national status checks and foreign-affairs notifications, applied in every
 * read (lists, loaders, references) and before every change. Police, the center and the shelter
 * see every status check; county station staff see their county's; foreign-affairs officers see
 * them all (their job is these persons). Notifications are for the foreign-affairs office (and
 * the police who sent them). Passport numbers are shown in full only to the police and the
 * foreign-affairs office. A protected victim's records exist only for the entitled.
 */
import { type FilterQuery } from '@mikro-orm/core';
import { hasRole, ROLES, withProtection, type Caller } from '@lifeline/subgraph-runtime';
import { type ForeignAffairsNotification } from '../entities/foreign-affairs-notification.entity';
import { type ForeignNationalStatusCheck } from '../entities/foreign-national-status-check.entity';

const integrationOf = (caller: Caller, ...agencies: string[]) => hasRole(caller, ROLES.INTEGRATION) && agencies.includes(caller.agency ?? '');

/** The condition a status check must meet to be visible to the caller (`null`: none is). */
export function statusCheckScope(caller: Caller): FilterQuery<ForeignNationalStatusCheck> | null {
  return withProtection(statusCheckJobScope(caller), caller);
}

function statusCheckJobScope(caller: Caller): FilterQuery<ForeignNationalStatusCheck> | null {
  if (hasRole(caller, ROLES.POLICE_OFFICER, ROLES.CENTER_STAFF, ROLES.SHELTER_STAFF, ROLES.FAO_OFFICER)) return {};
  if (hasRole(caller, ROLES.STATION_STAFF) && caller.jurisdiction) {
    return { requestingJurisdiction: { $like: `${caller.jurisdiction.replace(/(00)+$/, '')}%` } };
  }
  if (integrationOf(caller, 'PUBLIC_SECURITY', 'FOREIGN_AFFAIRS')) return {};
  return null;
}

/** The condition a notification must meet to be visible to the caller (`null`: none is). */
export function notificationScope(caller: Caller): FilterQuery<ForeignAffairsNotification> | null {
  return withProtection(notificationJobScope(caller), caller);
}

function notificationJobScope(caller: Caller): FilterQuery<ForeignAffairsNotification> | null {
  if (hasRole(caller, ROLES.FAO_OFFICER, ROLES.POLICE_OFFICER)) return {};
  if (integrationOf(caller, 'PUBLIC_SECURITY', 'FOREIGN_AFFAIRS')) return {};
  return null;
}

/** Whether the caller's job needs a passport number in full (else it is masked). */
export function seesFullPassportNumbers(caller: Caller): boolean {
  return hasRole(caller, ROLES.POLICE_OFFICER, ROLES.FAO_OFFICER) || integrationOf(caller, 'PUBLIC_SECURITY', 'FOREIGN_AFFAIRS');
}
