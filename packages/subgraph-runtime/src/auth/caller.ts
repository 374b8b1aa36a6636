/**
 * Who is asking. The gateway verifies the end user or integrating system and forwards these claims
 * to each subgraph inside a signed internal token; a subgraph never takes identity from anything else.
 */
export type Agency = 'CIVIL_AFFAIRS' | 'PUBLIC_SECURITY' | 'WOMENS_FEDERATION' | 'FOREIGN_AFFAIRS' | 'OVERSIGHT';

export interface Caller {
  /** `user` for a person signed in, `service` for an integrating system, `anonymous` otherwise. */
  kind: 'user' | 'service' | 'anonymous';
  /** Username or client id; `anonymous` for the anonymous caller. */
  id: string;
  /** The agency the caller works for, when known. */
  agency: Agency | null;
  /** Organisation unit: a station id, a bureau or an office. */
  orgUnit: string | null;
  /** Administrative-division code the caller's job covers (the city, or one county). */
  jurisdiction: string | null;
  /** Roles granted to the caller. */
  roles: string[];
  /** OAuth scopes granted to a service caller. */
  scopes: string[];
}

export const ANONYMOUS: Caller = Object.freeze({
  kind: 'anonymous',
  id: 'anonymous',
  agency: null,
  orgUnit: null,
  jurisdiction: null,
  roles: [],
  scopes: [],
}) as Caller;

/** True when the caller holds at least one of the roles. */
export function hasRole(caller: Caller, ...roles: string[]): boolean {
  return roles.some((role) => caller.roles.includes(role));
}
