/**
 * A database outage heals without restarting anything: the real foreign-affairs subgraph process
 * runs on a PostgreSQL server (an embedded PGlite server in a process of its own, so no shared
 * server is touched) reached through a TCP proxy that the test cuts and restores. While cut, the
 * subgraph says it is not ready and its reads fail; once restored, its pool reconnects by itself:
 * ready again and reads answer, with the same process id.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ANONYMOUS, loadOrCreateSigningKeys, signInternalToken, type Caller } from '@lifeline/subgraph-runtime';
import { inheritedEnvironment, REPO_ROOT } from '../src/config';
import { freePorts } from '../src/free-port';
import { postGraphQL } from '../src/graphql-request';
import { probeStatus } from '../src/http-probe';
import { ServiceProcess } from '../src/service-process';
import { entryPoints } from '../src/stack';

/** Runs an embedded PostgreSQL server (PGlite over the wire protocol) and prints its URL. */
const DATABASE_SERVER_SCRIPT = `
const { openDatabase } = require('@lifeline/subgraph-runtime');
openDatabase({ name: 'outage', dataDir: 'memory', maxConnections: 40 }).then((db) => {
  console.log(JSON.stringify({ clientUrl: db.clientUrl }));
  process.on('SIGTERM', () => db.close().then(() => process.exit(0)));
});
`;

/** A TCP proxy that can cut every connection and refuse new ones, then let them through again. */
interface CuttableProxy {
  port: number;
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

async function startCuttableProxy(port: number, upstreamPort: number): Promise<CuttableProxy> {
  let up = true;
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    if (!up) {
      client.destroy();
      return;
    }
    const upstream = connect(upstreamPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => undefined);
    }
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port,
    cut: () => {
      up = false;
      for (const socket of open) socket.destroy();
    },
    restore: () => {
      up = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A foreign-affairs officer, as the gateway would forward her. */
const OFFICER: Caller = {
  ...ANONYMOUS,
  kind: 'user',
  id: 'fao.officer',
  agency: 'FOREIGN_AFFAIRS',
  orgUnit: 'fao-office',
  jurisdiction: '320100',
  roles: ['FAO_OFFICER'],
};

describe('a database outage, end to end', () => {
  let dataDir: string;
  let databaseServer: ChildProcess | undefined;
  let proxy: CuttableProxy | undefined;
  let subgraph: ServiceProcess | undefined;
  let subgraphUrl: string;

  const readiness = () => probeStatus(new URL('/readyz', subgraphUrl).toString(), { timeoutMs: 10_000 });

  /** Reads entrustments as the officer, with a token signed by the gateway's key. */
  const readEntrustments = () => {
    const key = loadOrCreateSigningKeys(join(dataDir, 'keys'), 'internal-token');
    const token = signInternalToken({ caller: OFFICER, requestId: 'database-outage', audience: 'foreign-affairs' }, key);
    return postGraphQL<{ aidEntrustments: unknown[] }>(subgraphUrl, '{ aidEntrustments(first: 5) { id } }', {}, { authorization: `Bearer ${token}` });
  };

  /** Polls `check` until it holds, at most `attempts` times. */
  async function eventually(check: () => Promise<boolean>, attempts = 60): Promise<boolean> {
    for (let i = 0; i < attempts; i += 1) {
      if (await check()) return true;
      await sleep(500);
    }
    return false;
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lifeline-db-outage-'));
    loadOrCreateSigningKeys(join(dataDir, 'keys'), 'internal-token');
    databaseServer = spawn(process.execPath, ['-e', DATABASE_SERVER_SCRIPT], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const firstLine = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: databaseServer!.stdout! });
      lines.once('line', resolve);
      databaseServer!.once('exit', () => reject(new Error('the database server exited')));
    });
    const upstream = new URL((JSON.parse(firstLine) as { clientUrl: string }).clientUrl);
    const [proxyPort, subgraphPort] = (await freePorts(2)) as [number, number];
    proxy = await startCuttableProxy(proxyPort, Number(upstream.port));
    subgraphUrl = `http://127.0.0.1:${subgraphPort}/graphql`;
    subgraph = ServiceProcess.spawn({
      name: 'foreign-affairs',
      command: process.execPath,
      args: [entryPoints()['foreign-affairs']],
      cwd: REPO_ROOT,
      env: {
        ...inheritedEnvironment(),
        HOST: '127.0.0.1',
        FOREIGN_AFFAIRS_PORT: String(subgraphPort),
        DATABASE_URL: `postgresql://postgres@127.0.0.1:${proxyPort}/postgres?sslmode=disable`,
        LIFELINE_DATA_DIR: dataDir,
        SEED_DEMO: 'false',
        LOG_LEVEL: 'error',
      },
      log: () => undefined,
    });
    await subgraph.waitForHttp(new URL('/readyz', subgraphUrl).toString(), 400_000);
  }, 600_000);

  afterAll(async () => {
    await subgraph?.stop();
    await proxy?.close();
    databaseServer?.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('is not ready while the database is unreachable, and ready and answering again after, in the same process', async () => {
    const pid = subgraph!.pid;
    const before = await readEntrustments();
    expect(before.errors).toBeUndefined();
    expect(before.data?.aidEntrustments).toEqual([]);

    proxy!.cut();
    expect(await eventually(async () => (await readiness()) === 503)).toBe(true);
    const during = await readEntrustments();
    expect(during.data?.aidEntrustments ?? null).toBeNull();
    expect(during.errors?.length).toBeGreaterThan(0);
    expect(during.text).not.toMatch(/127\.0\.0\.1|ECONN|postgres/i);

    proxy!.restore();
    expect(await eventually(async () => (await readiness()) === 200)).toBe(true);
    const after = await readEntrustments();
    expect(after.errors).toBeUndefined();
    expect(after.data?.aidEntrustments).toEqual([]);
    expect(subgraph!.running).toBe(true);
    expect(subgraph!.pid).toBe(pid);
  }, 180_000);
});
