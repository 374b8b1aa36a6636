/**
 * Merging two records of one person and removing a record created in error: the rules, as plain
 * functions (DOMAIN.md §3: every change is an event with who, when and why). The service applies
 * them inside one transaction with the events they cause.
 */
import { type IdentityStatus, type UserErrorCode } from './vocabulary';

/** What the rules need to know of a record. */
export interface PersonRecordFacts {
  id: string;
  idNumber: string | null;
  identityStatus: IdentityStatus;
  /** Rescue cases still open (received, in treatment, in care). */
  openCases: number;
  /** Settlements proposed, approved or settled. */
  activeSettlements: number;
}

export interface PersonRecordRefusal {
  field: string;
  code: UserErrorCode;
  message: string;
}

/** Why `from` cannot be merged into `into` (null when it can). */
export function mergeRefusal(from: PersonRecordFacts, into: PersonRecordFacts): PersonRecordRefusal | null {
  if (from.id === into.id) return { field: 'intoPersonId', code: 'SAME_PERSON', message: 'A record cannot be merged into itself: choose the other record of this person.' };
  if (from.idNumber && into.idNumber) {
    return { field: 'intoPersonId', code: 'CONFLICTING_ID_NUMBERS', message: 'Both records carry an ID number: two ID numbers are two people. Have the identity checked before merging.' };
  }
  if (from.openCases > 0 && into.openCases > 0) {
    return { field: 'intoPersonId', code: 'BOTH_IN_CARE', message: 'Both records have an open rescue case: end one of them (exit) before merging.' };
  }
  if (from.activeSettlements > 0 && into.activeSettlements > 0) {
    return { field: 'intoPersonId', code: 'BOTH_IN_SETTLEMENT', message: 'Both records have a settlement under way: decline or revoke one before merging.' };
  }
  return null;
}

/** Why the record cannot be removed (null when it can). */
export function removalRefusal(record: PersonRecordFacts): PersonRecordRefusal | null {
  if (record.openCases > 0) return { field: 'personId', code: 'IN_CARE', message: 'The person has an open rescue case: end it (exit) first, or merge the record into the right one.' };
  if (record.activeSettlements > 0) return { field: 'personId', code: 'IN_SETTLEMENT', message: 'The person has a settlement under way: decline or revoke it first.' };
  return null;
}

const RANK: Record<IdentityStatus, number> = { UNIDENTIFIED: 0, CLAIMED: 1, VERIFIED: 2 };

/** The surviving record's identity status: the better established of the two. */
export function mergedIdentityStatus(from: IdentityStatus, into: IdentityStatus): IdentityStatus {
  return RANK[from] > RANK[into] ? from : into;
}
