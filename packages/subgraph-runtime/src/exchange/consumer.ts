/**
 * The consumer side of the exchange: applies one source agency's events to this agency's database,
 * whatever the transport. Each event is applied in its own transaction together with its processed
 * id and the new offset, so a restart resumes where it stopped and a redelivered event changes
 * nothing; a subject's events apply in sequence (an older or repeated one is skipped); an event
 * that is malformed, comes from an agency that does not own it, or whose handler fails goes to the
 * dead letters with the reason, and the consumer moves on.
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

export interface ConsumerLag {
  source: ExchangeAgency;
  /** The last applied position. */
  position: string;
  /** Events published by the source and not yet applied here (as of the last look). */
  eventsBehind: number;
  /** Age of the oldest event not yet applied (0 when caught up). */
  secondsBehind: number;
  running: boolean;
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
    };
  }

  /** Applies a batch in order (what a transport calls); `head` is the source's newest position. */
  async deliver(batch: readonly unknown[], head?: string): Promise<ApplyOutcome[]> {
    if (head !== undefined && BigInt(head) > BigInt(this.head)) this.head = head;
    const outcomes: ApplyOutcome[] = [];
    for (const [index, raw] of batch.entries()) {
      const at = (raw as { occurredAt?: unknown }).occurredAt;
      this.oldestPendingAt = typeof at === 'string' ? new Date(at) : null;
      outcomes.push(await this.apply(raw));
      if (index === batch.length - 1) this.oldestPendingAt = null;
    }
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
        let outcome: ApplyOutcome;
        if (seen[0]?.applied) outcome = 'DUPLICATE';
        else if (seen[0]?.last != null && Number(seen[0].last) >= event.subjectSeq) outcome = 'SKIPPED';
        else {
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
