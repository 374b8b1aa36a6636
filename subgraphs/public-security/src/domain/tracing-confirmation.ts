/**
 * Civil affairs' confirmed family-tracing matches, kept by public security (issue: a
 * tracing-confirmed identity must show in the police queue). Applied from the exchange
 * (`tracing.match-confirmed`), never read from civil affairs at query time: the person's identity
 * checks show the claimed name and when it was confirmed, for the police to verify. Row scoping
 * stays the checks' own: the claim is reached only through a check the caller may see.
 */
import { LockMode } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { parsePersonName } from '@lifeline/identity-documents';
import { appendAudit, ExchangeRejection, personProjectionHandlers, type Caller, type ExchangeHandlers, type ReceivedEvent } from '@lifeline/subgraph-runtime';
import { TracingConfirmation } from '../entities/tracing-confirmation.entity';

/** Who the audit trail names for changes applied on civil affairs' word. */
const CIVIL_AFFAIRS_EXCHANGE: Caller = {
  kind: 'service',
  id: 'exchange:civil-affairs',
  agency: 'CIVIL_AFFAIRS',
  orgUnit: null,
  jurisdiction: null,
  roles: [],
  scopes: [],
};

/**
 * Keeps the person's newest confirmed tracing identity. An event naming another person than its
 * subject, or with a name that fails validation, goes to the dead letters; an older confirmation
 * than the one kept changes nothing.
 */
export async function applyTracingMatchConfirmed(tx: EntityManager, event: ReceivedEvent<'tracing.match-confirmed'>): Promise<void> {
  const facts = event.payload;
  if (facts.personId !== event.subjectId) throw new ExchangeRejection('tracing.match-confirmed names another person than its subject');
  const name = parsePersonName(facts.confirmedName);
  if (!name.ok) throw new ExchangeRejection(`tracing.match-confirmed carries an invalid name (${name.error.code})`);
  const confirmedAt = new Date(facts.confirmedAt);
  const kept = await tx.findOne(TracingConfirmation, { personId: facts.personId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (kept && kept.confirmedAt.getTime() > confirmedAt.getTime()) return;
  if (kept) Object.assign(kept, { name: name.value, confirmedAt, receivedAt: new Date() });
  else tx.create(TracingConfirmation, { personId: facts.personId, name: name.value, confirmedAt, receivedAt: new Date() });
  await tx.flush();
  await appendAudit(tx, CIVIL_AFFAIRS_EXCHANGE, event.eventId, [
    { operation: kept ? 'UPDATE' : 'CREATE', recordType: 'TracingConfirmation', recordId: facts.personId, fields: ['name', 'confirmedAt'], purpose: 'family tracing match confirmed', outcome: 'ALLOWED' },
  ]);
}

/** What public security applies from civil affairs' feed: the person projection and tracing matches. */
export const civilAffairsHandlers: ExchangeHandlers = {
  ...personProjectionHandlers,
  'tracing.match-confirmed': applyTracingMatchConfirmed,
};
