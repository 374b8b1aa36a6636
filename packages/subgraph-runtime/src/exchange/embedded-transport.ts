/**
 * The embedded transport (no NATS_URL): every producer serves its outbox as an internal feed,
 * `GET /exchange/feed?after=<position>&limit=<n>&wait=<ms>`, readable only with an agency's
 * exchange token. With `wait`, a request that finds nothing new is held until the producer commits
 * again (or `wait` runs out), so a consumer learns of an event as soon as it is committed and an
 * idle exchange costs one request per consumer every `wait`, not a poll every few hundred ms.
 */
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type KeyObject } from 'node:crypto';
import { type MikroORM } from '@mikro-orm/core';
import { type EntityManager, type PostgreSqlDriver } from '@mikro-orm/postgresql';
import { type SigningKeyPair } from '../auth/signing-keys';
import { type ExchangeAgency } from './event-catalog';
import { signExchangeToken, verifyExchangeToken } from './exchange-token';
import { outboxSignalFor, readOutbox } from './outbox';
import { type ExchangeTransport, type SubscribeOptions, type TransportSubscription } from './transport';

export const FEED_PATH = '/exchange/feed';
export const FEED_MAX_LIMIT = 500;
/** The longest a feed request may be held waiting for a new event. */
export const FEED_MAX_WAIT_MS = 30_000;

/** Serves this agency's outbox feed; returns false for other paths. */
export function exchangeFeedRoute(options: {
  orm: MikroORM<PostgreSqlDriver>;
  producer: string;
  publicKeyOf: (agency: ExchangeAgency) => KeyObject | null;
  /** The producer's exchange key: every event served is signed with it. */
  signingKey?: KeyObject;
  /** Aborted when the producer stops: held requests are answered at once. */
  stopping?: AbortSignal;
}): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const commits = outboxSignalFor(options.orm);
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== FEED_PATH) return false;
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify(body));
      return true;
    };
    if (req.method !== 'GET') return reply(405, { error: 'method not allowed' });
    const authorization = req.headers.authorization;
    const token = authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length).trim() : '';
    try {
      verifyExchangeToken(token, options.producer, options.publicKeyOf);
    } catch {
      return reply(401, { error: 'an agency exchange token is required' });
    }
    const after = url.searchParams.get('after') ?? '0';
    const limit = Number(url.searchParams.get('limit') ?? '100');
    const wait = Number(url.searchParams.get('wait') ?? '0');
    if (!/^\d{1,18}$/.test(after)) return reply(400, { error: 'after must be a feed position (digits)' });
    if (!Number.isInteger(limit) || limit < 1 || limit > FEED_MAX_LIMIT) return reply(400, { error: `limit must be 1 to ${FEED_MAX_LIMIT}` });
    if (!Number.isInteger(wait) || wait < 0 || wait > FEED_MAX_WAIT_MS) return reply(400, { error: `wait must be 0 to ${FEED_MAX_WAIT_MS} ms` });
    const read = () => readOutbox(options.orm.em.fork() as EntityManager, after, limit, options.signingKey);
    let seen = commits.version;
    let page = await read();
    if (page.events.length === 0 && wait > 0) {
      // Held until a commit brings something new, the wait runs out, the reader goes or the producer stops.
      const gone = new AbortController();
      const onClose = () => gone.abort();
      req.once('close', onClose);
      options.stopping?.addEventListener('abort', onClose, { once: true });
      const deadline = Date.now() + wait;
      while (page.events.length === 0 && !gone.signal.aborted && Date.now() < deadline) {
        if (await commits.wait(deadline - Date.now(), gone.signal, seen)) {
          seen = commits.version;
          page = await read();
        }
      }
      req.off('close', onClose);
      options.stopping?.removeEventListener('abort', onClose);
      if (res.destroyed) return true;
    }
    return reply(200, page);
  };
}

export interface EmbeddedTransportOptions {
  /** This agency (the reader). */
  reader: string;
  /** This agency's exchange key pair. */
  key: SigningKeyPair;
  /** The feed URL of a source agency. */
  feedUrlOf(source: ExchangeAgency): string;
  /** Pause after a failed read (doubling with each failure in a row, up to 5 s). */
  pollIntervalMs?: number;
  /** How long the producer may hold a request that finds nothing new (the feed's `wait`). */
  waitMs?: number;
  pageSize?: number;
}

/**
 * Reads a source agency's whole feed from `after` (the first event by default) to its head, page
 * by page, signed with the reader's exchange key: what the reconcile command folds.
 */
export async function* readFeed(options: { url: string; reader: string; source: ExchangeAgency; key: SigningKeyPair; after?: string; pageSize?: number }): AsyncGenerator<unknown> {
  const pageSize = options.pageSize ?? FEED_MAX_LIMIT;
  let after = options.after ?? '0';
  for (;;) {
    const url = new URL(options.url);
    url.searchParams.set('after', after);
    url.searchParams.set('limit', String(pageSize));
    const response = await fetch(url, { headers: { authorization: `Bearer ${signExchangeToken(options.reader, options.source, options.key)}` } });
    if (!response.ok) throw new Error(`feed of ${options.source} answered ${response.status}`);
    const page = (await response.json()) as { events?: Array<{ position?: unknown }> };
    if (!Array.isArray(page.events)) throw new Error(`feed of ${options.source} answered no events`);
    yield* page.events;
    const last = page.events[page.events.length - 1]?.position;
    if (page.events.length < pageSize || typeof last !== 'string') return;
    after = last;
  }
}

/** Consumers that poll the producers' feeds. */
export function embeddedTransport(options: EmbeddedTransportOptions): ExchangeTransport {
  const interval = options.pollIntervalMs ?? 200;
  const waitMs = Math.min(options.waitMs ?? 20_000, FEED_MAX_WAIT_MS);
  const pageSize = options.pageSize ?? 200;
  return {
    kind: 'embedded',
    subscribe(subscription: SubscribeOptions): TransportSubscription {
      const abort = new AbortController();
      let wake: (() => void) | null = null;
      const pause = (ms: number) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(done, ms);
          function done() {
            clearTimeout(timer);
            wake = null;
            resolve();
          }
          wake = done;
        });
      const loop = (async () => {
        let after: string | null = null;
        let failures = 0;
        // The first read answers at once (catching up); once a page was not full, the next one waits for news.
        let caughtUp = false;
        while (!abort.signal.aborted) {
          try {
            after ??= await subscription.position();
            const url = new URL(options.feedUrlOf(subscription.source));
            url.searchParams.set('after', after);
            url.searchParams.set('limit', String(pageSize));
            if (caughtUp) url.searchParams.set('wait', String(waitMs));
            const response = await fetch(url, {
              headers: { authorization: `Bearer ${signExchangeToken(options.reader, subscription.source, options.key)}` },
              signal: abort.signal,
            });
            if (!response.ok) throw new Error(`feed of ${subscription.source} answered ${response.status}`);
            const page = (await response.json()) as { events: Array<{ position?: unknown }>; head: string };
            if (!Array.isArray(page.events)) throw new Error(`feed of ${subscription.source} answered no events`);
            await subscription.deliver(page.events, typeof page.head === 'string' ? page.head : undefined);
            const last = page.events[page.events.length - 1]?.position;
            if (typeof last === 'string') after = last;
            failures = 0;
            caughtUp = page.events.length < pageSize;
          } catch (error) {
            if (abort.signal.aborted) break;
            failures += 1;
            after = null;
            caughtUp = false;
            if (failures === 1 || failures % 50 === 0) subscription.onError(error);
            await pause(Math.min(interval * 2 ** Math.min(failures, 5), 5_000));
          }
        }
      })();
      return {
        async stop() {
          abort.abort();
          wake?.();
          await loop;
        },
      };
    },
    async close() {},
  };
}
