/**
 * Everything the stack reads from the environment, validated once: the CLI's ports, data
 * directory and database; the benchmark's duration; and the environment children inherit.
 * `process.env` is read here and nowhere else in this package.
 */
import { join } from 'node:path';
import { findRepoRoot } from '@lifeline/subgraph-runtime';
import { z } from 'zod';
import { SUBGRAPHS, type StackPorts } from './stack-services';

const port = z.coerce.number().int().min(0).max(65535);
const logLevel = z.enum(['debug', 'info', 'warn', 'error', 'silent']);

/** The repository root (the folder holding turbo.json), wherever the process was started from. */
export const REPO_ROOT = findRepoRoot(__dirname);

export interface CliConfig {
  ports: Required<StackPorts>;
  dataDir: string;
  databaseUrl: string | undefined;
  dbPrefix: string | undefined;
  demoPassword: string;
  withPortal: boolean;
  logLevel: z.infer<typeof logLevel>;
}

const cliEnv = z.object({
  GATEWAY_PORT: port.default(4000),
  PORTAL_PORT: port.default(3000),
  CIVIL_AFFAIRS_PORT: port.default(4001),
  PUBLIC_SECURITY_PORT: port.default(4002),
  WOMENS_FEDERATION_PORT: port.default(4003),
  FOREIGN_AFFAIRS_PORT: port.default(4004),
  LIFELINE_DATA_DIR: z.string().min(1).optional(),
  DATABASE_URL: z.string().url().optional(),
  LIFELINE_DB_PREFIX: z.string().regex(/^[a-z][a-z0-9_]{0,30}$/).optional(),
  DEMO_PASSWORD: z.string().min(1).default('lifeline-demo'),
  LIFELINE_PORTAL: z.enum(['true', 'false']).default('true'),
  LOG_LEVEL: logLevel.default('info'),
});

function invalid(scope: string, error: z.ZodError): Error {
  return new Error(`Invalid configuration for ${scope}:\n  ${error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ')}`);
}

/** Reads the configuration of `npm start` / `npm run dev`. */
export function readCliConfig(env: NodeJS.ProcessEnv = process.env): CliConfig {
  const parsed = cliEnv.safeParse(env);
  if (!parsed.success) throw invalid('the stack', parsed.error);
  const e = parsed.data;
  return {
    ports: {
      civilAffairs: e.CIVIL_AFFAIRS_PORT,
      publicSecurity: e.PUBLIC_SECURITY_PORT,
      womensFederation: e.WOMENS_FEDERATION_PORT,
      foreignAffairs: e.FOREIGN_AFFAIRS_PORT,
      gateway: e.GATEWAY_PORT,
      portal: e.PORTAL_PORT,
    },
    dataDir: e.LIFELINE_DATA_DIR ?? join(REPO_ROOT, '.data'),
    databaseUrl: e.DATABASE_URL,
    dbPrefix: e.LIFELINE_DB_PREFIX,
    demoPassword: e.DEMO_PASSWORD,
    withPortal: e.LIFELINE_PORTAL === 'true',
    logLevel: e.LOG_LEVEL,
  };
}

export interface BenchConfig {
  /** Seconds each measurement runs. */
  seconds: number;
  connections: number;
  /** Seconds of warm-up before each measurement. */
  warmupSeconds: number;
  databaseUrl: string | undefined;
  /** Prefix of the server databases the benchmark drops and recreates (`<prefix>_<subgraph>`). */
  dbPrefix: string;
  /** Only the scenarios whose ids contain one of these words (all when empty). */
  scenarios: string[];
  /** Where the services write V8 CPU profiles (`BENCH_CPU_PROFILE_DIR`), if anywhere. */
  cpuProfileDir: string | undefined;
  /** The NATS server the exchange runs over (`NATS_URL`); the embedded feed when unset. */
  natsUrl: string | undefined;
  /** Minutes of the write-and-read mix after the scenarios (`BENCH_SOAK_MINUTES`; 0: no soak). */
  soakMinutes: number;
}

/** The prefix of the server databases a benchmark drops and recreates: never the stack's own. */
const benchDbPrefix = (fallback: string) =>
  z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,30}$/)
    .refine((prefix) => prefix !== 'lifeline', 'the benchmark drops its databases: use a prefix other than "lifeline"')
    .default(fallback);

const benchEnv = z.object({
  BENCH_SECONDS: z.coerce.number().int().min(1).max(600).default(10),
  BENCH_CONNECTIONS: z.coerce.number().int().min(1).max(1000).default(50),
  BENCH_WARMUP_SECONDS: z.coerce.number().int().min(0).max(60).default(3),
  DATABASE_URL: z.string().url().optional(),
  LIFELINE_DB_PREFIX: benchDbPrefix('lifeline_bench'),
  BENCH_SCENARIOS: z.string().default(''),
  BENCH_CPU_PROFILE_DIR: z.string().min(1).optional(),
  NATS_URL: z.string().min(1).optional(),
  BENCH_SOAK_MINUTES: z.coerce.number().min(0).max(120).default(0),
});

/** Reads the benchmark's configuration. */
export function readBenchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const parsed = benchEnv.safeParse(env);
  if (!parsed.success) throw invalid('the benchmark', parsed.error);
  return {
    seconds: parsed.data.BENCH_SECONDS,
    connections: parsed.data.BENCH_CONNECTIONS,
    warmupSeconds: parsed.data.BENCH_WARMUP_SECONDS,
    databaseUrl: parsed.data.DATABASE_URL,
    dbPrefix: parsed.data.LIFELINE_DB_PREFIX,
    cpuProfileDir: parsed.data.BENCH_CPU_PROFILE_DIR,
    natsUrl: parsed.data.NATS_URL,
    soakMinutes: parsed.data.BENCH_SOAK_MINUTES,
    scenarios: parsed.data.BENCH_SCENARIOS.split(',').map((s) => s.trim()).filter(Boolean),
  };
}

/** `npm run bench:browser`'s configuration. */
export interface BrowserBenchConfig {
  /** Counted rounds over every page (a first, uncounted round warms the portal's server). */
  rounds: number;
  databaseUrl: string | undefined;
  /** Prefix of the server databases the benchmark drops and recreates (`<prefix>_<subgraph>`). */
  dbPrefix: string;
  /** Only these demo users (all with pages when empty). */
  users: string[];
}

const browserBenchEnv = z.object({
  BENCH_BROWSER_ROUNDS: z.coerce.number().int().min(1).max(50).default(2),
  DATABASE_URL: z.string().url().optional(),
  LIFELINE_DB_PREFIX: benchDbPrefix('lifeline_bench_browser'),
  BENCH_BROWSER_USERS: z.string().default(''),
});

/** Reads the browser benchmark's configuration. */
export function readBrowserBenchConfig(env: NodeJS.ProcessEnv = process.env): BrowserBenchConfig {
  const parsed = browserBenchEnv.safeParse(env);
  if (!parsed.success) throw invalid('the browser benchmark', parsed.error);
  return {
    rounds: parsed.data.BENCH_BROWSER_ROUNDS,
    databaseUrl: parsed.data.DATABASE_URL,
    dbPrefix: parsed.data.LIFELINE_DB_PREFIX,
    users: parsed.data.BENCH_BROWSER_USERS.split(',').map((s) => s.trim()).filter(Boolean),
  };
}

/** `npm run seed:scale`'s configuration: the server to fill and the prefix of its databases. */
export interface ScaleSeedConfig {
  databaseUrl: string;
  dbPrefix: string;
}

const scalePrefix = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,30}$/)
  .refine((prefix) => prefix !== 'lifeline', 'the scale region lives in its own databases: use a prefix other than "lifeline"')
  .default('lifeline_scale');

const scaleSeedEnv = z.object({
  DATABASE_URL: z.string().url({ message: 'the scale region lives on a PostgreSQL server: set DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres)' }),
  LIFELINE_DB_PREFIX: scalePrefix,
});

/** Reads `seed:scale`'s configuration. */
export function readScaleSeedConfig(env: NodeJS.ProcessEnv = process.env): ScaleSeedConfig {
  const parsed = scaleSeedEnv.safeParse(env);
  if (!parsed.success) throw invalid('seed:scale', parsed.error);
  return { databaseUrl: parsed.data.DATABASE_URL, dbPrefix: parsed.data.LIFELINE_DB_PREFIX };
}

/** `npm run bench:scale`'s configuration. */
export interface ScaleBenchConfig extends ScaleSeedConfig {
  seconds: number;
  warmupSeconds: number;
  /** Requests in flight at once (1: one at a time, the latency a member of staff sees). */
  workers: number;
  scenarios: string[];
}

const scaleBenchEnv = scaleSeedEnv.extend({
  BENCH_SECONDS: z.coerce.number().int().min(1).max(600).default(10),
  BENCH_WARMUP_SECONDS: z.coerce.number().int().min(0).max(60).default(3),
  SCALE_BENCH_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  BENCH_SCENARIOS: z.string().default(''),
});

/** Reads `bench:scale`'s configuration. */
export function readScaleBenchConfig(env: NodeJS.ProcessEnv = process.env): ScaleBenchConfig {
  const parsed = scaleBenchEnv.safeParse(env);
  if (!parsed.success) throw invalid('bench:scale', parsed.error);
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dbPrefix: e.LIFELINE_DB_PREFIX,
    seconds: e.BENCH_SECONDS,
    warmupSeconds: e.BENCH_WARMUP_SECONDS,
    workers: e.SCALE_BENCH_WORKERS,
    scenarios: e.BENCH_SCENARIOS.split(',').map((s) => s.trim()).filter(Boolean),
  };
}

/**
 * V8 flags for the gateway and the subgraphs. A young generation twice V8's default (semi-spaces of
 * 32 MB): under load a request's objects (rows, views, the result tree) live for the whole request,
 * and with dozens in flight the default semi-spaces fill and are scavenged while those objects are
 * still alive, so they are copied and promoted to the old generation, which is collected again
 * later. Garbage collection was over a quarter of civil affairs' CPU on the persons page; with this
 * its CPU per page fell by about a fifth (README, Benchmark). Left out when `NODE_OPTIONS` already
 * sizes the semi-spaces.
 */
export function serviceNodeFlags(env: NodeJS.ProcessEnv = process.env): string[] {
  return /--max-semi-space-size/.test(env.NODE_OPTIONS ?? '') ? [] : ['--max-semi-space-size=32'];
}

/** The password of the demo accounts (`DEMO_PASSWORD`, default `lifeline-demo`). */
export function demoPassword(env: NodeJS.ProcessEnv = process.env): string {
  return z.string().min(1).default('lifeline-demo').parse(env.DEMO_PASSWORD || undefined);
}

/** The database server the end-to-end tests use, when one is configured. */
export function testDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return z.string().url().optional().parse(env.DATABASE_URL || undefined);
}

/** Variables the stack sets itself for every child; inherited values of these are dropped. */
const CONTROLLED = new Set([
  'NODE_ENV',
  'HOST',
  'PORT',
  'DATABASE_URL',
  'LIFELINE_DB_PREFIX',
  'LIFELINE_DATA_DIR',
  'LIFELINE_MODE',
  'GATEWAY_PORT',
  'GATEWAY_URL',
  'PORTAL_PORT',
  'INTERNAL_TOKEN_PRIVATE_KEY',
  'INTERNAL_TOKEN_PUBLIC_KEY',
  ...SUBGRAPHS.flatMap((s) => [`${s.envPrefix}_PORT`, `${s.envPrefix}_URL`]),
]);

/** The environment a child process starts from: this process's, minus what the stack controls. */
export function inheritedEnvironment(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && !CONTROLLED.has(key)) out[key] = value;
  }
  return out;
}

/** This process's whole environment, for build tools run in the foreground. */
export function fullEnvironment(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
