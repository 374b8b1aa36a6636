/**
 * The webhooks of an agency's change feed, in its own database: each partner's subscription (where
 * to post, the key it signs with, where in the feed it stands) and the log of every delivery.
 */
import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { type Caller } from '../auth/caller';

@Entity({ tableName: 'webhook_subscription' })
@Index({ name: 'webhook_subscription_due_index', properties: ['status', 'nextAttemptAt'] })
export class WebhookSubscription {
  [OptionalProps]?: 'id' | 'status' | 'consecutiveFailures' | 'lastDeliveredAt' | 'createdAt' | 'cancelledAt' | 'cursor';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The client id of the system that subscribed (only it sees and cancels the subscription). */
  @Property({ type: 'text' })
  owner!: string;

  /**
   * Who the changes are read as: the subscribing system's verified claims (its roles, scopes,
   * jurisdiction) as of its latest request to this agency, so narrowing its access narrows what
   * it is sent.
   */
  @Property({ type: 'json' })
  caller!: Caller;

  @Property({ type: 'text' })
  url!: string;

  /** The HMAC-SHA256 key each delivery is signed with (shown to the partner once, when it subscribes). */
  @Property({ type: 'text', lazy: true })
  secret!: string;

  /** The kinds of record it wants (enum values of the feed), or null for all. */
  @Property({ type: 'json', nullable: true })
  types: string[] | null = null;

  /** The feed cursor the next delivery starts after (null: the feed's beginning). */
  @Property({ type: 'text', nullable: true })
  cursor: string | null = null;

  /** `ACTIVE` or `CANCELLED`. */
  @Property({ type: 'text' })
  status: 'ACTIVE' | 'CANCELLED' = 'ACTIVE';

  /** Failed deliveries in a row (0 after a success): the back-off grows with it. */
  @Property({ type: 'integer' })
  consecutiveFailures = 0;

  /** Not before this instant is the next delivery tried. */
  @Property({ type: 'timestamptz' })
  nextAttemptAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  lastDeliveredAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null = null;

  /**
   * Deliveries pause after this instant, until the system's next request to this agency renews
   * it (and its claims): a subscription does not outlive the system's access.
   */
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;
}

/** One attempt to post a page of changes to a subscription's URL. */
@Entity({ tableName: 'webhook_delivery' })
@Index({ name: 'webhook_delivery_log_index', properties: ['subscriptionId', 'at'] })
export class WebhookDelivery {
  [OptionalProps]?: 'id' | 'httpStatus' | 'error';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  subscriptionId!: string;

  @Property({ type: 'timestamptz' })
  at!: Date;

  /** The how-manieth attempt at this page (1 for the first; the same page is posted again until it is taken). */
  @Property({ type: 'integer' })
  attempt!: number;

  /** `DELIVERED` (the partner answered 2xx) or `FAILED`. */
  @Property({ type: 'text' })
  outcome!: 'DELIVERED' | 'FAILED';

  @Property({ type: 'integer', nullable: true })
  httpStatus: number | null = null;

  /** Why it failed, in a few words (never the partner's answer body). */
  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  @Property({ type: 'integer' })
  changeCount!: number;

  /** The cursor the page ends at (where the subscription stands once it is taken). */
  @Property({ type: 'text', nullable: true })
  endCursor: string | null = null;

  @Property({ type: 'integer' })
  durationMs!: number;
}

export const WEBHOOK_ENTITIES = [WebhookSubscription, WebhookDelivery];
