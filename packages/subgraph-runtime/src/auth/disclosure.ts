/**
 * One masking rule per personal document and role (DOMAIN.md §4), used by every type of every
 * subgraph that shows such a document: a caller sees the same document the same way wherever it
 * appears (a passport on a status check and on an entrustment alike).
 *
 * A caller who sees a number masked must not be able to rebuild it: the resident ID number's
 * birth date (digits 7–14) is disclosed only with the number in full, and an exact-number search
 * is only for callers who see that document in full (others match nobody through it).
 */
import { maskIdentifier, maskPhone } from '@lifeline/identity-documents';
import { hasRole, type Agency, type Caller } from './caller';
import { ROLES } from './roles';

/** The documents whose numbers are masked for callers whose job does not need them. */
export type PersonalDocument = 'RESIDENT_ID' | 'PASSPORT' | 'PHONE';

interface DisclosureRule {
  /** Staff roles that see the document in full. */
  roles: readonly string[];
  /** Agencies whose integrating systems see it in full. */
  systemsOf: readonly Agency[];
}

/** The table: who sees which document in full. Everyone else sees it masked. */
export const DISCLOSURE: Readonly<Record<PersonalDocument, DisclosureRule>> = {
  // Stations register and trace persons by ID number; the police verify it.
  RESIDENT_ID: { roles: [ROLES.CENTER_STAFF, ROLES.STATION_STAFF, ROLES.SHELTER_STAFF, ROLES.POLICE_OFFICER, ROLES.FORENSIC_OFFICER], systemsOf: [] },
  // The police check status on it, the office issues entrustments on it, the center hands the aid
  // over against it; an integrating system shows it to no one whose job we know, so it sees it masked.
  PASSPORT: { roles: [ROLES.POLICE_OFFICER, ROLES.FAO_OFFICER, ROLES.CENTER_STAFF, ROLES.SHELTER_STAFF], systemsOf: [] },
  PHONE: { roles: [ROLES.CENTER_STAFF, ROLES.STATION_STAFF, ROLES.SHELTER_STAFF, ROLES.POLICE_OFFICER, ROLES.FORENSIC_OFFICER], systemsOf: [] },
};

export interface DisclosureContext {
  /** True when the caller wrote the record herself (a referring caseworker sees what she typed). */
  ownRecord?: boolean;
}

/** Whether the caller sees the document in full (else masked). */
export function seesInFull(caller: Caller, document: PersonalDocument, context: DisclosureContext = {}): boolean {
  if (caller.kind === 'anonymous') return false;
  if (context.ownRecord) return true;
  const rule = DISCLOSURE[document];
  if (hasRole(caller, ...rule.roles)) return true;
  return hasRole(caller, ROLES.INTEGRATION) && caller.agency !== null && rule.systemsOf.includes(caller.agency);
}

/** The document number as the caller may see it: in full, or masked by the document's rule. */
export function disclose(caller: Caller, document: PersonalDocument, value: string, context: DisclosureContext = {}): string {
  if (seesInFull(caller, document, context)) return value;
  return document === 'PHONE' ? maskPhone(value) : maskIdentifier(value);
}

/**
 * The birth date a resident ID number encodes, for those who see the number in full only: given
 * to anyone else beside the masked number it would give back 8 of its hidden 10 characters.
 */
export function discloseBirthDate<T>(caller: Caller, birthDate: T | null | undefined, context: DisclosureContext = {}): T | null {
  return birthDate != null && seesInFull(caller, 'RESIDENT_ID', context) ? birthDate : null;
}

/** Whether an exact-number search for the document may match anything for the caller. */
export function searchesByNumber(caller: Caller, document: PersonalDocument): boolean {
  return seesInFull(caller, document);
}
