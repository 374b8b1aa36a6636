/**
 * The one stack that the end-to-end and browser suites of this package share: started once per
 * Jest run by `global-setup.ts` (four subgraphs, the gateway and, when Chromium is there, the
 * portal), described in a JSON file whose path Jest's workers inherit through the environment.
 * Suites never stop or restart its processes; each test makes the records it changes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { optionalTestEnv } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphName } from '../../src/stack-services';

/** The environment variable naming the file that describes the shared stack. */
export const SHARED_STACK_FILE_ENV = 'LIFELINE_TEST_STACK_FILE';
/** Prefix of the server databases of the shared stack (when the tests run with DATABASE_URL). */
export const SHARED_STACK_DB_PREFIX = 'lifeline_test_stack';

export interface SharedStack {
  gatewayUrl: string;
  /** Set when the portal was started (Chromium found). */
  portalUrl?: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** The data directory: embedded databases, the internal-token keys, the demo clients' secrets. */
  dataDir: string;
  /** The OAuth client-credentials secrets written at the first seed. */
  demoClientsFile: string;
  /** Where the stack's services export their traces (one OTLP/JSON export per line). */
  tracesFile: string;
  /** The PostgreSQL server and database prefix, when the stack runs on one. */
  databaseUrl?: string;
  dbPrefix?: string;
}

/** The shared stack, as global-setup described it. */
export function sharedStack(file = optionalTestEnv(SHARED_STACK_FILE_ENV)): SharedStack {
  if (!file || !existsSync(file)) {
    throw new Error(`No shared test stack (${SHARED_STACK_FILE_ENV} unset or missing): run these suites through this package's jest.config.js.`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as SharedStack;
}

/** Where the description is written inside the stack's data directory. */
export const sharedStackFile = (dataDir: string) => join(dataDir, 'test-stack.json');
