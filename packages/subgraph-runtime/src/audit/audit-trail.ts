/**
 * The audit trail of one subgraph: entries are buffered during a request and appended once at its
 * end (or inside a write's own transaction), each chained to the previous by a SHA-256 hash, so
 * that an edited or removed row breaks the chain where it happened.
 */
import { createHash } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type Caller } from '../auth/caller';
import { AuditEvent } from './audit-event.entity';

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

/** Appends entries for a caller, under a transaction-scoped lock so the chain stays linear. */
export async function appendAudit(em: EntityManager, caller: Caller, requestId: string, entries: readonly AuditEntry[], at = new Date()): Promise<void> {
  if (entries.length === 0) return;
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
    const rows = entries.map((entry) => {
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
    });
    await tx.insertMany(AuditEvent, rows);
  };
  if (em.isInTransaction()) await write(em);
  else await em.transactional(write);
}

/** Collects one request's audit entries and appends them together. */
export class RequestAudit {
  private entries: AuditEntry[] = [];

  constructor(
    private readonly fork: () => EntityManager,
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
    await appendAudit(this.fork(), this.caller, this.requestId, [...merged.values()]);
  }

  /** Appends entries now, inside the caller's transaction (for writes). */
  async appendWithin(tx: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
    await appendAudit(tx, this.caller, this.requestId, entries);
  }
}

export interface AuditChainReport {
  ok: boolean;
  checked: number;
  /** Sequence number of the first row whose hash does not follow from the one before. */
  firstBrokenSeq: string | null;
}

/** Recomputes the chain from the first row; reports where it breaks, if anywhere. */
export async function verifyAuditChain(em: EntityManager, batchSize = 1000): Promise<AuditChainReport> {
  let prevHash = GENESIS_HASH;
  let checked = 0;
  let afterSeq = '0';
  for (;;) {
    const rows = await em.find(AuditEvent, { seq: { $gt: afterSeq } }, { orderBy: { seq: 'asc' }, limit: batchSize, disableIdentityMap: true });
    if (rows.length === 0) return { ok: true, checked, firstBrokenSeq: null };
    for (const row of rows) {
      if (row.prevHash !== prevHash || auditHash(prevHash, row) !== row.hash) {
        return { ok: false, checked, firstBrokenSeq: row.seq };
      }
      prevHash = row.hash;
      checked += 1;
    }
    afterSeq = rows[rows.length - 1]!.seq;
  }
}

/**
 * SQL that makes audit_event append-only: a trigger refuses UPDATE, DELETE and TRUNCATE (for
 * every role, superusers included, unless they first drop the trigger, which is itself logged by
 * PostgreSQL), and the privileges are revoked from PUBLIC. Used by each subgraph's migration.
 */
export const AUDIT_APPEND_ONLY_SQL = [
  `create or replace function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % refused', tg_op using errcode = '42501';
end;
$$;`,
  `create trigger audit_event_no_update_delete before update or delete on audit_event for each row execute function audit_event_refuse_change();`,
  `create trigger audit_event_no_truncate before truncate on audit_event for each statement execute function audit_event_refuse_change();`,
  `revoke update, delete, truncate on audit_event from public;`,
];
