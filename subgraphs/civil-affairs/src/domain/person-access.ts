/**
 * Which persons and cases a caller may see (DOMAIN.md §4), as SQL applied in every read of the
 * civil-affairs data: searches, lists, loaders and entity references alike, so that a protected
 * victim answers exactly like a person who does not exist.
 *
 * - Shelter staff see everyone in the city, protected victims included.
 * - Center staff and police see everyone in the city except protected victims.
 * - County station staff see the unprotected persons with a case at a station in their county.
 * - Foreign-affairs officers see unprotected foreign nationals.
 * - Anyone sees a protected victim they were granted (the referring caseworker).
 * - Everyone else (auditors, administrators, anonymous callers) sees no person.
 */
import { hasRole, ROLES, type Caller } from '@lifeline/subgraph-runtime';

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/** The division-code prefix a jurisdiction covers (a county code 379902 → `379902`, the city 379900 → `3799`). */
export function jurisdictionPrefix(jurisdiction: string): string {
  return jurisdiction.replace(/(00)+$/, '');
}

/** The condition (on alias `p`) a person row must meet to be visible to the caller: a standing record (not merged or removed) the caller may see. */
export function personVisibility(caller: Caller): SqlFragment {
  const visible = callerSeesPerson(caller);
  return { sql: `(p.record_status = 'ACTIVE' and ${visible.sql})`, params: visible.params };
}

function callerSeesPerson(caller: Caller): SqlFragment {
  const granted = {
    sql: 'exists (select 1 from person_access_grant g where g.person_id = p.id and g.grantee = ?)',
    params: [caller.id],
  };
  let base: SqlFragment | null = null;
  if (caller.kind === 'anonymous') return { sql: 'false', params: [] };
  if (hasRole(caller, ROLES.SHELTER_STAFF)) {
    base = { sql: 'true', params: [] };
  } else if (hasRole(caller, ROLES.CENTER_STAFF, ROLES.POLICE_OFFICER, ROLES.FORENSIC_OFFICER)) {
    base = { sql: 'not p.confidential', params: [] };
  } else if (hasRole(caller, ROLES.STATION_STAFF) && caller.jurisdiction) {
    base = {
      sql: `not p.confidential and exists (select 1 from rescue_case rc join station s on s.id = rc.station_id where rc.person_id = p.id and s.jurisdiction like ?)`,
      params: [`${jurisdictionPrefix(caller.jurisdiction)}%`],
    };
  } else if (hasRole(caller, ROLES.FAO_OFFICER)) {
    base = { sql: 'not p.confidential and p.nationality is not null', params: [] };
  } else if (hasRole(caller, ROLES.INTEGRATION) && caller.agency === 'CIVIL_AFFAIRS' && caller.scopes.includes('read:persons')) {
    base = { sql: 'not p.confidential', params: [] };
  }
  if (!base) return granted;
  return { sql: `((${base.sql}) or ${granted.sql})`, params: [...base.params, ...granted.params] };
}

/**
 * The condition (on aliases `rc` for the case and `s` for its station) a case must meet besides
 * its person being visible: county staff see only their county's cases.
 */
export function caseVisibility(caller: Caller): SqlFragment {
  if (hasRole(caller, ROLES.SHELTER_STAFF, ROLES.CENTER_STAFF, ROLES.POLICE_OFFICER, ROLES.FORENSIC_OFFICER)) return { sql: 'true', params: [] };
  if (hasRole(caller, ROLES.STATION_STAFF) && caller.jurisdiction) {
    return { sql: 's.jurisdiction like ?', params: [`${jurisdictionPrefix(caller.jurisdiction)}%`] };
  }
  // Everyone else sees the cases of the persons visible to them.
  return { sql: 'true', params: [] };
}

/** Whether the caller's job needs full ID and phone numbers (else they are masked). */
export function seesFullIdentifiers(caller: Caller): boolean {
  return hasRole(caller, ROLES.CENTER_STAFF, ROLES.STATION_STAFF, ROLES.SHELTER_STAFF, ROLES.POLICE_OFFICER, ROLES.FORENSIC_OFFICER);
}
