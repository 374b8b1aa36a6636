/**
 * The enum values the portal offers in filters, in display order. Types come from the API schema
 * through codegen; `satisfies` plus the `Exhaustive` checks fail the build when the schema gains
 * a value the portal does not offer yet.
 */
import type {
  AidEntrustmentStatus,
  AuditOutcome,
  IdentityCheckStatus,
  IdentityStatus,
  NetworkLevel,
  RescueCaseStatus,
  Sex,
  ShelterReferralStatus,
} from '@/gql/graphql';

type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : ['missing', Exclude<All, Listed>];

export const SEXES = ['MALE', 'FEMALE', 'UNKNOWN'] as const satisfies readonly Sex[];
export const IDENTITY_STATUSES = ['UNIDENTIFIED', 'CLAIMED', 'VERIFIED'] as const satisfies readonly IdentityStatus[];
export const RESCUE_CASE_STATUSES = [
  'RECEIVED',
  'MEDICAL_TREATMENT',
  'HANDED_TO_POLICE',
  'REFUSED',
  'IN_CARE',
  'EXITED',
] as const satisfies readonly RescueCaseStatus[];
export const NETWORK_LEVELS = ['CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'] as const satisfies readonly NetworkLevel[];
export const IDENTITY_CHECK_STATUSES = [
  'REQUESTED',
  'SAMPLE_COLLECTED',
  'COMPARING',
  'MATCHED',
  'NO_MATCH',
  'INCONCLUSIVE',
] as const satisfies readonly IdentityCheckStatus[];
export const SHELTER_REFERRAL_STATUSES = [
  'SUBMITTED',
  'ACCEPTED',
  'DECLINED',
  'ADMITTED',
  'EXTENDED',
  'DISCHARGED',
  'REFERRED_OUT',
  'CLOSED',
  'WITHDRAWN',
] as const satisfies readonly ShelterReferralStatus[];
export const AID_ENTRUSTMENT_STATUSES = [
  'ISSUED',
  'ACCEPTED',
  'IN_PROGRESS',
  'FULFILLED',
  'REVOKED',
  'EXPIRED',
] as const satisfies readonly AidEntrustmentStatus[];

export const AUDIT_OUTCOMES = ['ALLOWED', 'DENIED'] as const satisfies readonly AuditOutcome[];

export const VOCABULARY_IS_COMPLETE: [
  Exhaustive<Sex, (typeof SEXES)[number]>,
  Exhaustive<IdentityStatus, (typeof IDENTITY_STATUSES)[number]>,
  Exhaustive<RescueCaseStatus, (typeof RESCUE_CASE_STATUSES)[number]>,
  Exhaustive<NetworkLevel, (typeof NETWORK_LEVELS)[number]>,
  Exhaustive<IdentityCheckStatus, (typeof IDENTITY_CHECK_STATUSES)[number]>,
  Exhaustive<ShelterReferralStatus, (typeof SHELTER_REFERRAL_STATUSES)[number]>,
  Exhaustive<AidEntrustmentStatus, (typeof AID_ENTRUSTMENT_STATUSES)[number]>,
  Exhaustive<AuditOutcome, (typeof AUDIT_OUTCOMES)[number]>,
] = [true, true, true, true, true, true, true, true];

/** `value` when it is one of `allowed`, else `undefined` (for untrusted URL parameters). */
export function pickEnum<T extends string>(allowed: readonly T[], value: string | undefined): T | undefined {
  return allowed.find((candidate) => candidate === value);
}
