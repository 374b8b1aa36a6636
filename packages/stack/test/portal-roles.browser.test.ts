/**
 * Signing in to the portal and what each role sees, in a real browser: the test run's shared
 * stack, Debian's Chromium driven through playwright-core, every user signing in
 * through the real /login page in a browser context of their own. The graph decides what each
 * may read; these tests show that the portal follows it (and hides what a role does not work
 * with). Without a Chromium executable the suite is reported as skipped, never as passed.
 */
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type Page } from 'playwright-core';
import { demoPassword } from '../src/config';
import { postGraphQL, type GraphQLHttpResponse } from '../src/graphql-request';
import { signIn } from '../src/sign-in';
import { BROWSER_TEST_TIMEOUT, describeInBrowser, followLink, expectShownTotal, shownTotal, useBrowser } from './support/browser';
import { eventually } from './support/eventually';
import { sharedStack } from './support/shared-stack';

const SESSION_COOKIE = 'lifeline_session';
const REFRESH_COOKIE = 'lifeline_refresh';
/** Where the test saves screenshots for a person to look at (never committed). */
const SCREENSHOT_DIR = tmpdir();
const HAN = /\p{Script=Han}/u;

interface ListedPerson {
  id: string;
  name: string | null;
  rescueCases: Array<{ zone: string | null }>;
}

const PERSONS = /* GraphQL */ `
  query RoleTestPersons($first: Int!, $after: String, $filter: PersonFilter) {
    persons(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name rescueCases { zone } } }
    }
  }
`;

type PersonsPage = {
  persons: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: ListedPerson }> };
};

/** Every person a token's user may see, read through the gateway. */
async function readPersons(gatewayUrl: string, token: string, filter: Record<string, unknown> = {}): Promise<{ totalCount: number; persons: ListedPerson[] }> {
  const persons: ListedPerson[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (let page = 0; page < 20; page += 1) {
    const res: GraphQLHttpResponse<PersonsPage> = await postGraphQL<PersonsPage>(gatewayUrl, PERSONS, { first: 100, after, filter }, { authorization: `Bearer ${token}` });
    if (res.errors || !res.data) throw new Error(`persons query failed: ${res.text.slice(0, 500)}`);
    totalCount = res.data.persons.totalCount;
    persons.push(...res.data.persons.edges.map((edge) => edge.node));
    if (!res.data.persons.pageInfo.hasNextPage) break;
    after = res.data.persons.pageInfo.endCursor;
  }
  return { totalCount, persons };
}

/** Runs in the page: every visible run of Latin letters and digits outside marked data. */
const VISIBLE_LATIN_RUNS = `(() => {
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || element.closest('[translate="no"], script, style, noscript, [aria-hidden="true"]')) continue;
    if ((element.closest('[lang]')?.getAttribute('lang') ?? 'zh-CN') !== 'zh-CN') continue;
    if (!element.checkVisibility()) continue;
    found.push(...(node.textContent.match(/[A-Za-z0-9][A-Za-z0-9._-]*/g) ?? []));
  }
  return found;
})()`;

/**
 * What a page shows in Latin letters that reads as a word, when the user works in Chinese. Text
 * marked `translate="no"` (names, usernames, codes) or declared in another language (`lang`, the
 * language switcher's "English") is data, not wording, and is skipped; so are hidden elements.
 */
async function latinWordsShown(page: Page): Promise<string[]> {
  const runs = await page.evaluate<string[]>(VISIBLE_LATIN_RUNS);
  return [...new Set(runs.filter((run) => /[A-Za-z]{2}/.test(run) && !LATIN_ALLOWED.some((allowed) => allowed.test(run))))];
}

/** A phone's width (390 CSS px, as most of them), and the desktop the suites otherwise use. */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 1000 };

/**
 * Whether `expression` turns true in the page within `timeoutMs`, asked from the test every 100 ms.
 * Not `page.waitForFunction`: that re-evaluates a string inside the page, which the portal's
 * Content-Security-Policy (no 'unsafe-eval') refuses, so its wait ends early with an EvalError.
 */
async function holdsWithin(page: Page, expression: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // Asked on the next animation frame: that runs the page's rendering steps (its ResizeObserver
    // callbacks re-measure tables and charts), which a headless page otherwise need not run.
    if (await page.evaluate<boolean>(`new Promise((done) => requestAnimationFrame(() => done(${expression})))`)) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Runs in the page: how wide the document scrolls, and the header's parts (the name, who is signed
 * in, sign-out, the language switch) that stand partly off screen.
 */
const PHONE_LAYOUT = `(() => {
  const width = window.innerWidth;
  const offScreen = [];
  for (const id of ['app-title', 'signed-in-username', 'sign-out', 'locale-switcher']) {
    const element = document.querySelector('[data-testid="' + id + '"]');
    if (!element || !element.checkVisibility()) continue;
    const box = element.getBoundingClientRect();
    if (box.left < 0 || box.right > width + 1) offScreen.push(id + ' ' + Math.round(box.left) + '-' + Math.round(box.right));
  }
  return { scrollWidth: document.documentElement.scrollWidth, offScreen };
})()`;

/**
 * The only Latin a Chinese page may show besides data marked `translate="no"`: anything with a
 * digit (record ids, UUID fragments, passport, sample and division numbers), the brand, DNA (the
 * word Chinese staff use), usernames (lowercase words joined by dots) and units.
 */
const LATIN_ALLOWED: readonly RegExp[] = [/\d/, /^Lifeline$/, /^DNA$/, /^[a-z]+(\.[a-z]+)+$/, /^(km|kg|cm)$/];

describeInBrowser('portal role browser tests')('signing in to the portal, and what each role sees', () => {
  const stack = sharedStack();
  const browser = useBrowser();
  const portalUrl = browser.portalUrl;
  const password = demoPassword();

  /** A fresh browser (no cookies) with one page. */
  async function freshPage(): Promise<{ context: BrowserContext; page: Page }> {
    const page = await browser.newPage();
    return { context: page.context(), page };
  }

  /** Fills the sign-in form the way a user does. */
  async function fillSignIn(page: Page, username: string, secret: string): Promise<void> {
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(secret);
    await page.getByTestId('login-submit').click();
  }

  /** A fresh browser signed in as `username` through the /login page, on the dashboard. */
  async function signedIn(username: string): Promise<{ context: BrowserContext; page: Page }> {
    const session = await freshPage();
    await session.page.goto(`${portalUrl}/login`);
    await fillSignIn(session.page, username, password);
    await session.page.waitForURL(`${portalUrl}/`);
    await session.page.getByTestId('signed-in-username').filter({ hasText: username }).waitFor();
    return session;
  }

  /**
   * Signed in as `username` on `path` for the tests that are not about signing in: through /login
   * the first time in this suite, then from the cookies it set (another tab of the same user).
   */
  async function openAs(username: string, path = '/'): Promise<{ context: BrowserContext; page: Page }> {
    const page = await browser.signedIn(username, path);
    return { context: page.context(), page };
  }

  const nav = (page: Page) => page.getByRole('navigation', { name: '主导航' });

  it('sends a visitor without a session to the sign-in page, refuses a wrong password without saying which part, and returns to the page asked for', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${portalUrl}/persons?identityStatus=UNIDENTIFIED`);
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/persons?identityStatus=UNIDENTIFIED');
    await expect(page.getByTestId('page-title').textContent()).resolves.toBe('登录');
    await expect(page.getByTestId('signed-in-user').count()).resolves.toBe(0);
    await expect(page.getByRole('navigation', { name: '主导航' }).count()).resolves.toBe(0);

    await fillSignIn(page, 'center.staff', 'not-the-password');
    await expect(page.getByTestId('login-error').textContent()).resolves.toBe('用户名或密码不正确。');
    expect((await context.cookies()).map((c) => c.name)).not.toContain(SESSION_COOKIE);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'lifeline-portal-login-error.png'), fullPage: true });

    await fillSignIn(page, 'center.staff', password);
    await page.waitForURL(`${portalUrl}/persons?identityStatus=UNIDENTIFIED`);
    await page.getByTestId('person-row').first().waitFor();

    // Both tokens live in httpOnly, SameSite cookies: client JavaScript never sees them.
    const cookies = await context.cookies();
    for (const name of [SESSION_COOKIE, REFRESH_COOKIE]) {
      const cookie = cookies.find((c) => c.name === name);
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie!.expires).toBeGreaterThan(Date.now() / 1000);
    }
    await expect(page.evaluate<string>('document.cookie')).resolves.not.toMatch(/lifeline_(session|refresh)/);
  }, BROWSER_TEST_TIMEOUT);

  it('never sends a user to another site after signing in', async () => {
    const { page } = await freshPage();
    await page.goto(`${portalUrl}/login?next=${encodeURIComponent('//evil.example/phish')}`);
    await fillSignIn(page, 'center.staff', password);
    await page.waitForURL(`${portalUrl}/`);
  }, BROWSER_TEST_TIMEOUT);

  it('shows the center’s staff the whole city’s persons, a profile, and who is signed in', async () => {
    const { page } = await openAs('center.staff');
    await expect(page.getByTestId('signed-in-agency').textContent()).resolves.toBe('民政');
    await expect(page.getByTestId('signed-in-role').allTextContents()).resolves.toEqual(['区域中心站工作人员']);
    for (const label of ['受助人员', '救助网络', '身份核查', '书面委托']) await nav(page).getByText(label, { exact: true }).waitFor();
    for (const label of ['审计日志', '庇护转介']) await expect(nav(page).getByText(label, { exact: true }).count()).resolves.toBe(0);

    await page.goto(`${portalUrl}/persons`);
    await page.getByTestId('person-row').first().waitFor();
    const token = await signIn(stack.gatewayUrl, 'center.staff', password);
    await expectShownTotal(page, 'person-total-count', async () => (await readPersons(stack.gatewayUrl, token)).totalCount);

    const first = page.getByTestId('person-row').first().getByTestId('person-link');
    const name = await first.textContent();
    await followLink(page, first, (url) => url.pathname.startsWith('/persons/'));
    await expect(page.getByTestId('profile-name').textContent()).resolves.toBe(name);
    await page.getByTestId('section-civil-affairs').waitFor();
  }, BROWSER_TEST_TIMEOUT);

  it('shows a county station’s staff only their county: fewer persons than the center', async () => {
    const { page } = await openAs('county.staff', '/persons');
    await expect(page.getByTestId('signed-in-role').allTextContents()).resolves.toEqual(['县级救助站工作人员']);
    await page.getByTestId('person-row').first().waitFor();
    const county = await shownTotal(page, 'person-total-count');
    const centerToken = await signIn(stack.gatewayUrl, 'center.staff', password);
    const countyToken = await signIn(stack.gatewayUrl, 'county.staff', password);
    const city = (await readPersons(stack.gatewayUrl, centerToken)).totalCount;
    expect(county).toBe((await readPersons(stack.gatewayUrl, countyToken)).totalCount);
    expect(county).toBeGreaterThan(0);
    expect(county).toBeLessThan(city);
  }, BROWSER_TEST_TIMEOUT);

  it('lets only the shelter’s staff and the referring caseworker find a sheltered victim; to the center she does not exist', async () => {
    // The victims in the DV shelter, as its staff see them, and those the caseworker referred.
    const shelterToken = await signIn(stack.gatewayUrl, 'shelter.staff', password);
    const caseworkerToken = await signIn(stack.gatewayUrl, 'wf.caseworker', password);
    const sheltered = (await readPersons(stack.gatewayUrl, shelterToken)).persons.filter(
      (p) => p.name !== null && HAN.test(p.name) && p.rescueCases.some((c) => c.zone === 'DV_SHELTER'),
    );
    const referred = new Set((await readPersons(stack.gatewayUrl, caseworkerToken)).persons.map((p) => p.id));
    const victim = sheltered.find((p) => referred.has(p.id));
    expect(victim).toBeDefined();
    const search = `/persons?q=${encodeURIComponent(victim!.name!)}`;

    for (const username of ['shelter.staff', 'wf.caseworker']) {
      const { page } = await openAs(username, search);
      await page.locator(`[data-testid="person-link"][href="/persons/${victim!.id}"]`).waitFor();
      if (username === 'wf.caseworker') {
        await nav(page).getByText('庇护转介', { exact: true }).waitFor();
        await expect(nav(page).getByText('书面委托', { exact: true }).count()).resolves.toBe(0);
      }
    }

    const { page } = await openAs('center.staff', search);
    await page.getByTestId('person-results').waitFor();
    await expect(page.locator(`[data-testid="person-link"][href="/persons/${victim!.id}"]`).count()).resolves.toBe(0);
    const centerToken = await signIn(stack.gatewayUrl, 'center.staff', password);
    const sameName = await readPersons(stack.gatewayUrl, centerToken, { search: victim!.name });
    expect(sameName.persons.map((p) => p.id)).not.toContain(victim!.id);
    if (sameName.totalCount === 0) {
      await page.getByText('没有符合条件的受助人员').waitFor();
      await expect(shownTotal(page, 'person-total-count')).resolves.toBe(0);
    }
    // Her profile answers as if she did not exist.
    await page.goto(`${portalUrl}/persons/${victim!.id}`);
    await expect(page.getByTestId('profile-name').count()).resolves.toBe(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'lifeline-portal-victim-hidden.png'), fullPage: true });
  }, BROWSER_TEST_TIMEOUT);

  it('gives the auditor the trails as a work list: a tab per agency with its count and chain, filters in the URL, pages both ways, an audited export, and no persons', async () => {
    const { page } = await openAs('auditor');
    await page.getByTestId('role-welcome').waitFor();
    await nav(page).getByText('审计日志', { exact: true }).waitFor();
    for (const label of ['受助人员', '身份核查', '庇护转介', '书面委托']) await expect(nav(page).getByText(label, { exact: true }).count()).resolves.toBe(0);

    // The center's staff try to read the trail: refused, and the refusal is a line of it.
    const centerToken = await signIn(stack.gatewayUrl, 'center.staff', password);
    const refused = await postGraphQL(stack.gatewayUrl, '{ auditTrail { civilAffairsConnection(first: 1) { totalCount } } }', {}, { authorization: `Bearer ${centerToken}` });
    expect(refused.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
    await followLink(page, nav(page).getByText('审计日志', { exact: true }), `${portalUrl}/audit-trail`);
    for (const agency of ['civil-affairs', 'public-security', 'womens-federation', 'foreign-affairs']) {
      const tab = page.getByTestId(`audit-trail-tab-${agency}`);
      await expect(tab.getAttribute('data-state')).resolves.toBe('ok');
      await expect(tab.getByTestId('audit-chain').getAttribute('data-ok')).resolves.toBe('true');
    }
    await expect(page.getByTestId('audit-chain-state').textContent()).resolves.toMatch(/^哈希链校验通过/);
    // What the other users did (above, and that refusal) is on the civil-affairs trail, with who did it.
    const civil = page.getByTestId('audit-trail-civil-affairs');
    await civil.getByTestId('audit-event-row').first().waitFor();
    const actors = await civil.getByTestId('audit-actor').allTextContents();
    expect(actors.some((actor) => ['center.staff', 'county.staff', 'shelter.staff', 'wf.caseworker'].includes(actor))).toBe(true);
    await expect(civil.getByTestId('audit-outcome').first().getAttribute('data-value')).resolves.toMatch(/^(ALLOWED|DENIED)$/);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'lifeline-portal-audit-trail.png'), fullPage: true });

    // Sixty refused reads by the auditor (persons are not theirs): sixty DENIED lines, more than a page.
    const token = await signIn(stack.gatewayUrl, 'auditor', password);
    const auditorGraph = <T>(query: string, variables: Record<string, unknown> = {}) => postGraphQL<T>(stack.gatewayUrl, query, variables, { authorization: `Bearer ${token}` });
    // The window starts a minute before, in the city's wall-clock time (UTC+8), as the URL holds it.
    const from = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 60_000);
    const fromMinute = new Date(from.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
    for (let i = 0; i < 60; i += 1) await auditorGraph('{ persons(first: 1) { totalCount } }');
    const denied = { from: from.toISOString(), actor: 'auditor', outcome: 'DENIED', operation: 'READ' };
    const count = async () =>
      (await auditorGraph<{ auditTrail: { civilAffairsConnection: { totalCount: number } } }>('query($f: AuditEventFilter) { auditTrail(filter: $f) { civilAffairsConnection(first: 1) { totalCount } } }', { f: denied })).data!
        .auditTrail.civilAffairsConnection.totalCount;

    // The view in the URL; a filter picked on the page joins it and starts at the first page.
    await page.goto(`${portalUrl}/audit-trail?from=${fromMinute}&actor=auditor&outcome=DENIED`);
    const rows = page.getByTestId('audit-event-row');
    await rows.first().waitFor();
    await page.getByTestId('filter-operation').click();
    await page.locator('.ant-select-item-option', { hasText: /^查看$/ }).click();
    await page.waitForURL((url) => url.searchParams.get('operation') === 'READ' && url.searchParams.get('actor') === 'auditor' && url.searchParams.get('from') === fromMinute);
    await page.getByTestId('next-page').waitFor();
    const shown = await shownTotal(page, 'audit-trail-total');
    expect(shown).toBeGreaterThanOrEqual(60);
    expect(shown).toBeLessThanOrEqual(await count());
    const seqs = () => rows.evaluateAll((elements) => elements.map((e) => [e.getAttribute('data-seq'), e.getAttribute('data-outcome'), e.getAttribute('data-operation')]));
    const firstPage = await seqs();
    expect(firstPage).toHaveLength(50);
    expect(firstPage.every(([, outcome, operation]) => outcome === 'DENIED' && operation === 'READ')).toBe(true);

    // Paged on, and back: the next page holds other lines, the previous one the same as before.
    // The URL changes before the page's new lines are drawn: each page is read once its first line
    // is another (else the lines of the page before would be read again).
    const firstLineOtherThan = (seq: string | null | undefined) => eventually(`a page whose first line is not ${seq}`, async () => {
      const lines = await seqs();
      return lines.length > 0 && lines[0]![0] !== seq ? lines : null;
    });
    await followLink(page, page.getByTestId('next-page'), (url) => url.searchParams.has('after') && url.searchParams.get('operation') === 'READ');
    await page.getByTestId('previous-page').waitFor();
    const secondPage = await firstLineOtherThan(firstPage[0]![0]);
    expect(secondPage.filter(([seq]) => firstPage.some(([first]) => first === seq))).toEqual([]);
    await followLink(page, page.getByTestId('previous-page'), (url) => url.searchParams.has('before'));
    await page.getByTestId('next-page').waitFor();
    expect(await firstLineOtherThan(secondPage[0]![0])).toEqual(firstPage);
    // Back at the newest lines: nothing lies before them.
    await expect(page.getByTestId('previous-page').count()).resolves.toBe(0);

    // The export of the view: a CSV (BOM, Chinese header) with every line of it, each exported line
    // written to the civil-affairs trail as the auditor's EXPORT of that line.
    const href = await page.getByTestId('audit-trail-export').getAttribute('href');
    expect(href).toBe(`/audit-trail/export?from=${encodeURIComponent(fromMinute)}&actor=auditor&operation=READ&outcome=DENIED`);
    const download = await page.request.get(`${portalUrl}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('text/csv');
    const lines = (await download.text()).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^"序号","时间","操作人",/);
    expect(lines.length - 1).toBeGreaterThanOrEqual(shown);
    const exported = lines.slice(1).map((line) => line.slice(1, line.indexOf('"', 1)));
    const noted = await auditorGraph<{ auditTrail: { civilAffairsConnection: { edges: Array<{ node: { recordId: string; purpose: string } }> } } }>(
      'query($f: AuditEventFilter) { auditTrail(filter: $f) { civilAffairsConnection(first: 100) { edges { node { recordId purpose } } } } }',
      { f: { from: from.toISOString(), actor: 'auditor', operation: 'EXPORT', recordType: 'AuditEvent' } },
    );
    const audited = new Set(noted.data!.auditTrail.civilAffairsConnection.edges.filter((edge) => edge.node.purpose === 'export').map((edge) => edge.node.recordId));
    expect(exported.filter((seq) => !audited.has(seq))).toEqual([]);

    // The graph refuses the auditor persons; the pages say so instead of showing an empty list.
    await page.goto(`${portalUrl}/persons`);
    await page.getByTestId('not-permitted').waitFor();
    await expect(page.getByTestId('person-row').count()).resolves.toBe(0);
    // A well-formed id of nobody: the role is refused before any record is looked for (a malformed id is the 404 page).
    await page.goto(`${portalUrl}/persons/${randomUUID()}`);
    await page.getByTestId('not-permitted').waitFor();
  }, BROWSER_TEST_TIMEOUT);

  it('gives the police identity checks, the foreign-affairs office its entrustments, and the administrator no case data', async () => {
    const police = await openAs('police.officer');
    await followLink(police.page, nav(police.page).getByText('身份核查', { exact: true }), `${portalUrl}/identity-checks`);
    await police.page.getByTestId('identity-checks-list').waitFor();
    // Paged on the server and counted as the graph counts (other suites request checks meanwhile:
    // the count shown lies between the graph's before and after).
    const policeToken = await signIn(stack.gatewayUrl, 'police.officer', password);
    const checkCount = async () =>
      (await postGraphQL<{ identityChecksConnection: { totalCount: number } }>(stack.gatewayUrl, '{ identityChecksConnection(first: 1) { totalCount } }', {}, { authorization: `Bearer ${policeToken}` })).data!
        .identityChecksConnection.totalCount;
    const before = await checkCount();
    await police.page.reload();
    const shown = await shownTotal(police.page, 'identity-checks-total');
    expect(shown).toBeGreaterThanOrEqual(before);
    expect(shown).toBeLessThanOrEqual(await checkCount());
    expect(shown).toBeGreaterThan(50);
    await expect(police.page.getByTestId('next-page').count()).resolves.toBe(1);

    const fao = await openAs('fao.officer');
    await followLink(fao.page, nav(fao.page).getByText('书面委托', { exact: true }), `${portalUrl}/aid-entrustments`);
    await expect(fao.page.getByTestId('page-title').textContent()).resolves.toBe('书面委托');
    await expect(fao.page.getByTestId('not-permitted').count()).resolves.toBe(0);
    // Every entrustment is listed; one of a sheltered victim shows no person the officer may not see.
    await fao.page.getByTestId('aid-entrustment-row').first().waitFor();
    expect(await fao.page.getByTestId('aid-entrustment-row').count()).toBeGreaterThan(5);

    const admin = await openAs('admin');
    await admin.page.getByTestId('no-case-data').waitFor();
    for (const label of ['受助人员', '身份核查', '庇护转介', '书面委托', '审计日志']) {
      await expect(nav(admin.page).getByText(label, { exact: true }).count()).resolves.toBe(0);
    }
    await admin.page.goto(`${portalUrl}/persons`);
    await admin.page.getByTestId('not-permitted').waitFor();
  }, BROWSER_TEST_TIMEOUT);

  it('renews an expired access token with the refresh token, rotating both cookies', async () => {
    const { context, page } = await signedIn('center.staff');
    const before = await context.cookies();
    const oldRefresh = before.find((c) => c.name === REFRESH_COOKIE)!.value;
    // What the browser holds once the access token's cookie has expired: the refresh cookie only.
    await context.clearCookies({ name: SESSION_COOKIE });
    await page.goto(`${portalUrl}/stations`);
    await page.getByTestId('station-row').first().waitFor();
    await expect(page.getByTestId('signed-in-username').textContent()).resolves.toBe('center.staff');
    const after = await context.cookies();
    expect(after.find((c) => c.name === SESSION_COOKIE)?.value).toBeTruthy();
    expect(after.find((c) => c.name === REFRESH_COOKIE)?.value).not.toBe(oldRefresh);
  }, BROWSER_TEST_TIMEOUT);

  it('signs out: back to /login, both cookies gone, and the old session no longer works', async () => {
    const { context, page } = await signedIn('police.officer');
    const oldRefresh = (await context.cookies()).find((c) => c.name === REFRESH_COOKIE)!;
    await page.getByTestId('sign-out').click();
    await page.waitForURL(`${portalUrl}/login`);
    expect((await context.cookies()).filter((c) => c.name.startsWith('lifeline_'))).toEqual([]);

    await page.goto(`${portalUrl}/identity-checks`);
    await page.waitForURL((url) => url.pathname === '/login');

    // Someone who kept the old refresh cookie: the gateway revoked it, so the portal cannot renew
    // the session, clears the cookie and asks for a sign-in.
    await context.addCookies([oldRefresh]);
    await page.goto(`${portalUrl}/identity-checks`);
    await page.waitForURL((url) => url.pathname === '/login');
    expect((await context.cookies()).filter((c) => c.name.startsWith('lifeline_'))).toEqual([]);
    const refresh = await fetch(new URL('/auth/refresh', stack.gatewayUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: oldRefresh.value }),
    });
    expect(refresh.status).toBe(401);
  }, BROWSER_TEST_TIMEOUT);

  const mainPagesByRole: Array<[string, string[]]> = [
    ['center.staff', ['/', '/persons', '/stations', '/identity-checks', '/aid-entrustments', '/dispatch', '/intake', '/tracing', '/escorts', '/emergency-events', '/settlements']],
    ['police.officer', ['/check-queue', '/identity-checks', '/status-checks', '/shelter-referrals/new']],
    ['shelter.staff', ['/shelter', '/shelter-referrals', '/tracing']],
    ['wf.caseworker', ['/shelter-referrals', '/shelter-referrals/new']],
    ['fao.officer', ['/aid-entrustments', '/foreign-affairs-notifications']],
    ['auditor', ['/audit-trail']],
  ];

  // One test per role, so each has its own time budget on a busy machine.
  it.each(mainPagesByRole)('words every main page in Chinese for %s (no Latin word but data, ids and codes), and lays it out at phone width', async (username, paths) => {
    const found: string[] = [];
    const overflowing: string[] = [];
    const scan = async (page: Page, where: string) => {
      await page.waitForLoadState('networkidle');
      for (const word of await latinWordsShown(page)) found.push(`${where}: ${word}`);
      // The same page on a phone (street teams and county staff work from one): nothing scrolls
      // sideways and the header's parts stay on screen. Resized in place, not loaded again.
      await page.setViewportSize(PHONE);
      if (!(await holdsWithin(page, `window.innerWidth === ${PHONE.width}`, 10_000))) throw new Error(`${where}: the viewport did not narrow to ${PHONE.width} px`);
      // Charts and tables re-measure their container after a resize (ResizeObserver): give the
      // page a few seconds to settle; a page that still scrolls sideways after them fails below.
      await holdsWithin(page, `document.documentElement.scrollWidth <= ${PHONE.width}`, 5_000);
      const layout = await page.evaluate<{ scrollWidth: number; offScreen: string[] }>(PHONE_LAYOUT);
      if (layout.scrollWidth > PHONE.width || layout.offScreen.length > 0) overflowing.push(`${where}: ${JSON.stringify(layout)}`);
      await page.setViewportSize(DESKTOP);
    };
    const { page } = await openAs(username, paths[0]);
    for (const [index, path] of paths.entries()) {
      if (index > 0) await page.goto(`${portalUrl}${path}`);
      await scan(page, `${username} ${path}`);
    }
    // One record of each kind the role works with, opened from its list.
    for (const [list, link] of [
      ['/persons', 'person-link'],
      ['/tracing', 'open-candidates'],
      ['/shelter-referrals', 'shelter-referral-open'],
      ['/aid-entrustments', 'aid-entrustment-link'],
      ['/check-queue', 'open-check'],
      ['/status-checks', 'open-status-check'],
    ] as const) {
      if (!paths.includes(list)) continue;
      await page.goto(`${portalUrl}${list}`);
      const first = page.getByTestId(link).first();
      if ((await first.count()) === 0) continue;
      await followLink(page, first, (url) => url.pathname !== list);
      await scan(page, `${username} ${new URL(page.url()).pathname}`);
    }
    expect(found).toEqual([]);
    expect(overflowing).toEqual([]);
  }, BROWSER_TEST_TIMEOUT);

  it('signs in in English too', async () => {
    const { context, page } = await freshPage();
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: portalUrl }]);
    await page.goto(`${portalUrl}/login`);
    await expect(page.getByTestId('page-title').textContent()).resolves.toBe('Sign in');
    await fillSignIn(page, 'wf.caseworker', 'wrong-password');
    await expect(page.getByTestId('login-error').textContent()).resolves.toBe('The username or password is not correct.');
    await fillSignIn(page, 'wf.caseworker', password);
    await page.waitForURL(`${portalUrl}/`);
    await expect(page.getByTestId('signed-in-role').allTextContents()).resolves.toEqual(['Women’s federation caseworker']);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'lifeline-portal-caseworker-en.png'), fullPage: true });
  }, BROWSER_TEST_TIMEOUT);
});
