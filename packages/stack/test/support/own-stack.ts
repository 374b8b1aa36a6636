/**
 * A stack of a suite's own, for the few suites that take services down (the shared stack's
 * processes are never stopped by a test): started before the suite's tests on a fresh data
 * directory (or fresh `<prefix>_<subgraph>` databases on DATABASE_URL), stopped after them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDatabaseUrl } from '../../src/config';
import { resetServerDatabases } from '../../src/server-databases';
import { startStack, type RunningStack, type StartStackOptions } from '../../src/stack';

/** What a suite may set for its own stack (ports, where the gateway reaches a subgraph, environment). */
export type OwnStackOptions = Pick<StartStackOptions, 'withPortal' | 'ports' | 'gatewaySubgraphUrls' | 'env'>;

/**
 * Registers beforeAll/afterAll that start and stop a stack; read it through the returned getter.
 * `options` may be a function, called in beforeAll just before the start (e.g. after a proxy the
 * gateway is to go through is listening).
 */
export function useOwnStack(dbPrefix: string, options: OwnStackOptions | (() => Promise<OwnStackOptions>) = {}): () => RunningStack {
  let dataDir: string | undefined;
  let stack: RunningStack | undefined;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), `${dbPrefix.replace(/_/g, '-')}-`));
    const databaseUrl = testDatabaseUrl();
    if (databaseUrl) await resetServerDatabases(databaseUrl, dbPrefix);
    const output: string[] = [];
    const own = typeof options === 'function' ? await options() : options;
    try {
      stack = await startStack({
        dataDir,
        ...own,
        withPortal: own.withPortal ?? false,
        ...(databaseUrl ? { databaseUrl, dbPrefix } : {}),
        env: { LOG_LEVEL: 'warn', PASSWORD_HASH_LOG_N: '10', ...own.env },
        // Generous: on a busy shared machine migrating and seeding five databases can take minutes.
        readyTimeoutMs: 420_000,
        log: (line) => void output.push(line),
      });
    } catch (error) {
      console.error(`the stack did not start; its last output:\n${output.slice(-40).join('\n')}`);
      throw error;
    }
  }, 600_000);

  afterAll(async () => {
    await stack?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  return () => {
    if (!stack) throw new Error('The suite’s stack is not running.');
    return stack;
  };
}
