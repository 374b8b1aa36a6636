/**
 * The callers the by-id and change-feed suites read public security's records as: staff of a test
 * county and of its neighbour; the city's center, shelter, police, forensic, foreign-affairs and
 * women's federation staff; those civil affairs entitled to a protected victim (one of each job);
 * and integrating systems of one scope each (`systems`: one of each scope that reads these
 * records). `prefix` keeps each suite's county staff, entitled callers and systems its own.
 */
import { ROLES } from '@lifeline/subgraph-runtime';
import { testCaller } from '@lifeline/subgraph-runtime/testing';

export const CITY = '379900';

export function recordCallers(prefix: string, counties: { county: string; other: string }) {
  const county = testCaller({ id: `${prefix}.station.staff`, agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: counties.county });
  const otherCounty = testCaller({ id: `${prefix}.other.station.staff`, agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: counties.other });
  const center = testCaller({ id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: CITY });
  const shelter = testCaller({ id: 'shelter.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.SHELTER_STAFF], jurisdiction: CITY });
  const police = testCaller({ id: 'police.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER], jurisdiction: CITY });
  const forensic = testCaller({ id: 'forensic.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.FORENSIC_OFFICER], jurisdiction: CITY });
  const fao = testCaller({ id: 'fao.officer', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.FAO_OFFICER], orgUnit: 'fao', jurisdiction: CITY });
  const caseworker = testCaller({ id: 'wf.caseworker', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER], jurisdiction: CITY });
  /** Those civil affairs entitled to the protected victim's records (one of each job). */
  const entitled = {
    county: testCaller({ ...county, id: `${prefix}.entitled.staff` }),
    police: testCaller({ ...police, id: `${prefix}.entitled.police` }),
    forensic: testCaller({ ...forensic, id: `${prefix}.entitled.forensic` }),
    fao: testCaller({ ...fao, id: `${prefix}.entitled.fao` }),
  };
  /** An integrating system of `agency` whose token holds `scope` alone. */
  const system = (agency: 'PUBLIC_SECURITY' | 'FOREIGN_AFFAIRS', scope: string) =>
    testCaller({ kind: 'service', id: `${prefix}-${agency.toLowerCase()}-${scope}`, agency, roles: [ROLES.INTEGRATION], scopes: [scope] });
  /** A system of each scope that reads public security's records: public security's own, and the foreign-affairs office's. */
  const systems = {
    identity: system('PUBLIC_SECURITY', 'read:identity-checks'),
    status: system('PUBLIC_SECURITY', 'read:status-checks'),
    officeStatus: system('FOREIGN_AFFAIRS', 'read:status-checks'),
    office: system('FOREIGN_AFFAIRS', 'read:foreign-affairs-notifications'),
  };
  return { county, otherCounty, center, shelter, police, forensic, fao, caseworker, entitled, system, systems };
}
