/**
 * `npm run bench:browser`: how long a member of staff waits for each main page of the portal to
 * become usable, in Debian's Chromium, on a stack this starts (the embedded databases, or a
 * PostgreSQL server with DATABASE_URL).
 *
 * Every demo user with pages signs in once through /login, then each page of the user's
 * navigation (and the home page) is reached two ways, round after round:
 *   - open: its address loaded as a new document (typed, bookmarked, or a link from outside);
 *   - menu: its entry clicked in the navigation (a client-side transition from the page before).
 * A page is usable when the address is the page's, React has taken over the document
 * (`data-hydrated` on <html>), the route's loading state is gone and no spinner turns. The first
 * round warms the portal's server and is not counted.
 *
 * Prints p50, p75 and p90 per page and over all pages against the target (p75 ≤ 1 s), and
 * Chromium's and the portal server's CPU per navigation; writes bench-results/browser.json.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumFound } from '../chromium-config';
import { demoPassword, readBrowserBenchConfig } from '../config';
import { resetServerDatabases } from '../server-databases';
import { startStack, type RunningStack } from '../stack';
import { percentile, writeBenchResults } from './bench-report';
import { descendantsCpuMs, processUsage } from './process-usage';

/** The demo users measured, each with the pages their roles work with. */
const USERS = ['center.staff', 'county.staff', 'police.officer', 'shelter.staff', 'wf.caseworker', 'fao.officer', 'auditor'] as const;
/** The navigation's links (and the home page's). */
const NAV_LINKS = 'nav a[href^="/"]';
const USABLE_TIMEOUT_MS = 30_000;
const TARGET_P75_MS = 1_000;

export type NavigationKind = 'open' | 'menu';

export interface NavigationSample {
  user: string;
  path: string;
  kind: NavigationKind;
  round: number;
  ms: number;
}

export interface PageFigures {
  user: string;
  path: string;
  kind: NavigationKind;
  samples: number;
  p50: number;
  p75: number;
  p90: number;
}

// The page's globals, as far as `usable` reads them (it runs in the page, not here).
declare const document: { documentElement: { dataset: Record<string, string | undefined> } | null; querySelector(selector: string): { childElementCount: number } | null };
declare const location: { pathname: string };

/** Runs in the page (passed as a function: the portal's CSP allows no string evaluation): whether `path` is shown and ready to work in. */
function usable(path: string): boolean {
  if (location.pathname !== path) return false;
  // A document that has only begun to arrive has no <html> yet.
  if (document.documentElement?.dataset.hydrated !== 'true') return false;
  if (document.querySelector('[data-testid="page-loading"], .ant-spin-spinning, .ant-skeleton-active')) return false;
  const main = document.querySelector('main');
  return main !== null && main.childElementCount > 0;
}

async function timed(page: Page, path: string, act: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await act();
  await page.waitForFunction(usable, path, { polling: 20, timeout: USABLE_TIMEOUT_MS });
  return performance.now() - started;
}

/** The figures of each page and kind, counted rounds only, in the order measured. */
export function pageFigures(samples: readonly NavigationSample[]): PageFigures[] {
  const groups = new Map<string, NavigationSample[]>();
  for (const sample of samples) {
    if (sample.round === 0) continue;
    const key = `${sample.user}\u0000${sample.path}\u0000${sample.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), sample]);
  }
  return [...groups.values()].map((group) => {
    const sorted = group.map((s) => s.ms).sort((a, b) => a - b);
    const { user, path, kind } = group[0]!;
    return { user, path, kind, samples: sorted.length, p50: percentile(sorted, 50)!, p75: percentile(sorted, 75)!, p90: percentile(sorted, 90)! };
  });
}

/** p50/p75/p90 over every counted sample of one kind, or undefined without any. */
export function overall(samples: readonly NavigationSample[], kind: NavigationKind): { samples: number; p50: number; p75: number; p90: number } | undefined {
  const sorted = samples.filter((s) => s.kind === kind && s.round > 0).map((s) => s.ms).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  return { samples: sorted.length, p50: percentile(sorted, 50)!, p75: percentile(sorted, 75)!, p90: percentile(sorted, 90)! };
}

/** Signs `username` in through /login and measures every page of the navigation, `rounds` + 1 times each way. */
async function measureUser(browser: Browser, portalUrl: string, username: string, password: string, rounds: number): Promise<NavigationSample[]> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.goto(`${portalUrl}/login`);
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(`${portalUrl}/`);
    await page.waitForFunction(usable, '/', { polling: 20, timeout: USABLE_TIMEOUT_MS });
    const paths = [...new Set(await page.locator(NAV_LINKS).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')))].filter((p) => p.startsWith('/'));
    if (!paths.includes('/')) paths.unshift('/');
    const samples: NavigationSample[] = [];
    for (let round = 0; round <= rounds; round += 1) {
      // Through the menu, each page from the one before it (ending back home).
      for (const path of [...paths.filter((p) => p !== '/'), '/']) {
        const ms = await timed(page, path, () => page.locator(`nav a[href="${path}"]`).first().click());
        samples.push({ user: username, path, kind: 'menu', round, ms });
      }
      for (const path of paths) {
        const ms = await timed(page, path, () => page.goto(`${portalUrl}${path}`, { waitUntil: 'commit' }));
        samples.push({ user: username, path, kind: 'open', round, ms });
      }
    }
    return samples;
  } finally {
    await context.close();
  }
}

/** CPU ms so far of Chromium's processes, the portal's server (with its workers) and the other services. */
function cpuNow(stack: RunningStack): { chromium: number; portal: number; services: number } {
  const pids = stack.pids();
  const tree = (pid: number | undefined) => (pid === undefined ? 0 : (processUsage(pid)?.cpuMs ?? 0) + descendantsCpuMs(pid, /./));
  const services = Object.entries(pids).filter(([name]) => name !== 'portal').reduce((sum, [, pid]) => sum + tree(pid), 0);
  return { chromium: descendantsCpuMs(process.pid, /^chrom/), portal: tree(pids.portal), services };
}

function printFigures(figures: readonly PageFigures[]): void {
  const rows = figures.map((f) => [f.user, f.path, f.kind, String(f.samples), f.p50.toFixed(0), f.p75.toFixed(0), f.p90.toFixed(0)]);
  const header = ['user', 'page', 'how', 'n', 'p50 ms', 'p75 ms', 'p90 ms'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<void> {
  const config = readBrowserBenchConfig();
  if (!chromiumFound) throw new Error(`No Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH, or apt-get install -y chromium).`);
  const users = config.users.length > 0 ? config.users : [...USERS];
  const dataDir = mkdtempSync(join(tmpdir(), 'lifeline-bench-browser-'));
  let stack: RunningStack | undefined;
  let browser: Browser | undefined;
  const stop = async () => {
    await browser?.close().catch(() => undefined);
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    console.log(`\nbench: ${signal}, stopping…`);
    void stop().then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    console.log(`bench: starting the stack with the portal (${config.databaseUrl ? 'PostgreSQL server' : 'embedded PostgreSQL'})…`);
    if (config.databaseUrl) await resetServerDatabases(config.databaseUrl, config.dbPrefix);
    stack = await startStack({
      dataDir,
      withPortal: true,
      ...(config.databaseUrl ? { databaseUrl: config.databaseUrl, dbPrefix: config.dbPrefix } : {}),
      env: { LOG_LEVEL: 'warn' },
    });
    const portalUrl = stack.portalUrl!;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    const password = demoPassword();
    const samples: NavigationSample[] = [];
    // Divided by every navigation made, the warm-up round's included.
    const cpuBefore = cpuNow(stack);
    for (const username of users) {
      console.log(`bench: ${username}…`);
      samples.push(...(await measureUser(browser, portalUrl, username, password, config.rounds)));
    }
    const cpuAfter = cpuNow(stack);

    const figures = pageFigures(samples);
    console.log('');
    printFigures(figures);
    console.log('');
    const summary = { open: overall(samples, 'open'), menu: overall(samples, 'menu') };
    for (const kind of ['open', 'menu'] as const) {
      const s = summary[kind];
      if (!s) continue;
      const verdict = s.p75 <= TARGET_P75_MS ? 'within' : 'over';
      console.log(`all pages, ${kind === 'open' ? 'opened as a new document' : 'reached through the menu'}: ${s.samples} navigations, p50 ${s.p50.toFixed(0)} ms, p75 ${s.p75.toFixed(0)} ms (${verdict} the ${TARGET_P75_MS} ms target), p90 ${s.p90.toFixed(0)} ms`);
    }
    const navigations = samples.length;
    const cpuMsPerNavigation = {
      chromium: (cpuAfter.chromium - cpuBefore.chromium) / navigations,
      portalServer: (cpuAfter.portal - cpuBefore.portal) / navigations,
      gatewayAndSubgraphs: (cpuAfter.services - cpuBefore.services) / navigations,
    };
    console.log(
      `CPU per navigation (${navigations}, the warm-up's included): Chromium ${cpuMsPerNavigation.chromium.toFixed(0)} ms, the portal's server ${cpuMsPerNavigation.portalServer.toFixed(0)} ms, the gateway and subgraphs ${cpuMsPerNavigation.gatewayAndSubgraphs.toFixed(0)} ms`,
    );

    writeBenchResults('browser.json', {
      database: config.databaseUrl ? 'postgresql-server' : 'pglite',
      rounds: config.rounds,
      usable: 'address is the page, <html data-hydrated>, no route loading state, no spinner or active skeleton',
      targetP75Ms: TARGET_P75_MS,
      summary,
      cpuMsPerNavigation,
      pages: figures,
    });
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await stop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
