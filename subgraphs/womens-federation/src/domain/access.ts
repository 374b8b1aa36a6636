/**
 * Which women's-federation rows a caller may see and change (DOMAIN.md §4): the one module every
 * read path (lists, by id, entity references, a person's referrals, children, services, counts)
 * and every change asks.
 *
 * - The shelter's staff see every referral; the referring caseworker (or police officer) her own;
 *   a women's-federation supervisor her organisation's. Nobody else sees any, and counts are
 *   taken over what is visible only.
 * - Changes to a referral and its services: its referring caseworker; services also the shelter staff.
 * - Victims' ID and phone numbers follow the runtime's disclosure table; the referring caseworker
 *   sees what she wrote herself in full.
 */
import { type FilterQuery } from '@mikro-orm/core';
import { hasRole, ROLES, seesInFull, type Caller, type PersonalDocument, type ProtectedRecords } from '@lifeline/subgraph-runtime';
import { type ShelterReferral } from '../entities/shelter-referral.entity';
import { type VictimSex } from './vocabulary';

/** The condition a referral must meet to be visible to the caller (`null`: none is). */
export function shelterReferralScope(caller: Caller): FilterQuery<ShelterReferral> | null {
  if (hasRole(caller, ROLES.SHELTER_STAFF)) return {};
  const own: FilterQuery<ShelterReferral>[] = [];
  if (hasRole(caller, ROLES.WF_CASEWORKER, ROLES.POLICE_OFFICER)) own.push({ referringCaseworker: caller.id });
  if (hasRole(caller, ROLES.WF_SUPERVISOR) && caller.orgUnit) own.push({ referringOrganisation: caller.orgUnit });
  return own.length > 0 ? { $or: own } : null;
}

/** Whether the caller may submit referrals (a caseworker or a police officer). */
export function maySubmit(caller: Caller): boolean {
  return caller.kind === 'user' && hasRole(caller, ROLES.WF_CASEWORKER, ROLES.POLICE_OFFICER);
}

/** The referral (by id) whose services the caller may track: its referring caseworker's, or any for the shelter staff; null for none. */
export function serviceTrackingScope(caller: Caller, id: string): { id: string; referringCaseworker?: string } | null {
  if (hasRole(caller, ROLES.SHELTER_STAFF)) return { id };
  if (maySubmit(caller)) return { id, referringCaseworker: caller.id };
  return null;
}

/** Whether the caller sees a victim's document in full on a referral (else masked). */
export function seesVictimDocument(caller: Caller, referral: Pick<ShelterReferral, 'referringCaseworker'>, document: PersonalDocument): boolean {
  return seesInFull(caller, document, { ownRecord: referral.referringCaseworker === caller.id });
}

/** A referral's victim as the graph answers it, numbers already disclosed for the caller, with the referral it belongs to. */
export interface ReferralVictimView {
  referralId: string;
  name: string | null;
  sex: VictimSex;
  age: number | null;
  ageEstimated: boolean;
  phone: string | null;
  idNumber: string | null;
}

/**
 * The records of a protected person, whose `@sensitive` fields leave an audit line on every read:
 * every referral is (a victim's presence in the shelter is itself secret), and her victim's fields
 * are the referral's (`victim.name`, `victim.idNumber`: the fields actually read, never the values).
 */
export const protectedRecords: ProtectedRecords = {
  ShelterReferral: (referral: ShelterReferral) => ({ recordType: 'ShelterReferral', recordId: referral.id }),
  ReferralVictim: (victim: ReferralVictimView) => ({ recordType: 'ShelterReferral', recordId: victim.referralId, fieldPrefix: 'victim.' }),
};
