/**
 * The women's-federation vocabulary, as stored and as in the SDL (DOMAIN.md §3, shelter referral).
 */
export const VICTIM_TYPES = ['DOMESTIC_VIOLENCE', 'TRAFFICKING'] as const;
export type VictimType = (typeof VICTIM_TYPES)[number];

export const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const SHELTER_REFERRAL_STATUSES = ['SUBMITTED', 'ACCEPTED', 'DECLINED', 'ADMITTED', 'EXTENDED', 'DISCHARGED', 'REFERRED_OUT', 'CLOSED', 'WITHDRAWN'] as const;
export type ShelterReferralStatus = (typeof SHELTER_REFERRAL_STATUSES)[number];

/**
 * The shelter's side of a referral, as civil affairs reports it through the graph: never stored
 * here, so the type is the SDL's external enum (composition keeps it equal to civil affairs').
 */
export type { ShelterPlacementStatus } from '../__generated__/resolvers-types';

/** Where the referral stands on the women's-federation side (before and besides the shelter's answer). */
export const REFERRAL_FILE_STATUSES = ['SUBMITTED', 'WITHDRAWN', 'CLOSED'] as const;
export type ReferralFileStatus = (typeof REFERRAL_FILE_STATUSES)[number];

export const VICTIM_SEXES = ['FEMALE', 'MALE', 'UNKNOWN'] as const;
export type VictimSex = (typeof VICTIM_SEXES)[number];

/** How the victim gave her consent to the referral (PIPL art. 29: separate consent for sensitive data). */
export const CONSENT_METHODS = ['WRITTEN', 'VERBAL_WITNESSED', 'ELECTRONIC'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** Who gave the consent. */
export const CONSENT_GIVERS = ['VICTIM', 'GUARDIAN'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

/** What the victim needs besides a bed. */
export const REFERRAL_NEEDS = ['MEDICAL_CARE', 'COUNSELLING', 'LEGAL_ADVICE', 'CHILDCARE', 'INTERPRETER', 'SAFE_TRANSPORT', 'DISABILITY_SUPPORT'] as const;
export type ReferralNeed = (typeof REFERRAL_NEEDS)[number];

/** Risk factors assessed (the common DV lethality indicators). */
export const RISK_FACTORS = [
  'STRANGULATION',
  'WEAPON_THREAT',
  'THREATS_TO_KILL',
  'ESCALATING_VIOLENCE',
  'PREGNANCY',
  'CHILDREN_AT_RISK',
  'SEPARATION_RECENT',
  'STALKING',
  'TRAFFICKER_CONTACT',
  'SUICIDE_RISK',
] as const;
export type RiskFactor = (typeof RISK_FACTORS)[number];

/** Referral-out services tracked to an outcome. */
export const REFERRAL_SERVICE_KINDS = ['LEGAL_AID', 'PSYCHOLOGICAL_COUNSELLING', 'MEDICAL', 'PROTECTION_ORDER', 'HOUSING'] as const;
export type ReferralServiceKind = (typeof REFERRAL_SERVICE_KINDS)[number];

export const REFERRAL_SERVICE_STATUSES = ['REQUESTED', 'IN_PROGRESS', 'OUTCOME_RECORDED'] as const;
export type ReferralServiceStatus = (typeof REFERRAL_SERVICE_STATUSES)[number];

/**
 * Why a change was refused: the `code` of every `UserError` result, as generated from the SDL's
 * `UserErrorCode` (so a code the SDL does not declare fails the typecheck).
 */
export type { UserErrorCode } from '../__generated__/resolvers-types';
