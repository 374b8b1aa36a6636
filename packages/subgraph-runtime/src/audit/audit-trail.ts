/**
 * The audit trail of one subgraph: entries are buffered during a request and appended once at its
 * end (or inside a write's own transaction), each chained to the previous by a SHA-256 hash, so
 * that an edited, removed or inserted row breaks the chain where it happened.
 *
 * Reads append through one `AuditAppender` per database (group commit): while one batch is being
 * written, the requests that finish meanwhile queue up and go into the next batch, so a busy
 * subgraph takes the chain's lock once per batch instead of once per request.
 */
import { createHash } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type Caller } from '../auth/caller';
import { AuditCheckpoint } from './audit-checkpoint.entity';
import { AuditEvent } from './audit-event.entity';

/** The audit tables every subgraph's database has. */
export const AUDIT_ENTITIES = [AuditEvent, AuditCheckpoint];

export type AuditOutcome = 'ALLOWED' | 'DENIED';

export interface AuditEntry {
  operation: string;
  recordType: string;
  recordId?: string | null;
  fields?: readonly string[];
  purpose?: string | null;
  outcome: AuditOutcome;
}

export const GENESIS_HASH = '0'.repeat(64);

/** The hash of one row given the previous row's hash. */
export function auditHash(prevHash: string, row: Omit<AuditEvent, 'seq' | 'hash' | 'prevHash'>): string {
  const canonical = JSON.stringify([
    row.at.toISOString(),
    row.actor,
    row.actorKind,
    row.agency,
    row.roles,
    row.requestId,
    row.operation,
    row.recordType,
    row.recordId,
    row.fields,
    row.purpose,
    row.outcome,
  ]);
  return createHash('sha256').update(prevHash).update('|').update(canonical).digest('hex');
}

/** One caller's entries, as a batch carries them. */
export interface AuditAppend {
  caller: Caller;
  requestId: string;
  entries: readonly AuditEntry[];
  at: Date;
}

/** Appends groups of entries in one transaction, under a transaction-scoped lock so the chain stays linear. */
async function appendGroups(em: EntityManager, groups: readonly AuditAppend[]): Promise<void> {
  if (groups.every((group) => group.entries.length === 0)) return;
  const write = async (tx: EntityManager) => {
    const connection = tx.getConnection();
    await connection.execute(`select pg_advisory_xact_lock(hashtext('audit_event'))`, [], 'all', tx.getTransactionContext());
    const last = await connection.execute<Array<{ hash: string }>>(
      'select hash from audit_event order by seq desc limit 1',
      [],
      'all',
      tx.getTransactionContext(),
    );
    let prevHash = last[0]?.hash ?? GENESIS_HASH;
    const rows = groups.flatMap(({ caller, requestId, entries, at }) =>
      entries.map((entry) => {
        const row = {
          at,
          actor: caller.id,
          actorKind: caller.kind,
          agency: caller.agency,
          roles: caller.roles.join(' '),
          requestId,
          operation: entry.operation,
          recordType: entry.recordType,
          recordId: entry.recordId ?? null,
          fields: (entry.fields ?? []).join(','),
          purpose: entry.purpose ?? null,
          outcome: entry.outcome,
        };
        const hash = auditHash(prevHash, row);
        const full = { ...row, prevHash, hash };
        prevHash = hash;
        return full;
      }),
    );
    await tx.insertMany(AuditEvent, rows);
  };
  if (em.isInTransaction()) await write(em);
  else await em.transactional(write);
}

/** Appends entries for a caller now (inside `em`'s transaction when it has one). */
export async function appendAudit(em: EntityManager, caller: Caller, requestId: string, entries: readonly AuditEntry[], at = new Date()): Promise<void> {
  await appendGroups(em, [{ caller, requestId, entries, at }]);
}

/**
 * Group commit for one database's audit trail. `append` resolves once the entries are committed;
 * appends that arrive while a batch is being written go together into the next one.
 */
export class AuditAppender {
  private queue: Array<AuditAppend & { done: (error?: unknown) => void }> = [];
  private writing = false;
  /** Batches written so far (for tests and metrics). */
  batches = 0;
  /** Told how long each batch took to write (the service's metrics listen). */
  onBatch: ((seconds: number) => void) | undefined;

  constructor(
    private readonly fork: () => EntityManager,
    private readonly maxBatch = 500,
  ) {}

  append(group: AuditAppend): Promise<void> {
    if (group.entries.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ ...group, done: (error?: unknown) => (error === undefined ? resolve() : reject(error)) });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        try {
          const started = performance.now();
          await appendGroups(this.fork(), batch);
          this.batches += 1;
          this.onBatch?.((performance.now() - started) / 1000);
          for (const group of batch) group.done();
        } catch (error) {
          for (const group of batch) group.done(error ?? new Error('audit append failed'));
        }
      }
    } finally {
      this.writing = false;
    }
  }
}

/** Collects one request's audit entries and appends them together. */
export class RequestAudit {
  private entries: AuditEntry[] = [];

  constructor(
    private readonly appender: AuditAppender,
    private readonly caller: Caller,
    private readonly requestId: string,
  ) {}

  /** Notes an access to append when the request ends. */
  record(entry: AuditEntry): void {
    this.entries.push(entry);
  }

  /**
   * Appends what was noted (one transaction, whatever the number of entries), one line per
   * record, operation and outcome with the fields merged.
   */
  async flush(): Promise<void> {
    const merged = new Map<string, AuditEntry & { fields: string[] }>();
    for (const entry of this.entries) {
      const key = [entry.operation, entry.recordType, entry.recordId ?? '', entry.outcome, entry.purpose ?? ''].join('\u0000');
      const line = merged.get(key) ?? { ...entry, fields: [] };
      for (const field of entry.fields ?? []) if (!line.fields.includes(field)) line.fields.push(field);
      merged.set(key, line);
    }
    this.entries = [];
    await this.appender.append({ caller: this.caller, requestId: this.requestId, entries: [...merged.values()], at: new Date() });
  }

  /** Appends entries now, inside the caller's transaction (for writes). */
  async appendWithin(tx: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
    await appendAudit(tx, this.caller, this.requestId, entries);
  }
}

export interface AuditChainReport {
  ok: boolean;
  /** Rows checked by this verification (from the newest checkpoint on, unless full). */
  checked: number;
  /** Sequence number of the first row whose hash does not follow from the one before. */
  firstBrokenSeq: string | null;
}

/**
 * Recomputes the chain and reports where it breaks, if anywhere. By default it starts at the
 * newest checkpoint (whose row must still be there with the same hash) and, when the rows after it
 * hold, records a new checkpoint at the last row: each row is read once in the life of the trail.
 * `full` walks from the first row, as an auditor's periodic check does.
 */
export async function verifyAuditChain(em: EntityManager, options: { full?: boolean; batchSize?: number } = {}): Promise<AuditChainReport> {
  const batchSize = options.batchSize ?? 1000;
  let prevHash = GENESIS_HASH;
  let afterSeq = '0';
  if (!options.full) {
    const [checkpoint] = await em.find(AuditCheckpoint, {}, { orderBy: { seq: 'desc' }, limit: 1, disableIdentityMap: true });
    if (checkpoint) {
      const [row] = await em.find(AuditEvent, { seq: checkpoint.seq }, { disableIdentityMap: true });
      // The checkpoint's line itself must be unchanged: its stored hash, and the hash its content gives.
      if (!row || row.hash !== checkpoint.hash || auditHash(row.prevHash, row) !== checkpoint.hash) {
        return { ok: false, checked: 0, firstBrokenSeq: String(checkpoint.seq) };
      }
      prevHash = checkpoint.hash;
      afterSeq = String(checkpoint.seq);
    }
  }
  let checked = 0;
  for (;;) {
    const rows = await em.find(AuditEvent, { seq: { $gt: afterSeq } }, { orderBy: { seq: 'asc' }, limit: batchSize, disableIdentityMap: true });
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.prevHash !== prevHash || auditHash(prevHash, row) !== row.hash) {
        return { ok: false, checked, firstBrokenSeq: String(row.seq) };
      }
      prevHash = row.hash;
      checked += 1;
    }
    afterSeq = String(rows[rows.length - 1]!.seq);
  }
  if (checked > 0) {
    await em
      .getConnection()
      .execute('insert into audit_checkpoint (seq, hash, verified_at) values (?, ?, ?) on conflict (seq) do nothing', [afterSeq, prevHash, new Date()]);
  }
  return { ok: true, checked, firstBrokenSeq: null };
}

const verificationsInFlight = new WeakMap<object, Promise<AuditChainReport>>();

/**
 * The chain's state for a page of the trail: one verification from the newest checkpoint at a
 * time per database, shared by every caller that asks while it runs. Many auditors (or one
 * refreshing fast) then cost one walk over the new lines, not one walk each: after lines pile up
 * between looks, fifty concurrent walks over the same lines would keep the agency busy past any
 * deadline. A caller gets a report at most as old as its own request.
 */
export function verifyAuditChainShared(em: EntityManager): Promise<AuditChainReport> {
  const key = em.getDriver();
  const running = verificationsInFlight.get(key);
  if (running) return running;
  const verification = verifyAuditChain(em).finally(() => verificationsInFlight.delete(key));
  verificationsInFlight.set(key, verification);
  return verification;
}
