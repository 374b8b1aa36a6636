#!/usr/bin/env node
// The README's start command, as a new user runs it on a fresh clone: `npm start` (which builds
// what is missing) in a process group of its own, on the embedded databases under `.data/`.
// Waits for the gateway's /readyz and the portal's /login, signs a demo account in, runs the
// headline PersonProfile query and checks that it answers a real person with records of all four
// agencies, then sends SIGINT to the group (as Ctrl-C does) and checks that no process of it is
// left and every port is free again. Runs twice: the first start (build, migrations, demo data)
// and a warm one (`.data/` kept), printing both times. Removes the `.data/` it made.
//
// Ports are picked free (so the smoke never collides with a running stack) and passed through the
// stack's own variables. Targets: first start <= 120 s, warm <= 60 s (printed when missed);
// failure above START_SMOKE_FIRST_LIMIT / START_SMOKE_WARM_LIMIT seconds (default 300 / 180).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA_DIR = join(ROOT, '.data');
const TARGETS = { first: 120, warm: 60 };
const LIMITS = {
  first: Number(process.env.START_SMOKE_FIRST_LIMIT || 300),
  warm: Number(process.env.START_SMOKE_WARM_LIMIT || 180),
};
const DEMO_USER = 'shelter.staff';
const DEMO_PASSWORD = process.env.DEMO_PASSWORD || 'lifeline-demo';

const PERSON_PROFILE = `query PersonProfile($id: ID!) {
  person(id: $id) {
    id displayName sex identityStatus
    rescueCases { id status station { id name level } }
    identityChecks { id status }
    shelterReferrals { id status }
    aidEntrustments { id status }
  }
}`;
const PERSONS = `query SmokePersons($after: String) {
  persons(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id rescueCases { id } identityChecks { id } shelterReferrals { id } aidEntrustments { id } } }
  }
}`;
const KINDS = ['rescueCases', 'identityChecks', 'shelterReferrals', 'aidEntrustments'];

const log = (line) => process.stdout.write(`start-smoke: ${line}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class SmokeFailure extends Error {}
/** Another program took a port between the smoke picking it and the stack binding it. */
class PortTaken extends SmokeFailure {}
const fail = (message) => {
  throw new SmokeFailure(message);
};

async function freePorts(count) {
  const servers = [];
  try {
    for (let i = 0; i < count; i += 1) {
      const server = createServer();
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
      });
      servers.push(server);
    }
    return servers.map((server) => server.address().port);
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

async function portIsFree(port) {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Live (non-zombie) processes in process group `pgid`, read from /proc. */
function groupMembers(pgid) {
  const members = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] !== 'Z' && Number(fields[2]) === pgid) members.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return members;
}

/** `pid` and every live process below it, read from /proc (turbo may start tasks in groups of their own). */
function family(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const found = [pid];
  for (let i = 0; i < found.length; i += 1) found.push(...(children.get(found[i]) ?? []));
  return found;
}

function alive(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] !== 'Z';
  } catch {
    return false;
  }
}

/**
 * One HTTP request, read whole, that settles within `ms` whatever happens: its own ref'd timer
 * aborts it and rejects. (A probe under `AbortSignal.timeout` alone once never settled in CI,
 * leaving the smoke waiting with no timer and no socket; why was not found, so the limit no
 * longer depends on the request honouring its signal.)
 */
async function request(url, init, ms) {
  const controller = new AbortController();
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`no answer from ${url} within ${ms} ms`));
    }, ms);
  });
  const answer = (async () => {
    const res = await fetch(url, { ...init, signal: controller.signal });
    return { status: res.status, text: await res.text() };
  })();
  try {
    return await Promise.race([answer, deadline]);
  } finally {
    clearTimeout(timer);
    answer.catch(() => undefined);
  }
}

async function httpStatus(url) {
  try {
    return (await request(url, { redirect: 'manual' }, 5_000)).status;
  } catch {
    return 0;
  }
}

const json = (text) => {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
};

async function graphql(gatewayUrl, token, query, variables) {
  const res = await request(
    gatewayUrl,
    { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) },
    60_000,
  );
  const body = json(res.text);
  if (res.status !== 200 || body.errors) fail(`${query.split('(')[0]} answered HTTP ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body.data;
}

/** Signs the demo account in and checks the headline query answers a person of all four agencies. */
async function checkHeadlineQuery(gatewayUrl) {
  const login = await request(
    new URL('/auth/login', gatewayUrl),
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: DEMO_USER, password: DEMO_PASSWORD }) },
    60_000,
  );
  const session = json(login.text);
  if (login.status !== 200 || typeof session.accessToken !== 'string') fail(`signing ${DEMO_USER} in answered HTTP ${login.status}`);
  const token = session.accessToken;

  let subject;
  let after = null;
  for (let page = 0; page < 10 && !subject; page += 1) {
    const data = await graphql(gatewayUrl, token, PERSONS, { after });
    subject = data.persons.edges.map((e) => e.node).find((p) => KINDS.every((kind) => (p[kind] ?? []).length > 0));
    if (!data.persons.pageInfo.hasNextPage) break;
    after = data.persons.pageInfo.endCursor;
  }
  if (!subject) fail(`${DEMO_USER} sees no person with records of all four agencies`);

  const { person } = await graphql(gatewayUrl, token, PERSON_PROFILE, { id: subject.id });
  if (!person || person.id !== subject.id || !person.displayName) fail(`PersonProfile answered no person for ${subject.id}`);
  for (const kind of KINDS) if (!(person[kind]?.length > 0)) fail(`PersonProfile answered no ${kind} for ${subject.id}`);
  if (!person.rescueCases.every((c) => c.station?.name)) fail('PersonProfile answered a rescue case without its station');
  log(`PersonProfile as ${DEMO_USER}: ${person.displayName}, ${KINDS.map((k) => `${person[k].length} ${k}`).join(', ')}`);
}

/** One `npm start`: up, checked, stopped with SIGINT, nothing left. Answers the seconds to ready. */
async function startOnce(label, limitSeconds) {
  const [gateway, portal, ca, ps, wf, fa] = await freePorts(6);
  const env = {
    ...process.env,
    GATEWAY_PORT: String(gateway),
    PORTAL_PORT: String(portal),
    CIVIL_AFFAIRS_PORT: String(ca),
    PUBLIC_SECURITY_PORT: String(ps),
    WOMENS_FEDERATION_PORT: String(wf),
    FOREIGN_AFFAIRS_PORT: String(fa),
  };
  delete env.DATABASE_URL;
  delete env.LIFELINE_DATA_DIR;
  const ports = [gateway, portal, ca, ps, wf, fa];
  const gatewayUrl = `http://127.0.0.1:${gateway}/graphql`;
  const output = [];

  log(`${label} start: npm start (gateway :${gateway}, portal :${portal})`);
  const startedAt = Date.now();
  // detached: a process group of its own, which SIGINT reaches as a whole, as Ctrl-C does.
  const child = spawn('npm', ['start'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const pgid = child.pid;
  let exited = null;
  const exit = new Promise((resolve) => child.once('exit', (code, sig) => resolve((exited = { code, signal: sig }))));
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      output.push(...chunk.split('\n').filter(Boolean));
      if (output.length > 400) output.splice(0, output.length - 400);
    });
  }

  let members = [pgid];
  const leftOver = () => [...new Set([...members.filter(alive), ...groupMembers(pgid)])];
  const stopGroup = async () => {
    try {
      process.kill(-pgid, 'SIGINT');
    } catch {
      // already gone
    }
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && (exited === null || leftOver().length > 0)) await sleep(250);
  };

  try {
    let ready = false;
    while (!ready) {
      if (exited) {
        const message = `npm start exited (${JSON.stringify(exited)}) before it was ready`;
        if (output.some((line) => line.includes('EADDRINUSE'))) throw new PortTaken(`${message}: a port it was given was taken meanwhile`);
        fail(message);
      }
      const seconds = (Date.now() - startedAt) / 1000;
      if (seconds > limitSeconds) fail(`${label} start not ready after ${limitSeconds} s`);
      const [gatewayReady, login] = await Promise.all([
        httpStatus(`http://127.0.0.1:${gateway}/readyz`),
        httpStatus(`http://127.0.0.1:${portal}/login`),
      ]);
      ready = gatewayReady === 200 && login === 200;
      if (!ready) await sleep(500);
    }
    const seconds = (Date.now() - startedAt) / 1000;
    log(`${label} start: gateway /readyz and portal /login answer 200 after ${seconds.toFixed(1)} s`);
    // Where the time went: the stack's CLI says how long the services took once built.
    const readyLine = async () => {
      for (let i = 0; i < 20; i += 1) {
        const line = output.find((l) => /ready in [\d.]+ s/.test(l));
        if (line) return Number(/ready in ([\d.]+) s/.exec(line)[1]);
        await sleep(250);
      }
      return null;
    };
    const servicesSeconds = await readyLine();
    if (servicesSeconds !== null) {
      log(`${label} start: npm, turbo and the build took ${Math.max(0, seconds - servicesSeconds).toFixed(1)} s, the services ${servicesSeconds.toFixed(1)} s (migrations${label === 'first' ? ', demo data' : ''}, processes up)`);
    }
    await checkHeadlineQuery(gatewayUrl);

    members = [...new Set([...family(pgid), ...groupMembers(pgid)])];
    if (members.length < 7) fail(`expected npm, the CLI, four subgraphs, the gateway and the portal, found ${members.length} processes`);
    await stopGroup();
    const left = leftOver();
    if (left.length > 0) fail(`after SIGINT these processes of the stack are still running: ${left.join(', ')}`);
    await exit;
    const busy = [];
    for (const port of ports) if (!(await portIsFree(port))) busy.push(port);
    if (busy.length > 0) fail(`after SIGINT these ports are still taken: ${busy.join(', ')}`);
    log(`${label} start: SIGINT stopped all ${members.length} processes (npm exit ${JSON.stringify(exited)}), every port free`);
    return seconds;
  } catch (error) {
    console.error(`start-smoke: last output of npm start:\n${output.slice(-60).join('\n')}`);
    await stopGroup();
    for (const pid of leftOver()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
    throw error;
  }
}

/**
 * One start; when another program on the machine took one of the free ports picked for it before
 * the stack bound it (a race no start can avoid), once more on fresh ports, saying so: a first
 * start retried this way measures a start with the build already done.
 */
async function startRetryingPorts(label, limitSeconds) {
  try {
    return await startOnce(label, limitSeconds);
  } catch (error) {
    if (!(error instanceof PortTaken)) throw error;
    log(`${label} start: ${error.message}; once more on other ports${label === 'first' ? ' (the build is done by now, so this time is not a first start)' : ''}`);
    return startOnce(`${label} (again)`, limitSeconds);
  }
}

async function main() {
  if (existsSync(DATA_DIR)) fail(`${DATA_DIR} exists already: the smoke starts from a clean clone (move it away first)`);
  // Every wait above has its own limit; this one catches a wait that has none, so CI never hangs here.
  const overallSeconds = 2 * (LIMITS.first + LIMITS.warm) + 120;
  const watchdog = setTimeout(() => {
    console.error(`start-smoke: FAILED: not done after ${overallSeconds} s`);
    process.exit(1);
  }, overallSeconds * 1000);
  try {
    const first = await startRetryingPorts('first', LIMITS.first);
    const warm = await startRetryingPorts('warm', LIMITS.warm);
    const verdict = (seconds, target) => (seconds <= target ? `target ${target} s met` : `OVER the ${target} s target`);
    log(`first start ${first.toFixed(1)} s (${verdict(first, TARGETS.first)}), warm start ${warm.toFixed(1)} s (${verdict(warm, TARGETS.warm)})`);
  } finally {
    clearTimeout(watchdog);
    rmSync(DATA_DIR, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`start-smoke: FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
