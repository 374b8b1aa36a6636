/**
 * Who may see and change aid entrustments. Foreign-affairs officers see and change their own
 * office's; the center (and its shelter) staff see those issued to the center for acceptance and
 * those it has accepted; county station staff, who deliver aid too, see the accepted ones; the
 * office's integrating system reads them all. Passport numbers are shown in full to the office,
 * the center and the shelter, masked for anyone else.
 */
import { type FilterQuery } from '@mikro-orm/core';
import { ROLES, withProtection, type Caller } from '@lifeline/subgraph-runtime';
import { type AidEntrustment } from '../entities/aid-entrustment.entity';
import { ISSUING_OFFICES, type IssuingOffice } from './vocabulary';

const has = (caller: Caller, ...roles: string[]) => roles.some((role) => caller.roles.includes(role));

/** Whether the caller may see entrustments at all. */
export function seesAidEntrustments(caller: Caller): boolean {
  return visibleEntrustments(caller, new Date()) !== null;
}

/** Whether the caller's job needs passport numbers in full. */
export function seesFullPassportNumbers(caller: Caller): boolean {
  return has(caller, ROLES.FAO_OFFICER, ROLES.CENTER_STAFF, ROLES.SHELTER_STAFF);
}

/**
 * The entrustments the caller may see, as a filter; null for none. An ISSUED one shows to the
 * center only while it can still be accepted.
 */
export function visibleEntrustments(caller: Caller, now: Date): FilterQuery<AidEntrustment> | null {
  // A protected victim's entrustments exist only for shelter staff and those civil affairs entitled.
  return withProtection(jobScope(caller, now), caller);
}

function jobScope(caller: Caller, now: Date): FilterQuery<AidEntrustment> | null {
  const scopes: Array<FilterQuery<AidEntrustment>> = [];
  if (has(caller, ROLES.INTEGRATION) && caller.agency === 'FOREIGN_AFFAIRS') return {};
  if (has(caller, ROLES.FAO_OFFICER) && caller.orgUnit) scopes.push({ issuingOrgUnit: caller.orgUnit });
  if (has(caller, ROLES.CENTER_STAFF, ROLES.SHELTER_STAFF)) scopes.push({ acceptedAt: { $ne: null } }, { status: 'ISSUED', validUntil: { $gt: now } });
  else if (has(caller, ROLES.STATION_STAFF)) scopes.push({ acceptedAt: { $ne: null } });
  if (scopes.length === 0) return null;
  return scopes.length === 1 ? scopes[0]! : { $or: scopes };
}

/** Whether the caller's office issued the entrustment (and may amend, revoke or close it). */
export function isIssuingOfficer(caller: Caller, entrustment: AidEntrustment): boolean {
  return has(caller, ROLES.FAO_OFFICER) && caller.orgUnit !== null && entrustment.issuingOrgUnit === caller.orgUnit;
}

/**
 * The offices a foreign-affairs officer's organisation unit issues for. A city's foreign-affairs
 * office also acts as its Hong Kong, Macao and Taiwan affairs office (as in most cities); a
 * separate HK/Macao/Taiwan affairs office issues only for itself.
 */
export function officesOf(caller: Caller): readonly IssuingOffice[] {
  if (!has(caller, ROLES.FAO_OFFICER) || !caller.orgUnit) return [];
  if (caller.orgUnit.endsWith('-hk-macao-taiwan-affairs-office')) return ['HK_MACAO_TAIWAN_AFFAIRS_OFFICE'];
  if (caller.orgUnit.endsWith('-foreign-affairs-office')) return ISSUING_OFFICES;
  return [];
}

/** Whether the caller records deliveries for the center (its own or a county station's staff). */
export function deliversAid(caller: Caller): boolean {
  return has(caller, ROLES.CENTER_STAFF, ROLES.STATION_STAFF) && caller.orgUnit !== null;
}

/** Whether the caller accepts entrustments on the center's behalf. */
export function acceptsForCenter(caller: Caller): boolean {
  return has(caller, ROLES.CENTER_STAFF);
}
