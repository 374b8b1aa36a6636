/**
 * Who may see aid entrustments: the foreign-affairs office that issues them, the center staff and
 * the shelter staff who deliver the aid, and the office's integrating system. Passport numbers are shown in full to the
 * same people and masked for anyone else.
 */
import { ROLES, type Caller } from '@lifeline/subgraph-runtime';

const has = (caller: Caller, ...roles: string[]) => roles.some((role) => caller.roles.includes(role));

/** Whether the caller may see entrustments at all. */
export function seesAidEntrustments(caller: Caller): boolean {
  return has(caller, ROLES.FAO_OFFICER, ROLES.CENTER_STAFF, ROLES.SHELTER_STAFF) || (has(caller, ROLES.INTEGRATION) && caller.agency === 'FOREIGN_AFFAIRS');
}

/** Whether the caller's job needs passport numbers in full. */
export function seesFullPassportNumbers(caller: Caller): boolean {
  return has(caller, ROLES.FAO_OFFICER, ROLES.CENTER_STAFF, ROLES.SHELTER_STAFF);
}
