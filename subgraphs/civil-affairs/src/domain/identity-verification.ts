/**
 * A person's identity status as the graph answers it: civil affairs records UNIDENTIFIED / CLAIMED /
 * VERIFIED at intake and tracing, and public security verifies identities with its checks. The
 * verification reaches civil affairs only through the graph (`Person.identityVerification`,
 * required by `Person.identityStatus`), never from public security's tables.
 */
import { type Person } from '../entities/person.entity';
import { type IdentityStatus } from './vocabulary';

/** What public security contributes: when and by which check, never the identity itself. */
export interface IdentityVerification {
  verifiedAt: string | Date;
  identityCheckId: string;
}

/** A person as loaded, with the verification the gateway sent in the entity representation (if any). */
export type PersonWithVerification = Person & { identityVerification?: IdentityVerification | null };

/** VERIFIED once public security has verified the identity; otherwise the status civil affairs recorded. */
export function effectiveIdentityStatus(recorded: IdentityStatus, verification: IdentityVerification | null | undefined): IdentityStatus {
  return verification?.identityCheckId ? 'VERIFIED' : recorded;
}

/**
 * The loaded person carrying the representation's verification. The entity itself is left
 * untouched (it belongs to this request's identity map and is never flushed with foreign data):
 * the result reads every property through the entity.
 */
export function withVerification(person: Person, verification: IdentityVerification | null | undefined): PersonWithVerification {
  if (verification === undefined) return person;
  return Object.assign(Object.create(person) as Person, { identityVerification: verification });
}
