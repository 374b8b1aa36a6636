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
import {
  appendAudit,
  combineProjections,
  ExchangeRejection,
  personProjection,
  personProjectionHandlersWith,
  type EventPayload,
  type ExchangeHandlers,
  type ProjectionDefinition,
  type ReceivedEvent,
} from '@lifeline/subgraph-runtime';
import { TracingConfirmation } from '../entities/tracing-confirmation.entity';
import { CIVIL_AFFAIRS_EXCHANGE, repointPersonRecords } from './person-merge';

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

/** What public security applies from civil affairs' feed: the person projection (merges re-point the police's records) and tracing matches. */
export const civilAffairsHandlers: ExchangeHandlers = {
  ...personProjectionHandlersWith({ merged: (tx, from, into, event) => repointPersonRecords(tx, from, into, event.eventId) }),
  'tracing.match-confirmed': applyTracingMatchConfirmed,
};

const confirmationRow = (name: string, confirmedAt: Date) => ({ name, confirmedAt: confirmedAt.toISOString() });

/** Public security's tracing confirmations as the exchange's rebuild and reconciliation see them: the newest per person. */
export const tracingConfirmationProjection: ProjectionDefinition = {
  description: "civil affairs' confirmed tracing matches: the newest name per person",
  tables: ['tracing_confirmation'],
  fold(events) {
    const rows = new Map<string, { name: string; confirmedAt: Date }>();
    const keep = (personId: string, row: { name: string; confirmedAt: Date }) => {
      const kept = rows.get(personId);
      if (!kept || kept.confirmedAt.getTime() <= row.confirmedAt.getTime()) rows.set(personId, row);
    };
    for (const event of events) {
      if (event.type === 'person.merged') {
        // As the consumer re-points: the survivor keeps the newer confirmation of the two.
        const merge = event.payload as EventPayload<'person.merged'>;
        const moved = rows.get(merge.personId);
        rows.delete(merge.personId);
        if (moved) keep(merge.intoPersonId, moved);
        continue;
      }
      if (event.type !== 'tracing.match-confirmed') continue;
      const facts = event.payload as EventPayload<'tracing.match-confirmed'>;
      const name = parsePersonName(facts.confirmedName);
      if (facts.personId !== event.subjectId || !name.ok) continue;
      keep(facts.personId, { name: name.value, confirmedAt: new Date(facts.confirmedAt) });
    }
    return new Map([...rows].map(([id, row]) => [id, confirmationRow(row.name, row.confirmedAt)]));
  },
  async load(em) {
    const rows = await em.find(TracingConfirmation, {}, { disableIdentityMap: true });
    return new Map(rows.map((row) => [row.personId, confirmationRow(row.name, row.confirmedAt)]));
  },
};

/** Everything public security keeps of civil affairs' feed: what `reconcile civil-affairs` compares and `rebuild` empties. */
export const civilAffairsProjection = combineProjections(personProjection, tracingConfirmationProjection);
