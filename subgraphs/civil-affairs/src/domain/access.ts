/**
 * Which civil-affairs rows a caller may see (DOMAIN.md §4): the one module every read path asks —
 * lists, by-id loaders, entity references, counts and nested fields — and every change checks
 * before it touches a record. A protected victim answers exactly like a person who does not exist.
 *
 * Persons:
 * - Shelter staff see everyone in the city, protected victims included.
 * - Center staff and police see everyone in the city except protected victims.
 * - County station staff see the unprotected persons with a case at a station in their county.
 * - Foreign-affairs officers see unprotected foreign nationals.
 * - Civil affairs' integrating system (read:persons) sees the unprotected persons.
 * - Anyone sees a protected victim they were granted (the referring caseworker).
 * - Everyone else (auditors, administrators, anonymous callers) sees no person.
 *
 * Station work (cases, street reports, escorts, settlements, emergency points): the caller's
 * jurisdiction — the center and its shelter the city, a county station its county; leadership
 * reads the city's emergency figures. Every record about a person is visible only with its person.
 */
import { hasRole, ROLES, searchesByNumber, type Caller, type ProtectedRecords, type SqlCondition } from '@lifeline/subgraph-runtime';
import { type Person } from '../entities/person.entity';

/** A condition in raw SQL with its parameters: the runtime's, so a fragment goes straight into `sqlKeysetPage`. */
export type SqlFragment = SqlCondition;

const NONE: SqlFragment = { sql: 'false', params: [] };
const ALL: SqlFragment = { sql: 'true', params: [] };

/** The division-code prefix a jurisdiction covers (a county code 379902 → `379902`, the city 379900 → `3799`). */
export function jurisdictionPrefix(jurisdiction: string): string {
  return jurisdiction.replace(/(00)+$/, '');
}

/** Whether the caller is the shelter's own staff (the only ones who see and change placements). */
export function isShelterStaff(caller: Caller): boolean {
  return caller.kind === 'user' && hasRole(caller, ROLES.SHELTER_STAFF);
}

/**
 * The division-code prefix the caller's station work covers, or null when the caller does no
 * station work: the center and the shelter (a unit of the center) the city, county staff their county.
 */
export function workPrefix(caller: Caller): string | null {
  if (caller.kind !== 'user' || !caller.jurisdiction) return null;
  if (!hasRole(caller, ROLES.CENTER_STAFF, ROLES.SHELTER_STAFF, ROLES.STATION_STAFF)) return null;
  return jurisdictionPrefix(caller.jurisdiction);
}

/** Whether the caller's station work covers a division (a station's jurisdiction, a report's district). */
export function coversDivision(caller: Caller, division: string): boolean {
  const prefix = workPrefix(caller);
  return prefix !== null && division.startsWith(prefix);
}

/** The prefix whose emergency events, points and figures the caller reads (leadership: its jurisdiction). */
export function figuresPrefix(caller: Caller): string | null {
  const prefix = workPrefix(caller);
  if (prefix !== null) return prefix;
  if (hasRole(caller, ROLES.LEADERSHIP) && caller.jurisdiction) return jurisdictionPrefix(caller.jurisdiction);
  return null;
}

/** The condition (on alias `p`) a person row must meet to be visible to the caller: a standing record (not merged or removed) the caller may see. */
export function personVisibility(caller: Caller): SqlFragment {
  const visible = callerSeesPerson(caller);
  return { sql: `(p.record_status = 'ACTIVE' and ${visible.sql})`, params: visible.params };
}

/**
 * The condition (on alias `ended`) an ended person row must meet for its end to be listed to the
 * caller in the change feed: she could see the record just before it ended (the rule of
 * `personVisibility`, on the ended row), or it was merged into a record she sees (which took its
 * cases, so a county's staff see the end of a duplicate of their case's person).
 */
export function endedPersonVisibility(caller: Caller): SqlFragment {
  const before = callerSeesPerson(caller);
  const successor = personVisibility(caller);
  return {
    sql:
      `(ended.record_status <> 'ACTIVE' and (exists (select 1 from person p where p.id = ended.id and ${before.sql})` +
      ` or exists (select 1 from person p where p.id = ended.merged_into_id and ${successor.sql})))`,
    params: [...before.params, ...successor.params],
  };
}

/**
 * Whom the caller sees besides the persons granted to her: everyone, the unprotected, a condition
 * of her own (county, nationality), or no one. The one rule behind the SQL condition and the tally.
 */
type PersonReach = { kind: 'none' } | { kind: 'granted-only' } | { kind: 'everyone' } | { kind: 'unprotected' } | { kind: 'condition'; fragment: SqlFragment };

function personReach(caller: Caller): PersonReach {
  if (caller.kind === 'anonymous') return { kind: 'none' };
  if (hasRole(caller, ROLES.SHELTER_STAFF)) return { kind: 'everyone' };
  if (hasRole(caller, ROLES.CENTER_STAFF, ROLES.POLICE_OFFICER, ROLES.FORENSIC_OFFICER)) return { kind: 'unprotected' };
  if (hasRole(caller, ROLES.STATION_STAFF) && caller.jurisdiction) {
    return {
      kind: 'condition',
      fragment: {
        sql: `not p.confidential and exists (select 1 from rescue_case rc join station s on s.id = rc.station_id where rc.person_id = p.id and s.jurisdiction like ?)`,
        params: [`${jurisdictionPrefix(caller.jurisdiction)}%`],
      },
    };
  }
  if (hasRole(caller, ROLES.FAO_OFFICER)) return { kind: 'condition', fragment: { sql: 'not p.confidential and p.nationality is not null', params: [] } };
  if (hasRole(caller, ROLES.INTEGRATION) && caller.agency === 'CIVIL_AFFAIRS' && caller.scopes.includes('read:persons')) return { kind: 'unprotected' };
  return { kind: 'granted-only' };
}

function callerSeesPerson(caller: Caller): SqlFragment {
  const reach = personReach(caller);
  if (reach.kind === 'none') return NONE;
  const granted = {
    sql: 'exists (select 1 from person_access_grant g where g.person_id = p.id and g.grantee = ?)',
    params: [caller.id],
  };
  const base = reach.kind === 'everyone' ? ALL : reach.kind === 'unprotected' ? { sql: 'not p.confidential', params: [] } : reach.kind === 'condition' ? reach.fragment : null;
  if (!base) return granted;
  return { sql: `((${base.sql}) or ${granted.sql})`, params: [...base.params, ...granted.params] };
}

/**
 * Whether the caller's standing persons can be counted from the tally of standing persons
 * (`person_tally`, kept by a trigger): `everyone` for shelter staff, `unprotected` (plus her grants)
 * for the city-wide roles; null when her reach depends on each person's cases or nationality.
 */
export function personTallyReach(caller: Caller): 'everyone' | 'unprotected' | null {
  const reach = personReach(caller);
  return reach.kind === 'everyone' || reach.kind === 'unprotected' ? reach.kind : null;
}

/**
 * The condition (on aliases `rc` for the case and `s` for its station) a case must meet besides
 * its person being visible: county staff see only their county's cases.
 */
export function caseVisibility(caller: Caller): SqlFragment {
  if (hasRole(caller, ROLES.STATION_STAFF) && !hasRole(caller, ROLES.CENTER_STAFF, ROLES.SHELTER_STAFF)) {
    const prefix = workPrefix(caller);
    return prefix === null ? NONE : { sql: 's.jurisdiction like ?', params: [`${prefix}%`] };
  }
  // Everyone else sees the cases of the persons visible to them.
  return ALL;
}

/** A case and its person, both visible (aliases `rc`, `s`, `p`). */
export function visibleCaseSql(caller: Caller): SqlFragment {
  const persons = personVisibility(caller);
  const cases = caseVisibility(caller);
  return { sql: `(${persons.sql}) and (${cases.sql})`, params: [...persons.params, ...cases.params] };
}

/**
 * Condition (aliases `p` person, `s` the station of the record) for records of station work about
 * a person (settlements, escorts): in the caller's work jurisdiction and of a person she sees.
 */
export function stationWorkVisibility(caller: Caller): SqlFragment {
  const prefix = workPrefix(caller);
  if (prefix === null) return NONE;
  const persons = personVisibility(caller);
  return { sql: `s.jurisdiction like ? and (${persons.sql})`, params: [`${prefix}%`, ...persons.params] };
}

/** Condition (alias `e`) for the emergency events the caller sees: those touching the jurisdiction. */
export function eventVisibility(caller: Caller): SqlFragment {
  const prefix = figuresPrefix(caller);
  if (prefix === null) return NONE;
  return { sql: `exists (select 1 from unnest(e.districts) d where d like ? or ? like d || '%')`, params: [`${prefix}%`, prefix] };
}

/** Condition (alias `s`, the point's station) for the emergency points the caller sees. */
export function pointVisibility(caller: Caller): SqlFragment {
  const prefix = figuresPrefix(caller);
  if (prefix === null) return NONE;
  return { sql: 's.jurisdiction like ?', params: [`${prefix}%`] };
}

/**
 * Condition (alias `h`) for the help entries of a visible point that the caller sees and counts:
 * anonymous entries and those of unprotected persons, visible or not (the caller then sees the
 * entry without the person, like an anonymous one: a head helped at a point of the caller's own
 * jurisdiction, which its figures must count), and a protected victim's only for those she is
 * visible to. For everyone else her help was never given: her whereabouts are secret (DOMAIN.md
 * §4), so neither the list nor any figure (people helped, per day, per kind of aid) holds her.
 */
export function helpVisibility(caller: Caller): SqlFragment {
  const persons = personVisibility(caller);
  return {
    sql: `(h.person_id is null or exists (select 1 from person p where p.id = h.person_id and (not p.confidential or (${persons.sql}))))`,
    params: [...persons.params],
  };
}

/** Whether a street report (by its district) is visible to the caller: the station work of its district. */
export function seesStreetReport(caller: Caller, report: { district: string }): boolean {
  return coversDivision(caller, report.district);
}

/** Condition (alias `sr`) for the street reports the caller sees: the same rule as `seesStreetReport`, in SQL. */
export function streetReportVisibility(caller: Caller): SqlFragment {
  const prefix = workPrefix(caller);
  if (prefix === null) return NONE;
  return { sql: 'sr.district like ?', params: [`${prefix}%`] };
}

/**
 * Condition (alias `r`) for the missing-person reports the caller sees: those doing family tracing
 * (station work) see the open reports, the candidates of any unidentified person they trace; a
 * report already matched is about its person and is seen only with her, so a protected victim's
 * report stays with those she is visible to.
 */
export function missingPersonReportVisibility(caller: Caller): SqlFragment {
  if (workPrefix(caller) === null) return NONE;
  const persons = personVisibility(caller);
  return {
    sql: `(r.resolved_person_id is null or exists (select 1 from person p where p.id = r.resolved_person_id and ${persons.sql}))`,
    params: [...persons.params],
  };
}

/**
 * Whether a record of station work about a person (a case, an escort, a settlement) is open to the
 * caller for a change. A protected victim's records are changed through the shelter's placement
 * workflow only, so here they answer like unknown ones for everyone.
 */
export function mayWorkOn(caller: Caller, record: { person: { confidential: boolean }; station: { jurisdiction: string } }): boolean {
  return !record.person.confidential && coversDivision(caller, record.station.jurisdiction);
}

/** Placements the caller sees (by referral): shelter staff all, a referring caseworker (or officer) her own, nobody else any. */
export function placementScope(caller: Caller): { referringCaseworker?: string } | null {
  if (isShelterStaff(caller)) return {};
  if (caller.kind === 'user') return { referringCaseworker: caller.id };
  return null;
}

/** Whether an exact ID-number search may match anything but the caller's own granted persons. */
export function searchesByIdNumber(caller: Caller): boolean {
  return searchesByNumber(caller, 'RESIDENT_ID');
}

/** The records of a protected person, whose `@sensitive` fields leave an audit line on every read. */
export const protectedRecords: ProtectedRecords = {
  Person: (person: Person) => (person.confidential ? { recordType: 'Person', recordId: person.id } : null),
};
