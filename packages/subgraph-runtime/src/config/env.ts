/**
 * Configuration read from the environment once, validated at start-up. `process.env` is read here
 * and nowhere else in a service.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { readTelemetryConfig, TelemetryConfigError, type TelemetryConfig } from '../telemetry/telemetry-config';

/** The repository root: the nearest ancestor of `from` holding turbo.json (else `from`). */
export function findRepoRoot(from = process.cwd()): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'turbo.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(from);
    dir = parent;
  }
}

const port = z.coerce.number().int().min(0).max(65535);
const url = z.string().url();

const subgraphEnv = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: url.optional(),
  LIFELINE_DB_PREFIX: z.string().regex(/^[a-z][a-z0-9_]{0,30}$/).default('lifeline'),
  LIFELINE_DATA_DIR: z.string().min(1).optional(),
  INTERNAL_TOKEN_PUBLIC_KEY: z.string().min(1).optional(),
  SEED_DEMO: z.enum(['true', 'false']).optional(),
  LIFELINE_MODE: z.enum(['production', 'demo', 'development']).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  NATS_URL: z.string().regex(/^(nats|tls):\/\/[^\s]+$/, 'must be a nats:// or tls:// URL').optional(),
  EXCHANGE_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(200),
  CIVIL_AFFAIRS_URL: url.optional(),
  PUBLIC_SECURITY_URL: url.optional(),
  WOMENS_FEDERATION_URL: url.optional(),
  FOREIGN_AFFAIRS_URL: url.optional(),
});

/** Where each agency listens unless configured (`<AGENCY>_URL`): its exchange feed is beside it. */
const DEFAULT_AGENCY_URLS = {
  'civil-affairs': 'http://127.0.0.1:4001/graphql',
  'public-security': 'http://127.0.0.1:4002/graphql',
  'womens-federation': 'http://127.0.0.1:4003/graphql',
  'foreign-affairs': 'http://127.0.0.1:4004/graphql',
} as const;

export interface SubgraphConfig {
  name: string;
  host: string;
  port: number;
  databaseUrl: string | undefined;
  /** Server database names are `<prefix>_<subgraph>` (tests use their own prefix). */
  databasePrefix: string;
  dataDir: string;
  internalTokenPublicKeyPem: string | undefined;
  seedDemo: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  poolSize: number;
  /** The exchange: NATS JetStream when set, else the embedded feed. */
  natsUrl: string | undefined;
  exchangePollMs: number;
  /** Each agency's GraphQL URL (the exchange feed is served beside it). */
  peerUrls: Record<keyof typeof DEFAULT_AGENCY_URLS, string>;
  /** Traces (service `lifeline-<name>`): on only when the standard `OTEL_*` variables configure an exporter. */
  telemetry: TelemetryConfig;
}

/** The tracing configuration, or the message naming the variable it cannot honour. */
function telemetryOf(serviceName: string, env: NodeJS.ProcessEnv): TelemetryConfig | string {
  try {
    return readTelemetryConfig(serviceName, env);
  } catch (error) {
    if (error instanceof TelemetryConfigError) return error.message;
    throw error;
  }
}

/**
 * Whether demo data is loaded: as `SEED_DEMO` says when set; otherwise only on the embedded
 * default (no DATABASE_URL) outside production, so a real database never gets demo data unasked.
 */
export function seedsDemoData(env: { SEED_DEMO?: 'true' | 'false' | undefined; DATABASE_URL?: string | undefined; LIFELINE_MODE?: string | undefined }): boolean {
  if (env.SEED_DEMO !== undefined) return env.SEED_DEMO === 'true';
  return env.DATABASE_URL === undefined && env.LIFELINE_MODE !== 'production';
}

/**
 * Reads a subgraph's configuration. The port comes from `<NAME>_PORT` (e.g. `CIVIL_AFFAIRS_PORT`)
 * or `PORT`, else the default; a bad value stops the process with a message naming the variable.
 */
export function readSubgraphConfig(name: string, defaultPort: number, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const portVar = `${name.toUpperCase().replace(/-/g, '_')}_PORT`;
  const parsed = subgraphEnv.safeParse(env);
  const portParsed = port.safeParse(env[portVar] ?? env.PORT ?? defaultPort);
  const telemetry = telemetryOf(`lifeline-${name}`, env);
  if (!parsed.success || !portParsed.success || typeof telemetry === 'string') {
    const issues = [
      ...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)),
      ...(portParsed.success ? [] : [`${portVar}: must be a port number`]),
      ...(typeof telemetry === 'string' ? [telemetry] : []),
    ];
    throw new Error(`Invalid configuration for ${name}:\n  ${issues.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    name,
    host: e.HOST,
    port: portParsed.data,
    databaseUrl: e.DATABASE_URL,
    databasePrefix: e.LIFELINE_DB_PREFIX,
    dataDir: e.LIFELINE_DATA_DIR ?? join(findRepoRoot(), '.data'),
    internalTokenPublicKeyPem: e.INTERNAL_TOKEN_PUBLIC_KEY,
    seedDemo: seedsDemoData(e),
    logLevel: e.LOG_LEVEL,
    poolSize: e.DB_POOL_SIZE,
    natsUrl: e.NATS_URL,
    exchangePollMs: e.EXCHANGE_POLL_MS,
    peerUrls: {
      'civil-affairs': e.CIVIL_AFFAIRS_URL ?? DEFAULT_AGENCY_URLS['civil-affairs'],
      'public-security': e.PUBLIC_SECURITY_URL ?? DEFAULT_AGENCY_URLS['public-security'],
      'womens-federation': e.WOMENS_FEDERATION_URL ?? DEFAULT_AGENCY_URLS['womens-federation'],
      'foreign-affairs': e.FOREIGN_AFFAIRS_URL ?? DEFAULT_AGENCY_URLS['foreign-affairs'],
    },
    telemetry,
  };
}
