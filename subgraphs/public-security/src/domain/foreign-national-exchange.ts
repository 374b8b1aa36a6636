/**
 * What public security tells the foreign-affairs office when a status check finds a foreign
 * national's stay legal (DOMAIN.md §3: legal entry or residence notifies the office; §4: only what
 * its job needs): whose, which check, which status, when. Never the passport, the nationality,
 * the officers' notes or a hand-over. Runs inside the transaction of the result, so the
 * conclusion, its notification and the event commit together.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { publish } from '@lifeline/subgraph-runtime';
import { type ForeignNationalStatusCheck } from '../entities/foreign-national-status-check.entity';

const OWNER = 'public-security';

/** Publishes `foreign-national.status-found` for a check concluded legal; call after the flush, inside its transaction. */
export async function publishLegalStatusFound(tx: EntityManager, check: ForeignNationalStatusCheck): Promise<void> {
  if ((check.status !== 'LEGAL_ENTRY' && check.status !== 'LEGAL_RESIDENCE') || !check.concludedAt) return;
  await publish(tx, OWNER, {
    type: 'foreign-national.status-found',
    subjectId: check.personId,
    occurredAt: check.concludedAt,
    payload: { personId: check.personId, statusCheckId: check.id, status: check.status, foundAt: check.concludedAt.toISOString() },
  });
}
