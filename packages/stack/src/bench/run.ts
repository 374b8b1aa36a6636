/**
 * `npm run bench`: starts the stack (temporary data directory, no portal, LOG_LEVEL=warn) and a
 * stock Apollo gateway beside it, then measures with autocannon (each pair warmed up, then run in
 * A-B-B-A order and averaged):
 *   1. the person profile (four subgraphs) through the Lifeline gateway and the stock gateway;
 *   2. a 20-row persons page with fields from all four subgraphs, through both gateways;
 *   3. a 20-row persons page with civil-affairs fields only, through the Lifeline gateway and
 *      directly against the civil-affairs subgraph;
 * then, through the Lifeline gateway alone (warmed up, then two runs averaged):
 *   4. the person search by surname; 5. a person's tracing candidates; 6. the dispatch board;
 *   7. a page of 20 lines of every agency's audit trail (as the auditor: each page verifies the
 *      chain from its last checkpoint);
 *   8. receiving a person (a write at civil affairs, published to the exchange); 9. recording a
 *      one-fen aid delivery against an open entrustment (a write at foreign affairs).
 * `BENCH_SOAK_MINUTES=10` then runs the profile, the four-agency page, the search and both writes
 * round and round for that long, 5 s each, and prints each process's RSS and open file
 * descriptors after the first round and after the last (leaks grow from round to round).
 * Every request is made as the demo account center.staff (the audit page as auditor): signed in at
 * the Lifeline gateway, and carried as the same caller in the internal tokens of the stock gateway
 * and the direct calls. Beside req/s and latencies, each measurement records the CPU ms per
 * request of every process (from /proc), the SQL statements per request of every subgraph (from
 * its /metrics) and each process's RSS. `BENCH_SCENARIOS=profile,search` runs only the scenarios
 * whose ids contain one of the words; `BENCH_CPU_PROFILE_DIR=<dir>` has every service write a V8 CPU
 * profile there when the bench stops it (open it in Chrome DevTools). Prints a table with the ratios and writes
 * bench-results/latest.json.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { loadOrCreateSigningKeys, signInternalToken } from '@lifeline/subgraph-runtime';
import { exitWhenDone } from '../command-exit';
import { demoPassword, inheritedEnvironment, readBenchConfig, REPO_ROOT, serviceNodeFlags } from '../config';
import { freePorts } from '../free-port';
import { postGraphQL } from '../graphql-request';
import { findProfilePersons, PERSON_PROFILE, PERSONS_PAGE_ALL_AGENCIES, PERSONS_PAGE_CIVIL_AFFAIRS } from '../headline-operations';
import { resetServerDatabases } from '../server-databases';
import { ServiceProcess } from '../service-process';
import { callerOfAccessToken, signIn } from '../sign-in';
import { readinessUrl, startStack, type RunningStack } from '../stack';
import { SUBGRAPHS } from '../stack-services';
import { formatReport, ratio, writeBenchResults, type Ratio } from './bench-report';
import { measureExchangeDelay, type DelayFigures } from './exchange-delay';
import {
  AUDIT_TRAIL_PAGE,
  BENCH_SUBJECTS,
  DISPATCH_BOARD,
  PERSON_SEARCH,
  RECEIVE_PERSON,
  RECORD_DELIVERY,
  searchTermFrom,
  TRACING_CANDIDATES,
  WRITE_SUBJECTS,
  type BenchSubjects,
  type WriteSubjects,
} from './bench-operations';
import { combine, comparePair, measureOnce, warmUp, type LoadScenario, type LoadTarget, type Measurement } from './load-test';
import { sampleUsage } from './process-usage';
import { soak, type SoakReport } from './soak';

const BENCH_USER = 'center.staff';
const AUDITOR = 'auditor';
/** Access tokens live 15 min; sign in again before a measurement once one is this old. */
const SIGN_IN_AGAIN_AFTER_MS = 10 * 60_000;
const MAX_PRINTED_SERVICE_LINES = 20;
/** Changes measured one after another for the exchange's delay. */
const EXCHANGE_DELAY_SAMPLES = 40;

async function main(): Promise<void> {
  const config = readBenchConfig();
  const dataDir = mkdtempSync(join(tmpdir(), 'lifeline-bench-'));
  let printed = 0;
  const log = (line: string) => {
    if (printed < MAX_PRINTED_SERVICE_LINES) console.log(line);
    else if (printed === MAX_PRINTED_SERVICE_LINES) console.log('(further service output suppressed)');
    printed += 1;
  };
  let stack: RunningStack | undefined;
  let stock: ServiceProcess | undefined;
  // Ctrl-C or SIGTERM in the middle of a run stops what the bench started before it exits: the
  // services are its children, and an orphaned stack would load the machine for the next run.
  let stopping = false;
  const stopOnSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nbench: ${signal}, stopping the services…`);
    void Promise.allSettled([stock?.stop(), stack?.stop()]).then(() => {
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(130);
    });
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    console.log(`bench: starting the stack (${config.databaseUrl ? 'PostgreSQL server' : 'embedded PostgreSQL'})…`);
    if (config.databaseUrl) await resetServerDatabases(config.databaseUrl, config.dbPrefix);
    stack = await startStack({
      dataDir,
      ...(config.databaseUrl ? { databaseUrl: config.databaseUrl, dbPrefix: config.dbPrefix } : {}),
      // The cost budget on, as in production, but large enough never to refuse the bench's load.
      env: { LOG_LEVEL: 'warn', RATE_LIMIT_COST_PER_MINUTE: '1000000000000' },
      log,
      ...(config.cpuProfileDir ? { cpuProfileDir: config.cpuProfileDir } : {}),
    });

    const gatewayUrl = stack.gatewayUrl;
    const password = demoPassword();
    let session = { token: await signIn(gatewayUrl, BENCH_USER, password), at: Date.now() };
    let auditorSession = { token: await signIn(gatewayUrl, AUDITOR, password), at: Date.now() };
    const freshSession = async () => {
      if (Date.now() - session.at > SIGN_IN_AGAIN_AFTER_MS) session = { token: await signIn(gatewayUrl, BENCH_USER, password), at: Date.now() };
      if (Date.now() - auditorSession.at > SIGN_IN_AGAIN_AFTER_MS) auditorSession = { token: await signIn(gatewayUrl, AUDITOR, password), at: Date.now() };
    };
    const caller = callerOfAccessToken(session.token);

    const [stockPort] = await freePorts(1);
    stock = ServiceProcess.spawn({
      name: 'stock-gateway',
      command: process.execPath,
      // The same V8 flags as the Lifeline gateway: the comparison is of the gateways, not of their heaps.
      args: [
        ...serviceNodeFlags(),
        join(__dirname, 'stock-gateway.js'),
        '--port',
        String(stockPort),
        '--supergraph',
        join(REPO_ROOT, 'schema', 'supergraph.graphql'),
        '--keys',
        join(dataDir, 'keys'),
        '--caller',
        JSON.stringify(caller),
        ...SUBGRAPHS.flatMap((s) => ['--subgraph', `${s.name}=${stack!.subgraphUrls[s.name]}`]),
      ],
      cwd: REPO_ROOT,
      env: { ...inheritedEnvironment(), NODE_ENV: 'production' },
      log,
    });
    await stock.waitForLine(/stock gateway listening/, 60_000);
    const stockUrl = `http://127.0.0.1:${stockPort}/`;

    const asUser = () => ({ authorization: `Bearer ${session.token}` });
    const asAuditor = () => ({ authorization: `Bearer ${auditorSession.token}` });
    const found = await findProfilePersons((query, variables) => postGraphQL(gatewayUrl, query, variables, asUser()));
    const profileId = found.all ?? found.richest;
    if (!profileId) throw new Error('no person found for the profile query');

    const key = loadOrCreateSigningKeys(join(dataDir, 'keys'), 'internal-token');
    const civilAffairsToken = () => ({
      authorization: `Bearer ${signInternalToken({ caller, requestId: randomUUID(), audience: 'civil-affairs' }, key)}`,
    });
    const lifeline: LoadTarget = { target: 'lifeline-gateway', url: gatewayUrl, headers: asUser };
    const stockGateway: LoadTarget = { target: 'stock-gateway', url: stockUrl };
    const direct: LoadTarget = { target: 'civil-affairs-direct', url: stack.subgraphUrls['civil-affairs'], headers: civilAffairsToken };

    const profile: LoadScenario = { id: 'person-profile', title: '1 person profile (4 subgraphs)', query: PERSON_PROFILE, variables: { id: profileId } };
    const pageAll: LoadScenario = { id: 'persons-page-all', title: '2 persons page of 20 (4 subgraphs)', query: PERSONS_PAGE_ALL_AGENCIES, variables: { first: 20 } };
    const pageOne: LoadScenario = { id: 'persons-page-civil-affairs', title: '3 persons page of 20 (civil-affairs only)', query: PERSONS_PAGE_CIVIL_AFFAIRS, variables: { first: 20 } };
    const subjects = await postGraphQL<BenchSubjects>(gatewayUrl, BENCH_SUBJECTS, {}, asUser());
    if (!subjects.data || subjects.errors) throw new Error(`picking the benchmark's subjects failed: ${subjects.text.slice(0, 300)}`);
    const searchTerm = searchTermFrom(subjects.data);
    const tracedPerson = subjects.data.tracingWorkList[0]?.person.id;
    if (!searchTerm || !tracedPerson) throw new Error('the demo region has no person to search for or to trace');
    const now = Date.now();
    const search: LoadScenario = { id: 'person-search', title: '4 person search by surname', query: PERSON_SEARCH, variables: { filter: { search: searchTerm }, first: 20 } };
    const tracing: LoadScenario = { id: 'tracing-candidates', title: '5 tracing candidates', query: TRACING_CANDIDATES, variables: { personId: tracedPerson } };
    const dispatch: LoadScenario = {
      id: 'dispatch-board',
      title: '6 dispatch board',
      query: DISPATCH_BOARD,
      variables: { from: new Date(now - 30 * 86_400_000).toISOString(), to: new Date(now).toISOString() },
    };
    const auditTrail: LoadScenario = { id: 'audit-trail-page', title: '7 audit trail page of 20 (auditor)', query: AUDIT_TRAIL_PAGE, variables: { first: 20 } };
    // The writes: a person received at the regional center, and a delivery of one fen recorded
    // against the open entrustment with the largest item (a fresh receipt number each time).
    const writeSubjects = await postGraphQL<WriteSubjects>(gatewayUrl, WRITE_SUBJECTS, {}, asUser());
    if (!writeSubjects.data || writeSubjects.errors) throw new Error(`picking the write subjects failed: ${writeSubjects.text.slice(0, 300)}`);
    const center = writeSubjects.data.stations.find((st) => st.kind === 'REGIONAL_CENTER');
    const entrustment = writeSubjects.data.aidEntrustmentsConnection.edges
      .map((e) => e.node)
      .filter((e) => Date.parse(e.validUntil) > now + 86_400_000)
      .flatMap((e) => e.items.map((item) => ({ id: e.id, ...item })))
      .sort((a, b) => b.capFen - a.capFen)[0];
    if (!center || !entrustment) throw new Error('the demo region has no regional center or no entrustment open to deliveries');
    let written = 0;
    const receiveInput = () => {
      written += 1;
      return { input: { stationId: center.id, source: 'OUTREACH', person: { sex: 'MALE', estimatedAgeMin: 40, estimatedAgeMax: 55, features: `压测对象${written}号，深色外套` } } };
    };
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(now));
    const deliveryInput = () => {
      written += 1;
      return { input: { entrustmentId: entrustment.id, kind: entrustment.kind, quantity: 1, amountFen: 1, deliveredOn: today, receiptNumber: `BENCH-${now}-${written}` } };
    };
    // Writes come from staff at their desks: 10 at once, not the reads' 50.
    const receive: LoadScenario = { id: 'write-receive-person', title: '8 receive a person (write, 10 at once)', query: RECEIVE_PERSON, variables: receiveInput(), freshVariables: receiveInput, connections: 10 };
    const delivery: LoadScenario = { id: 'write-record-delivery', title: '9 record an aid delivery (write, 10 at once)', query: RECORD_DELIVERY, variables: deliveryInput(), freshVariables: deliveryInput, connections: 10 };
    const lifelineAuditor: LoadTarget = { target: 'lifeline-gateway', url: gatewayUrl, headers: asAuditor };

    const wanted = (scenario: LoadScenario) => config.scenarios.length === 0 || config.scenarios.some((word) => scenario.id.includes(word));
    const pairs = ([
      [profile, lifeline, stockGateway],
      [pageAll, lifeline, stockGateway],
      [pageOne, lifeline, direct],
    ] as Array<[LoadScenario, LoadTarget, LoadTarget]>).filter(([scenario]) => wanted(scenario));
    const singles = ([
      [search, lifeline],
      [tracing, lifeline],
      [dispatch, lifeline],
      [auditTrail, lifelineAuditor],
      [receive, lifeline],
      [delivery, lifeline],
    ] as Array<[LoadScenario, LoadTarget]>).filter(([scenario]) => wanted(scenario));
    const plan = [
      ...pairs.flatMap(([scenario, a, b]): Array<[LoadScenario, LoadTarget]> => [
        [scenario, a],
        [scenario, b],
      ]),
      ...singles,
    ];

    // Every target must answer every operation correctly before it is measured, and the stock
    // gateway and the direct call must return the very data the Lifeline gateway returns.
    const answers = new Map<string, unknown>();
    for (const [scenario, target] of plan) {
      const res = await postGraphQL(target.url, scenario.query, scenario.variables, target.headers?.() ?? {});
      if (res.status !== 200 || res.errors || !res.data) {
        throw new Error(`${target.target} did not answer "${scenario.title}" correctly: ${res.status} ${res.text.slice(0, 300)}`);
      }
      const reference = answers.get(scenario.id);
      if (reference === undefined) answers.set(scenario.id, res.data);
      else if (!isDeepStrictEqual(reference, res.data)) console.warn(`bench: ${target.target} returns different data for "${scenario.title}"`);
    }

    const pids: Record<string, number> = { ...stack.pids() };
    if (stock.pid !== undefined) pids['stock-gateway'] = stock.pid;
    const metricsUrls = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, new URL('/metrics', stack!.subgraphUrls[s.name]).toString()]));
    const sample = () => sampleUsage(pids, metricsUrls);
    const options = { connections: config.connections, seconds: config.seconds, warmupSeconds: config.warmupSeconds, sample };
    console.log(
      `bench: ${config.connections} connections; per pair rounds of ${config.warmupSeconds} s warm-up each until its rate is steady, then 4 runs of ${config.seconds} s (A-B-B-A)`,
    );
    const measurements: Measurement[] = [];
    for (const [scenario, a, b] of pairs) {
      const [ma, mb] = await comparePair(scenario, a, b, options, freshSession);
      for (const m of [ma, mb]) console.log(`  ${scenario.title} → ${m.target}: ${m.requestsPerSecond.toFixed(0)} req/s`);
      measurements.push(ma, mb);
    }
    for (const [scenario, target] of singles) {
      await freshSession();
      await warmUp(scenario, target, options);
      const first = await measureOnce(scenario, target, options);
      await freshSession();
      const m = combine(first, await measureOnce(scenario, target, options));
      console.log(`  ${scenario.title} → ${m.target}: ${m.requestsPerSecond.toFixed(0)} req/s`);
      measurements.push(m);
    }

    // The exchange's commit-to-projection delay (run last: it adds persons to the region).
    let exchangeDelay: DelayFigures[] | undefined;
    const exchangeTransport = config.natsUrl ? 'NATS JetStream' : 'embedded feed';
    if (config.scenarios.length === 0 || config.scenarios.some((word) => 'exchange-delay'.includes(word))) {
      await freshSession();
      exchangeDelay = await measureExchangeDelay({
        gatewayUrl,
        headers: asUser,
        consumers: { 'public-security': readinessUrl(stack.subgraphUrls['public-security']), 'foreign-affairs': readinessUrl(stack.subgraphUrls['foreign-affairs']) },
        samples: EXCHANGE_DELAY_SAMPLES,
      });
    }

    // The soak: the same reads and writes round and round, memory and descriptors sampled each round.
    let soakReport: SoakReport | undefined;
    if (config.soakMinutes > 0) {
      console.log(`bench: soak, ${config.soakMinutes} min of the write-and-read mix (each scenario 5 s a round)…`);
      soakReport = await soak({
        minutes: config.soakMinutes,
        secondsEach: 5,
        mix: [
          [profile, lifeline],
          [pageAll, lifeline],
          [search, lifeline],
          [receive, lifeline],
          [delivery, lifeline],
        ],
        pids: stack.pids() as Record<string, number>,
        load: { connections: config.connections, warmupSeconds: 0 },
        beforeRound: freshSession,
        onRound: (s, round) => {
          if (round === 1 || round % 4 === 0) {
            console.log(`  soak ${s.at} s: RSS MB ${Object.entries(s.rssMb).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}; open fds ${Object.entries(s.openFds).map(([k, v]) => `${k} ${v}`).join(', ')}`);
          }
        },
      });
    }

    const ratios = [
      ratio(measurements, 'Lifeline vs stock gateway, person profile', 'person-profile', 'lifeline-gateway', 'stock-gateway'),
      ratio(measurements, 'Lifeline vs stock gateway, persons page (4 subgraphs)', 'persons-page-all', 'lifeline-gateway', 'stock-gateway'),
      ratio(measurements, 'Gateway vs direct subgraph, persons page (civil-affairs only)', 'persons-page-civil-affairs', 'lifeline-gateway', 'civil-affairs-direct'),
    ].filter((r): r is Ratio => r !== undefined);

    console.log('');
    console.log(formatReport(measurements, ratios));
    if (soakReport) {
      console.log(`soak: ${soakReport.rounds} rounds, ${soakReport.requests} requests, ${soakReport.failures} failed; after the first round → after the last:`);
      for (const [id, f] of Object.entries(soakReport.failuresByScenario)) console.log(`  ${id}: ${f.failures} failed, e.g. ${f.samples.join(' | ')}`);
      for (const [name, g] of Object.entries(soakReport.growth)) {
        const trend = g.rssSecondHalfMbPerMin === null ? 'too few rounds for a trend' : `${g.rssSecondHalfMbPerMin >= 0 ? '+' : ''}${g.rssSecondHalfMbPerMin.toFixed(1)} MB/min over the second half`;
        console.log(`  ${name}: RSS ${g.rssFirstMb.toFixed(0)} → ${g.rssLastMb.toFixed(0)} MB (${trend}), open descriptors ${g.fdsFirst} → ${g.fdsLast}`);
      }
    }
    for (const d of exchangeDelay ?? []) {
      console.log(
        `exchange delay, civil-affairs commit → ${d.consumer} projection (${exchangeTransport}, ${d.samples} changes): p50 ${d.p50Ms.toFixed(0)} ms, p95 ${d.p95Ms.toFixed(0)} ms, max ${d.maxMs.toFixed(0)} ms`,
      );
    }
    writeBenchResults('latest.json', {
      database: config.databaseUrl ? 'postgresql-server' : 'pglite',
      cpuMsPerRequest: 'per process, from /proc/<pid>/stat (user + system), divided by the requests served',
      sqlPerRequest: "per subgraph, from its /metrics statement counter (the ORM's query log), divided by the requests served",
      connections: config.connections,
      seconds: config.seconds,
      warmupSeconds: config.warmupSeconds,
      measurements,
      ratios,
      ...(exchangeDelay ? { exchangeDelay: { transport: exchangeTransport, consumers: exchangeDelay } } : {}),
      ...(soakReport ? { soak: soakReport } : {}),
    });
  } finally {
    await stock?.stop();
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

exitWhenDone('bench', main);
