/**
 * Persons as civil affairs' events make them known to public security: the demo region's (applied
 * in globalSetup) and fresh ones a test registers, through the real consumer.
 */
import { randomUUID } from 'node:crypto';
import { type MikroORM } from '@mikro-orm/core';
import { type PostgreSqlDriver } from '@mikro-orm/postgresql';
import { buildDemoRegion, demoPersonFacts } from '@lifeline/demo-region';
import { applyPersonFacts, type TestPersonFacts } from '@lifeline/subgraph-runtime/testing';

/** The demo persons civil affairs protects (their records exist only for the entitled). */
export const PROTECTED_DEMO_PERSONS = new Set(demoPersonFacts(buildDemoRegion()).filter((f) => f.protectedFor).map((f) => f.personId));

/** A new person civil affairs has told public security about; returns her id. */
export async function knownPerson(subgraph: { orm: MikroORM<PostgreSqlDriver> }, facts: Partial<TestPersonFacts> = {}): Promise<string> {
  const personId = randomUUID();
  await applyPersonFacts(subgraph.orm, 'public-security', [{ personId, county: '379902', foreignNational: true, ...facts }]);
  return personId;
}

/**
 * Civil affairs' events about the test persons, as its feed delivers them: `envelope` gives each
 * person's next event (her `person.registered` was event 1) with a fresh id, the payload naming
 * her; `persons` are those it gave events of.
 */
export function civilAffairsEvents() {
  const seqs = new Map<string, number>();
  const envelope = (type: string, personId: string, payload: Record<string, unknown>, occurredAt = new Date()) => {
    const seq = (seqs.get(personId) ?? 1) + 1;
    seqs.set(personId, seq);
    return { position: String(Date.now() * 1000 + seq), eventId: randomUUID(), type, owner: 'civil-affairs', subjectType: 'Person', subjectId: personId, subjectSeq: seq, occurredAt: occurredAt.toISOString(), payloadVersion: 1, payload: { personId, ...payload } };
  };
  return { envelope, persons: () => [...seqs.keys()] };
}
