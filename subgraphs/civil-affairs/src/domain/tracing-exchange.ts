/**
 * What civil affairs tells public security when a person confirms a family-tracing match
 * (DOMAIN.md §3: a match is confirmed by a person, never automatically; §4: only what the police
 * need to verify it): whose identity, the name the matched report gives, when. Never the report,
 * its reporter or contact. Called inside the confirmation's transaction, so both commit together.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { publish } from '@lifeline/subgraph-runtime';

const OWNER = 'civil-affairs';

/** Publishes `tracing.match-confirmed`; call after the flush, inside the confirmation's transaction. */
export async function publishTracingMatchConfirmed(tx: EntityManager, personId: string, confirmedName: string, confirmedAt: Date): Promise<void> {
  await publish(tx, OWNER, {
    type: 'tracing.match-confirmed',
    subjectId: personId,
    occurredAt: confirmedAt,
    payload: { personId, confirmedName, confirmedAt: confirmedAt.toISOString() },
  });
}
