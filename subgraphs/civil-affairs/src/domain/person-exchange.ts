/**
 * What civil affairs tells the other agencies about persons (DOMAIN.md §4: only what their jobs
 * need): that a person exists, the county of her current case's station, whether she is a foreign
 * national, and whether she is a protected victim with who besides shelter staff may see her
 * records. Called inside the transaction of every change that alters these facts, so each change
 * and its events commit together; never the shelter's location or contact.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { publish, type EventPayload } from '@lifeline/subgraph-runtime';

const OWNER = 'civil-affairs';

interface PublishedState {
  facts: EventPayload<'person.registered'> | null;
  protection: string[] | null;
}

/**
 * Publishes whatever changed in the persons' shared facts since their last events:
 * `person.registered` (first time), `person.updated`, `person.protection-started` (protected, or
 * the entitled changed) and `person.protection-ended`; nothing for a record merged or removed
 * (its end was its last event). Must run inside the change's transaction, after its flush.
 */
export async function publishPersonFacts(tx: EntityManager, personIds: readonly string[], at = new Date()): Promise<number> {
  if (personIds.length === 0) return 0;
  const ctx = tx.getTransactionContext();
  const connection = tx.getConnection();
  const ids = [...new Set(personIds)];
  const current = await connection.execute<Array<{ id: string; confidential: boolean; nationality: string | null; county: string | null; grantees: string[] | null }>>(
    `select p.id, p.confidential, p.nationality,
            (select s.jurisdiction from rescue_case rc join station s on s.id = rc.station_id
              where rc.person_id = p.id order by rc.intake_at desc, rc.id desc limit 1) as county,
            (select array_agg(distinct g.grantee order by g.grantee) from person_access_grant g where g.person_id = p.id) as grantees
       from person p where p.record_status = 'ACTIVE' and p.id in (${ids.map(() => '?').join(', ')})`,
    ids,
    'all',
    ctx,
  );
  const published = await connection.execute<Array<{ subject_id: string; type: string; payload: unknown }>>(
    `select distinct on (subject_id, kind) subject_id, type, payload
       from (select subject_id, type, payload, subject_seq, case when type like 'person.protection-%' then 'protection' else 'facts' end as kind
               from exchange_outbox where subject_type = 'Person' and type in ('person.registered', 'person.updated', 'person.protection-started', 'person.protection-ended') and subject_id in (${ids.map(() => '?').join(', ')})) e
      order by subject_id, kind, subject_seq desc`,
    ids,
    'all',
    ctx,
  );
  const state = new Map<string, PublishedState>();
  for (const row of published) {
    const entry = state.get(row.subject_id) ?? { facts: null, protection: null };
    const payload = typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload;
    if (row.type === 'person.protection-started') entry.protection = (payload as { entitledUsernames: string[] }).entitledUsernames;
    else if (row.type === 'person.protection-ended') entry.protection = null;
    else entry.facts = payload as EventPayload<'person.registered'>;
    state.set(row.subject_id, entry);
  }
  let count = 0;
  for (const person of current) {
    const before = state.get(person.id) ?? { facts: null, protection: null };
    const facts = { personId: person.id, county: person.county ? person.county.slice(0, 6) : null, foreignNational: person.nationality !== null };
    if (!before.facts) {
      await publish(tx, OWNER, { type: 'person.registered', subjectId: person.id, payload: facts, occurredAt: at });
      count += 1;
    } else if (before.facts.county !== facts.county || before.facts.foreignNational !== facts.foreignNational) {
      await publish(tx, OWNER, { type: 'person.updated', subjectId: person.id, payload: facts, occurredAt: at });
      count += 1;
    }
    const entitled = person.confidential ? (person.grantees ?? []).filter((g) => g !== null) : null;
    if (entitled && (before.protection === null || before.protection.join(' ') !== entitled.join(' '))) {
      await publish(tx, OWNER, { type: 'person.protection-started', subjectId: person.id, payload: { personId: person.id, entitledUsernames: entitled }, occurredAt: at });
      count += 1;
    } else if (!entitled && before.protection !== null) {
      await publish(tx, OWNER, { type: 'person.protection-ended', subjectId: person.id, payload: { personId: person.id }, occurredAt: at });
      count += 1;
    }
  }
  return count;
}

/** Publishes `person.merged`: the merged record ends, its records belong to the survivor. Inside the merge's transaction. */
export async function publishPersonMerged(tx: EntityManager, fromPersonId: string, intoPersonId: string, at: Date): Promise<void> {
  await publish(tx, OWNER, { type: 'person.merged', subjectId: fromPersonId, occurredAt: at, payload: { personId: fromPersonId, intoPersonId, mergedAt: at.toISOString() } });
}

/** Publishes `person.removed`: the record was created in error and exists for no agency. Inside the removal's transaction. */
export async function publishPersonRemoved(tx: EntityManager, personId: string, at: Date): Promise<void> {
  await publish(tx, OWNER, { type: 'person.removed', subjectId: personId, occurredAt: at, payload: { personId, removedAt: at.toISOString() } });
}
