/**
 * The exchange's operator commands on a consumer's projections:
 * - **reconcile** folds the source's events (read from its feed from the start) the way the
 *   consumer applies them, up to the position the consumer says it has applied, and reports every
 *   row that is missing, unexpected or different in the stored projection;
 * - **rebuild** empties a projection and forgets the source's applied events and offset, so the
 *   consumer applies the source's whole feed again when its subgraph next starts.
 */
import { type KeyObject } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/postgresql';
import { readEvent } from './consumer';
import { type ExchangeAgency, type ReceivedEvent } from './event-catalog';
import { ExchangeConsumerOffset } from './exchange.entities';

/** A table a consumer fills from one source's events alone. */
export interface ProjectionDefinition {
  /** What it holds, for the reports. */
  description: string;
  /** Its tables: a rebuild empties them. */
  tables: readonly string[];
  /** The rows the events imply, keyed by id (events in feed order, each subject's in sequence). */
  fold(events: readonly ReceivedEvent[]): Map<string, Record<string, unknown>>;
  /** The rows as stored, in the same shape. */
  load(em: EntityManager): Promise<Map<string, Record<string, unknown>>>;
}

export interface DriftReport {
  source: ExchangeAgency;
  projection: string;
  /** The consumer's stored position: events up to it are compared. */
  appliedThrough: string;
  /** Events read from the source's feed up to that position. */
  eventsRead: number;
  /** Events the consumer could never apply (they are in its dead letters), left out of the fold. */
  unreadable: number;
  /** Events the source has published past the consumer's position (not yet applied: not drift). */
  eventsBehind: number;
  rowsExpected: number;
  rowsStored: number;
  /** Ids the events imply and the projection lacks. */
  missing: string[];
  /** Ids in the projection that no event implies. */
  unexpected: string[];
  /** Ids whose stored facts differ, with the fields that differ. */
  differing: Array<{ id: string; fields: string[] }>;
}

/** Whether the report found any drift. */
export function hasDrift(report: DriftReport): boolean {
  return report.missing.length + report.unexpected.length + report.differing.length > 0;
}

/** The consumer's stored position for a source ('0' when it never applied one). */
export async function appliedPosition(em: EntityManager, source: ExchangeAgency): Promise<string> {
  return (await em.findOne(ExchangeConsumerOffset, { source }, { disableIdentityMap: true }))?.position ?? '0';
}

/**
 * Compares a projection with what the source's events imply. `feed` yields the source's events
 * as the feed serves them, from the first.
 */
export async function reconcileProjection(
  em: EntityManager,
  source: ExchangeAgency,
  projection: ProjectionDefinition,
  feed: AsyncIterable<unknown>,
  /** The source's exchange public key: events it did not sign count as unreadable. */
  publicKey?: KeyObject,
): Promise<DriftReport> {
  const through = BigInt(await appliedPosition(em, source));
  const events: ReceivedEvent[] = [];
  const lastSeq = new Map<string, number>();
  let eventsRead = 0;
  let unreadable = 0;
  let eventsBehind = 0;
  for await (const raw of feed) {
    const position = (raw as { position?: unknown } | null)?.position;
    if (typeof position === 'string' && /^\d+$/.test(position) && BigInt(position) > through) {
      eventsBehind += 1;
      continue;
    }
    eventsRead += 1;
    const read = readEvent(raw, source, publicKey);
    if ('reason' in read) {
      unreadable += 1;
      continue;
    }
    // As the consumer does: a subject's older or repeated event changes nothing.
    const subject = `${read.event.subjectType}:${read.event.subjectId}`;
    if ((lastSeq.get(subject) ?? 0) >= read.event.subjectSeq) continue;
    lastSeq.set(subject, read.event.subjectSeq);
    events.push(read.event);
  }
  const expected = projection.fold(events);
  const stored = await projection.load(em);
  const differing: DriftReport['differing'] = [];
  for (const [id, row] of expected) {
    const actual = stored.get(id);
    if (!actual) continue;
    const fields = Object.keys(row).filter((field) => JSON.stringify(row[field]) !== JSON.stringify(actual[field]));
    if (fields.length > 0) differing.push({ id, fields });
  }
  return {
    source,
    projection: projection.description,
    appliedThrough: through.toString(),
    eventsRead,
    unreadable,
    eventsBehind,
    rowsExpected: expected.size,
    rowsStored: stored.size,
    missing: [...expected.keys()].filter((id) => !stored.has(id)).sort(),
    unexpected: [...stored.keys()].filter((id) => !expected.has(id)).sort(),
    differing: differing.sort((a, b) => a.id.localeCompare(b.id)),
  };
}

export interface RebuildReport {
  source: ExchangeAgency;
  /** Rows removed per table. */
  cleared: Record<string, number>;
  /** Applied-event records of the source forgotten. */
  forgottenEvents: number;
  /** The position the consumer stood at before. */
  previousPosition: string;
}

/**
 * Empties the projection and forgets the source's applied events and offset, in one transaction:
 * the consumer applies the source's feed from the start when it next runs. Dead letters are kept
 * (their history stays for auditors; events that fail again are set aside again).
 */
export async function rebuildProjection(em: EntityManager, source: ExchangeAgency, projection: ProjectionDefinition): Promise<RebuildReport> {
  return em.transactional(async (tx) => {
    const connection = tx.getConnection();
    const ctx = tx.getTransactionContext();
    // The same lock the consumer takes per event: no event of this source is applied meanwhile.
    await connection.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`exchange_consumer:${source}`], 'all', ctx);
    const previousPosition = await appliedPosition(tx, source);
    const cleared: Record<string, number> = {};
    for (const table of projection.tables) {
      if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`not a table name: ${table}`);
      const result = await connection.execute<{ affectedRows: number }>(`delete from ${table}`, [], 'run', ctx);
      cleared[table] = result.affectedRows;
    }
    const forgotten = await connection.execute<{ affectedRows: number }>(`delete from exchange_processed_event where source = ?`, [source], 'run', ctx);
    await connection.execute(`delete from exchange_consumer_offset where source = ?`, [source], 'run', ctx);
    return { source, cleared, forgottenEvents: forgotten.affectedRows, previousPosition };
  });
}

/**
 * One projection made of several a consumer keeps of the same source (e.g. public security's
 * persons and tracing confirmations, both from civil affairs' feed), so that reconcile and rebuild
 * cover every table. Row ids are prefixed with the part's first table (`tracing_confirmation:<id>`).
 */
export function combineProjections(...parts: readonly ProjectionDefinition[]): ProjectionDefinition {
  const prefixed = (table: string | undefined, rows: Map<string, Record<string, unknown>>) => [...rows].map(([id, row]) => [`${table}:${id}`, row] as const);
  return {
    description: parts.map((part) => part.description).join('; '),
    tables: parts.flatMap((part) => part.tables),
    fold: (events) => new Map(parts.flatMap((part) => prefixed(part.tables[0], part.fold(events)))),
    async load(em) {
      const rows: Array<readonly [string, Record<string, unknown>]> = [];
      for (const part of parts) rows.push(...prefixed(part.tables[0], await part.load(em)));
      return new Map(rows);
    },
  };
}
