/**
 * `npm run bench:scale`: the region at real size, through the gateway. Starts the stack (no portal)
 * on the databases `npm run seed:scale` filled (`DATABASE_URL`, `LIFELINE_DB_PREFIX`, default
 * `lifeline_scale`; nothing is dropped or reset), and per scenario sends its requests from
 * `SCALE_BENCH_WORKERS` callers at once (default 1: one request at a time, the latency a member of staff sees) for `BENCH_SECONDS`, after a warm-up. It
 * prints p50/p95/p99 and req/s against the scenario's p95 target, and which of civil affairs'
 * indexes the scenario used and how many whole-table scans it caused (from
 * `pg_stat_user_indexes`/`pg_stat_user_tables` before and after), and writes
 * bench-results/scale.json.
 *
 * Every request is the demo account center.staff's (the audit page the auditor's), with the cost
 * budget, authentication, row scoping, masking and audit on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverDatabaseName } from '@lifeline/subgraph-runtime';
import { Client } from 'pg';
import { exitWhenDone } from '../command-exit';
import { demoPassword, readScaleBenchConfig } from '../config';
import { postGraphQL } from '../graphql-request';
import { PERSONS_PAGE_CIVIL_AFFAIRS } from '../headline-operations';
import { signIn } from '../sign-in';
import { startStack, type RunningStack } from '../stack';
import { AUDIT_TRAIL_PAGE, DASHBOARD, PERSON_SEARCH, TRACING_CANDIDATES } from './bench-operations';
import { percentile, writeBenchResults } from './bench-report';

interface Scenario {
  id: string;
  title: string;
  /** The issue's target for p95, in ms. */
  targetP95Ms: number;
  query: string;
  /** Variables per request (rotating through several subjects, so no single row stays hot). */
  variables: (i: number) => Record<string, unknown>;
  as: 'staff' | 'auditor';
}

interface ScaleFigures {
  scenario: string;
  title: string;
  requests: number;
  errors: number;
  errorSample: string | null;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  targetP95Ms: number;
  /** Civil affairs' indexes scanned during the run, most used first. */
  indexesUsed: Array<{ index: string; scans: number }>;
  /** Whole-table scans of civil affairs' tables during the run (table → scans). */
  seqScans: Record<string, number>;
}

interface ScanCounters {
  indexes: Map<string, number>;
  tables: Map<string, number>;
}

async function scanCounters(client: Client): Promise<ScanCounters> {
  // The statistics collector flushes at transaction end; a fresh snapshot each time.
  await client.query('select pg_stat_clear_snapshot()');
  const indexes = await client.query<{ name: string; scans: string }>(`select indexrelname as name, idx_scan as scans from pg_stat_user_indexes`);
  const tables = await client.query<{ name: string; scans: string }>(`select relname as name, seq_scan as scans from pg_stat_user_tables`);
  return {
    indexes: new Map(indexes.rows.map((r) => [r.name, Number(r.scans)])),
    tables: new Map(tables.rows.map((r) => [r.name, Number(r.scans)])),
  };
}

const STATISTICS_FLUSH_MS = 11_000;

function settleStatistics(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, STATISTICS_FLUSH_MS));
}

async function run(url: string, scenario: Scenario, headers: () => Record<string, string>, workers: number, seconds: number) {
  const latencies: number[] = [];
  let errors = 0;
  let errorSample: string | null = null;
  let i = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (Date.now() < until) {
        const n = i;
        i += 1;
        const started = performance.now();
        const res = await postGraphQL(url, scenario.query, scenario.variables(n), headers());
        latencies.push(performance.now() - started);
        if (res.status !== 200 || res.errors || !res.data) {
          errors += 1;
          errorSample ??= `HTTP ${res.status}: ${res.text.slice(0, 200)}`;
        }
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), errors, errorSample };
}

async function main(): Promise<void> {
  const config = readScaleBenchConfig();
  const dataDir = mkdtempSync(join(tmpdir(), 'lifeline-scale-bench-'));
  const dbUrl = new URL(config.databaseUrl);
  dbUrl.pathname = `/${serverDatabaseName('civil-affairs', config.dbPrefix)}`;
  const civilAffairs = new Client({ connectionString: dbUrl.toString() });
  await civilAffairs.connect();
  let stack: RunningStack | undefined;
  try {
    const { rows: sizes } = await civilAffairs.query<{ persons: string }>(`select count(*) as persons from person`);
    const persons = Number(sizes[0]?.persons ?? 0);
    console.log(`bench:scale: ${persons.toLocaleString('en')} persons in ${dbUrl.pathname.slice(1)}; starting the stack…`);
    stack = await startStack({
      dataDir,
      databaseUrl: config.databaseUrl,
      dbPrefix: config.dbPrefix,
      withPortal: false,
      env: { LOG_LEVEL: 'warn', RATE_LIMIT_COST_PER_MINUTE: '1000000000000' },
      log: () => undefined,
    });
    const gatewayUrl = stack.gatewayUrl;
    const password = demoPassword();
    const staff = await signIn(gatewayUrl, 'center.staff', password);
    const auditor = await signIn(gatewayUrl, 'auditor', password);

    // Subjects, read from the database: names and numbers of persons staff can see, and unidentified persons to trace.
    const { rows: named } = await civilAffairs.query<{ name: string; name_pinyin: string; name_initials: string; id_number: string | null }>(
      `select name, name_pinyin, name_initials, id_number from person tablesample system (1) where name is not null and name_pinyin is not null and not confidential and record_status = 'ACTIVE' limit 200`,
    );
    const { rows: unidentified } = await civilAffairs.query<{ id: string }>(
      `select p.id from person p tablesample system (1) where p.identity_status = 'UNIDENTIFIED' and not p.confidential and p.record_status = 'ACTIVE' limit 50`,
    );
    const numbers = named.map((r) => r.id_number).filter((n): n is string => n !== null);
    if (named.length === 0 || numbers.length === 0 || unidentified.length === 0) throw new Error('bench:scale: the database holds no subjects (run npm run seed:scale first)');
    const pick = <T,>(list: readonly T[], i: number) => list[i % list.length]!;
    const search = (term: (i: number) => string) => (i: number) => ({ filter: { search: term(i) }, first: 20 });

    const scenarios: Scenario[] = [
      { id: 'search-surname', title: 'search by surname (1 character)', targetP95Ms: 50, query: PERSON_SEARCH, variables: search((i) => [...pick(named, i).name][0]!), as: 'staff' },
      { id: 'search-name', title: 'search by full name', targetP95Ms: 50, query: PERSON_SEARCH, variables: search((i) => pick(named, i).name), as: 'staff' },
      { id: 'search-pinyin', title: 'search by pinyin', targetP95Ms: 50, query: PERSON_SEARCH, variables: search((i) => pick(named, i).name_pinyin.replaceAll(' ', '')), as: 'staff' },
      { id: 'search-initials', title: 'search by initials', targetP95Ms: 50, query: PERSON_SEARCH, variables: search((i) => pick(named, i).name_initials), as: 'staff' },
      { id: 'search-id-number', title: 'search by ID number', targetP95Ms: 50, query: PERSON_SEARCH, variables: search((i) => pick(numbers, i)), as: 'staff' },
      { id: 'persons-page', title: 'persons page of 20 with totalCount', targetP95Ms: 100, query: PERSONS_PAGE_CIVIL_AFFAIRS, variables: () => ({ first: 20 }), as: 'staff' },
      { id: 'tracing-candidates', title: 'tracing candidates of an unidentified person', targetP95Ms: 200, query: TRACING_CANDIDATES, variables: (i) => ({ personId: pick(unidentified, i).id }), as: 'staff' },
      { id: 'dashboard', title: 'dashboard (counts and stations)', targetP95Ms: 300, query: DASHBOARD, variables: () => ({}), as: 'staff' },
      { id: 'audit-trail', title: 'audit trail page of 20, every agency (auditor)', targetP95Ms: 100, query: AUDIT_TRAIL_PAGE, variables: () => ({ first: 20 }), as: 'auditor' },
    ];
    const wanted = config.scenarios;
    const chosen = scenarios.filter((s) => wanted.length === 0 || wanted.some((w) => s.id.includes(w)));

    const results: ScaleFigures[] = [];
    for (const scenario of chosen) {
      const headers = () => ({ authorization: `Bearer ${scenario.as === 'auditor' ? auditor : staff}` });
      const first = await postGraphQL(gatewayUrl, scenario.query, scenario.variables(0), headers());
      if (first.status !== 200 || first.errors || !first.data) throw new Error(`"${scenario.title}" fails: ${first.status} ${first.text.slice(0, 300)}`);
      if (config.warmupSeconds > 0) await run(gatewayUrl, scenario, headers, config.workers, config.warmupSeconds);
      // A pooled connection that goes idle reports its scans to the statistics up to 10 s later
      // (PostgreSQL's idle flush interval): wait that long on both sides of the run, so the counts
      // are this scenario's (and the relays' background polling, which runs throughout).
      await settleStatistics();
      const before = await scanCounters(civilAffairs);
      const { latencies, errors, errorSample } = await run(gatewayUrl, scenario, headers, config.workers, config.seconds);
      await settleStatistics();
      const after = await scanCounters(civilAffairs);
      const indexesUsed = [...after.indexes]
        .map(([index, scans]) => ({ index, scans: scans - (before.indexes.get(index) ?? 0) }))
        .filter((x) => x.scans > 0)
        .sort((a, b) => b.scans - a.scans)
        .slice(0, 10);
      const seqScans = Object.fromEntries(
        [...after.tables].map(([table, scans]) => [table, scans - (before.tables.get(table) ?? 0)] as const).filter(([, scans]) => scans > 0),
      );
      const figures: ScaleFigures = {
        scenario: scenario.id,
        title: scenario.title,
        requests: latencies.length,
        errors,
        errorSample,
        requestsPerSecond: latencies.length / config.seconds,
        p50Ms: percentile(latencies, 50) ?? Number.NaN,
        p95Ms: percentile(latencies, 95) ?? Number.NaN,
        p99Ms: percentile(latencies, 99) ?? Number.NaN,
        targetP95Ms: scenario.targetP95Ms,
        indexesUsed,
        seqScans,
      };
      results.push(figures);
      const verdict = figures.p95Ms <= scenario.targetP95Ms ? 'meets' : 'MISSES';
      console.log(
        `  ${scenario.title}: p50 ${figures.p50Ms.toFixed(0)} ms, p95 ${figures.p95Ms.toFixed(0)} ms (target ${scenario.targetP95Ms}: ${verdict}), p99 ${figures.p99Ms.toFixed(0)} ms, ${figures.requestsPerSecond.toFixed(1)} req/s, ${errors} errors`,
      );
      console.log(
        `      civil-affairs indexes: ${indexesUsed.map((x) => `${x.index} ×${x.scans}`).join(', ') || 'none'}; whole-table scans: ${
          Object.entries(seqScans).map(([t, n]) => `${t} ×${n}`).join(', ') || 'none'
        }`,
      );
      if (errorSample) console.log(`      first error: ${errorSample}`);
    }
    writeBenchResults('scale.json', { persons, workers: config.workers, seconds: config.seconds, results });
  } finally {
    await stack?.stop();
    await civilAffairs.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

exitWhenDone('bench:scale', main);
