/**
 * One agency's system hangs or dies while the others keep answering: the real subgraph processes
 * and the real gateway, with the foreign-affairs subgraph stopped (SIGSTOP), then killed. The
 * gateway reaches foreign-affairs through a small proxy that counts the calls, so the circuit
 * breaker is checked by how often the agency is called, not by how long anything takes.
 *
 * This suite has a stack of its own: it stops and kills processes no other suite may share.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoPassword, testDatabaseUrl } from '../src/config';
import { freePorts } from '../src/free-port';
import { type GraphQLHttpResponse } from '../src/graphql-request';
import { PERSONS_PAGE_ALL_AGENCIES, PERSONS_PAGE_CIVIL_AFFAIRS } from '../src/headline-operations';
import { resetServerDatabases } from '../src/server-databases';
import { signIn } from '../src/sign-in';
import { startStack, type RunningStack } from '../src/stack';

const DB_PREFIX = 'lifeline_outage';
/** The gateway's deadline for calls to foreign affairs in this suite (the others keep the default 5 s). */
const TIMEOUT_MS = 3_000;
const BREAKER_FAILURES = 3;
const BREAKER_COOLDOWN_MS = 8_000;
/** How long the client waits before giving up: far more than the deadline, far less than a hang. */
const CLIENT_PATIENCE_MS = 30_000;

type Page = {
  persons: {
    edges: Array<{
      node: {
        id: string;
        rescueCases: unknown[] | null;
        identityChecks: unknown[] | null;
        shelterReferrals: unknown[] | null;
        aidEntrustments: unknown[] | null;
      };
    }>;
  } | null;
};

/** A pass-through HTTP proxy that counts the GraphQL calls it forwards. */
interface CountingProxy {
  url: string;
  calls: number;
  close(): Promise<void>;
}

async function startCountingProxy(port: number, upstreamPort: number): Promise<CountingProxy> {
  const proxy: CountingProxy = { url: `http://127.0.0.1:${port}/graphql`, calls: 0, close: async () => undefined };
  const server: Server = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/graphql') proxy.calls += 1;
    const upstream = request(
      { host: '127.0.0.1', port: upstreamPort, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    // The agency is unreachable: drop the connection, as the agency itself would.
    upstream.on('error', () => res.destroy());
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  expect((server.address() as AddressInfo).port).toBe(port);
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a hung or dead agency, end to end', () => {
  let dataDir: string;
  let stack: RunningStack;
  let proxy: CountingProxy;
  let token: string;

  /** The persons page as center staff; the client's patience bounds the wait, so a hang fails. */
  async function page(query = PERSONS_PAGE_ALL_AGENCIES): Promise<GraphQLHttpResponse<Page>> {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables: { first: 20 } }),
      signal: AbortSignal.timeout(CLIENT_PATIENCE_MS),
    });
    const text = await res.text();
    const body = JSON.parse(text) as { data?: Page | null; errors?: GraphQLHttpResponse<Page>['errors'] };
    return { status: res.status, headers: res.headers, text, data: body.data, errors: body.errors };
  }

  /** The page with every agency's data and no error. */
  function expectWholePage(res: GraphQLHttpResponse<Page>): void {
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    const nodes = res.data?.persons?.edges.map((edge) => edge.node) ?? [];
    expect(nodes).toHaveLength(20);
    for (const node of nodes) expect(node.aidEntrustments).not.toBeNull();
  }

  /** The page with the other agencies' data and exactly one error naming foreign affairs. */
  function expectPageWithoutForeignAffairs(res: GraphQLHttpResponse<Page>): void {
    expect(res.status).toBe(200);
    const nodes = res.data?.persons?.edges.map((edge) => edge.node) ?? [];
    expect(nodes).toHaveLength(20);
    for (const node of nodes) {
      expect(node.aidEntrustments).toBeNull();
      expect(node.rescueCases).not.toBeNull();
      expect(node.identityChecks).not.toBeNull();
      expect(node.shelterReferrals).not.toBeNull();
    }
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'foreign-affairs' });
    expect(res.errors![0]!.message).not.toMatch(/127\.0\.0\.1|localhost|ECONN|timeout/i);
  }

  /** Asks the page and returns how many calls reached foreign affairs for it. */
  async function callsFor(check: (res: GraphQLHttpResponse<Page>) => void): Promise<number> {
    const before = proxy.calls;
    check(await page());
    return proxy.calls - before;
  }

  /** Waits until the gateway calls foreign affairs again (the breaker's cool-down has passed) and it answers. */
  async function untilWholeAgain(): Promise<void> {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const res = await page();
      if (!res.errors) return;
      await sleep(BREAKER_COOLDOWN_MS / 2);
    }
    throw new Error('foreign affairs never came back');
  }

  function foreignAffairsPid(): number {
    const pid = stack.pids()['foreign-affairs'];
    if (pid === undefined) throw new Error('foreign-affairs is not running');
    return pid;
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lifeline-outage-'));
    const databaseUrl = testDatabaseUrl();
    if (databaseUrl) await resetServerDatabases(databaseUrl, DB_PREFIX);
    const [foreignAffairsPort, proxyPort] = (await freePorts(2)) as [number, number];
    proxy = await startCountingProxy(proxyPort, foreignAffairsPort);
    stack = await startStack({
      dataDir,
      ...(databaseUrl ? { databaseUrl, dbPrefix: DB_PREFIX } : {}),
      ports: { foreignAffairs: foreignAffairsPort },
      gatewaySubgraphUrls: { 'foreign-affairs': proxy.url },
      // The machine may be busy with other suites; start-up time is not what this suite checks.
      readyTimeoutMs: 400_000,
      env: {
        LOG_LEVEL: 'error',
        FOREIGN_AFFAIRS_TIMEOUT_MS: String(TIMEOUT_MS),
        SUBGRAPH_BREAKER_FAILURES: String(BREAKER_FAILURES),
        SUBGRAPH_BREAKER_COOLDOWN_MS: String(BREAKER_COOLDOWN_MS),
      },
    });
    token = await signIn(stack.gatewayUrl, 'center.staff', demoPassword());
  }, 900_000);

  afterAll(async () => {
    const pid = stack?.pids()['foreign-affairs'];
    if (pid !== undefined) process.kill(pid, 'SIGCONT');
    await stack?.stop();
    await proxy?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('calls foreign affairs once for a persons page while every agency is up', async () => {
    expect(await callsFor(expectWholePage)).toBe(1);
  });

  it('answers with the other agencies’ data and one error naming foreign affairs while it is stopped', async () => {
    const pid = foreignAffairsPid();
    process.kill(pid, 'SIGSTOP');
    try {
      expectPageWithoutForeignAffairs(await page());
      // A page that needs no foreign-affairs data is not held up at all.
      const civil = await page(PERSONS_PAGE_CIVIL_AFFAIRS);
      expect(civil.errors).toBeUndefined();
      expect(civil.data?.persons?.edges).toHaveLength(20);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    await untilWholeAgain();
  }, 120_000);

  it('stops calling a stopped agency after consecutive time-outs, and probes it back once it answers', async () => {
    const pid = foreignAffairsPid();
    expect(await callsFor(expectWholePage)).toBe(1);
    process.kill(pid, 'SIGSTOP');
    const whileStopped: number[] = [];
    try {
      for (let i = 0; i < BREAKER_FAILURES + 2; i += 1) whileStopped.push(await callsFor(expectPageWithoutForeignAffairs));
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    // One call per page until the breaker opens; none while it is open.
    expect(whileStopped).toEqual([1, 1, 1, 0, 0]);

    // Still open right after the agency resumes: the answer comes without calling it.
    expect(await callsFor(expectPageWithoutForeignAffairs)).toBe(0);
    await sleep(BREAKER_COOLDOWN_MS);
    // Half-open: one probe call, which succeeds and closes the breaker; then calls as usual.
    expect(await callsFor(expectWholePage)).toBe(1);
    expect(await callsFor(expectWholePage)).toBe(1);
  }, 120_000);

  it('answers with the other agencies’ data and one error naming foreign affairs once it is killed', async () => {
    process.kill(foreignAffairsPid(), 'SIGKILL');
    expectPageWithoutForeignAffairs(await page());
    expectPageWithoutForeignAffairs(await page());
  }, 60_000);
});
