/**
 * The consumer side of the exchange: applies one source agency's events to this agency's database,
 * whatever the transport. Every event is applied in the same transaction as its processed id and
 * the new offset, so a restart resumes where it stopped and a redelivered event changes nothing; a
 * subject's events apply in sequence (an older or repeated one is skipped); an event that is
 * malformed, comes from an agency that does not own it, or whose handler fails goes to the dead
 * letters with the reason, and the consumer moves on.
 *
 * A batch (a page of the feed) is applied in one transaction: one lock, one look-up of what was
 * already applied, one commit, instead of each of them per event, so an agency catching up after
 * an outage, or a projection being rebuilt, reads thousands of events in seconds. When the batch
 * holds an event that cannot be applied, nothing of the batch is kept and it is applied again one
 * event at a time, so the bad event alone goes to the dead letters.
 */
import { type KeyObject } from 'node:crypto';
import { type Agency, type Caller } from '../auth/caller';
import { type MikroORM } from '@mikro-orm/core';
import { type EntityManager, type PostgreSqlDriver } from '@mikro-orm/postgresql';
import { envelopeSchema, EVENT_TYPES, isEventTypeName, type EventTypeName, type ExchangeAgency, type ExchangeEnvelope, type ReceivedEvent } from './event-catalog';
import { verifyEventSignature } from './event-signature';
import { ExchangeConsumerOffset, ExchangeDeadLetter } from './exchange.entities';
import { type ExchangeTransport, type TransportSubscription } from './transport';

/** Applies one event to the consumer's database inside the given transaction. */
export type ExchangeHandler<T extends EventTypeName> = (em: EntityManager, event: ReceivedEvent<T>) => Promise<void>;

/** The handlers of one consumer, by event type: types without a handler are skipped. */
export type ExchangeHandlers = { [T in EventTypeName]?: ExchangeHandler<T> };

/** Thrown by a handler for an event it can never apply (it goes to the dead letters with this message). */
export class ExchangeRejection extends Error {
  override name = 'ExchangeRejection';
}

export type ApplyOutcome = 'APPLIED' | 'SKIPPED' | 'DUPLICATE' | 'DEAD_LETTER';

/**
 * What becomes of an event before its handler runs, one rule for a single event and a batch alike:
 * applied before, it is a DUPLICATE; its subject already has this or a later change, it is SKIPPED
 * (stale); otherwise `null`, and it is applied.
 */
function alreadySettled(appliedBefore: boolean, lastSubjectSeq: number | undefined, subjectSeq: number): 'DUPLICATE' | 'SKIPPED' | null {
  if (appliedBefore) return 'DUPLICATE';
  if (lastSubjectSeq !== undefined && lastSubjectSeq >= subjectSeq) return 'SKIPPED';
  return null;
}

export interface ConsumerLag {
  source: ExchangeAgency;
  /** The last applied position. */
  position: string;
  /** Events published by the source and not yet applied here (as of the last look). */
  eventsBehind: number;
  /** Age of the oldest event not yet applied (0 when caught up). */
  secondsBehind: number;
  running: boolean;
  /**
   * Whether the consumer has heard from its source since it started and applied everything the
   * source had then: until its first read, `eventsBehind` is 0 only because it knows no better.
   */
  caughtUp: boolean;
}

export interface ExchangeConsumerOptions {
  orm: MikroORM<PostgreSqlDriver>;
  /** This agency (the consumer). */
  consumer: string;
  /** The agency whose events this consumer applies. */
  source: ExchangeAgency;
  handlers: ExchangeHandlers;
  transport: ExchangeTransport;
  /** The source's exchange public key: when given, only events it signed are applied. */
  publicKey?: KeyObject;
  onError?: (error: unknown) => void;
}

/** One agency's consumer of one source agency's events. */
export class ExchangeConsumer {
  private subscription: TransportSubscription | null = null;
  private appliedPosition = '0';
  /** Whether a read of the source's feed (even an empty one) has been applied since the start. */
  private heard = false;
  private head = '0';
  private oldestPendingAt: Date | null = null;

  constructor(private readonly options: ExchangeConsumerOptions) {}

  get source(): ExchangeAgency {
    return this.options.source;
  }

  /** Starts receiving from the stored offset. */
  async start(): Promise<void> {
    if (this.subscription) return;
    this.appliedPosition = await this.storedPosition();
    this.subscription = this.options.transport.subscribe({
      source: this.options.source,
      consumer: this.options.consumer,
      position: () => this.storedPosition(),
      deliver: (batch, head) => this.deliver(batch, head),
      onError: (error) => this.options.onError?.(error),
    });
  }

  /** Stops receiving; resolves when the batch in hand is applied. */
  async stop(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = null;
    await subscription?.stop();
  }

  /** The position stored in this agency's database. */
  async storedPosition(): Promise<string> {
    const row = await this.options.orm.em.fork().findOne(ExchangeConsumerOffset, { source: this.options.source });
    return row?.position ?? '0';
  }

  lag(now = new Date()): ConsumerLag {
    const behind = BigInt(this.head) - BigInt(this.appliedPosition);
    return {
      source: this.options.source,
      position: this.appliedPosition,
      eventsBehind: behind > 0n ? Number(behind) : 0,
      secondsBehind: this.oldestPendingAt && behind > 0n ? Math.max(0, (now.getTime() - this.oldestPendingAt.getTime()) / 1000) : 0,
      running: this.subscription !== null,
      caughtUp: this.heard && behind <= 0n,
    };
  }

  /** Applies a batch in order (what a transport calls); `head` is the source's newest position. */
  async deliver(batch: readonly unknown[], head?: string): Promise<ApplyOutcome[]> {
    if (head !== undefined && BigInt(head) > BigInt(this.head)) this.head = head;
    if (batch.length > 1) {
      const applied = await this.applyTogether(batch);
      if (applied) {
        this.heard = true;
        return applied;
      }
    }
    const outcomes: ApplyOutcome[] = [];
    for (const [index, raw] of batch.entries()) {
      const at = (raw as { occurredAt?: unknown }).occurredAt;
      this.oldestPendingAt = typeof at === 'string' ? new Date(at) : null;
      outcomes.push(await this.apply(raw));
      if (index === batch.length - 1) this.oldestPendingAt = null;
    }
    this.heard = true;
    return outcomes;
  }

  /**
   * Applies a batch of well-formed events in one transaction and gives their outcomes in order;
   * gives null, having kept nothing, when an event is refused on reading or its handler fails (the
   * caller then applies the batch one event at a time).
   */
  private async applyTogether(batch: readonly unknown[]): Promise<ApplyOutcome[] | null> {
    const source = this.options.source;
    const events: Array<{ envelope: ExchangeEnvelope; event: ReceivedEvent }> = [];
    for (const raw of batch) {
      const read = readEvent(raw, source, this.options.publicKey);
      if ('reason' in read) return null;
      events.push(read);
    }
    const at = events[0]!.envelope.occurredAt;
    this.oldestPendingAt = typeof at === 'string' ? new Date(at) : null;
    let outcomes: ApplyOutcome[];
    try {
      outcomes = await this.options.orm.em.fork().transactional(async (tx) => {
        const connection = tx.getConnection();
        const ctx = tx.getTransactionContext();
        await connection.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`exchange_consumer:${source}`], 'all', ctx);
        // What of the batch was applied before, and each subject's last applied sequence number.
        const ids = events.map(({ envelope }) => envelope.eventId);
        const applied = new Set(
          (await connection.execute<Array<{ event_id: string }>>(`select event_id from exchange_processed_event where event_id in (${ids.map(() => '?').join(', ')})`, ids, 'all', ctx)).map(
            (row) => row.event_id,
          ),
        );
        const subjectKey = (subjectType: string, subjectId: string) => `${subjectType}\u0000${subjectId}`;
        const subjects = [...new Map(events.map(({ envelope }) => [subjectKey(envelope.subjectType, envelope.subjectId), envelope])).values()];
        const lastSeq = new Map<string, number>();
        for (const row of await connection.execute<Array<{ subject_type: string; subject_id: string; last: number | string }>>(
          `select subject_type, subject_id, max(subject_seq) as last from exchange_processed_event
            where source = ? and (subject_type, subject_id) in (${subjects.map(() => '(?, ?)').join(', ')})
            group by subject_type, subject_id`,
          [source, ...subjects.flatMap((envelope) => [envelope.subjectType, envelope.subjectId])],
          'all',
          ctx,
        )) {
          lastSeq.set(subjectKey(row.subject_type, row.subject_id), Number(row.last));
        }
        const results: ApplyOutcome[] = [];
        const processed: unknown[] = [];
        for (const { envelope: event, event: received } of events) {
          const key = subjectKey(event.subjectType, event.subjectId);
          const settled = alreadySettled(applied.has(event.eventId), lastSeq.get(key), event.subjectSeq);
          if (settled) {
            results.push(settled);
            continue;
          }
          const handler = this.options.handlers[received.type] as ExchangeHandler<EventTypeName> | undefined;
          if (handler) await handler(tx, received);
          applied.add(event.eventId);
          lastSeq.set(key, event.subjectSeq);
          processed.push(event.eventId, source, received.type, event.subjectType, event.subjectId, event.subjectSeq, new Date());
          results.push(handler ? 'APPLIED' : 'SKIPPED');
        }
        if (processed.length > 0) {
          await connection.execute(
            `insert into exchange_processed_event (event_id, source, type, subject_type, subject_id, subject_seq, applied_at) values ${Array.from({ length: processed.length / 7 }, () => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
            processed,
            'all',
            ctx,
          );
        }
        await storeOffset(tx, source, events.reduce((max, { envelope }) => (BigInt(envelope.position) > BigInt(max) ? envelope.position : max), '0'));
        return results;
      });
    } catch {
      // A handler refused or failed: nothing of the batch was kept; one at a time finds which event.
      return null;
    } finally {
      this.oldestPendingAt = null;
    }
    for (const { envelope } of events) this.noteApplied(envelope.position);
    return outcomes;
  }

  /** Applies one event as received. */
  async apply(raw: unknown): Promise<ApplyOutcome> {
    const source = this.options.source;
    const read = readEvent(raw, source, this.options.publicKey);
    if ('reason' in read) return this.deadLetter(raw, read.envelope, read.reason);
    const { envelope: event, event: received } = read;
    const type = received.type;
    const handler = this.options.handlers[type] as ExchangeHandler<EventTypeName> | undefined;
    try {
      return await this.options.orm.em.fork().transactional(async (tx) => {
        const connection = tx.getConnection();
        const ctx = tx.getTransactionContext();
        // One applier per source at a time, whichever replica runs it.
        await connection.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`exchange_consumer:${source}`], 'all', ctx);
        const seen = await connection.execute<Array<{ applied: boolean; last: number | null }>>(
          `select exists (select 1 from exchange_processed_event where event_id = ?) as applied,
                  (select max(subject_seq) from exchange_processed_event where source = ? and subject_type = ? and subject_id = ?) as last`,
          [event.eventId, source, event.subjectType, event.subjectId],
          'all',
          ctx,
        );
        let outcome: ApplyOutcome | null = alreadySettled(Boolean(seen[0]?.applied), seen[0]?.last == null ? undefined : Number(seen[0].last), event.subjectSeq);
        if (!outcome) {
          if (handler) await handler(tx, received);
          await connection.execute(
            `insert into exchange_processed_event (event_id, source, type, subject_type, subject_id, subject_seq, applied_at) values (?, ?, ?, ?, ?, ?, ?)`,
            [event.eventId, source, type, event.subjectType, event.subjectId, event.subjectSeq, new Date()],
            'all',
            ctx,
          );
          outcome = handler ? 'APPLIED' : 'SKIPPED';
        }
        await storeOffset(tx, source, event.position);
        return outcome;
      });
    } catch (error) {
      const reason = error instanceof ExchangeRejection ? error.message : `handler failed: ${error instanceof Error ? error.name : 'error'}${codeOf(error)}`;
      return this.deadLetter(raw, event, reason);
    } finally {
      this.noteApplied(event.position);
    }
  }

  private noteApplied(position: string) {
    if (BigInt(position) > BigInt(this.appliedPosition)) this.appliedPosition = position;
    if (BigInt(position) > BigInt(this.head)) this.head = position;
  }

  private async deadLetter(raw: unknown, event: ExchangeEnvelope | null, reason: string): Promise<ApplyOutcome> {
    const position = event?.position ?? positionOf(raw);
    await this.options.orm.em.fork().transactional(async (tx) => {
      tx.create(ExchangeDeadLetter, {
        source: this.options.source,
        eventId: event?.eventId ?? null,
        type: event?.type ?? null,
        position,
        envelope: raw ?? null,
        reason: reason.slice(0, 1000),
        at: new Date(),
      });
      await tx.flush();
      if (position) await storeOffset(tx, this.options.source, position);
    });
    if (position) this.noteApplied(position);
    return 'DEAD_LETTER';
  }
}

/**
 * Checks an event as received from `source`'s feed against the catalog: a well-formed envelope, a
 * known type owned by `source`, the subject type and payload version of the catalog, a payload
 * its schema accepts. Gives the typed event, or why it can never be applied.
 */
export function readEvent(
  raw: unknown,
  source: ExchangeAgency,
  publicKey?: KeyObject,
): { envelope: ExchangeEnvelope; event: ReceivedEvent } | { envelope: ExchangeEnvelope | null; reason: string } {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return { envelope: null, reason: `malformed envelope: ${issues(envelope.error.issues)}` };
  const event = envelope.data;
  const type = event.type;
  if (!isEventTypeName(type)) return { envelope: event, reason: `unknown event type ${type}` };
  const definition = EVENT_TYPES[type];
  if (definition.owner !== source || event.owner !== source) {
    return { envelope: event, reason: `${type} is owned by ${definition.owner}; refused from ${event.owner} through the feed of ${source}` };
  }
  if (event.subjectType !== definition.subjectType) return { envelope: event, reason: `${type} is about a ${definition.subjectType}, not a ${event.subjectType}` };
  if (event.payloadVersion !== definition.payloadVersion) return { envelope: event, reason: `${type} payload version ${event.payloadVersion} is not ${definition.payloadVersion}` };
  const payload = definition.payload.safeParse(event.payload);
  if (!payload.success) return { envelope: event, reason: `${type} payload refused: ${issues(payload.error.issues)}` };
  if (publicKey && !verifyEventSignature(event, event.signature, publicKey)) {
    return { envelope: event, reason: `${type} is not signed by ${source}: ${event.signature ? 'the signature does not match the event' : 'no signature'}` };
  }
  return {
    envelope: event,
    event: {
      eventId: event.eventId,
      type,
      source,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      subjectSeq: event.subjectSeq,
      occurredAt: new Date(event.occurredAt),
      payload: payload.data as ReceivedEvent['payload'],
    },
  };
}

async function storeOffset(tx: EntityManager, source: string, position: string): Promise<void> {
  await tx.getConnection().execute(
    `insert into exchange_consumer_offset (source, position, updated_at) values (?, ?, ?)
     on conflict (source) do update set position = greatest(exchange_consumer_offset.position, excluded.position), updated_at = excluded.updated_at`,
    [source, position, new Date()],
    'all',
    tx.getTransactionContext(),
  );
}

function positionOf(raw: unknown): string | null {
  const position = (raw as { position?: unknown } | null)?.position;
  return typeof position === 'string' && /^\d{1,18}$/.test(position) ? position : null;
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? ` (${code})` : '';
}

function issues(list: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return list.map((i) => `${i.path.map(String).join('.') || '(root)'} ${i.message}`).join('; ');
}

/** Who the audit trail names for changes a consumer applies on a source agency's word (e.g. `exchange:civil-affairs`). */
export function exchangeCaller(source: ExchangeAgency): Caller {
  return {
    kind: 'service',
    id: `exchange:${source}`,
    agency: source.toUpperCase().replace(/-/g, '_') as Agency,
    orgUnit: null,
    jurisdiction: null,
    roles: [],
    scopes: [],
  };
}
