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
