/**
 * `npm run bench:hung-agency -w @lifeline/stack`: what callers see while one agency's system is
 * hung. Starts the stack (temporary data directory, as `npm run bench`), measures the 20-row
 * persons page with every agency's fields while all are up, then stops the foreign-affairs
 * subgraph with SIGSTOP and measures that page and the civil-affairs-only page again. Prints req/s,
 * p50 and p99 for each (the hung agency's share is bounded by the gateway's per-subgraph deadline
 * and its circuit breaker) and writes bench-results/hung-agency.json. Same variables as the
 * benchmark (BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_WARMUP_SECONDS, DATABASE_URL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitWhenDone } from '../command-exit';
import { demoPassword, readBenchConfig } from '../config';
import { postGraphQL } from '../graphql-request';
import { PERSONS_PAGE_ALL_AGENCIES, PERSONS_PAGE_CIVIL_AFFAIRS } from '../headline-operations';
import { resetServerDatabases } from '../server-databases';
import { signIn } from '../sign-in';
import { startStack, type RunningStack } from '../stack';
import { formatReport, writeBenchResults } from './bench-report';
import { measureOnce, warmUp, type LoadScenario, type LoadTarget, type Measurement } from './load-test';

const DB_PREFIX = 'lifeline_bench_hung';
const HUNG = 'foreign-affairs';

async function main(): Promise<void> {
  const config = readBenchConfig();
  const dataDir = mkdtempSync(join(tmpdir(), 'lifeline-bench-hung-'));
  let stack: RunningStack | undefined;
  let stoppedPid: number | undefined;
  try {
    console.log(`bench: starting the stack (${config.databaseUrl ? 'PostgreSQL server' : 'embedded PostgreSQL'})…`);
    if (config.databaseUrl) await resetServerDatabases(config.databaseUrl, DB_PREFIX);
    stack = await startStack({
      dataDir,
      ...(config.databaseUrl ? { databaseUrl: config.databaseUrl, dbPrefix: DB_PREFIX } : {}),
      env: { LOG_LEVEL: 'error' },
      // Start-up time is not measured here; a busy machine may take long to seed the demo.
      readyTimeoutMs: 600_000,
    });
    const token = await signIn(stack.gatewayUrl, 'center.staff', demoPassword());
    const gateway: LoadTarget = { target: 'lifeline-gateway', url: stack.gatewayUrl, headers: () => ({ authorization: `Bearer ${token}` }) };
    const pageAll: LoadScenario = { id: 'persons-page-all', title: 'persons page of 20 (4 subgraphs)', query: PERSONS_PAGE_ALL_AGENCIES, variables: { first: 20 } };
    const pageOne: LoadScenario = { id: 'persons-page-civil-affairs', title: 'persons page of 20 (civil-affairs only)', query: PERSONS_PAGE_CIVIL_AFFAIRS, variables: { first: 20 } };
    const options = { connections: config.connections, seconds: config.seconds, warmupSeconds: config.warmupSeconds };
    const ask = (scenario: LoadScenario) => postGraphQL(gateway.url, scenario.query, scenario.variables, gateway.headers!());

    /** Asks until the answer is as expected (a breaker opened by overload closes after its cool-down). */
    const until = async (scenario: LoadScenario, expected: (res: Awaited<ReturnType<typeof ask>>) => boolean, what: string) => {
      let last = await ask(scenario);
      for (let attempt = 0; attempt < 30 && !expected(last); attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        last = await ask(scenario);
      }
      if (!expected(last)) throw new Error(`expected ${what}: ${last.text.slice(0, 300)}`);
    };
    await until(pageAll, (res) => res.status === 200 && !res.errors, 'the persons page with every agency up');
    console.log(`bench: ${config.connections} connections, ${config.warmupSeconds} s warm-up, ${config.seconds} s per run`);
    await warmUp(pageAll, gateway, options);
    const measurements: Measurement[] = [{ ...(await measureOnce(pageAll, gateway, options)), target: 'all agencies up' }];

    stoppedPid = stack.pids()[HUNG];
    if (stoppedPid === undefined) throw new Error(`${HUNG} is not running`);
    process.kill(stoppedPid, 'SIGSTOP');
    console.log(`bench: ${HUNG} stopped (SIGSTOP)`);
    await until(
      pageAll,
      (res) => res.status === 200 && !!res.data && res.errors?.length === 1 && res.errors[0]?.extensions?.subgraph === HUNG,
      `the page with one error naming ${HUNG}`,
    );
    measurements.push({ ...(await measureOnce(pageAll, gateway, options)), target: `${HUNG} hung` });
    measurements.push({ ...(await measureOnce(pageOne, gateway, options)), target: `${HUNG} hung` });

    console.log('');
    console.log(formatReport(measurements, []));
    writeBenchResults('hung-agency.json', { hung: HUNG, ...options, measurements });
  } finally {
    if (stoppedPid !== undefined) process.kill(stoppedPid, 'SIGCONT');
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

exitWhenDone('bench', main);
