/**
 * One measurement: autocannon POSTing one GraphQL operation at a target for a fixed time. Two
 * targets are compared in A-B-B-A order after a warm-up of each, so that drift (caches filling,
 * tables growing, other load on the machine) weighs on both alike.
 */
import autocannon from 'autocannon';
import { perRequest, type UsagePerRequest, type UsageSnapshot } from './process-usage';

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
  /** Variables drawn afresh for every request (a write that must not repeat: a receipt number). */
  freshVariables?: () => Record<string, unknown>;
  /** Connections for this scenario when fewer than the run's (writes: staff at their desks, not 50 at once). */
  connections?: number;
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
  /** Answers with status 200 whose body holds GraphQL errors (partial or failed results). */
  graphqlErrors: number;
  /** Up to three distinct errors seen (status, code and message), so a failing scenario says why. */
  errorSamples: string[];
  /** CPU ms and SQL statements per request of each process, and their RSS after the run. */
  usage?: UsagePerRequest;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /** Samples the processes' CPU, memory and SQL counters (before and after each measurement). */
  sample?: () => Promise<UsageSnapshot>;
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
  let graphqlErrors = 0;
  const errorSamples = new Set<string>();
  const onResponse = (status: number, text: string) => {
    const failed = status !== 200 || text.includes('"errors":');
    if (status === 200 && failed) graphqlErrors += 1;
    if (failed && errorSamples.size < MAX_ERROR_SAMPLES) errorSamples.add(errorSample(status, text));
  };
  const extra = target.headers ? refreshing(target.headers) : undefined;
  const fresh = scenario.freshVariables;
  const setupRequest =
    extra || fresh
      ? (request: { headers?: Record<string, string>; body?: string }) => ({
          ...request,
          ...(extra ? { headers: { ...headers, ...extra() } } : {}),
          ...(fresh ? { body: JSON.stringify({ query: scenario.query, variables: fresh() }) } : {}),
        })
      : undefined;
  const result = await autocannon({
    ...common,
    requests: [{ method: 'POST', body, headers, onResponse, ...(setupRequest ? { setupRequest } : {}) }],
  });
  return { result, graphqlErrors, errorSamples: [...errorSamples] };
}

const MAX_ERROR_SAMPLES = 3;

/** One failed answer as "HTTP status CODE: message" (the first error of the body). */
export function errorSample(status: number, text: string): string {
  try {
    const body = JSON.parse(text) as { errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> };
    const first = body.errors?.[0];
    if (first) return `HTTP ${status} ${String(first.extensions?.code ?? 'ERROR')}: ${String(first.message).slice(0, 200)}`;
  } catch {
    // not JSON: the start of the body says enough
  }
  return `HTTP ${status}: ${text.slice(0, 200)}`;
}

/** A warm-up round's rate this close to the round before it (as a fraction) counts as steady. */
const STEADY_WITHIN = 0.1;
/** Warm-up rounds at most, however unsteady the rate. */
const MAX_WARMUP_ROUNDS = 8;

/**
 * Runs one scenario against one target and discards the figures: rounds of `warmupSeconds` until a
 * round's rate is within a tenth of the round before (at most eight rounds). A service that has
 * just started serves a page at half the rate it reaches once V8 has optimised its hot code and
 * sized its heap, which one round of a few seconds does not reach (the person profile: 140 req/s
 * after 3 s, 220 after 20 s); a measurement of a half-warm process measures the JIT, not the code.
 */
export async function warmUp(scenario: LoadScenario, target: LoadTarget, options: LoadOptions): Promise<void> {
  if (options.warmupSeconds <= 0) return;
  const connections = Math.min(options.connections, scenario.connections ?? options.connections);
  let previous: number | undefined;
  for (let round = 1; ; round += 1) {
    const rate = (await runOnce(scenario, target, connections, options.warmupSeconds)).result.requests.average;
    if (round >= MAX_WARMUP_ROUNDS || (previous !== undefined && Math.abs(rate - previous) <= STEADY_WITHIN * previous)) return;
    previous = rate;
  }
}

/** Measures one scenario against one target once (and what each process spent doing it). */
export async function measureOnce(scenario: LoadScenario, target: LoadTarget, options: LoadOptions): Promise<Measurement> {
  const before = await options.sample?.();
  const { result, graphqlErrors, errorSamples } = await runOnce(scenario, target, Math.min(options.connections, scenario.connections ?? options.connections), options.seconds);
  const after = await options.sample?.();
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
    graphqlErrors,
    errorSamples,
    ...(before && after ? { usage: perRequest(before, after, result.requests.total) } : {}),
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
    graphqlErrors: a.graphqlErrors + b.graphqlErrors,
    errorSamples: [...new Set([...a.errorSamples, ...b.errorSamples])].slice(0, MAX_ERROR_SAMPLES),
    ...(a.usage && b.usage ? { usage: combineUsage(a.usage, b.usage) } : {}),
  };
}

function combineUsage(a: UsagePerRequest, b: UsagePerRequest): UsagePerRequest {
  const merge = (x: Record<string, number>, y: Record<string, number>, how: (p: number, q: number) => number) =>
    Object.fromEntries(Object.keys(x).filter((k) => k in y).map((k) => [k, how(x[k]!, y[k]!)]));
  const mean = (p: number, q: number) => (p + q) / 2;
  return {
    cpuMsPerRequest: merge(a.cpuMsPerRequest, b.cpuMsPerRequest, mean),
    sqlPerRequest: merge(a.sqlPerRequest, b.sqlPerRequest, mean),
    rssMb: merge(a.rssMb, b.rssMb, Math.max),
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
