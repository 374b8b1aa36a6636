/**
 * The NATS JetStream transport (NATS_URL set): one stream per agency (`<PREFIX>_<AGENCY>`, subjects
 * `<prefix>.exchange.<agency>.<type>`), a relay that publishes this agency's outbox rows to its
 * stream in position order (message id = event id, so a relay retried after a crash is
 * de-duplicated) and marks them sent, and a durable pull consumer per consuming agency and source
 * that acknowledges messages only once applied, so an unacknowledged one is redelivered.
 */
import { type KeyObject } from 'node:crypto';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type JetStreamManager, type JsMsg } from '@nats-io/jetstream';
import { connect, nanos, type NatsConnection } from '@nats-io/transport-node';
import { type MikroORM } from '@mikro-orm/core';
import { type EntityManager, type PostgreSqlDriver } from '@mikro-orm/postgresql';
import { type Log } from '../http/log';
import { ExchangeOutboxEvent } from './exchange.entities';
import { outboxSignalFor, toEnvelope } from './outbox';
import { type ExchangeTransport, type SubscribeOptions, type TransportSubscription } from './transport';

export interface NatsTransportOptions {
  servers: string;
  /** This agency. */
  agency: string;
  orm: MikroORM<PostgreSqlDriver>;
  log: Log;
  /** Prefix of stream, subject and durable names (tests use a unique one per run). */
  prefix?: string;
  /** This agency's exchange key: the relay signs every event it publishes with it. */
  signingKey?: KeyObject;
  /** The longest the relay sleeps when its outbox is drained; a commit in this process wakes it at once. */
  relayIntervalMs?: number;
  /** The most messages a consumer fetches at a time and applies in one transaction (default 200). */
  applyBatch?: number;
}

const token = (value: string) => value.replace(/[^A-Za-z0-9_-]/g, '_');

/** Stream and subject names of an agency's events. */
export function natsNames(prefix: string, agency: string): { stream: string; subjects: string; subject: (type: string) => string } {
  const base = `${token(prefix)}.exchange.${token(agency)}`;
  return { stream: `${token(prefix)}_${token(agency)}`.toUpperCase(), subjects: `${base}.>`, subject: (type) => `${base}.${token(type)}` };
}

/** The durable consumer through which `consumer` reads `source`'s stream. */
export function natsDurableName(prefix: string, consumer: string, source: string): string {
  return `${token(prefix)}_${token(consumer)}_from_${token(source)}`;
}

/**
 * Forgets where `consumer` stands in `source`'s stream (deletes its durable consumer), so the
 * next subscription reads the stream from the start. True when there was one.
 */
export async function forgetNatsDurable(servers: string, consumer: string, source: string, prefix = 'lifeline'): Promise<boolean> {
  const nc = await connect({ servers, name: `lifeline-${consumer}-rebuild` });
  try {
    const jsm = await jetstreamManager(nc);
    try {
      return await jsm.consumers.delete(natsNames(prefix, source).stream, natsDurableName(prefix, consumer, source));
    } catch {
      return false;
    }
  } finally {
    await nc.drain();
  }
}

/** The source's newest position as a message tells it: its own plus the messages still pending after it. */
function headOf(message: JsMsg): string | undefined {
  const position = message.json<{ position?: unknown }>().position;
  return typeof position === 'string' && /^\d+$/.test(position) ? String(BigInt(position) + BigInt(message.info.pending)) : undefined;
}

async function ensureStream(jsm: JetStreamManager, prefix: string, agency: string): Promise<void> {
  const names = natsNames(prefix, agency);
  try {
    await jsm.streams.info(names.stream);
  } catch {
    await jsm.streams.add({ name: names.stream, subjects: [names.subjects], duplicate_window: nanos(10 * 60_000) });
  }
}

/** Connects to NATS and returns the transport (the relay starts with startProducer). */
export async function natsTransport(options: NatsTransportOptions): Promise<ExchangeTransport> {
  const prefix = options.prefix ?? 'lifeline';
  const nc: NatsConnection = await connect({ servers: options.servers, name: `lifeline-${options.agency}` });
  const jsm = await jetstreamManager(nc);
  const js = jetstream(nc);
  const stops: Array<() => Promise<void>> = [];

  return {
    kind: 'nats',
    async startProducer() {
      await ensureStream(jsm, prefix, options.agency);
      const names = natsNames(prefix, options.agency);
      let stopped = false;
      let wake: (() => void) | null = null;
      const commits = outboxSignalFor(options.orm);
      const idle = new AbortController();
      const loop = (async () => {
        while (!stopped) {
          try {
            const em = options.orm.em.fork() as EntityManager;
            const seen = commits.version;
            const rows = await em.find(ExchangeOutboxEvent, { sentAt: null }, { orderBy: { position: 'asc' }, limit: 200 });
            for (const row of rows) {
              const envelope = toEnvelope(row, options.signingKey);
              await js.publish(names.subject(row.type), JSON.stringify(envelope), { msgID: row.eventId });
              row.sentAt = new Date();
            }
            if (rows.length > 0) await em.flush();
            // Until the next commit here (which may have added to the outbox), at most relayIntervalMs.
            if (rows.length < 200 && !stopped) await commits.wait(options.relayIntervalMs ?? 5_000, idle.signal, seen);
          } catch (error) {
            options.log.warn('exchange relay waiting', { error: error instanceof Error ? error.name : 'error' });
            await new Promise<void>((resolve) => ((wake = resolve), setTimeout(resolve, 1_000)));
          }
        }
      })();
      stops.push(async () => {
        stopped = true;
        idle.abort();
        (wake as (() => void) | null)?.();
        await loop;
      });
    },
    subscribe(subscription: SubscribeOptions): TransportSubscription {
      const applyBatch = options.applyBatch ?? 200;
      const names = natsNames(prefix, subscription.source);
      const durable = natsDurableName(prefix, subscription.consumer, subscription.source);
      let stopped = false;
      const loop = (async () => {
        while (!stopped) {
          try {
            await ensureStream(jsm, prefix, subscription.source);
            try {
              await jsm.consumers.info(names.stream, durable);
            } catch {
              await jsm.consumers.add(names.stream, { durable_name: durable, ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All, ack_wait: nanos(30_000), max_ack_pending: 1_000 });
            }
            const consumer = await js.consumers.get(names.stream, durable);
            while (!stopped) {
              // Messages are applied together while the server says more are waiting behind them
              // (a backlog, after a restart or an outage: one transaction per batch), and as soon
              // as one arrives with none behind it (a lone event is never held for a batch to fill).
              // Each is acknowledged once applied; a fetch runs to its end before stopping, so none
              // is left pending.
              let batch: JsMsg[] = [];
              const flush = async () => {
                if (batch.length === 0) return;
                const applying = batch;
                batch = [];
                await subscription.deliver(
                  applying.map((message) => message.json<unknown>()),
                  headOf(applying[applying.length - 1]!),
                );
                for (const message of applying) message.ack();
              };
              for await (const message of await consumer.fetch({ max_messages: applyBatch, expires: 1_000 })) {
                batch.push(message);
                if (message.info.pending === 0 || batch.length >= applyBatch) await flush();
              }
              await flush();
              // A fetch that ends has heard from the source (an empty stream too): the lag's `caughtUp`.
              await subscription.deliver([]);
            }
          } catch (error) {
            if (stopped) break;
            subscription.onError(error);
            await new Promise((resolve) => setTimeout(resolve, 1_000));
          }
        }
      })();
      const stop = async () => {
        stopped = true;
        await loop;
      };
      stops.push(stop);
      return { stop };
    },
    async close() {
      for (const stop of stops.splice(0)) await stop();
      await nc.drain();
    },
  };
}
