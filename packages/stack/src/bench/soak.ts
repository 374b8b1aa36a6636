/**
 * The soak: the write-and-read mix run round and round for a bounded time, each process's resident
 * memory and open file descriptors (sockets, database connections, files) sampled after every
 * round. What leaks grows from round to round; what is only warming up stops growing after the
 * first rounds, so the comparison is between the end of the first round and the end of the last.
 */
import { readdirSync } from 'node:fs';
import { measureOnce, type LoadOptions, type LoadScenario, type LoadTarget } from './load-test';
import { processUsage } from './process-usage';

export interface SoakSample {
  /** Seconds since the soak started. */
  at: number;
  rssMb: Record<string, number>;
  openFds: Record<string, number>;
}

export interface SoakReport {
  minutes: number;
  rounds: number;
  requests: number;
  /** Failed answers of any kind (transport errors, non-2xx, GraphQL errors). */
  failures: number;
  /** Failures per scenario, with the first errors seen. */
  failuresByScenario: Record<string, { failures: number; samples: string[] }>;
  samples: SoakSample[];
  /**
   * Per process: RSS and open descriptors after the first round and after the last, and the RSS
   * trend over the second half of the soak (least-squares slope, MB per minute): a heap still
   * warming up levels off, a leak keeps its slope to the end.
   */
  growth: Record<string, { rssFirstMb: number; rssLastMb: number; rssSecondHalfMbPerMin: number | null; fdsFirst: number; fdsLast: number }>;
}

/** Least-squares slope of `y` over `x` (per x unit); null with fewer than three points. */
export function slope(points: ReadonlyArray<readonly [number, number]>): number | null {
  if (points.length < 3) return null;
  const n = points.length;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const sxx = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  if (sxx === 0) return null;
  return points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0) / sxx;
}

function openFds(pid: number): number | undefined {
  try {
    return readdirSync(`/proc/${pid}/fd`).length;
  } catch {
    return undefined;
  }
}

function sample(pids: Record<string, number>, startedAt: number): SoakSample {
  const rssMb: Record<string, number> = {};
  const fds: Record<string, number> = {};
  for (const [name, pid] of Object.entries(pids)) {
    const usage = processUsage(pid);
    const open = openFds(pid);
    if (usage) rssMb[name] = usage.rssBytes / 1024 / 1024;
    if (open !== undefined) fds[name] = open;
  }
  return { at: Math.round((Date.now() - startedAt) / 1000), rssMb, openFds: fds };
}

/** Runs the mix (each scenario for `secondsEach`) until `minutes` have passed, sampling after every round. */
export async function soak(options: {
  minutes: number;
  secondsEach: number;
  mix: ReadonlyArray<[LoadScenario, LoadTarget]>;
  pids: Record<string, number>;
  load: Omit<LoadOptions, 'seconds' | 'sample'>;
  beforeRound?: () => Promise<void>;
  onRound?: (s: SoakSample, round: number) => void;
}): Promise<SoakReport> {
  const startedAt = Date.now();
  const until = startedAt + options.minutes * 60_000;
  const samples: SoakSample[] = [];
  let requests = 0;
  let failures = 0;
  let rounds = 0;
  const failuresByScenario: SoakReport['failuresByScenario'] = {};
  while (Date.now() < until) {
    await options.beforeRound?.();
    for (const [scenario, target] of options.mix) {
      const m = await measureOnce(scenario, target, { ...options.load, seconds: options.secondsEach });
      requests += m.requests;
      const failed = m.errors + m.timeouts + m.non2xx + m.graphqlErrors;
      failures += failed;
      if (failed > 0) {
        const entry = (failuresByScenario[scenario.id] ??= { failures: 0, samples: [] });
        entry.failures += failed;
        for (const sample of m.errorSamples) if (entry.samples.length < 3 && !entry.samples.includes(sample)) entry.samples.push(sample);
      }
    }
    rounds += 1;
    const s = sample(options.pids, startedAt);
    samples.push(s);
    options.onRound?.(s, rounds);
  }
  const first = samples[0];
  const last = samples[samples.length - 1];
  const growth: SoakReport['growth'] = {};
  if (first && last) {
    const secondHalf = samples.filter((s) => s.at >= last.at / 2);
    for (const name of Object.keys(last.rssMb)) {
      const trend = slope(secondHalf.flatMap((s) => (s.rssMb[name] === undefined ? [] : [[s.at / 60, s.rssMb[name]] as const])));
      growth[name] = {
        rssFirstMb: first.rssMb[name] ?? 0,
        rssLastMb: last.rssMb[name] ?? 0,
        rssSecondHalfMbPerMin: trend,
        fdsFirst: first.openFds[name] ?? 0,
        fdsLast: last.openFds[name] ?? 0,
      };
    }
  }
  return { minutes: options.minutes, rounds, requests, failures, failuresByScenario, samples, growth };
}
