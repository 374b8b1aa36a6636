/**
 * The women's-federation vocabulary, as stored and as in the SDL (DOMAIN.md §3, shelter referral).
 */
export const VICTIM_TYPES = ['DOMESTIC_VIOLENCE', 'TRAFFICKING'] as const;
export type VictimType = (typeof VICTIM_TYPES)[number];

export const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const SHELTER_REFERRAL_STATUSES = ['SUBMITTED', 'ACCEPTED', 'DECLINED', 'ADMITTED', 'EXTENDED', 'DISCHARGED', 'REFERRED_OUT', 'CLOSED'] as const;
export type ShelterReferralStatus = (typeof SHELTER_REFERRAL_STATUSES)[number];
