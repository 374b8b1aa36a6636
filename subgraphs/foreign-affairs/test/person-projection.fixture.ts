/**
 * Persons as civil affairs' events make them known to foreign affairs: the demo region's (applied
 * in globalSetup) and fresh ones a test registers, through the real consumer.
 */
import { randomUUID } from 'node:crypto';
import { type MikroORM } from '@mikro-orm/core';
import { type PostgreSqlDriver } from '@mikro-orm/postgresql';
import { buildDemoRegion, demoPersonFacts } from '@lifeline/demo-region';
import { type ApplyOutcome } from '@lifeline/subgraph-runtime';
import { applyPersonFacts, testExchangeConsumer, type TestPersonFacts } from '@lifeline/subgraph-runtime/testing';
import { civilAffairsHandlers } from '../src/domain/person-merge';

/** The demo persons civil affairs protects (their records exist only for the entitled). */
export const PROTECTED_DEMO_PERSONS = new Set(demoPersonFacts(buildDemoRegion()).filter((f) => f.protectedFor).map((f) => f.personId));

/** A new person civil affairs has told foreign affairs about; returns her id. */
export async function knownPerson(subgraph: { orm: MikroORM<PostgreSqlDriver> }, facts: Partial<TestPersonFacts> = {}): Promise<string> {
  const personId = randomUUID();
  await applyPersonFacts(subgraph.orm, 'foreign-affairs', [{ personId, county: '379902', foreignNational: true, ...facts }]);
  return personId;
}

/**
 * One of civil affairs' person events after her earlier ones, through the real consumer with
 * foreign affairs' own handlers (the projection, and its entrustments following merges and removals).
 */
export async function applyCivilAffairsEvent(subgraph: { orm: MikroORM<PostgreSqlDriver> }, type: string, personId: string, payload: Record<string, unknown>): Promise<ApplyOutcome> {
  const consumer = testExchangeConsumer(subgraph.orm, 'foreign-affairs', 'civil-affairs', civilAffairsHandlers);
  const connection = subgraph.orm.em.fork().getConnection();
  const [last] = await connection.execute<Array<{ seq: number | null }>>('select max(subject_seq) as seq from exchange_processed_event where source = ? and subject_id = ?', ['civil-affairs', personId]);
  const position = String(Number(await consumer.storedPosition()) + 1);
  return consumer.apply({
    position,
    eventId: randomUUID(),
    type,
    owner: 'civil-affairs',
    subjectType: 'Person',
    subjectId: personId,
    subjectSeq: Number(last?.seq ?? 0) + 1,
    occurredAt: new Date().toISOString(),
    payloadVersion: 1,
    payload: { personId, ...payload },
  });
}

/**
 * Civil affairs moves a person's current case to a station of `county` (or takes her out of the
 * city's stations: null): a `person.updated` after her earlier events, through the real consumer.
 */
export async function movePerson(subgraph: { orm: MikroORM<PostgreSqlDriver> }, personId: string, county: string | null): Promise<void> {
  const outcome = await applyCivilAffairsEvent(subgraph, 'person.updated', personId, { county, foreignNational: true });
  if (outcome !== 'APPLIED') throw new Error(`person.updated was not applied: ${outcome}`);
}
