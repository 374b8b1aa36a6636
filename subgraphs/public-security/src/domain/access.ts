/**
 * Which public-security rows a caller may see: the one module every read path (lists, by id,
 * entity references, a person's and a station's checks, counts, nested fields) and every change
 * asks. A protected victim's records (civil affairs' person projection) exist only for the
 * entitled, in every scope below.
 *
 * - Identity checks: police and the center (and its shelter) see all; county station staff the
 *   checks their county requested; foreign-affairs officers those of suspected foreign nationals;
 *   public security's integrating system all; nobody else any.
 * - Foreign-national status checks: police, the center, the shelter and the foreign-affairs office
 *   all; county station staff their county's; the integrating systems of public security and
 *   foreign affairs all.
 * - Notifications to the foreign-affairs office: the office and the police (and those systems).
 * - That a person's identity was verified: anyone who may read the person, protection applied.
 * - Numbers (verified ID numbers, passports) are shown as the runtime's disclosure table says.
 */
import { type FilterQuery } from '@mikro-orm/core';
import { hasRole, isProtectedPerson, ROLES, seesInFull, withProtection, type AuditedRecord, type Caller, type ProtectedRecords } from '@lifeline/subgraph-runtime';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type TracingConfirmation } from '../entities/tracing-confirmation.entity';
import { type ForeignAffairsNotification } from '../entities/foreign-affairs-notification.entity';
import { type ForeignNationalStatusCheck } from '../entities/foreign-national-status-check.entity';
import { type IdentityCheck } from '../entities/identity-check.entity';

const integrationOf = (caller: Caller, ...agencies: string[]) => hasRole(caller, ROLES.INTEGRATION) && agencies.includes(caller.agency ?? '');

/** The requesting-jurisdiction condition of county station staff (their county's requests). */
function countyRequests(caller: Caller): { requestingJurisdiction: { $like: string } } | null {
  if (!hasRole(caller, ROLES.STATION_STAFF) || !caller.jurisdiction) return null;
  return { requestingJurisdiction: { $like: `${caller.jurisdiction.replace(/(00)+$/, '')}%` } };
}

/** The condition a check must meet to be visible to the caller (`null`: none is). */
export function identityCheckScope(caller: Caller): FilterQuery<IdentityCheck> | null {
  return withProtection(identityCheckJobScope(caller), caller);
}

function identityCheckJobScope(caller: Caller): FilterQuery<IdentityCheck> | null {
  if (hasRole(caller, ROLES.POLICE_OFFICER, ROLES.FORENSIC_OFFICER, ROLES.CENTER_STAFF, ROLES.SHELTER_STAFF)) return {};
  const county = countyRequests(caller);
  if (county) return county;
  if (hasRole(caller, ROLES.FAO_OFFICER)) return { reason: 'SUSPECTED_FOREIGN_NATIONAL' };
  if (integrationOf(caller, 'PUBLIC_SECURITY')) return {};
  return null;
}

/** The condition a status check must meet to be visible to the caller (`null`: none is). */
export function statusCheckScope(caller: Caller): FilterQuery<ForeignNationalStatusCheck> | null {
  return withProtection(statusCheckJobScope(caller), caller);
}

function statusCheckJobScope(caller: Caller): FilterQuery<ForeignNationalStatusCheck> | null {
  if (hasRole(caller, ROLES.POLICE_OFFICER, ROLES.CENTER_STAFF, ROLES.SHELTER_STAFF, ROLES.FAO_OFFICER)) return {};
  const county = countyRequests(caller);
  if (county) return county;
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

/**
 * The condition on the matched checks that say a person's identity was verified: any caller who
 * may read a person's identity status may know it, except of a protected victim she is not entitled to.
 */
export function identityVerificationScope(caller: Caller): FilterQuery<IdentityCheck> | null {
  return withProtection<IdentityCheck>({}, caller);
}

/** Whether the caller's job needs a verified ID number in full (else it is masked). */
export function seesFullIdentifiers(caller: Caller): boolean {
  return seesInFull(caller, 'RESIDENT_ID');
}

/** Whether the caller's job needs a passport number in full (else it is masked). */
export function seesFullPassportNumbers(caller: Caller): boolean {
  return seesInFull(caller, 'PASSPORT');
}

/** A record of a protected person (civil affairs' projection), as the audit trail names it; else null. */
const ofProtected = (recordType: string) => async (record: { id?: string; personId: string }, ctx: { em: EntityManager }): Promise<AuditedRecord | null> =>
  (await isProtectedPerson(ctx, record.personId)) ? { recordType, recordId: record.id ?? record.personId } : null;

/** The records of a protected person, whose `@sensitive` fields leave an audit line on every read. */
export const protectedRecords: ProtectedRecords = {
  IdentityCheck: ofProtected('IdentityCheck') as (check: IdentityCheck, ctx: { em: EntityManager }) => Promise<AuditedRecord | null>,
  ForeignNationalStatusCheck: ofProtected('ForeignNationalStatusCheck') as (check: ForeignNationalStatusCheck, ctx: { em: EntityManager }) => Promise<AuditedRecord | null>,
  TracingConfirmation: ofProtected('TracingConfirmation') as (confirmation: TracingConfirmation, ctx: { em: EntityManager }) => Promise<AuditedRecord | null>,
};
