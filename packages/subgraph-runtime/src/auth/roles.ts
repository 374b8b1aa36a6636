/**
 * The roles Lifeline grants, one per job in DOMAIN.md §1. Permissions in every subgraph are
 * written against these names; the identity service grants them.
 */
export const ROLES = {
  /** Regional center staff: the whole city's civil-affairs records. */
  CENTER_STAFF: 'CENTER_STAFF',
  /** County station staff: their own county's civil-affairs records. */
  STATION_STAFF: 'STATION_STAFF',
  /** Staff of the center's DV shelter: the only civil-affairs staff who see sheltered victims. */
  SHELTER_STAFF: 'SHELTER_STAFF',
  /** Police officer: identity checks, status checks, hand-overs. */
  POLICE_OFFICER: 'POLICE_OFFICER',
  /** Forensic officer: biometric sampling and comparison results. */
  FORENSIC_OFFICER: 'FORENSIC_OFFICER',
  /** Women's-federation caseworker: submits and follows her own shelter referrals. */
  WF_CASEWORKER: 'WF_CASEWORKER',
  /** Women's-federation supervisor: follows the referrals of her caseworkers. */
  WF_SUPERVISOR: 'WF_SUPERVISOR',
  /** Foreign-affairs officer: issues and follows aid entrustments. */
  FAO_OFFICER: 'FAO_OFFICER',
  /** Auditor: reads the audit trail, nothing else. */
  AUDITOR: 'AUDITOR',
  /** Administrator: accounts and configuration, no case data. */
  ADMIN: 'ADMIN',
  /** Center leadership: network figures (counts only). */
  LEADERSHIP: 'LEADERSHIP',
  /** An integrating system of an agency (service credentials), limited further by its scopes. */
  INTEGRATION: 'INTEGRATION',
} as const;

export type Role = (typeof ROLES)[keyof typeof ROLES];

/**
 * The jobs whose work is about persons (which persons each sees is then decided row by row): they
 * read a person's record in civil affairs, and her identity verification in public security.
 */
export const PERSON_WORK_ROLES: readonly Role[] = [
  ROLES.CENTER_STAFF,
  ROLES.STATION_STAFF,
  ROLES.SHELTER_STAFF,
  ROLES.POLICE_OFFICER,
  ROLES.FORENSIC_OFFICER,
  ROLES.WF_CASEWORKER,
  ROLES.WF_SUPERVISOR,
  ROLES.FAO_OFFICER,
  ROLES.INTEGRATION,
];
