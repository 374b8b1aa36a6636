/**
 * The producer side: `publish` writes an event into the outbox inside the caller's transaction, so
 * the change and its event commit (or roll back) together. `readOutbox` is what the feed and the
 * broker relay read.
 */
import { randomUUID, type KeyObject } from 'node:crypto';
import { type MikroORM } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { EVENT_TYPES, type EventPayload, type EventTypeName, type ExchangeEnvelope } from './event-catalog';
import { signEvent } from './event-signature';
import { ExchangeOutboxEvent } from './exchange.entities';

/** A publish that breaks the exchange's contract (a programming error, never user input). */
export class ExchangePublishError extends Error {
  override name = 'ExchangePublishError';
}

export interface PublishInput<T extends EventTypeName> {
  type: T;
  subjectId: string;
  payload: EventPayload<T>;
  occurredAt?: Date;
}

/**
 * Appends an event to this agency's outbox in the current transaction. Takes the outbox lock for
 * the rest of the transaction, so positions become visible in commit order and each subject's
 * sequence has no duplicates. Throws when called outside a transaction or with a payload its
 * schema refuses.
 */
export async function publish<T extends EventTypeName>(em: EntityManager, owner: string, input: PublishInput<T>): Promise<ExchangeEnvelope> {
  if (!em.isInTransaction()) throw new ExchangePublishError('publish must run inside the transaction of the change');
  const definition = EVENT_TYPES[input.type];
  if (!definition) throw new ExchangePublishError(`unknown event type ${String(input.type)}`);
  if (definition.owner !== owner) throw new ExchangePublishError(`${input.type} is owned by ${definition.owner}, not ${owner}`);
  const parsed = definition.payload.safeParse(input.payload);
  if (!parsed.success) throw new ExchangePublishError(`${input.type} payload refused: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  const connection = em.getConnection();
  const tx = em.getTransactionContext();
  await connection.execute(`select pg_advisory_xact_lock(hashtext('exchange_outbox'))`, [], 'all', tx);
  const last = await connection.execute<Array<{ seq: number | null }>>(
    'select max(subject_seq) as seq from exchange_outbox where subject_type = ? and subject_id = ?',
    [definition.subjectType, input.subjectId],
    'all',
    tx,
  );
  const row = {
    eventId: randomUUID(),
    type: input.type,
    owner,
    subjectType: definition.subjectType,
    subjectId: input.subjectId,
    subjectSeq: Number(last[0]?.seq ?? 0) + 1,
    occurredAt: input.occurredAt ?? new Date(),
    payloadVersion: definition.payloadVersion,
    payload: parsed.data,
  };
  const position = await em.insert(ExchangeOutboxEvent, row);
  return toEnvelope({ ...row, position: String(position) });
}

/** An outbox row as it travels, signed with the producer's key when one is given. */
export function toEnvelope(row: Omit<ExchangeOutboxEvent, 'sentAt'>, signingKey?: KeyObject): ExchangeEnvelope {
  const envelope: ExchangeEnvelope = {
    position: String(row.position),
    eventId: row.eventId,
    type: row.type,
    owner: row.owner,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    subjectSeq: row.subjectSeq,
    occurredAt: row.occurredAt.toISOString(),
    payloadVersion: row.payloadVersion,
    payload: row.payload,
  };
  return signingKey ? { ...envelope, signature: signEvent(envelope, signingKey) } : envelope;
}

export interface OutboxPage {
  events: ExchangeEnvelope[];
  /** The newest position in the outbox ("0" when empty). */
  head: string;
}

/** Events after `after`, in position order, at most `limit`, with the outbox head. */
/**
 * Tells the feed requests waiting in this process that a transaction committed, so they read the
 * outbox again at once instead of on a timer. Any commit wakes them (reading again is one indexed
 * SELECT, and a waiter that finds nothing new keeps waiting).
 */
export class OutboxSignal {
  private readonly waiters = new Set<() => void>();
  /** Counts commits: read it before reading the outbox and hand it to `wait`, so a commit in between is not missed. */
  version = 0;

  /**
   * Resolves at the next commit (true), or at once if one came after `since` (a `version` read
   * earlier), or after `ms` or when `abort` fires (false).
   */
  wait(ms: number, abort?: AbortSignal, since?: number): Promise<boolean> {
    if (abort?.aborted) return Promise.resolve(false);
    if (since !== undefined && since !== this.version) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (committed: boolean) => {
        clearTimeout(timer);
        this.waiters.delete(onCommit);
        abort?.removeEventListener('abort', onAbort);
        resolve(committed);
      };
      const onCommit = () => done(true);
      const onAbort = () => done(false);
      const timer = setTimeout(() => done(false), ms);
      this.waiters.add(onCommit);
      abort?.addEventListener('abort', onAbort, { once: true });
    });
  }

  notify(): void {
    this.version += 1;
    for (const waiter of [...this.waiters]) waiter();
  }
}

const signals = new WeakMap<MikroORM, OutboxSignal>();

/** The commit signal of one ORM (created, and subscribed to its commits, on first use). */
export function outboxSignalFor(orm: MikroORM): OutboxSignal {
  let signal = signals.get(orm);
  if (!signal) {
    const created = new OutboxSignal();
    orm.em.getEventManager().registerSubscriber({ afterTransactionCommit: () => created.notify() });
    signals.set(orm, created);
    signal = created;
  }
  return signal;
}

export async function readOutbox(em: EntityManager, after: string, limit: number, signingKey?: KeyObject): Promise<OutboxPage> {
  const rows = await em.find(ExchangeOutboxEvent, { position: { $gt: after } }, { orderBy: { position: 'asc' }, limit });
  const head = await em.getConnection().execute<Array<{ head: string | null }>>('select max(position)::text as head from exchange_outbox');
  return { events: rows.map((row) => toEnvelope(row, signingKey)), head: head[0]?.head ?? '0' };
}
