/**
 * Webhooks on an agency's change feed: a partner system subscribes a URL, and the agency posts it
 * each new page of changes the partner may see, signed with a key only the two of them hold.
 *
 * - **What is sent.** The changes as the feed lists them to the subscribing system (read as that
 *   system, through the schema and its permission table: scopes, row scoping, protection), without
 *   the records: type, id, CREATED/UPDATED, time and cursor. The partner reads a record by id with
 *   its own token, so no personal data travels in a webhook.
 * - **Signed.** `Lifeline-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` with the
 *   subscription's secret; `verifyWebhookSignature` is what a partner runs (with a tolerance, so an
 *   old delivery replayed is refused).
 * - **At least once, in order.** A page is posted until the partner answers 2xx; only then does the
 *   subscription's cursor move past it. A failure is retried after 1 s, 2 s, 4 s, … up to 15 min,
 *   for as long as the subscription lasts; a partner that was away catches up page by page.
 * - **Logged.** Every attempt is a `webhook_delivery` row: when, which attempt, the HTTP status or the
 *   reason, how many changes, how long it took; kept 30 days.
 * - **Only while the system has access.** The changes are read with the system's claims as of its
 *   latest request to this agency (any request through the gateway: reading a delivered record, its
 *   subscriptions), and deliveries pause a day after that request until the next: narrowing a
 *   system's scopes narrows what it is sent at its next request, and a system whose access ended
 *   (disabled, secret revoked) is sent nothing after a day. A paused subscription keeps its cursor,
 *   so a system that comes back misses nothing.
 */
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { type MikroORM } from '@mikro-orm/core';
import { type EntityManager, type PostgreSqlDriver } from '@mikro-orm/postgresql';
import { execute, parse, type GraphQLSchema } from 'graphql';
import { type Caller } from '../auth/caller';
import { type PageArgs } from '../graphql/connection';
import { EMPTY_PAGE, keysetPage, type KeysetPage } from '../graphql/keyset-page';
import { outboxSignalFor } from '../exchange/outbox';
import { type Log } from '../http/log';
import { type RequestScope } from '../subgraph';
import { decodeChangeCursor, encodeChangeCursor, FEED_HORIZON_SQL } from './change-feed';
import { feedNames, WEBHOOK_TYPE_FIELDS } from './feed-names';
import { WebhookDelivery, WebhookSubscription } from './webhook.entities';

/** The header a delivery's signature travels in. */
export const WEBHOOK_SIGNATURE_HEADER = 'lifeline-signature';
/** Subscriptions one system may hold on one feed. */
export const MAX_SUBSCRIPTIONS = 5;
const MAX_BACKOFF_MS = 15 * 60_000;
/** How long after the system's latest request to the agency its subscriptions keep being served. */
export const SUBSCRIPTION_IDLE_MS = 24 * 60 * 60_000;
/** How long a delivery attempt stays in the log. */
export const DELIVERY_LOG_DAYS = 30;
/** At most this often is a system's subscription renewed by its requests, when its claims are unchanged. */
const RENEW_EVERY_MS = 60_000;

/** The signature header of `body` posted at `t` (unix seconds). */
export function signWebhook(secret: string, body: string, t: number): string {
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

/**
 * Whether `header` is a valid signature of `body` with `secret`, made at most `toleranceSeconds`
 * before (or after) `now`: what a partner checks before trusting a delivery.
 */
export function verifyWebhookSignature(secret: string, header: string | null | undefined, body: string, now = Date.now(), toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries((header ?? '').split(',').map((part) => part.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || typeof parts.v1 !== 'string' || !/^[0-9a-f]{64}$/.test(parts.v1)) return false;
  if (Math.abs(now / 1000 - t) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, body, t).split('v1=')[1]!, 'hex');
  return timingSafeEqual(expected, Buffer.from(parts.v1, 'hex'));
}

/** A fresh subscription secret. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/**
 * Why a webhook URL is refused, or null: https anywhere, plain http only to this machine (a
 * partner's test receiver); no credentials in it; at most 2,000 characters.
 */
export function webhookUrlProblem(value: string): string | null {
  if (value.length > 2000) return 'The URL is longer than 2,000 characters.';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'The URL is not an absolute http(s) URL.';
  }
  if (url.username || url.password) return 'The URL may not carry a user name or password: the signature authenticates the delivery.';
  if (url.protocol === 'https:') return null;
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol === 'http:' && loopback) return null;
  return 'Deliveries go to https URLs only (plain http only to this machine, for testing).';
}

/** The back-off before the next attempt after `failures` failures in a row. */
export function webhookBackoffMs(failures: number, baseMs = 1000): number {
  return Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.max(0, failures - 1));
}

/** The cursor at the end of the feed now (null when it is empty): where a new subscription starts. */
export async function feedEndCursor(em: EntityManager, field: string): Promise<string | null> {
  const rows = await em.getConnection().execute<Array<{ xid: string; position: string }>>(
    `select c.xid::text as xid, c.position::text as position from record_change c
      where c.xid < ${FEED_HORIZON_SQL} order by c.xid desc, c.position desc limit 1`,
  );
  return rows[0] ? encodeChangeCursor(field, rows[0]) : null;
}

interface FeedChangeView {
  cursor: string;
  node: { recordType: string; recordId: string; operation: string; changedAt: string };
}

export interface WebhookDelivererOptions<TContext> {
  orm: MikroORM<PostgreSqlDriver>;
  /** The subgraph's executable schema (its permission table applied). */
  schema: GraphQLSchema;
  /** The feed's Query field (`foreignAffairsChanges`). */
  feedField: string;
  contextFor(scope: RequestScope): TContext;
  log: Log;
  /** How often due subscriptions are looked at when no commit wakes the deliverer. */
  pollMs?: number;
  /** The first back-off (doubling up to 15 min). */
  backoffBaseMs?: number;
  /** How long a partner has to answer. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  now?: () => Date;
  /** How long subscriptions are served after the system's latest request (default a day). */
  idleMs?: number;
}

/** Posts each active subscription its next pages, in a loop woken by commits and a timer. */
export class WebhookDeliverer<TContext extends { audit?: { flush(): Promise<void> } }> {
  private readonly document;
  private stopped = false;
  private running: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private wake: (() => void) | null = null;
  /** The systems holding active subscriptions, as of the latest round. */
  private owners: ReadonlySet<string> = new Set();
  /** Per system, the claims its subscriptions were last renewed with, and when. */
  private readonly renewed = new Map<string, { claims: string; at: number }>();
  private lastPruned = 0;

  constructor(private readonly options: WebhookDelivererOptions<TContext>) {
    const typesEnum = feedNames(options.feedField).recordTypeEnum;
    this.document = parse(`query WebhookPage($after: String, $types: [${typesEnum}!]) {
      ${options.feedField}(after: $after, first: 100, types: $types) {
        edges { cursor node { recordType recordId operation changedAt } }
        pageInfo { hasNextPage endCursor }
      }
    }`);
  }

  /** Starts the loop (returns at once). */
  start(): void {
    const signal = outboxSignalFor(this.options.orm);
    const pollMs = this.options.pollMs ?? 1000;
    // Commits under load come many a second: one round per quarter second at most serves them all.
    const minIntervalMs = Math.min(250, pollMs);
    const loop = async () => {
      while (!this.stopped) {
        const roundStarted = Date.now();
        let active = 0;
        try {
          active = await this.deliverDue();
        } catch (error) {
          this.options.log.error('webhook delivery round failed', { error: error instanceof Error ? error.name : 'unknown' });
        }
        if (this.stopped) break;
        const since = signal.version;
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          this.timer = setTimeout(resolve, pollMs);
          // With subscriptions to serve, a commit wakes the deliverer at once; without, only the timer does.
          if (active > 0) void signal.wait(pollMs, undefined, since).then(() => resolve());
        });
        if (this.timer) clearTimeout(this.timer);
        const early = minIntervalMs - (Date.now() - roundStarted);
        if (early > 0 && !this.stopped) await new Promise((resolve) => setTimeout(resolve, early));
      }
    };
    this.running = loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.running;
  }

  /**
   * A request of `caller` reached this agency: when it is a system holding subscriptions, they are
   * renewed with its claims as they are now (at once when they changed, else at most once a minute).
   * Not awaited by the request; costs nothing for anyone else.
   */
  heard(caller: Caller): void {
    if (caller.kind !== 'service' || !this.owners.has(caller.id)) return;
    const claims = JSON.stringify(caller);
    const last = this.renewed.get(caller.id);
    const now = this.now().getTime();
    if (last && last.claims === claims && now - last.at < RENEW_EVERY_MS) return;
    this.renewed.set(caller.id, { claims, at: now });
    void this.renew(caller, new Date(now)).catch((error: unknown) => {
      this.renewed.delete(caller.id);
      this.options.log.error('webhook subscription renewal failed', { error: error instanceof Error ? error.name : 'unknown' });
    });
  }

  /** Renews every active subscription of the calling system: its claims now, served for another day. */
  async renew(caller: Caller, now = this.now()): Promise<void> {
    const em = this.options.orm.em.fork() as EntityManager;
    await em.nativeUpdate(WebhookSubscription, { owner: caller.id, status: 'ACTIVE' }, { caller, expiresAt: new Date(now.getTime() + this.idleMs()) });
  }

  private idleMs(): number {
    return this.options.idleMs ?? SUBSCRIPTION_IDLE_MS;
  }

  /** One round: every due subscription gets up to ten pages. Answers how many subscriptions are active. */
  async deliverDue(): Promise<number> {
    const em = this.options.orm.em.fork() as EntityManager;
    const held = await em.getConnection().execute<Array<{ owner: string; count: string | number }>>(
      `select owner, count(*) as count from webhook_subscription where status = 'ACTIVE' group by owner`,
    );
    this.owners = new Set(held.map((row) => row.owner));
    const active = held.reduce((sum, row) => sum + Number(row.count), 0);
    await this.pruneLog(em);
    if (active === 0) return 0;
    const now = this.now();
    const due = await em.find(
      WebhookSubscription,
      { status: 'ACTIVE', nextAttemptAt: { $lte: now }, expiresAt: { $gt: now } },
      { orderBy: { nextAttemptAt: 'asc' }, limit: 50, populate: ['secret'] },
    );
    for (const subscription of due) {
      if (this.stopped) break;
      for (let page = 0; page < 10; page += 1) {
        const more = await this.deliverPage(em, subscription);
        if (!more) break;
      }
    }
    return active;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** Drops delivery attempts older than the log keeps (at most once an hour). */
  async pruneLog(em: EntityManager, force = false): Promise<number> {
    const now = this.now().getTime();
    if (!force && now - this.lastPruned < 3_600_000) return 0;
    this.lastPruned = now;
    return em.nativeDelete(WebhookDelivery, { at: { $lt: new Date(now - DELIVERY_LOG_DAYS * 86_400_000) } });
  }

  /** Reads and posts the subscription's next page; true when it was taken and more may follow. */
  private async deliverPage(em: EntityManager, subscription: WebhookSubscription): Promise<boolean> {
    const context = this.options.contextFor({ caller: subscription.caller, requestId: randomUUID() });
    const result = await execute({
      schema: this.options.schema,
      document: this.document,
      variableValues: { after: subscription.cursor, types: subscription.types },
      contextValue: context,
    });
    await context.audit?.flush();
    const page = (result.data as Record<string, { edges: FeedChangeView[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> | null | undefined)?.[this.options.feedField];
    if (result.errors || !page) {
      // The feed refused the stored cursor or could not be read: the same as a failed delivery (logged, retried later).
      await this.record(em, subscription, { outcome: 'FAILED', httpStatus: null, error: `feed: ${result.errors?.[0]?.message ?? 'no page'}`.slice(0, 200), changeCount: 0, endCursor: null, durationMs: 0 });
      return false;
    }
    const endCursor = page.pageInfo.endCursor;
    if (page.edges.length === 0) {
      // Nothing this system may see: move past what it may not, without a post.
      if (endCursor && endCursor !== subscription.cursor) {
        subscription.cursor = endCursor;
        await em.flush();
      }
      return false;
    }
    const deliveryId = randomUUID();
    const body = JSON.stringify({
      feed: this.options.feedField,
      subscriptionId: subscription.id,
      deliveryId,
      changes: page.edges.map((edge) => ({ cursor: edge.cursor, ...edge.node })),
      endCursor,
    });
    const started = Date.now();
    let httpStatus: number | null = null;
    let error: string | null = null;
    try {
      const response = await (this.options.fetch ?? fetch)(subscription.url, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Lifeline-Webhooks/1',
          'lifeline-webhook-id': deliveryId,
          [WEBHOOK_SIGNATURE_HEADER]: signWebhook(subscription.secret, body, Math.floor(this.now().getTime() / 1000)),
        },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
      });
      httpStatus = response.status;
      await response.body?.cancel();
      if (response.status < 200 || response.status > 299) error = `answered ${response.status}`;
    } catch (thrown) {
      error = thrown instanceof Error && thrown.name === 'TimeoutError' ? 'no answer in time' : 'could not connect';
    }
    const outcome = error ? 'FAILED' : 'DELIVERED';
    await this.record(em, subscription, { outcome, httpStatus, error, changeCount: page.edges.length, endCursor, durationMs: Date.now() - started });
    return outcome === 'DELIVERED' && page.pageInfo.hasNextPage;
  }

  /** Logs an attempt and moves the subscription on (taken) or back (failed, with back-off). */
  private async record(
    em: EntityManager,
    subscription: WebhookSubscription,
    attempt: Pick<WebhookDelivery, 'outcome' | 'httpStatus' | 'error' | 'changeCount' | 'endCursor' | 'durationMs'>,
  ): Promise<void> {
    const now = this.now();
    em.create(WebhookDelivery, { subscriptionId: subscription.id, at: now, attempt: subscription.consecutiveFailures + 1, ...attempt });
    if (attempt.outcome === 'DELIVERED') {
      subscription.cursor = attempt.endCursor;
      subscription.consecutiveFailures = 0;
      subscription.lastDeliveredAt = now;
      subscription.nextAttemptAt = now;
    } else {
      subscription.consecutiveFailures += 1;
      subscription.nextAttemptAt = new Date(now.getTime() + webhookBackoffMs(subscription.consecutiveFailures, this.options.backoffBaseMs));
    }
    await em.flush();
  }
}

/** A refusal of a subscription change, as the shared `WebhookRefused` answers it. */
export interface WebhookRefusal {
  __typename: 'WebhookRefused';
  code: 'FORMAT' | 'NOT_FOUND';
  field: string | null;
  message: string;
}

export interface WebhookChanged {
  __typename: 'WebhookSubscriptionChanged';
  subscription: WebhookSubscription;
  secret: string | null;
}

const refused = (code: WebhookRefusal['code'], field: string | null, message: string): WebhookRefusal => ({ __typename: 'WebhookRefused', code, field, message });

/** What the webhook resolvers read from a subgraph's context. */
export interface WebhookContext {
  em: EntityManager;
  caller: Caller;
}

/**
 * The Query and Mutation resolvers of one feed's webhooks (`<feed>Webhooks`,
 * `<feed>WebhookDeliveries`, `subscribeTo<Feed>`, `cancel<Feed>Webhook`): a system manages its own
 * subscriptions only; another's answer as if they did not exist.
 */
export function webhookResolvers(feedField: string, recordTypes: readonly string[]) {
  const own = (ctx: WebhookContext, id: string) =>
    /^[0-9a-f-]{36}$/i.test(id) ? ctx.em.findOne(WebhookSubscription, { id: id.toLowerCase(), owner: ctx.caller.id, status: 'ACTIVE' }) : Promise.resolve(null);
  return {
    list: (_: unknown, __: unknown, ctx: WebhookContext) => ctx.em.find(WebhookSubscription, { owner: ctx.caller.id, status: 'ACTIVE' }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    deliveries: async (_: unknown, args: { subscriptionId: string } & PageArgs, ctx: WebhookContext): Promise<KeysetPage<WebhookDelivery>> => {
      const subscription = await own(ctx, args.subscriptionId);
      if (!subscription) return EMPTY_PAGE;
      const { first, after, last, before } = args;
      return keysetPage(ctx.em, WebhookDelivery, () => ({ subscriptionId: subscription.id }), { order: 'NEWEST_FIRST', keyset: { property: 'at', direction: 'desc' }, first, after, last, before });
    },
    subscribe: async (_: unknown, args: { input: { url: string; types?: readonly string[] | null; after?: string | null } }, ctx: WebhookContext): Promise<WebhookChanged | WebhookRefusal> => {
      const { url, types, after } = args.input;
      const urlProblem = webhookUrlProblem(url);
      if (urlProblem) return refused('FORMAT', 'url', urlProblem);
      const unknown = (types ?? []).filter((type) => !recordTypes.includes(type));
      if (unknown.length > 0) return refused('FORMAT', 'types', `Unknown kinds of record: ${unknown.join(', ')} (this feed lists ${recordTypes.join(', ')}).`);
      if (types && types.length === 0) return refused('FORMAT', 'types', 'Name at least one kind of record, or leave types out for all.');
      let cursor: string | null;
      if (after) {
        try {
          decodeChangeCursor(feedField, after);
        } catch (error) {
          return refused('FORMAT', 'after', error instanceof Error ? error.message : 'The cursor is not valid.');
        }
        cursor = after;
      } else {
        cursor = await feedEndCursor(ctx.em, feedField);
      }
      const held = await ctx.em.count(WebhookSubscription, { owner: ctx.caller.id, status: 'ACTIVE' });
      if (held >= MAX_SUBSCRIPTIONS) return refused('FORMAT', null, `A system may hold at most ${MAX_SUBSCRIPTIONS} subscriptions to one feed: cancel one first.`);
      const secret = newWebhookSecret();
      const subscription = ctx.em.create(WebhookSubscription, {
        owner: ctx.caller.id,
        caller: ctx.caller,
        url,
        secret,
        types: types ? [...new Set(types)] : null,
        cursor,
        nextAttemptAt: new Date(),
        expiresAt: new Date(Date.now() + SUBSCRIPTION_IDLE_MS),
      });
      await ctx.em.flush();
      return { __typename: 'WebhookSubscriptionChanged', subscription, secret };
    },
    cancel: async (_: unknown, args: { id: string }, ctx: WebhookContext): Promise<WebhookChanged | WebhookRefusal> => {
      const subscription = await own(ctx, args.id);
      if (!subscription) return refused('NOT_FOUND', 'id', 'No active subscription of this system has this id.');
      subscription.status = 'CANCELLED';
      subscription.cancelledAt = new Date();
      await ctx.em.flush();
      return { __typename: 'WebhookSubscriptionChanged', subscription, secret: null };
    },
  };
}

/**
 * The permission table's lines for one feed's webhooks: `rule` (who may manage subscriptions: the
 * integrating systems) on the four fields and on every field of the shared webhook types.
 */
export function webhookRules<TRule>(feedField: string, rule: TRule) {
  const names = feedNames(feedField);
  const every = (fields: readonly string[]) => Object.fromEntries(fields.map((name) => [name, rule]));
  return {
    query: every([names.webhooks, names.webhookDeliveries]),
    mutation: every([names.subscribe, names.cancel]),
    types: Object.fromEntries(Object.entries(WEBHOOK_TYPE_FIELDS).map(([type, fields]) => [type, every(fields)])),
  };
}
