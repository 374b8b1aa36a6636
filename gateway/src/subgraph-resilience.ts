/**
 * Keeps one slow, hung or failing agency from holding up the others. Every call the gateway makes
 * to a subgraph goes through that subgraph's `SubgraphGuard`:
 *
 * - a **deadline** (the whole call, retry included, ends within `timeoutMs`; the HTTP request is
 *   aborted when it passes),
 * - a **cap on calls in flight** (excess calls fail at once instead of queueing behind a hung agency),
 * - a **circuit breaker** (after `breakerFailures` consecutive failures the subgraph is not called
 *   for `breakerCooldownMs`; then one probe call decides whether it closes again),
 * - **one retry for reads** that failed on the connection (refused, reset) or with 502/503/504,
 *   never for mutations and never after the deadline.
 *
 * Refusals are `SubgraphCallRefused` errors with a reason code; the data source turns every
 * failure into the one `SUBGRAPH_UNAVAILABLE` error naming the agency.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { type RemoteGraphQLDataSource } from '@apollo/gateway';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/** How the gateway treats calls to one subgraph. */
export interface SubgraphCallPolicy {
  /** The longest a call may take, retry included, in milliseconds. */
  timeoutMs: number;
  /** Calls allowed in flight at once; more fail fast. */
  maxInFlight: number;
  /** Consecutive failed calls that open the breaker. */
  breakerFailures: number;
  /** How long an open breaker refuses calls before it lets one probe through, in milliseconds. */
  breakerCooldownMs: number;
}

export const DEFAULT_SUBGRAPH_CALL_POLICY: SubgraphCallPolicy = {
  timeoutMs: 5_000,
  maxInFlight: 100,
  breakerFailures: 5,
  breakerCooldownMs: 10_000,
};

/** Why the guard refused or ended a call. */
export type RefusalReason = 'TIMEOUT' | 'CIRCUIT_OPEN' | 'TOO_MANY_IN_FLIGHT';

/** A call the guard did not let through, or ended at its deadline. */
export class SubgraphCallRefused extends Error {
  constructor(readonly code: RefusalReason) {
    super(`Subgraph call refused: ${code}`);
    this.name = 'SubgraphCallRefused';
  }
}

export type BreakerState = 'closed' | 'open' | 'half-open';

/**
 * A consecutive-failure circuit breaker. Closed: every call passes. Open: none passes until the
 * cool-down is over. Half-open: exactly one probe passes; its success closes the breaker, its
 * failure opens it for another cool-down.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | undefined;
  private probing = false;

  constructor(
    private readonly options: { failureThreshold: number; cooldownMs: number; now?: () => number },
  ) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  get state(): BreakerState {
    if (this.openedAt === undefined) return 'closed';
    return this.now() - this.openedAt >= this.options.cooldownMs ? 'half-open' : 'open';
  }

  /** Whether a call may go now; in half-open state only the first caller gets the probe. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.probing) return false;
    this.probing = true;
    return true;
  }

  /** Gives back a permission that was not used (the call never went out). */
  release(): void {
    this.probing = false;
  }

  /** The subgraph answered. */
  recordSuccess(): void {
    this.failures = 0;
    this.openedAt = undefined;
    this.probing = false;
  }

  /** The subgraph failed (timeout, connection, 5xx). */
  recordFailure(): void {
    if (this.probing || this.openedAt !== undefined) {
      this.probing = false;
      this.openedAt = this.now();
      return;
    }
    this.failures += 1;
    if (this.failures >= this.options.failureThreshold) this.openedAt = this.now();
  }
}

/** Counts calls in flight and refuses one past the cap. */
export class InFlightLimiter {
  private current = 0;

  constructor(readonly max: number) {}

  get inFlight(): number {
    return this.current;
  }

  tryAcquire(): boolean {
    if (this.current >= this.max) return false;
    this.current += 1;
    return true;
  }

  release(): void {
    if (this.current > 0) this.current -= 1;
  }
}

const TRANSIENT_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EAI_AGAIN', 'ECONNABORTED']);

function httpStatusOf(error: unknown): number | undefined {
  const response = (error as { extensions?: { response?: { status?: unknown } } } | null)?.extensions?.response;
  return typeof response?.status === 'number' ? response.status : undefined;
}

/** Whether a failed call says the subgraph is unhealthy (rather than it refusing this request). */
export function isSubgraphFault(error: unknown): boolean {
  const status = httpStatusOf(error);
  return status === undefined || status >= 500;
}

/** Whether a failed call may succeed if sent again at once (the request never reached a healthy handler). */
export function isTransientFault(error: unknown): boolean {
  const status = httpStatusOf(error);
  if (status !== undefined) return status === 502 || status === 503 || status === 504;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && TRANSIENT_CODES.has(code);
}

/** One subgraph's deadline, in-flight cap and breaker. */
export class SubgraphGuard {
  readonly breaker: CircuitBreaker;
  readonly limiter: InFlightLimiter;

  constructor(
    readonly policy: SubgraphCallPolicy,
    now?: () => number,
  ) {
    this.breaker = new CircuitBreaker({ failureThreshold: policy.breakerFailures, cooldownMs: policy.breakerCooldownMs, ...(now ? { now } : {}) });
    this.limiter = new InFlightLimiter(policy.maxInFlight);
  }

  /**
   * Runs one call: `attempt` gets a signal that aborts at the deadline. With `retry`, a transient
   * failure is attempted once more within the same deadline.
   */
  async run<T>(attempt: (signal: AbortSignal) => Promise<T>, options: { retry: boolean }): Promise<T> {
    if (!this.limiter.tryAcquire()) throw new SubgraphCallRefused('TOO_MANY_IN_FLIGHT');
    if (!this.breaker.tryAcquire()) {
      this.limiter.release();
      throw new SubgraphCallRefused('CIRCUIT_OPEN');
    }
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new SubgraphCallRefused('TIMEOUT')), this.policy.timeoutMs);
    try {
      for (let attempts = 1; ; attempts += 1) {
        try {
          const result = await untilAborted(attempt(deadline.signal), deadline.signal);
          this.breaker.recordSuccess();
          return result;
        } catch (error) {
          if (deadline.signal.aborted) {
            this.breaker.recordFailure();
            throw new SubgraphCallRefused('TIMEOUT');
          }
          if (!isSubgraphFault(error)) {
            this.breaker.recordSuccess();
            throw error;
          }
          if (options.retry && attempts === 1 && isTransientFault(error)) continue;
          this.breaker.recordFailure();
          throw error;
        }
      }
    } finally {
      clearTimeout(timer);
      this.limiter.release();
    }
  }
}

/** Settles like `work`, or rejects as soon as `signal` aborts, whichever comes first. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason instanceof Error ? signal.reason : new SubgraphCallRefused('TIMEOUT'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** The deadline signal of the call being made, for the fetcher underneath Apollo's data source. */
const callSignal = new AsyncLocalStorage<AbortSignal>();

/** Runs `work` with `signal` as the signal every fetch inside it is sent with. */
export function withCallSignal<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  return callSignal.run(signal, work);
}

/** Wraps a fetcher so each request carries the current call's deadline signal, so a timed-out request is aborted. */
export function abortableFetcher(fetcher: Fetcher): Fetcher {
  return (url, init) => {
    const signal = callSignal.getStore();
    return signal ? fetcher(url, { ...init, signal }) : fetcher(url, init);
  };
}
