/**
 * The exchange's tables, the same in every agency's database: the outbox this agency publishes
 * from, and the consumer side (offset per source, processed event ids, dead letters).
 */
import { BigIntType, Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * What an exchange event is, in the producer's outbox and in a consumer's record of what it applied:
 * its type, and which change of which subject it carries.
 */
export abstract class ExchangeEventSubject {
  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'text' })
  subjectType!: string;

  @Property({ type: 'text' })
  subjectId!: string;

  /** 1, 2, 3, … per subject. */
  @Property({ type: 'integer' })
  subjectSeq!: number;
}

/** One event this agency published, written in the same transaction as the change that caused it. */
@Entity({ tableName: 'exchange_outbox' })
@Unique({ properties: ['subjectType', 'subjectId', 'subjectSeq'] })
export class ExchangeOutboxEvent extends ExchangeEventSubject {
  [OptionalProps]?: 'position' | 'sentAt';

  /** Feed order: assigned under the outbox lock, so positions become visible in commit order. */
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  position!: string;

  @Unique()
  @Property({ type: 'uuid' })
  eventId!: string;

  /** The agency that owns the fact (this one). */
  @Property({ type: 'text' })
  owner!: string;

  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Property({ type: 'integer' })
  payloadVersion!: number;

  @Property({ type: 'jsonb' })
  payload!: unknown;

  /** When the broker relay handed it to NATS (null on the embedded transport). */
  @Index()
  @Property({ type: 'timestamptz', nullable: true })
  sentAt: Date | null = null;
}

/** How far this agency's consumer of one source has applied (a feed position or a stream sequence). */
@Entity({ tableName: 'exchange_consumer_offset' })
export class ExchangeConsumerOffset {
  @PrimaryKey({ type: 'text' })
  source!: string;

  @Property({ type: new BigIntType('string') })
  position!: string;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** An event this agency's consumer applied: applying it again changes nothing. */
@Entity({ tableName: 'exchange_processed_event' })
@Index({ properties: ['source', 'subjectType', 'subjectId', 'subjectSeq'] })
export class ExchangeProcessedEvent extends ExchangeEventSubject {
  @PrimaryKey({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'text' })
  source!: string;

  @Property({ type: 'timestamptz' })
  appliedAt!: Date;
}

/** An event that could not be applied, with the reason; the consumer moved on past it. */
@Entity({ tableName: 'exchange_dead_letter' })
@Index({ properties: ['source', 'at'] })
export class ExchangeDeadLetter {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  source!: string;

  @Property({ type: 'text', nullable: true })
  eventId: string | null = null;

  @Property({ type: 'text', nullable: true })
  type: string | null = null;

  @Property({ type: new BigIntType('string'), nullable: true })
  position: string | null = null;

  /** The event as received. */
  @Property({ type: 'jsonb' })
  envelope!: unknown;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'timestamptz' })
  at!: Date;
}

/** Every exchange entity, for each subgraph's entity list. */
export const EXCHANGE_ENTITIES = [ExchangeOutboxEvent, ExchangeConsumerOffset, ExchangeProcessedEvent, ExchangeDeadLetter];
