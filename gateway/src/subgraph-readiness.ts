/**
 * The gateway is ready when every subgraph says it is ready (`GET /readyz` answers 200). The
 * answer is shared by concurrent probes and reused for a short while, so a busy orchestrator's
 * probes do not multiply into subgraph traffic.
 */
import { request } from 'node:http';

/** Resolves to the HTTP status of a GET, or 0 when the request fails or times out. */
export type StatusProbe = (url: string) => Promise<number>;

/** GETs a URL on a fresh connection and returns its status (0 on failure or after `timeoutMs`). */
export function probeStatus(url: string, timeoutMs = 2_000): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'GET', agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(0));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
    req.end();
  });
}

/** `http://host:port/graphql` → `http://host:port/readyz`. */
export function readinessUrl(graphqlUrl: string): string {
  return new URL('/readyz', graphqlUrl).toString();
}

export interface ReadinessOptions {
  /** GraphQL URLs of the subgraphs, by name. */
  subgraphUrls: Record<string, string>;
  /** How long an answer is reused, in milliseconds. */
  reuseForMs?: number;
  probe?: StatusProbe;
  now?: () => number;
}

/** Builds the gateway's readiness check over its subgraphs. */
export function createSubgraphReadiness(options: ReadinessOptions): () => Promise<boolean> {
  const urls = Object.values(options.subgraphUrls).map(readinessUrl);
  const probe = options.probe ?? ((url: string) => probeStatus(url));
  const now = options.now ?? Date.now;
  const reuseForMs = options.reuseForMs ?? 1_000;
  let last: { at: number; answer: Promise<boolean> } | undefined;
  return () => {
    if (last && now() - last.at < reuseForMs) return last.answer;
    const answer = Promise.all(urls.map(probe)).then((statuses) => statuses.every((status) => status === 200));
    last = { at: now(), answer };
    return answer;
  };
}
