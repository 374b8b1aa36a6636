/**
 * `npm start` and `npm run dev`: build what is not built, start the four subgraphs, the gateway
 * and the portal on their usual ports, print where they are, and stop everything on Ctrl-C or
 * SIGTERM. `dev` recompiles the TypeScript services on change and restarts them, runs the portal
 * with `next dev`, and turns the gateway's introspection and landing page on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DEMO_CLIENTS_FILE, DEMO_USERNAMES } from '@lifeline/identity';
import { fullEnvironment, readCliConfig, REPO_ROOT, type CliConfig } from './config';
import { ServiceProcess } from './service-process';
import { missingBuilds, portalIsBuilt, startStack, type RunningStack } from './stack';
import { SUBGRAPHS } from './stack-services';

type Command = 'start' | 'dev';


const print = (line: string) => process.stdout.write(`${line}\n`);

/** Runs a build step in the foreground; stops the CLI when it fails. */
function run(step: string, command: string, args: string[], cwd: string): void {
  print(`lifeline: ${step}…`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: fullEnvironment() });
  if (result.status !== 0) throw new Error(`${step} failed (exit ${result.status ?? result.signal})`);
}

const TURBO = join(REPO_ROOT, 'node_modules', 'turbo', 'bin', 'turbo');

/**
 * Builds the services' JavaScript if it is missing (`npm start` has turbo do it before this runs:
 * `build:js`, the sources transpiled without a type-check; `npm run build` also checks their types
 * and writes their declarations).
 */
function ensureServicesBuilt(): void {
  if (missingBuilds().length > 0) {
    run('building the services', process.execPath, [TURBO, 'run', 'build:js', '--filter=@lifeline/stack^...', '--ui=stream'], REPO_ROOT);
  }
}

/**
 * Brings the portal's production build up to date while the services start: turbo builds it when
 * its sources changed and replays its cache otherwise (a few seconds). On a fresh clone this is
 * the longest step of the first start, and the services' own start (migrations, the demo region)
 * runs beside it. Resolves when the build is in place; stopping the CLI stops it.
 */
function buildPortal(signal: AbortSignal): Promise<void> {
  const startedAt = Date.now();
  const build = ServiceProcess.spawn({
    name: 'portal build',
    command: process.execPath,
    args: [TURBO, 'run', 'build', '--filter=@lifeline/portal', '--ui=stream', '--output-logs=errors-only'],
    cwd: REPO_ROOT,
    env: fullEnvironment(),
    log: () => undefined,
  });
  const onAbort = () => void build.stop(5_000);
  signal.addEventListener('abort', onAbort, { once: true });
  print('lifeline: building the portal (beside the services)…');
  return build.exited.then(({ code, signal: killedBy }) => {
    signal.removeEventListener('abort', onAbort);
    if (code !== 0 || !portalIsBuilt()) {
      throw new Error(`building the portal failed (exit ${code ?? killedBy}):\n${build.lastLines().join('\n')}`);
    }
    print(`lifeline: portal built in ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);
  });
}

/**
 * Workspaces compiled with tsc that the services load (shared packages, subgraphs, gateway),
 * dependencies first.
 */
function compiledWorkspaces(): string[] {
  const dirs = (parent: string) =>
    existsSync(join(REPO_ROOT, parent)) ? readdirSync(join(REPO_ROOT, parent)).map((name) => join(REPO_ROOT, parent, name)) : [];
  const candidates = [...dirs('packages'), ...dirs('subgraphs'), join(REPO_ROOT, 'gateway')].filter(
    (dir) => basename(dir) !== 'stack' && existsSync(join(dir, 'tsconfig.build.json')) && existsSync(join(dir, 'package.json')),
  );
  const byName = new Map<string, { dir: string; deps: string[] }>();
  for (const dir of candidates) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      name: string;
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    byName.set(pkg.name, { dir, deps: Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }) });
  }
  const ordered: string[] = [];
  const visited = new Set<string>();
  const visit = (name: string) => {
    const entry = byName.get(name);
    if (!entry || visited.has(name)) return;
    visited.add(name);
    entry.deps.forEach(visit);
    ordered.push(entry.dir);
  };
  [...byName.keys()].sort().forEach(visit);
  return ordered;
}

/** Starts one `tsc --build --watch` over the compiled workspaces and waits for its first build. */
async function startCompilerWatcher(): Promise<ServiceProcess> {
  const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const projects = compiledWorkspaces().map((dir) => join(dir, 'tsconfig.build.json'));
  const watcher = ServiceProcess.spawn({
    name: 'tsc',
    command: process.execPath,
    args: [tsc, '--build', '--watch', '--preserveWatchOutput', ...projects],
    cwd: REPO_ROOT,
    env: fullEnvironment(),
    log: (line) => {
      if (/error TS|Found [1-9]\d* error/.test(line)) print(line);
    },
  });
  await watcher.waitForLine(/Watching for file changes/, 300_000);
  return watcher;
}

function databaseDescription(config: CliConfig): string {
  if (!config.databaseUrl) return `embedded PostgreSQL (PGlite) under ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.hostname}:${url.port || '5432'}, databases ${config.dbPrefix ?? 'lifeline'}_<subgraph>`;
}

function printBanner(stack: RunningStack, config: CliConfig, command: Command, seconds: number): void {
  const rows: Array<[string, string]> = [
    ...(stack.portalUrl ? [['portal', stack.portalUrl] as [string, string]] : []),
    ['gateway', stack.gatewayUrl],
    ...SUBGRAPHS.map((s) => [s.name, stack.subgraphUrls[s.name]] as [string, string]),
  ];
  print('');
  print(`Lifeline is running${command === 'dev' ? ' in development mode' : ''}:`);
  for (const [name, url] of rows) print(`  ${name.padEnd(18)} ${url}`);
  print(`  ${'data'.padEnd(18)} ${databaseDescription(config)}`);
  print(`Demo accounts: ${DEMO_USERNAMES.join(', ')} / password ${config.demoPassword}`);
  print(`Integration clients (OAuth client credentials at ${new URL('/oauth/token', stack.gatewayUrl).toString()}): ${join(config.dataDir, DEMO_CLIENTS_FILE)}`);
  print(`ready in ${seconds.toFixed(1)} s. Press Ctrl-C to stop.`);
}

async function main(command: Command): Promise<void> {
  const startedAt = Date.now();
  const config = readCliConfig();
  const abort = new AbortController();
  let watchers: ServiceProcess[] = [];
  let starting: Promise<RunningStack | undefined> = Promise.resolve(undefined);
  let stopping: Promise<void> | undefined;

  const shutdown = (code: number) => {
    stopping ??= (async () => {
      print('lifeline: stopping…');
      abort.abort();
      const stack = await starting.catch(() => undefined);
      await stack?.stop();
      await Promise.all(watchers.map((watcher) => watcher.stop(5_000)));
      print('lifeline: stopped.');
      process.exit(code);
    })();
  };
  process.on('SIGINT', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0));

  try {
    ensureServicesBuilt();
    if (command === 'dev') watchers = [await startCompilerWatcher()];
    if (abort.signal.aborted) return;
    const portalBuilt = config.withPortal && command === 'start' ? buildPortal(abort.signal) : undefined;
    // Seen by startStack (which stops the stack on it); this keeps it from counting as unhandled first.
    portalBuilt?.catch(() => undefined);
    starting = startStack({
      ...(portalBuilt ? { portalBuilt } : {}),
      dataDir: config.dataDir,
      ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
      ...(config.dbPrefix ? { dbPrefix: config.dbPrefix } : {}),
      ports: config.ports,
      withPortal: config.withPortal,
      portalMode: command === 'dev' ? 'dev' : 'start',
      mode: command === 'dev' ? 'development' : 'production',
      watch: command === 'dev',
      env: { LOG_LEVEL: config.logLevel },
      log: print,
      signal: abort.signal,
    });
    const stack = await starting;
    if (stack && !abort.signal.aborted) printBanner(stack, config, command, (Date.now() - startedAt) / 1000);
  } catch (error) {
    if (abort.signal.aborted) return;
    console.error(`lifeline: ${error instanceof Error ? error.message : String(error)}`);
    shutdown(1);
  }
}

const command = process.argv[2];
if (command === 'start' || command === 'dev') {
  void main(command);
} else {
  console.error('usage: node dist/cli.js <start|dev>');
  process.exit(2);
}
