/**
 * What carries the exchange: one interface, two transports (the embedded HTTP feed and NATS
 * JetStream). A transport delivers a source agency's events to a consumer in position order,
 * batch by batch, and moves on only once a batch is applied.
 */
import { type ExchangeAgency } from './event-catalog';

export interface SubscribeOptions {
  source: ExchangeAgency;
  consumer: string;
  /** Where the consumer stands (its stored offset), read again after a failure. */
  position(): Promise<string>;
  /** Applies a batch in order; resolves once applied and the offset stored. */
  deliver(batch: readonly unknown[], head?: string): Promise<unknown>;
  onError(error: unknown): void;
}

export interface TransportSubscription {
  /** Stops delivering; resolves once the batch in hand is applied. */
  stop(): Promise<void>;
}

export interface ExchangeTransport {
  readonly kind: 'embedded' | 'nats';
  subscribe(options: SubscribeOptions): TransportSubscription;
  /** Producer side: starts what moves this agency's outbox to the consumers (nothing for the embedded feed). */
  startProducer?(): Promise<void>;
  close(): Promise<void>;
}
