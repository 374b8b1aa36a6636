/**
 * The access module of foreign affairs: who may see and change aid entrustments, the one place every read path (lists, by id, entity
 * references, a person's entrustments, and through them versions, items, deliveries and history)
 * and every change asks. Foreign-affairs officers see and change their own office's; the center
 * (and its shelter) staff see, city-wide, those issued to the center for acceptance and those it
 * has accepted; county station staff, who deliver aid too, see the accepted ones of persons whose
 * county (civil affairs' person projection: the county of the station of her current case) lies
 * in their jurisdiction, so an entrustment not linked to a person, or of a person with no case
 * yet, is the city's; the office's integrating system reads them all. Passport numbers follow the
 * runtime's disclosure table (the same rule as on public security's status checks).
 */
import { raw, type FilterQuery } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { hasRole, isProtectedPerson, ROLES, seesInFull, withProtection, type AuditedRecord, type Caller, type ProtectedRecords } from '@lifeline/subgraph-runtime';
import { type AidEntrustment } from '../entities/aid-entrustment.entity';
import { ISSUING_OFFICES, type IssuingOffice } from './vocabulary';

/** Whether the caller may see entrustments at all. */
export function seesAidEntrustments(caller: Caller): boolean {
  return visibleEntrustments(caller, new Date()) !== null;
}

/** Whether the caller's job needs passport numbers in full. */
export function seesFullPassportNumbers(caller: Caller): boolean {
  return seesInFull(caller, 'PASSPORT');
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
  if (hasRole(caller, ROLES.INTEGRATION) && caller.agency === 'FOREIGN_AFFAIRS') return {};
  if (hasRole(caller, ROLES.FAO_OFFICER) && caller.orgUnit) scopes.push({ issuingOrgUnit: caller.orgUnit });
  if (hasRole(caller, ROLES.CENTER_STAFF, ROLES.SHELTER_STAFF)) scopes.push({ acceptedAt: { $ne: null } }, { status: 'ISSUED', validUntil: { $gt: now } });
  else if (hasRole(caller, ROLES.STATION_STAFF)) {
    const county = personInJurisdiction(caller);
    if (county) scopes.push({ $and: [{ acceptedAt: { $ne: null } }, county] });
  }
  if (scopes.length === 0) return null;
  return scopes.length === 1 ? scopes[0]! : { $or: scopes };
}

/** The division-code prefix a jurisdiction covers (a county 379902 → `379902`, the city 379900 → `3799`); null when none. */
export function jurisdictionPrefix(jurisdiction: string | null): string | null {
  if (!jurisdiction || !/^\d{2,12}$/.test(jurisdiction)) return null;
  return jurisdiction.replace(/(00)+$/, '');
}

/**
 * The entrustment's person is one civil affairs placed in the caller's jurisdiction (read from
 * the projection at query time, so visibility follows a `person.updated`); null when the caller
 * has no jurisdiction, who then sees none.
 */
function personInJurisdiction(caller: Caller): FilterQuery<AidEntrustment> | null {
  const prefix = jurisdictionPrefix(caller.jurisdiction);
  if (prefix === null) return null;
  return {
    [raw((alias) => `exists (select 1 from person_projection pp where pp.id = ${alias}.person_id and pp.county like ?)`, [`${prefix}%`])]: true,
  } as FilterQuery<AidEntrustment>;
}

/** Whether the caller's office issued the entrustment (and may amend, revoke or close it). */
export function isIssuingOfficer(caller: Caller, entrustment: AidEntrustment): boolean {
  return hasRole(caller, ROLES.FAO_OFFICER) && caller.orgUnit !== null && entrustment.issuingOrgUnit === caller.orgUnit;
}

/**
 * The offices a foreign-affairs officer's organisation unit issues for. A city's foreign-affairs
 * office also acts as its Hong Kong, Macao and Taiwan affairs office (as in most cities); a
 * separate HK/Macao/Taiwan affairs office issues only for itself.
 */
export function officesOf(caller: Caller): readonly IssuingOffice[] {
  if (!hasRole(caller, ROLES.FAO_OFFICER) || !caller.orgUnit) return [];
  if (caller.orgUnit.endsWith('-hk-macao-taiwan-affairs-office')) return ['HK_MACAO_TAIWAN_AFFAIRS_OFFICE'];
  if (caller.orgUnit.endsWith('-foreign-affairs-office')) return ISSUING_OFFICES;
  return [];
}

/** Whether the caller records deliveries for the center (its own or a county station's staff). */
export function deliversAid(caller: Caller): boolean {
  return hasRole(caller, ROLES.CENTER_STAFF, ROLES.STATION_STAFF) && caller.orgUnit !== null;
}

/** Whether the caller accepts entrustments on the center's behalf. */
export function acceptsForCenter(caller: Caller): boolean {
  return hasRole(caller, ROLES.CENTER_STAFF);
}

/** The records of a protected person (civil affairs' projection), whose `@sensitive` fields leave an audit line on every read. */
export const protectedRecords: ProtectedRecords = {
  AidEntrustment: async (entrustment: AidEntrustment, ctx: { em: EntityManager }): Promise<AuditedRecord | null> =>
    (await isProtectedPerson(ctx, entrustment.personId)) ? { recordType: 'AidEntrustment', recordId: entrustment.id } : null,
};
