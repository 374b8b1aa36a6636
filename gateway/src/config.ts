/**
 * The gateway's configuration, read from the environment once and validated at start-up.
 * `process.env` is read here and nowhere else in the gateway.
 */
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findRepoRoot, readTelemetryConfig, TelemetryConfigError, type TelemetryConfig } from '@lifeline/subgraph-runtime';
import { z } from 'zod';
import { type SubgraphCallPolicy } from './subgraph-resilience';
import { type FreeTextPolicy } from './trusted-documents/persisted-query.gate';
import { DEFAULT_DOCUMENTS_PER_CLIENT } from './trusted-documents/trusted-document.store';

/**
 * `production` (the default) is a real deployment and refuses the demo's shortcuts; `demo` is the
 * local demo `npm start` runs (demo data, keys generated under the data directory); `development`
 * is the demo with introspection and the landing page on.
 */
export type GatewayMode = 'production' | 'demo' | 'development';

/** The gateway's configuration is wrong or unsafe; the message names each variable and is safe to print. */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

export interface GatewayConfig {
  host: string;
  port: number;
  /** Where each subgraph answers GraphQL, by subgraph name (the supergraph's `join__Graph` name). */
  subgraphUrls: Record<string, string>;
  /** The composed supergraph SDL file the gateway serves (never introspected at run time). */
  supergraphPath: string;
  dataDir: string;
  /** PEM of the internal-token signing key; when absent the key pair under `<dataDir>/keys` is used. */
  internalTokenPrivateKeyPem: string | undefined;
  internalTokenKeyId: string;
  /** `development` turns introspection and the landing page on; `production` refuses demo shortcuts. */
  mode: GatewayMode;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Deadline, in-flight cap and breaker of the calls to each subgraph, by subgraph name. */
  subgraphPolicies: Record<string, SubgraphCallPolicy>;
  /** Traces (service `lifeline-gateway`): on only when the standard `OTEL_*` variables configure an exporter. */
  telemetry: TelemetryConfig;
  /** Each caller's budget of query cost per minute (0: off). */
  costBudget: { costPerWindow: number; windowSeconds: number };
  /** Trusted documents: see trusted-documents/persisted-query.gate.ts. */
  trustedDocuments: {
    /** `TRUSTED_DOCUMENTS`: `require` (production's default) lets staff and anonymous callers run trusted documents only; `allow` takes their text too. */
    freeText: FreeTextPolicy;
    /** `TRUSTED_DOCUMENTS_MANIFEST`: the portal build's manifest (default: portal/src/gql/persisted-documents.json of the repository). */
    manifestPath: string;
    /** Whether the path was configured (then a missing file stops the start; the default may be absent, e.g. a gateway without a portal). */
    manifestPathConfigured: boolean;
    /** `TRUSTED_DOCUMENTS_PER_CLIENT`: most documents one integrating system may register (default 500). */
    perClientLimit: number;
  };
}

/** Where `npm run codegen` writes the portal's manifest of trusted documents, from the repository root. */
export const PORTAL_MANIFEST_PATH = ['portal', 'src', 'gql', 'persisted-documents.json'] as const;

/**
 * Each caller's query cost per minute unless `RATE_LIMIT_COST_PER_MINUTE` says otherwise: a typical
 * operation costs 50 to 150 (a persons page across four agencies about 135), so production allows
 * some 1,000 operations a minute; the local demo, where the test suites share one account, ten times that.
 */
export const DEFAULT_COST_PER_MINUTE = { production: 100_000, other: 1_000_000 } as const;

const port = z.coerce.number().int().min(0).max(65535);

const gatewayEnv = z.object({
  GATEWAY_PORT: port.default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LIFELINE_DATA_DIR: z.string().min(1).optional(),
  INTERNAL_TOKEN_PRIVATE_KEY: z.string().min(1).optional(),
  INTERNAL_TOKEN_KEY_ID: z.string().min(1).default('internal-token'),
  LIFELINE_MODE: z.enum(['production', 'demo', 'development']).default('production'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  SUPERGRAPH_PATH: z.string().min(1).optional(),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(50).max(120_000).default(5_000),
  SUBGRAPH_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(10_000).default(100),
  SUBGRAPH_BREAKER_FAILURES: z.coerce.number().int().min(1).max(1_000).default(5),
  SUBGRAPH_BREAKER_COOLDOWN_MS: z.coerce.number().int().min(50).max(600_000).default(10_000),
  RATE_LIMIT_COST_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000_000_000).optional(),
  TRUSTED_DOCUMENTS: z.enum(['require', 'allow']).optional(),
  TRUSTED_DOCUMENTS_MANIFEST: z.string().min(1).optional(),
  TRUSTED_DOCUMENTS_PER_CLIENT: z.coerce.number().int().min(1).max(100_000).default(DEFAULT_DOCUMENTS_PER_CLIENT),
});

const timeoutMs = z.coerce.number().int().min(50).max(120_000);

const subgraphList = z.array(z.object({ name: z.string().regex(/^[a-z][a-z-]*$/), url: z.string().url() })).min(1);

/** `civil-affairs` → `CIVIL_AFFAIRS`, the prefix of that subgraph's `_URL` and `_PORT` variables. */
export function envPrefix(subgraph: string): string {
  return subgraph.toUpperCase().replace(/-/g, '_');
}

/** Accepts a PEM with real newlines or with `\n` escapes (as one-line environment values carry it). */
function pemFromEnv(value: string | undefined): string | undefined {
  return value?.includes('\\n') ? value.replace(/\\n/g, '\n') : value;
}

function isEcP256PrivateKey(pem: string): boolean {
  try {
    const key = createPrivateKey(pem);
    return key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1';
  } catch {
    return false;
  }
}

/**
 * What a production deployment must not have, each with what to set instead: demo data or demo
 * accounts, a demo password, or signing keys that are not supplied by configuration (the demo
 * generates them under the data directory, where a production host must not keep them).
 */
export function productionRefusals(env: NodeJS.ProcessEnv): string[] {
  const refusals: string[] = [];
  if (env.SEED_DEMO === 'true') {
    refusals.push('SEED_DEMO=true: demo data and demo accounts are never created in production. Remove SEED_DEMO (or set SEED_DEMO=false) here and on every subgraph.');
  }
  if (env.DEMO_PASSWORD !== undefined) {
    refusals.push('DEMO_PASSWORD is set: production has no demo accounts. Remove DEMO_PASSWORD, and create the first administrator with `npm run create-admin -w @lifeline/gateway -- --username <name>`.');
  }
  if (!env.INTERNAL_TOKEN_PRIVATE_KEY) {
    refusals.push(
      'INTERNAL_TOKEN_PRIVATE_KEY is not set: set it to the PEM of the EC P-256 private key the gateway signs internal tokens with ' +
        '(e.g. `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256`), and INTERNAL_TOKEN_KEY_ID to its key id; ' +
        'give every subgraph the public half in INTERNAL_TOKEN_PUBLIC_KEY.',
    );
  }
  if (!env.ACCESS_TOKEN_PRIVATE_KEY) {
    refusals.push(
      'ACCESS_TOKEN_PRIVATE_KEY is not set: set it to the PEM of the EC P-256 private key access tokens are signed with ' +
        '(a different key from the internal-token one).',
    );
  }
  return refusals;
}

/**
 * Reads the gateway's configuration. Each subgraph's URL is `<NAME>_URL` when given, else
 * `http://127.0.0.1:<NAME>_PORT/graphql` when the port is given, else the default in
 * schema/subgraphs.json. Calls to every subgraph follow `SUBGRAPH_TIMEOUT_MS`, `SUBGRAPH_MAX_IN_FLIGHT`,
 * `SUBGRAPH_BREAKER_FAILURES` and `SUBGRAPH_BREAKER_COOLDOWN_MS`; `<NAME>_TIMEOUT_MS` sets one
 * subgraph's own deadline. A bad value stops the process with a message naming the variable; so
 * does, in production mode, anything `productionRefusals` lists.
 */
export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env, repoRoot = findRepoRoot(__dirname)): GatewayConfig {
  const parsed = gatewayEnv.safeParse(env);
  const issues = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  const defaults = subgraphList.parse(JSON.parse(readFileSync(join(repoRoot, 'schema', 'subgraphs.json'), 'utf8')));
  const subgraphUrls: Record<string, string> = {};
  const subgraphTimeouts: Record<string, number> = {};
  for (const { name, url } of defaults) {
    const prefix = envPrefix(name);
    const timeoutValue = env[`${prefix}_TIMEOUT_MS`];
    if (timeoutValue !== undefined) {
      const checked = timeoutMs.safeParse(timeoutValue);
      if (checked.success) subgraphTimeouts[name] = checked.data;
      else issues.push(`${prefix}_TIMEOUT_MS: must be a whole number of milliseconds from 50 to 120000`);
    }
    const urlValue = env[`${prefix}_URL`];
    const portValue = env[`${prefix}_PORT`];
    if (urlValue !== undefined) {
      const checked = z.string().url().safeParse(urlValue);
      if (checked.success) subgraphUrls[name] = checked.data;
      else issues.push(`${prefix}_URL: must be a URL`);
    } else if (portValue !== undefined) {
      const checked = port.safeParse(portValue);
      if (checked.success) subgraphUrls[name] = `http://127.0.0.1:${checked.data}/graphql`;
      else issues.push(`${prefix}_PORT: must be a port number`);
    } else {
      subgraphUrls[name] = url;
    }
  }
  const internalKeyPem = parsed.success ? pemFromEnv(parsed.data.INTERNAL_TOKEN_PRIVATE_KEY) : undefined;
  if (internalKeyPem !== undefined && !isEcP256PrivateKey(internalKeyPem)) {
    issues.push('INTERNAL_TOKEN_PRIVATE_KEY: must be the PEM of an EC P-256 private key');
  }
  let telemetry: TelemetryConfig | undefined;
  try {
    telemetry = readTelemetryConfig('lifeline-gateway', env);
  } catch (error) {
    if (!(error instanceof TelemetryConfigError)) throw error;
    issues.push(error.message);
  }
  if (!parsed.success || issues.length > 0 || !telemetry) {
    throw new ConfigurationError(`Invalid configuration for the gateway:\n  ${issues.join('\n  ')}`);
  }
  const e = parsed.data;
  if (e.LIFELINE_MODE === 'production') {
    const refusals = productionRefusals(env);
    if (refusals.length > 0) {
      throw new ConfigurationError(
        `Refusing to start in production mode (LIFELINE_MODE=production):\n  - ${refusals.join('\n  - ')}\n` +
          'For the local demo instead, run `npm start` (it sets LIFELINE_MODE=demo).',
      );
    }
  }
  const subgraphPolicies = Object.fromEntries(
    Object.keys(subgraphUrls).map((name) => [
      name,
      {
        timeoutMs: subgraphTimeouts[name] ?? e.SUBGRAPH_TIMEOUT_MS,
        maxInFlight: e.SUBGRAPH_MAX_IN_FLIGHT,
        breakerFailures: e.SUBGRAPH_BREAKER_FAILURES,
        breakerCooldownMs: e.SUBGRAPH_BREAKER_COOLDOWN_MS,
      },
    ]),
  );
  return {
    host: e.HOST,
    port: e.GATEWAY_PORT,
    subgraphUrls,
    supergraphPath: e.SUPERGRAPH_PATH ?? join(repoRoot, 'schema', 'supergraph.graphql'),
    dataDir: e.LIFELINE_DATA_DIR ?? join(repoRoot, '.data'),
    internalTokenPrivateKeyPem: internalKeyPem,
    internalTokenKeyId: e.INTERNAL_TOKEN_KEY_ID,
    mode: e.LIFELINE_MODE,
    logLevel: e.LOG_LEVEL,
    subgraphPolicies,
    telemetry,
    costBudget: {
      costPerWindow: e.RATE_LIMIT_COST_PER_MINUTE ?? (e.LIFELINE_MODE === 'production' ? DEFAULT_COST_PER_MINUTE.production : DEFAULT_COST_PER_MINUTE.other),
      windowSeconds: 60,
    },
    trustedDocuments: {
      // Production runs the portal's documents only; the demo and development take staff's text too (tools, tests, the landing page).
      freeText: e.TRUSTED_DOCUMENTS ?? (e.LIFELINE_MODE === 'production' ? 'require' : 'allow'),
      manifestPath: e.TRUSTED_DOCUMENTS_MANIFEST ? resolve(e.TRUSTED_DOCUMENTS_MANIFEST) : join(repoRoot, ...PORTAL_MANIFEST_PATH),
      manifestPathConfigured: e.TRUSTED_DOCUMENTS_MANIFEST !== undefined,
      perClientLimit: e.TRUSTED_DOCUMENTS_PER_CLIENT,
    },
  };
}

/** The first administrator's password for `create-admin`, when given in ADMIN_PASSWORD (else it reads stdin). */
export function readAdminPassword(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.ADMIN_PASSWORD || undefined;
}
