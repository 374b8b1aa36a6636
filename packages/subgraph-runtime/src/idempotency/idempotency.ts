/**
 * Idempotency keys for creating mutations: a client that retries a request (a timeout, a lost
 * answer, a double tap) with the same key gets the record the first request created, not a
 * second one. Keys belong to the caller who sent them; the same key with a different request
 * is refused. Claimed inside the mutation's transaction, under a lock on the caller and key, so
 * two concurrent requests with one key create one record: the second waits and replays.
 */
import { createHash } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';

@Entity({ tableName: 'idempotency_record' })
export class IdempotencyRecord {
  /** The caller who sent the key (username or client id). */
  @PrimaryKey({ type: 'text' })
  actor!: string;

  @PrimaryKey({ type: 'text' })
  key!: string;

  /** The mutation it was used for. */
  @Property({ type: 'text' })
  operation!: string;

  /** SHA-256 of the request's input (without the key). */
  @Property({ type: 'text' })
  requestHash!: string;

  /** The record the request created. */
  @Property({ type: 'text' })
  resultType!: string;

  @Property({ type: 'text' })
  resultId!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}

/** What a key may look like: 8 to 100 letters, digits, `-`, `_`, `.` or `:` (a UUID fits). */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,100}$/;

/** A stable hash of a request's input: keys sorted at every level, dates as ISO strings. */
export function requestHash(input: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (value instanceof Date) return value.toISOString();
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.keys(value)
          .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
          .sort()
          .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
      );
    }
    return value;
  };
  return createHash('sha256').update(JSON.stringify(canonical(input))).digest('hex');
}

export type IdempotencyClaim =
  /** The key is new: run the request, then `record` what it created (same transaction). */
  | { kind: 'new'; record(resultType: string, resultId: string): Promise<void> }
  /** The same request was made before with this key: answer with what it created. */
  | { kind: 'replay'; resultType: string; resultId: string }
  /** The key was used for another request. */
  | { kind: 'conflict'; operation: string };

/**
 * Claims a caller's key for a request inside the mutation's transaction (call first thing in it).
 * Takes a transaction lock on the caller and key, so a concurrent twin waits for this one.
 */
export async function claimIdempotencyKey(tx: EntityManager, claim: { actor: string; key: string; operation: string; input: unknown; now?: Date }): Promise<IdempotencyClaim> {
  const connection = tx.getConnection();
  const ctx = tx.getTransactionContext();
  await connection.execute('select pg_advisory_xact_lock(hashtext(?))', [`idempotency:${claim.actor}:${claim.key}`], 'all', ctx);
  const hash = requestHash(claim.input);
  const earlier = await tx.findOne(IdempotencyRecord, { actor: claim.actor, key: claim.key });
  if (earlier) {
    if (earlier.operation !== claim.operation || earlier.requestHash !== hash) return { kind: 'conflict', operation: earlier.operation };
    return { kind: 'replay', resultType: earlier.resultType, resultId: earlier.resultId };
  }
  return {
    kind: 'new',
    async record(resultType, resultId) {
      await tx.insert(IdempotencyRecord, {
        actor: claim.actor,
        key: claim.key,
        operation: claim.operation,
        requestHash: hash,
        resultType,
        resultId,
        createdAt: claim.now ?? new Date(),
      });
    },
  };
}
