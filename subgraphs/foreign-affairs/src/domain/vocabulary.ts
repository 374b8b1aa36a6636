/**
 * The foreign-affairs vocabulary, as stored and as in the SDL (DOMAIN.md §3, aid entrustment).
 */
export const ISSUING_OFFICES = ['FOREIGN_AFFAIRS_OFFICE', 'HK_MACAO_TAIWAN_AFFAIRS_OFFICE'] as const;
export type IssuingOffice = (typeof ISSUING_OFFICES)[number];

export const AID_ENTRUSTMENT_STATUSES = ['ISSUED', 'ACCEPTED', 'IN_PROGRESS', 'FULFILLED', 'REVOKED', 'EXPIRED'] as const;
export type AidEntrustmentStatus = (typeof AID_ENTRUSTMENT_STATUSES)[number];

export const AID_ITEM_KINDS = ['FOOD', 'LODGING', 'COMMUNICATION', 'DOMESTIC_TICKET', 'INTERNATIONAL_TICKET'] as const;
export type AidItemKind = (typeof AID_ITEM_KINDS)[number];

export const ENTRY_STATUSES = ['LEGAL_STAY', 'OVERSTAY', 'PENDING_CONFIRMATION'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export const AID_ENTRUSTMENT_ACTIONS = ['ISSUED', 'AMENDED', 'ACCEPTED', 'DELIVERY_STARTED', 'FULFILLED', 'CLOSED', 'REVOKED', 'STATUS_CONFIRMED'] as const;
export type AidEntrustmentAction = (typeof AID_ENTRUSTMENT_ACTIONS)[number];

/** Statuses in which aid may still be delivered (unless the window has passed). */
export const ACTIVE_STATUSES: readonly AidEntrustmentStatus[] = ['ACCEPTED', 'IN_PROGRESS'];
/** Stored statuses that turn into EXPIRED once the validity window has passed. */
export const OPEN_STATUSES: readonly AidEntrustmentStatus[] = ['ISSUED', 'ACCEPTED', 'IN_PROGRESS'];

/** The legal statuses a police status check finds (public security's `foreign-national.status-found`). */
export const LEGAL_STATUSES = ['LEGAL_ENTRY', 'LEGAL_RESIDENCE'] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

/**
 * Why a change was refused: the `code` of every `UserError` result, as generated from the SDL's
 * `UserErrorCode` (so a code the SDL does not declare fails the typecheck).
 */
export type { UserErrorCode } from '../__generated__/resolvers-types';
