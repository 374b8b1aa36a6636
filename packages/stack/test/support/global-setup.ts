/**
 * Jest globalSetup of the stack package: starts the shared stack once for the whole run (migrating
 * and seeding its databases once), writes its description for the suites and keeps the handle
 * for global-teardown. On a PostgreSQL server (DATABASE_URL) it uses fresh
 * `lifeline_test_stack_<subgraph>` databases.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_CLIENTS_FILE } from '@lifeline/identity';
import { testDatabaseUrl } from '../../src/config';
import { resetServerDatabases } from '../../src/server-databases';
import { startStack, type RunningStack } from '../../src/stack';
import { chromiumFound } from '../../src/chromium-config';
import { startOtlpReceiver, type OtlpReceiver } from './otlp-receiver';
import { SHARED_STACK_DB_PREFIX, SHARED_STACK_FILE_ENV, sharedStackFile, type SharedStack } from './shared-stack';

export interface SharedStackHandle {
  stack: RunningStack;
  dataDir: string;
  traces: OtlpReceiver;
}

declare global {
  var __lifelineSharedStack: SharedStackHandle | undefined;
}

export default async function globalSetup(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lifeline-test-stack-'));
  const databaseUrl = testDatabaseUrl();
  if (databaseUrl) await resetServerDatabases(databaseUrl, SHARED_STACK_DB_PREFIX);
  const output: string[] = [];
  // Every service exports its traces here (OTLP/HTTP, JSON), for the traces suite to read.
  const tracesFile = join(dataDir, 'traces.jsonl');
  const traces = await startOtlpReceiver(tracesFile);
  let stack: RunningStack;
  try {
    stack = await startStack({
      dataDir,
      withPortal: chromiumFound,
      ...(databaseUrl ? { databaseUrl, dbPrefix: SHARED_STACK_DB_PREFIX } : {}),
      // A call a busy test machine makes slow is not an outage: the deadline that guards a hung
      // agency (5 s by default) is raised here; the outage suites set their own.
      env: {
        LOG_LEVEL: 'warn',
        SUBGRAPH_TIMEOUT_MS: '30000',
        // Demo accounts hashed at the lowest cost a deployment may configure: the suites sign in
        // hundreds of times, and the production cost is covered by the identity package's tests.
        PASSWORD_HASH_LOG_N: '10',
        OTEL_EXPORTER_OTLP_ENDPOINT: traces.endpoint,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_BSP_SCHEDULE_DELAY: '200',
        // Only traces a caller starts are recorded, as an operator who samples at the edge runs
        // it: the traces suite sends a sampled traceparent (to the gateway and to the portal) and
        // checks that a call without one leaves no span. (Measured: the suites' CPU is the same
        // either way; the services' share of it is mostly their start.)
        OTEL_TRACES_SAMPLER: 'parentbased_always_off',
      },
      // Generous: on a busy shared machine migrating and seeding five databases can take minutes.
      readyTimeoutMs: 420_000,
      log: (line) => {
        output.push(line);
        if (output.length > 200) output.shift();
      },
    });
  } catch (error) {
    console.error(`\nthe shared test stack did not start; its last output:\n${output.slice(-40).join('\n')}`);
    await traces.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const description: SharedStack = {
    gatewayUrl: stack.gatewayUrl,
    ...(stack.portalUrl ? { portalUrl: stack.portalUrl } : {}),
    subgraphUrls: stack.subgraphUrls,
    dataDir,
    demoClientsFile: join(dataDir, DEMO_CLIENTS_FILE),
    tracesFile,
    ...(databaseUrl ? { databaseUrl, dbPrefix: SHARED_STACK_DB_PREFIX } : {}),
  };
  const file = sharedStackFile(dataDir);
  writeFileSync(file, JSON.stringify(description, null, 2));
  // Set before Jest starts its workers, which inherit it.
  process.env[SHARED_STACK_FILE_ENV] = file;
  globalThis.__lifelineSharedStack = { stack, dataDir, traces };
}
