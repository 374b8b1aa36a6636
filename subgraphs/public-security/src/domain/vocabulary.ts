/**
 * The public-security vocabulary, as stored and as in the SDL (DOMAIN.md §3, identity check).
 */
export const IDENTITY_CHECK_STATUSES = ['REQUESTED', 'SAMPLE_COLLECTED', 'COMPARING', 'MATCHED', 'NO_MATCH', 'INCONCLUSIVE'] as const;
export type IdentityCheckStatus = (typeof IDENTITY_CHECK_STATUSES)[number];

/** Statuses of a check that has not been concluded yet. */
export const OPEN_CHECK_STATUSES: readonly IdentityCheckStatus[] = ['REQUESTED', 'SAMPLE_COLLECTED', 'COMPARING'];

export const IDENTITY_CHECK_REASONS = ['UNIDENTIFIED_PERSON', 'CLAIMED_IDENTITY', 'SUSPECTED_FOREIGN_NATIONAL', 'SETTLEMENT_RECHECK'] as const;
export type IdentityCheckReason = (typeof IDENTITY_CHECK_REASONS)[number];

export const SAMPLE_KINDS = ['DNA', 'FINGERPRINT', 'FACE'] as const;
export type SampleKind = (typeof SAMPLE_KINDS)[number];

export const FOREIGN_NATIONAL_STATUSES = ['REQUESTED', 'LEGAL_ENTRY', 'LEGAL_RESIDENCE', 'ILLEGAL'] as const;
export type ForeignNationalStatus = (typeof FOREIGN_NATIONAL_STATUSES)[number];

/** The outcomes the police may record for a foreign-national status check. */
export const FOREIGN_NATIONAL_OUTCOMES = ['LEGAL_ENTRY', 'LEGAL_RESIDENCE', 'ILLEGAL'] as const;
export type ForeignNationalOutcome = (typeof FOREIGN_NATIONAL_OUTCOMES)[number];

/**
 * Why a change was refused: the `code` of every `UserError` result, as generated from the SDL's
 * `UserErrorCode` (so a code the SDL does not declare fails the typecheck).
 */
export type { UserErrorCode } from '../__generated__/resolvers-types';
