import {
  CircuitBreaker,
  InFlightLimiter,
  SubgraphCallRefused,
  SubgraphGuard,
  isSubgraphFault,
  isTransientFault,
  type SubgraphCallPolicy,
} from './subgraph-resilience';

/** A clock the test moves by hand. */
function manualClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

function connectionError(code: string): Error {
  return Object.assign(new Error('request failed'), { code });
}

function httpError(status: number): Error {
  return Object.assign(new Error(`${status}`), { extensions: { response: { status } } });
}

const POLICY: SubgraphCallPolicy = { timeoutMs: 50, maxInFlight: 2, breakerFailures: 3, breakerCooldownMs: 1_000 };

describe('the circuit breaker', () => {
  it('stays closed below the threshold of consecutive failures and opens at it', () => {
    const clock = manualClock();
    const breaker = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 1_000, now: clock.now });
    breaker.recordFailure();
    breaker.recordFailure();
    expect(breaker.state).toBe('closed');
    expect(breaker.tryAcquire()).toBe(true);
    breaker.recordFailure();
    expect(breaker.state).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);
  });

  it('counts only consecutive failures: a success in between starts the count again', () => {
    const breaker = new CircuitBreaker({ failureThreshold: 2, cooldownMs: 1_000 });
    breaker.recordFailure();
    breaker.recordSuccess();
    breaker.recordFailure();
    expect(breaker.state).toBe('closed');
    breaker.recordFailure();
    expect(breaker.state).toBe('open');
  });

  it('lets exactly one probe through after the cool-down, and closes when it succeeds', () => {
    const clock = manualClock();
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 1_000, now: clock.now });
    breaker.recordFailure();
    clock.advance(999);
    expect(breaker.tryAcquire()).toBe(false);
    clock.advance(1);
    expect(breaker.state).toBe('half-open');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
    breaker.recordSuccess();
    expect(breaker.state).toBe('closed');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(true);
  });

  it('opens for another full cool-down when the probe fails', () => {
    const clock = manualClock();
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 1_000, now: clock.now });
    breaker.recordFailure();
    clock.advance(1_000);
    expect(breaker.tryAcquire()).toBe(true);
    breaker.recordFailure();
    expect(breaker.state).toBe('open');
    clock.advance(999);
    expect(breaker.tryAcquire()).toBe(false);
    clock.advance(1);
    expect(breaker.tryAcquire()).toBe(true);
  });

  it('gives the probe to the next caller when the one holding it releases it unused', () => {
    const clock = manualClock();
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 10, now: clock.now });
    breaker.recordFailure();
    clock.advance(10);
    expect(breaker.tryAcquire()).toBe(true);
    breaker.release();
    expect(breaker.tryAcquire()).toBe(true);
  });
});

describe('the in-flight limiter', () => {
  it('admits up to its cap, refuses the next, and admits again after a release', () => {
    const limiter = new InFlightLimiter(2);
    expect(limiter.tryAcquire()).toBe(true);
    expect(limiter.tryAcquire()).toBe(true);
    expect(limiter.tryAcquire()).toBe(false);
    expect(limiter.inFlight).toBe(2);
    limiter.release();
    expect(limiter.tryAcquire()).toBe(true);
    expect(limiter.inFlight).toBe(2);
  });

  it('never counts below zero', () => {
    const limiter = new InFlightLimiter(1);
    limiter.release();
    expect(limiter.inFlight).toBe(0);
    expect(limiter.tryAcquire()).toBe(true);
    expect(limiter.tryAcquire()).toBe(false);
  });
});

describe('which failures count', () => {
  it('treats connection failures and 5xx as the subgraph failing, 4xx as the subgraph answering', () => {
    expect(isSubgraphFault(connectionError('ECONNREFUSED'))).toBe(true);
    expect(isSubgraphFault(httpError(500))).toBe(true);
    expect(isSubgraphFault(httpError(401))).toBe(false);
    expect(isSubgraphFault(httpError(400))).toBe(false);
  });

  it('retries only failures that did not reach a working handler', () => {
    expect(isTransientFault(connectionError('ECONNREFUSED'))).toBe(true);
    expect(isTransientFault(connectionError('ECONNRESET'))).toBe(true);
    expect(isTransientFault(httpError(503))).toBe(true);
    expect(isTransientFault(httpError(500))).toBe(false);
    expect(isTransientFault(new Error('Expected JSON response body'))).toBe(false);
  });
});

describe('the subgraph guard', () => {
  const never = () => new Promise<never>(() => undefined);

  it('ends a call that does not answer at its deadline, aborting its signal', async () => {
    const guard = new SubgraphGuard(POLICY);
    let seen: AbortSignal | undefined;
    await expect(
      guard.run((signal) => {
        seen = signal;
        return never();
      }, { retry: true }),
    ).rejects.toEqual(new SubgraphCallRefused('TIMEOUT'));
    expect(seen?.aborted).toBe(true);
    expect(guard.limiter.inFlight).toBe(0);
  });

  it('opens after the threshold of failed calls and then refuses without calling', async () => {
    const guard = new SubgraphGuard(POLICY);
    let calls = 0;
    const failing = () => {
      calls += 1;
      return Promise.reject(httpError(500));
    };
    for (let i = 0; i < 3; i += 1) await expect(guard.run(failing, { retry: true })).rejects.toThrow('500');
    expect(calls).toBe(3);
    await expect(guard.run(failing, { retry: true })).rejects.toEqual(new SubgraphCallRefused('CIRCUIT_OPEN'));
    expect(calls).toBe(3);
    expect(guard.breaker.state).toBe('open');
  });

  it('counts a timed-out call as a failure, so a hung subgraph opens the breaker', async () => {
    const guard = new SubgraphGuard({ ...POLICY, breakerFailures: 2 });
    await expect(guard.run(never, { retry: false })).rejects.toThrow('TIMEOUT');
    await expect(guard.run(never, { retry: false })).rejects.toThrow('TIMEOUT');
    expect(guard.breaker.state).toBe('open');
  });

  it('closes again when the probe after the cool-down answers', async () => {
    const clock = manualClock();
    const guard = new SubgraphGuard({ ...POLICY, breakerFailures: 1 }, clock.now);
    await expect(guard.run(() => Promise.reject(connectionError('ECONNREFUSED')), { retry: false })).rejects.toThrow();
    await expect(guard.run(() => Promise.resolve('up'), { retry: false })).rejects.toThrow('CIRCUIT_OPEN');
    clock.advance(POLICY.breakerCooldownMs);
    await expect(guard.run(() => Promise.resolve('up'), { retry: false })).resolves.toBe('up');
    expect(guard.breaker.state).toBe('closed');
  });

  it('refuses calls past the in-flight cap at once, with its own reason, without calling', async () => {
    const guard = new SubgraphGuard({ ...POLICY, timeoutMs: 10_000 });
    const releases: Array<() => void> = [];
    const held = () => new Promise<string>((resolve) => releases.push(() => resolve('done')));
    const first = guard.run(held, { retry: false });
    const second = guard.run(held, { retry: false });
    let thirdCalled = false;
    await expect(
      guard.run(() => {
        thirdCalled = true;
        return Promise.resolve('x');
      }, { retry: false }),
    ).rejects.toEqual(new SubgraphCallRefused('TOO_MANY_IN_FLIGHT'));
    expect(thirdCalled).toBe(false);
    for (const release of releases) release();
    await expect(Promise.all([first, second])).resolves.toEqual(['done', 'done']);
    expect(guard.limiter.inFlight).toBe(0);
    // Refusals for load are not failures of the subgraph.
    expect(guard.breaker.state).toBe('closed');
  });

  it('retries a read once after a refused connection, and succeeds', async () => {
    const guard = new SubgraphGuard(POLICY);
    let calls = 0;
    const result = await guard.run(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(connectionError('ECONNRESET')) : Promise.resolve('second');
    }, { retry: true });
    expect(result).toBe('second');
    expect(calls).toBe(2);
  });

  it('retries a read at most once, and never a write', async () => {
    const guard = new SubgraphGuard(POLICY);
    let calls = 0;
    const refused = () => {
      calls += 1;
      return Promise.reject(connectionError('ECONNREFUSED'));
    };
    await expect(guard.run(refused, { retry: true })).rejects.toThrow('request failed');
    expect(calls).toBe(2);
    calls = 0;
    await expect(guard.run(refused, { retry: false })).rejects.toThrow('request failed');
    expect(calls).toBe(1);
  });

  it('does not retry an error the subgraph answered with, nor count it against the subgraph', async () => {
    const guard = new SubgraphGuard({ ...POLICY, breakerFailures: 1 });
    let calls = 0;
    await expect(
      guard.run(() => {
        calls += 1;
        return Promise.reject(httpError(401));
      }, { retry: true }),
    ).rejects.toThrow('401');
    expect(calls).toBe(1);
    expect(guard.breaker.state).toBe('closed');
  });
});
