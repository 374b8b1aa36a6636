/**
 * Which pages each role works with, as one table: the navigation shows only these. Hiding an
 * entry is a convenience, not a control: the graph decides what every caller may read, and each
 * page shows a "not permitted" state when it refuses.
 */

/** The portal's pages that read records, by path. */
export type PortalPage = '/' | '/persons' | '/stations' | '/identity-checks' | '/shelter-referrals' | '/aid-entrustments' | '/audit-trail' | '/foreign-affairs-notifications' | '/shelter-referrals/new' | '/shelter' | '/status-checks' | '/status-checks/new' | RescueOperationsPage | AdminPage;

/** The admin console's pages: accounts, integration clients, signing keys and the admin history. */
export type AdminPage = '/admin/accounts' | '/admin/clients' | '/admin/signing-keys' | '/admin/history';

/** The rescue-operations pages: the center's and the stations' daily work, and the police queue. */
export type RescueOperationsPage = '/dispatch' | '/intake' | '/tracing' | '/check-queue' | '/escorts' | '/emergency-events' | '/settlements';

/** Roles whose work is about persons: the dashboard, the person search and the network. */
const PERSON_WORK = ['CENTER_STAFF', 'STATION_STAFF', 'SHELTER_STAFF', 'POLICE_OFFICER', 'FORENSIC_OFFICER', 'WF_CASEWORKER', 'WF_SUPERVISOR', 'FAO_OFFICER'];

const PAGE_ROLES: Record<PortalPage, readonly string[]> = {
  '/': PERSON_WORK,
  '/persons': PERSON_WORK,
  '/stations': [...PERSON_WORK, 'LEADERSHIP'],
  '/identity-checks': ['POLICE_OFFICER', 'FORENSIC_OFFICER', 'CENTER_STAFF', 'STATION_STAFF', 'SHELTER_STAFF'],
  '/shelter-referrals': ['WF_CASEWORKER', 'WF_SUPERVISOR', 'SHELTER_STAFF'],
  '/aid-entrustments': ['FAO_OFFICER', 'CENTER_STAFF', 'STATION_STAFF'],
  '/audit-trail': ['AUDITOR'],
  '/dispatch': ['CENTER_STAFF', 'STATION_STAFF'],
  '/intake': ['CENTER_STAFF', 'STATION_STAFF'],
  '/tracing': ['CENTER_STAFF', 'STATION_STAFF', 'SHELTER_STAFF'],
  '/check-queue': ['POLICE_OFFICER', 'FORENSIC_OFFICER'],
  '/escorts': ['CENTER_STAFF', 'STATION_STAFF'],
  '/emergency-events': ['CENTER_STAFF', 'STATION_STAFF', 'LEADERSHIP'],
  '/settlements': ['CENTER_STAFF', 'STATION_STAFF'],
  '/foreign-affairs-notifications': ['FAO_OFFICER'],
  '/shelter-referrals/new': ['WF_CASEWORKER', 'POLICE_OFFICER'],
  '/shelter': ['SHELTER_STAFF'],
  // The police answer them; the stations (and the shelter, for foreign nationals in its care) ask; the FAO reads what follows.
  '/status-checks': ['POLICE_OFFICER', 'CENTER_STAFF', 'STATION_STAFF', 'SHELTER_STAFF', 'FAO_OFFICER'],
  '/status-checks/new': ['CENTER_STAFF', 'STATION_STAFF', 'SHELTER_STAFF'],
  // The identity service itself refuses everyone else (and records it); these only steer the navigation.
  '/admin/accounts': ['ADMIN'],
  '/admin/clients': ['ADMIN'],
  '/admin/signing-keys': ['ADMIN'],
  '/admin/history': ['ADMIN'],
};

/** Whether someone holding `roles` works with `page`. */
export function worksWith(roles: readonly string[], page: PortalPage): boolean {
  return PAGE_ROLES[page].some((role) => roles.includes(role));
}

/** Roles the portal has a label for (others are shown as they are). */
export const KNOWN_ROLES = [
  'CENTER_STAFF',
  'STATION_STAFF',
  'SHELTER_STAFF',
  'POLICE_OFFICER',
  'FORENSIC_OFFICER',
  'WF_CASEWORKER',
  'WF_SUPERVISOR',
  'FAO_OFFICER',
  'AUDITOR',
  'ADMIN',
  'LEADERSHIP',
] as const;

export const KNOWN_AGENCIES = ['CIVIL_AFFAIRS', 'PUBLIC_SECURITY', 'WOMENS_FEDERATION', 'FOREIGN_AFFAIRS', 'OVERSIGHT'] as const;
