/**
 * What public security tells civil affairs when a check matches (DOMAIN.md §4: only what its job
 * needs): the verified name and ID number, which check and when, so civil affairs shows and
 * searches the verified identity itself. Never the samples or their codes, nor the household
 * registration. Runs inside the transaction of the result, so the match and its event commit together.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { publish } from '@lifeline/subgraph-runtime';
import { type IdentityCheck } from '../entities/identity-check.entity';

const OWNER = 'public-security';

/** Publishes `identity.verified` for a MATCHED check; call after the flush, inside its transaction. */
export async function publishIdentityVerified(tx: EntityManager, check: IdentityCheck): Promise<void> {
  if (check.status !== 'MATCHED' || !check.verifiedName || !check.concludedAt) return;
  await publish(tx, OWNER, {
    type: 'identity.verified',
    subjectId: check.personId,
    occurredAt: check.concludedAt,
    payload: {
      personId: check.personId,
      identityCheckId: check.id,
      verifiedAt: check.concludedAt.toISOString(),
      verifiedName: check.verifiedName,
      verifiedIdNumber: check.verifiedIdNumber,
    },
  });
}
