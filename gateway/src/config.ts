/**
 * The gateway's configuration, read from the environment once and validated at start-up.
 * `process.env` is read here and nowhere else in the gateway.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '@lifeline/subgraph-runtime';
import { z } from 'zod';

export type GatewayMode = 'production' | 'development';

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
  /** `development` turns introspection and the landing page on. */
  mode: GatewayMode;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

const port = z.coerce.number().int().min(0).max(65535);

const gatewayEnv = z.object({
  GATEWAY_PORT: port.default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LIFELINE_DATA_DIR: z.string().min(1).optional(),
  INTERNAL_TOKEN_PRIVATE_KEY: z.string().min(1).optional(),
  INTERNAL_TOKEN_KEY_ID: z.string().min(1).default('internal-token'),
  LIFELINE_MODE: z.enum(['production', 'development']).default('production'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  SUPERGRAPH_PATH: z.string().min(1).optional(),
});

const subgraphList = z.array(z.object({ name: z.string().regex(/^[a-z][a-z-]*$/), url: z.string().url() })).min(1);

/** `civil-affairs` → `CIVIL_AFFAIRS`, the prefix of that subgraph's `_URL` and `_PORT` variables. */
export function envPrefix(subgraph: string): string {
  return subgraph.toUpperCase().replace(/-/g, '_');
}

/**
 * Reads the gateway's configuration. Each subgraph's URL is `<NAME>_URL` when given, else
 * `http://127.0.0.1:<NAME>_PORT/graphql` when the port is given, else the default in
 * schema/subgraphs.json. A bad value stops the process with a message naming the variable.
 */
export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env, repoRoot = findRepoRoot(__dirname)): GatewayConfig {
  const parsed = gatewayEnv.safeParse(env);
  const issues = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  const defaults = subgraphList.parse(JSON.parse(readFileSync(join(repoRoot, 'schema', 'subgraphs.json'), 'utf8')));
  const subgraphUrls: Record<string, string> = {};
  for (const { name, url } of defaults) {
    const prefix = envPrefix(name);
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
  if (!parsed.success || issues.length > 0) {
    throw new Error(`Invalid configuration for the gateway:\n  ${issues.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.GATEWAY_PORT,
    subgraphUrls,
    supergraphPath: e.SUPERGRAPH_PATH ?? join(repoRoot, 'schema', 'supergraph.graphql'),
    dataDir: e.LIFELINE_DATA_DIR ?? join(repoRoot, '.data'),
    internalTokenPrivateKeyPem: e.INTERNAL_TOKEN_PRIVATE_KEY,
    internalTokenKeyId: e.INTERNAL_TOKEN_KEY_ID,
    mode: e.LIFELINE_MODE,
    logLevel: e.LOG_LEVEL,
  };
}
