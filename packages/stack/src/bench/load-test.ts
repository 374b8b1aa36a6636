/**
 * One measurement: autocannon POSTing one GraphQL operation at a target for a fixed time. Two
 * targets are compared in A-B-B-A order after a warm-up of each, so that drift (caches filling,
 * tables growing, other load on the machine) weighs on both alike.
 */
import autocannon from 'autocannon';

export interface LoadTarget {
  /** Which server answers: `lifeline-gateway`, `stock-gateway` or `civil-affairs-direct`. */
  target: string;
  url: string;
  /** Extra headers per request; called before each run so tokens are fresh. */
  headers?: () => Record<string, string>;
}

export interface LoadScenario {
  id: string;
  title: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface Measurement {
  scenario: string;
  title: string;
  target: string;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyAverageMs: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

const TOKEN_REUSE_MS = 30_000;

/** Headers refreshed at most every 30 s (internal tokens live 60 s), whatever the run's length. */
function refreshing(headers: () => Record<string, string>): () => Record<string, string> {
  let current = headers();
  let at = Date.now();
  return () => {
    if (Date.now() - at > TOKEN_REUSE_MS) {
      current = headers();
      at = Date.now();
    }
    return current;
  };
}

async function runOnce(scenario: LoadScenario, target: LoadTarget, connections: number, seconds: number) {
  const common = { url: target.url, connections, duration: seconds, pipelining: 1, timeout: 30 };
  const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
  const headers = { 'content-type': 'application/json' };
  if (!target.headers) return autocannon({ ...common, method: 'POST', headers, body });
  const extra = refreshing(target.headers);
  return autocannon({
    ...common,
    requests: [{ method: 'POST', body, headers, setupRequest: (request) => ({ ...request, headers: { ...headers, ...extra() } }) }],
  });
}

/** Runs one scenario against one target and discards the figures. */
export async function warmUp(scenario: LoadScenario, target: LoadTarget, options: LoadOptions): Promise<void> {
  if (options.warmupSeconds > 0) await runOnce(scenario, target, options.connections, options.warmupSeconds);
}

/** Measures one scenario against one target once. */
export async function measureOnce(scenario: LoadScenario, target: LoadTarget, options: LoadOptions): Promise<Measurement> {
  const result = await runOnce(scenario, target, options.connections, options.seconds);
  return {
    scenario: scenario.id,
    title: scenario.title,
    target: target.target,
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyAverageMs: result.latency.average,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Two runs of the same scenario and target as one: rates and latencies averaged, counts added. */
export function combine(a: Measurement, b: Measurement): Measurement {
  const mean = (x: number, y: number) => (x + y) / 2;
  return {
    ...a,
    requestsPerSecond: mean(a.requestsPerSecond, b.requestsPerSecond),
    latencyP50Ms: mean(a.latencyP50Ms, b.latencyP50Ms),
    latencyP99Ms: mean(a.latencyP99Ms, b.latencyP99Ms),
    latencyAverageMs: mean(a.latencyAverageMs, b.latencyAverageMs),
    requests: a.requests + b.requests,
    errors: a.errors + b.errors,
    timeouts: a.timeouts + b.timeouts,
    non2xx: a.non2xx + b.non2xx,
  };
}

/** Compares two targets on one scenario: warm-up of each, then A, B, B, A. */
export async function comparePair(
  scenario: LoadScenario,
  a: LoadTarget,
  b: LoadTarget,
  options: LoadOptions,
  beforeRun: () => Promise<void> = async () => undefined,
): Promise<[Measurement, Measurement]> {
  await beforeRun();
  await warmUp(scenario, a, options);
  await warmUp(scenario, b, options);
  const runs: Measurement[] = [];
  for (const target of [a, b, b, a]) {
    await beforeRun();
    runs.push(await measureOnce(scenario, target, options));
  }
  return [combine(runs[0]!, runs[3]!), combine(runs[1]!, runs[2]!)];
}
