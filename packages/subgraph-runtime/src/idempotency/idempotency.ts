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
import { type Caller } from '../auth/caller';

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

/** The message of a malformed key (code `FORMAT`), the same for every mutation. */
export const IDEMPOTENCY_KEY_FORMAT = 'An idempotency key is 8 to 100 letters, digits, ".", "_", ":" or "-".';

/** The message of a key used before for another request (code `REUSED`), the same for every mutation. */
export const IDEMPOTENCY_KEY_REUSED = 'This idempotency key was used for a different request: use a new key for each new request.';

/** A creating mutation as it runs under an optional idempotency key (see `withIdempotency`). */
export interface IdempotentCreation<TResult> {
  /** The mutation's name: a key belongs to one mutation. */
  operation: string;
  /** The caller's key; null or undefined: no key, every request creates. */
  key: string | null | undefined;
  /** The request as the caller sent it (its `idempotencyKey` is left out of the comparison). */
  request: object;
  /**
   * The mutation's own input rejection (field `idempotencyKey`, code `FORMAT` or `REUSED`). A
   * property, not a method, so that a rejection whose codes lack these two fails the typecheck.
   */
  rejected: (field: 'idempotencyKey', code: 'FORMAT' | 'REUSED', message: string) => TResult;
  /** Makes the change, in the transaction; a refusal is thrown or answered as usual. */
  create(): Promise<TResult>;
  /** The record the answer created (null: it created none, e.g. a refusal answered without throwing). */
  created(result: TResult): { type: string; id: string } | null;
  /** Answers again with the record the first request created (a not-found when the caller may no longer see it). */
  replay(id: string): Promise<TResult>;
}

/**
 * Runs a creating mutation under the caller's idempotency key, inside the mutation's transaction
 * (`tx`; call it first thing there): a malformed key is refused before anything is read; the same
 * request sent again with the key answers with the record the first one created (nothing new is
 * stored or audited); the key with a different request is refused (`REUSED`), storing nothing;
 * without a key, `create` simply runs. Twins arriving at once wait on the key's lock, so one
 * record is created and the other replays it.
 */
export async function withIdempotency<TResult>(tx: EntityManager, caller: Caller, creation: IdempotentCreation<TResult>, now?: Date): Promise<TResult> {
  const key = creation.key ?? null;
  if (key === null) return creation.create();
  if (!IDEMPOTENCY_KEY.test(key)) return creation.rejected('idempotencyKey', 'FORMAT', IDEMPOTENCY_KEY_FORMAT);
  const input = { ...creation.request, idempotencyKey: undefined };
  const claim = await claimIdempotencyKey(tx, { actor: caller.id, key, operation: creation.operation, input, now });
  if (claim.kind === 'conflict') return creation.rejected('idempotencyKey', 'REUSED', IDEMPOTENCY_KEY_REUSED);
  if (claim.kind === 'replay') return creation.replay(claim.resultId);
  const result = await creation.create();
  const record = creation.created(result);
  if (record) await claim.record(record.type, record.id);
  return result;
}
