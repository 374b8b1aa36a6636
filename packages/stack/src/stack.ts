/**
 * Runs the whole of Lifeline as real processes: the four agency subgraphs, the gateway and
 * (optionally) the portal at once (the gateway is ready when the subgraphs are).
 * `startStack` is what `npm start`, the end-to-end tests, the browser tests and the benchmark use.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDemoNow } from '@lifeline/demo-region';
import { loadOrCreateSigningKeys } from '@lifeline/subgraph-runtime';
import { inheritedEnvironment, REPO_ROOT, serviceNodeFlags } from './config';
import { freePorts } from './free-port';
import { ServiceProcess } from './service-process';
import { SUBGRAPHS, type StackPorts, type StackProcessName, type SubgraphName } from './stack-services';

export interface StartStackOptions {
  /** Where the embedded databases and the internal-token keys live. */
  dataDir: string;
  /** A PostgreSQL server URL; each subgraph uses its own database on it. Embedded PGlite otherwise. */
  databaseUrl?: string;
  /** Prefix of the server database names (`<prefix>_<subgraph>`). */
  dbPrefix?: string;
  /** Fixed ports; any port not given is picked free. */
  ports?: StackPorts;
  /** Also start the portal (needs `next build` for `portalMode: 'start'`). */
  withPortal?: boolean;
  portalMode?: 'start' | 'dev';
  /**
   * Settles when the portal's production build is in place (`npm start` builds it while the
   * services start); the portal is launched after it, not after the services. Rejecting stops the
   * stack with that error.
   */
  portalBuilt?: Promise<void>;
  /** `development` turns the gateway's introspection and landing page on. */
  mode?: 'production' | 'development';
  /** Where the gateway reaches a subgraph when not directly (tests put a proxy in between). */
  gatewaySubgraphUrls?: Partial<Record<SubgraphName, string>>;
  /** Extra environment for every child (e.g. `LOG_LEVEL`). */
  env?: Record<string, string>;
  /** Receives every output line of every child, prefixed with `[name]`. */
  log?: (line: string) => void;
  /** Restart the subgraphs and the gateway when their compiled output changes (`node --watch`). */
  watch?: boolean;
  /** Write a V8 CPU profile of every subgraph, the gateway and the portal's server into this folder when they stop. */
  cpuProfileDir?: string;
  /** How long each service may take to become ready, in milliseconds (default 180 s). */
  readyTimeoutMs?: number;
  /** How long a service may take to stop after SIGTERM before it is killed (default 10 s). */
  stopGraceMs?: number;
  /** Aborting it while the stack starts stops whatever was started and rejects. */
  signal?: AbortSignal;
}

export interface RunningStack {
  /** The gateway's GraphQL endpoint. */
  gatewayUrl: string;
  /** The portal's base URL, when started with the portal. */
  portalUrl?: string;
  /** Each subgraph's GraphQL endpoint. */
  subgraphUrls: Record<SubgraphName, string>;
  dataDir: string;
  /** Process ids of the services still running. */
  pids(): Partial<Record<StackProcessName, number>>;
  /** Stops one service (tests use it to take a subgraph down). */
  stopProcess(name: StackProcessName): Promise<void>;
  /**
   * Starts a service again (as an operator restarts an agency's system): stops it first if it still
   * runs, then launches it with the same command, port and environment and waits until it is ready.
   */
  restartProcess(name: StackProcessName): Promise<void>;
  /** Stops every service and waits until no process of the stack is left. */
  stop(): Promise<void>;
}

/** Entry points of the compiled services; the stack runs what `npm run build` produced. */
export function entryPoints(): Record<SubgraphName | 'gateway', string> {
  const entries = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, join(REPO_ROOT, 'subgraphs', s.name, 'dist', 'index.js')]));
  return { ...entries, gateway: join(REPO_ROOT, 'gateway', 'dist', 'index.js') } as Record<SubgraphName | 'gateway', string>;
}

export const PORTAL_DIR = join(REPO_ROOT, 'portal');
const NEXT_BIN = join(REPO_ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

/** Whether the portal has a production build (`next build`). */
export function portalIsBuilt(): boolean {
  return existsSync(join(PORTAL_DIR, '.next', 'BUILD_ID'));
}

/** Compiled entry points that do not exist yet. */
export function missingBuilds(): string[] {
  return Object.values(entryPoints()).filter((file) => !existsSync(file));
}

async function resolvePorts(given: StackPorts = {}, withPortal: boolean): Promise<Required<StackPorts>> {
  const keys = [...SUBGRAPHS.map((s) => s.key), 'gateway', ...(withPortal ? ['portal'] : [])] as Array<keyof StackPorts>;
  const missing = keys.filter((key) => given[key] === undefined);
  const picked = await freePorts(missing.length);
  const ports: StackPorts = { ...given };
  missing.forEach((key, i) => {
    ports[key] = picked[i];
  });
  return { portal: 0, ...ports } as Required<StackPorts>;
}

/** Starts the stack and resolves once every service is ready. */
export async function startStack(options: StartStackOptions): Promise<RunningStack> {
  const log = options.log ?? (() => undefined);
  const mode = options.mode ?? 'production';
  const withPortal = options.withPortal ?? false;
  const portalMode = options.portalMode ?? 'start';
  const readyTimeoutMs = options.readyTimeoutMs ?? 180_000;
  const graceMs = options.stopGraceMs ?? 10_000;

  const missing = missingBuilds();
  if (missing.length > 0) throw new Error(`Not built yet (run \`npm run build\`): ${missing.join(', ')}`);
  if (withPortal && portalMode === 'start' && !options.portalBuilt && !portalIsBuilt()) {
    throw new Error('The portal is not built yet (run `npm run build`, or start it with portalMode "dev").');
  }

  mkdirSync(options.dataDir, { recursive: true });
  // Created once before any child starts, so the gateway and every subgraph read the same pair.
  loadOrCreateSigningKeys(join(options.dataDir, 'keys'), 'internal-token');

  const ports = await resolvePorts(options.ports, withPortal);
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map((s) => [s.name, `http://127.0.0.1:${ports[s.key]}/graphql`]),
  ) as Record<SubgraphName, string>;
  const gatewayUrl = `http://127.0.0.1:${ports.gateway}/graphql`;
  const portalUrl = withPortal ? `http://127.0.0.1:${ports.portal}` : undefined;
  const readinessUrlOf = (name: StackProcessName): string =>
    name === 'gateway' ? readinessUrl(gatewayUrl) : name === 'portal' ? `${portalUrl}/` : readinessUrl(subgraphUrls[name]);

  // Fixes the demo region's anchor (LIFELINE_DEMO_NOW) before any child starts, so the services that
  // seed it all date it from the same hour.
  defaultDemoNow();
  const baseEnv: Record<string, string> = {
    // The stack is the demo: it asks for the demo data unless told otherwise.
    SEED_DEMO: 'true',
    ...inheritedEnvironment(),
    NODE_ENV: mode === 'development' ? 'development' : 'production',
    HOST: '127.0.0.1',
    ...options.env,
    LIFELINE_DATA_DIR: options.dataDir,
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...(options.dbPrefix ? { LIFELINE_DB_PREFIX: options.dbPrefix } : {}),
  };
  const entries = entryPoints();
  const profiling = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const nodeArgs = (entry: string) => [...profiling, ...serviceNodeFlags(), ...(options.watch ? ['--watch', entry] : [entry])];
  /** Set once the stack is being stopped: nothing is launched after that (the portal waits for its build). */
  let stopping: Promise<void> | undefined;
  const processes = new Map<StackProcessName, ServiceProcess>();
  /** How each service was launched, to start it again after it was stopped or died. */
  const launched = new Map<StackProcessName, { args: string[]; cwd: string; env: Record<string, string> }>();
  const launch = (name: StackProcessName, args: string[], cwd: string, env: Record<string, string>) => {
    if (options.signal?.aborted || stopping) throw new Error('The stack was stopped while starting.');
    const service = ServiceProcess.spawn({ name, command: process.execPath, args, cwd, env, log });
    processes.set(name, service);
    launched.set(name, { args, cwd, env });
    return service;
  };

  // Last resort if this process exits without stopping the stack: leave no child behind.
  const killAllNow = () => {
    for (const service of processes.values()) service.killNow();
  };
  process.on('exit', killAllNow);

  const stopOne = async (name: StackProcessName) => {
    const service = processes.get(name);
    if (!service) return;
    await service.stop(graceMs);
    processes.delete(name);
  };
  const stop = () => {
    stopping ??= (async () => {
      await stopOne('portal');
      await stopOne('gateway');
      await Promise.all(SUBGRAPHS.map((s) => stopOne(s.name)));
      process.removeListener('exit', killAllNow);
    })();
    return stopping;
  };

  const onAbort = () => void stop();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const subgraphs = SUBGRAPHS.map((s) =>
      launch(s.name, nodeArgs(entries[s.name]), REPO_ROOT, {
        ...baseEnv,
        // Every agency's URL, so each can read the others' exchange feeds.
        ...Object.fromEntries(SUBGRAPHS.map((peer) => [`${peer.envPrefix}_URL`, subgraphUrls[peer.name]])),
        [`${s.envPrefix}_PORT`]: String(ports[s.key]),
      }),
    );
    // The gateway needs no subgraph to start (it plans over the committed supergraph), and its own
    // start (the identity database, the demo accounts) takes about as long as theirs: both at once.
    // Its readiness waits for every subgraph's.
    const gateway = launch('gateway', nodeArgs(entries.gateway), REPO_ROOT, {
      ...baseEnv,
      GATEWAY_PORT: String(ports.gateway),
      // Not `production`: that mode refuses the demo's generated keys and demo accounts.
      LIFELINE_MODE: mode === 'development' ? 'development' : 'demo',
      ...Object.fromEntries(SUBGRAPHS.map((s) => [`${s.envPrefix}_URL`, options.gatewaySubgraphUrls?.[s.name] ?? subgraphUrls[s.name]])),
    });
    // The portal needs no service to start (it calls the gateway per request): launched beside
    // them (once its build is in place), so its start overlaps theirs.
    const portalReady = async () => {
      if (!withPortal || !portalUrl) return;
      await options.portalBuilt;
      const portal = launch('portal', [...profiling, NEXT_BIN, portalMode, '-p', String(ports.portal), '-H', '127.0.0.1'], PORTAL_DIR, {
        ...baseEnv,
        NODE_ENV: portalMode === 'dev' ? 'development' : 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        PORTAL_PORT: String(ports.portal),
        GATEWAY_URL: gatewayUrl,
      });
      await portal.waitForHttp(`${portalUrl}/`, readyTimeoutMs, { followRedirects: true });
    };
    const servicesReady = async () => {
      await Promise.all(subgraphs.map((service, i) => service.waitForHttp(readinessUrl(subgraphUrls[SUBGRAPHS[i]!.name]), readyTimeoutMs)));
      await gateway.waitForHttp(readinessUrl(gatewayUrl), readyTimeoutMs);
      await exchangeCaughtUp(SUBGRAPHS.map((s) => readinessUrl(subgraphUrls[s.name])), EXCHANGE_CATCH_UP_MS);
    };
    await Promise.all([servicesReady(), portalReady()]);
  } catch (error) {
    await stop();
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }

  return {
    gatewayUrl,
    ...(portalUrl ? { portalUrl } : {}),
    subgraphUrls,
    dataDir: options.dataDir,
    pids: () => {
      const pids: Partial<Record<StackProcessName, number>> = {};
      for (const [name, service] of processes) if (service.running && service.pid !== undefined) pids[name] = service.pid;
      return pids;
    },
    stopProcess: stopOne,
    restartProcess: async (name) => {
      const how = launched.get(name);
      if (!how) throw new Error(`${name} is not part of this stack.`);
      await stopOne(name);
      const service = launch(name, how.args, how.cwd, how.env);
      await service.waitForHttp(readinessUrlOf(name), readyTimeoutMs, name === 'portal' ? { followRedirects: true } : {});
    },
    stop,
  };
}

/** The longest a start waits for the exchange to catch up before saying it is ready anyway. */
const EXCHANGE_CATCH_UP_MS = 30_000;

/**
 * Waits, at most `timeoutMs`, until every consumer of every agency has heard from its source and
 * applied what it had (`caughtUp` in each `/readyz`), so that the first lists a user or a test
 * reads are complete: until its consumers catch up, an agency shows a person's records only to
 * shelter staff (protection fails closed). Answers whether they all caught up.
 */
export async function exchangeCaughtUp(readyzUrls: readonly string[], timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  const caughtUp = async (url: string) => {
    try {
      const body = (await (await fetch(url)).json()) as { detail?: { exchange?: { consumers?: Array<{ caughtUp?: boolean }> } } };
      return (body.detail?.exchange?.consumers ?? []).every((consumer) => consumer.caughtUp === true);
    } catch {
      return false;
    }
  };
  while (Date.now() < deadline) {
    if ((await Promise.all(readyzUrls.map(caughtUp))).every(Boolean)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

/** `http://127.0.0.1:4001/graphql` → `http://127.0.0.1:4001/readyz`. */
export function readinessUrl(graphqlUrl: string): string {
  return new URL('/readyz', graphqlUrl).toString();
}
