/**
 * What every browser suite shares: `describe` or, without Chromium, `describe.skip` with the
 * reason printed; one Chromium per suite, launched before its tests and closed after them; pages
 * signed in through the portal's real /login page; a fresh context for a page not signed in,
 * closed when its test ends (one opened in `beforeAll` lives until the suite ends); and the check
 * that no page threw a client-side exception during a test.
 *
 * A user signs in through /login once per suite and keeps that browser context (a member of staff
 * with the portal open all day): each later `signedIn` of that user in the suite navigates the
 * user's page to where the test starts, as staff do between tasks. A fresh context costs Chromium
 * about three times the CPU of a navigation (a new renderer, every script fetched and compiled
 * again), and the browser suites open dozens. After each test the user's page is left blank (an
 * open portal page keeps ticking and refreshing), the user's other tabs are closed, and a context
 * whose cookies the test changed (a language picked, a session ended) is dropped; the
 * next sign-in of that user opens a new one. The suite about signing in itself (portal-roles)
 * drives /login in fresh contexts where that is what it tests.
 */
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { demoPassword } from '../../src/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumFound } from '../../src/chromium-config';
import { sharedStack } from './shared-stack';

/**
 * The time one browser test may take. A ceiling, not a pace: on two cores shared with the other
 * suite, the other workspaces' tests and Chromium, a long path through the portal has taken over
 * twice what it takes alone; a step that never comes fails on its own wait (60 s) first.
 */
export const BROWSER_TEST_TIMEOUT = 240_000;

/** `describe` when Chromium is there; otherwise `describe.skip`, saying why. */
export function describeInBrowser(what: string): jest.Describe {
  if (chromiumFound) return describe;
  console.warn(`SKIPPED: ${what}: no Chromium executable at ${CHROMIUM_PATH} (install Debian's chromium or set CHROMIUM_PATH).`);
  return describe.skip;
}

export interface BrowserSession {
  readonly browser: Browser;
  /** The portal's base URL. */
  readonly portalUrl: string;
  /**
   * A page signed in as `username`, on `path` (the home page by default): the user's page in this
   * suite (signed in through /login the first time), or a new tab of it when the test holds it.
   */
  signedIn(username: string, path?: string): Promise<Page>;
  /** A new context and page, not signed in. */
  newPage(): Promise<Page>;
  /** Client-side exceptions seen since the last test (emptied by the afterEach check). */
  readonly pageErrors: string[];
}

/**
 * Registers the hooks of a browser suite (call it inside `describe`): launch Chromium before all
 * tests, close it after them, and fail a test during which a page threw. `portalUrl` defaults to
 * the shared stack's portal.
 */
export function useBrowser(portalUrl?: () => string): BrowserSession {
  let browser: Browser | undefined;
  /** Contexts of the whole suite (opened in `beforeAll`), closed after it. */
  const suiteContexts: BrowserContext[] = [];
  /** Contexts opened by the running test, closed when it ends. */
  const testContexts: BrowserContext[] = [];
  let inTest = false;
  const pageErrors: string[] = [];
  const password = demoPassword();
  const baseUrl = () => {
    // Without Chromium the shared stack runs no portal, and the suites reading this are skipped.
    return (portalUrl ? portalUrl() : sharedStack().portalUrl) ?? 'http://portal-not-started.invalid';
  };

  /** Each signed-in user's context and page in this suite, and the cookies it had when last handed out. */
  const keptSessions = new Map<string, { context: BrowserContext; page: Page; cookies: string }>();
  /** Users whose kept page the running test holds (a second sign-in in the same test gets a new tab). */
  const handedOut = new Set<string>();
  const cookieKey = async (context: BrowserContext) =>
    JSON.stringify((await context.cookies()).map((c) => [c.name, c.value]).sort(([a], [b]) => String(a).localeCompare(String(b))));

  const preparePage = (page: Page): Page => {
    // Generous: a server action and the page's refresh share two cores with the other suite and
    // the other workspaces' tests; a step that never comes still fails well within the test's time.
    page.setDefaultTimeout(60_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // A portal page is handed back by `goto` once React has taken it over, as a person sees it
    // answer: a click that lands while its content is still hydrating can be lost (a dialog that
    // never opens) or start a navigation that stays parked for a minute.
    const goto = page.goto.bind(page);
    page.goto = async (address, options) => {
      const response = await goto(address, options);
      if (address.startsWith(baseUrl())) await untilHydrated(page);
      return response;
    };
    return page;
  };

  const newPage = async (): Promise<Page> => {
    if (!browser) throw new Error('Chromium is not running: call useBrowser() inside describe and pages inside tests.');
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    (inTest ? testContexts : suiteContexts).push(context);
    return preparePage(await context.newPage());
  };

  /** After a test: the kept users' extra tabs closed, and a context whose cookies the test changed dropped. */
  const tidyKeptSessions = async () => {
    handedOut.clear();
    for (const [username, kept] of [...keptSessions]) {
      for (const page of kept.context.pages()) if (page !== kept.page) await page.close().catch(() => undefined);
      if (!kept.page.isClosed() && (await cookieKey(kept.context).catch(() => '')) === kept.cookies) {
        // Left on a blank page between tests: a portal page left open keeps working (ticking
        // clocks, refreshes) and costs the machine CPU the running suites need.
        if (await kept.page.goto('about:blank').then(() => true, () => false)) continue;
      }
      keptSessions.delete(username);
      await kept.context.close().catch(() => undefined);
    }
  };

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  }, 60_000);

  afterAll(async () => {
    for (const { context } of keptSessions.values()) await context.close().catch(() => undefined);
    keptSessions.clear();
    for (const context of suiteContexts.splice(0)) await context.close().catch(() => undefined);
    await browser?.close();
  }, 60_000);

  beforeEach(() => {
    inTest = true;
  });

  afterEach(async () => {
    inTest = false;
    // Client-side exceptions (hydration failures, render errors) would otherwise pass unnoticed.
    const errors = pageErrors.splice(0);
    for (const context of testContexts.splice(0)) await context.close().catch(() => undefined);
    await tidyKeptSessions();
    expect(errors).toEqual([]);
  });

  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not running yet.');
      return browser;
    },
    get portalUrl() {
      return baseUrl();
    },
    pageErrors,
    newPage,
    async signedIn(username: string, path = '/') {
      if (!browser) throw new Error('Chromium is not running: call useBrowser() inside describe and pages inside tests.');
      const url = baseUrl();
      const kept = keptSessions.get(username);
      if (kept && !kept.page.isClosed()) {
        // The user's page, or a second tab when the test already holds it.
        const page = handedOut.has(username) ? preparePage(await kept.context.newPage()) : kept.page;
        handedOut.add(username);
        await page.goto(`${url}${path}`);
        kept.cookies = await cookieKey(kept.context);
        return page;
      }
      const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
      const page = preparePage(await context.newPage());
      // Signed in straight to the test's page (the form's `next`), as a link to a page does for a
      // user without a session: the home page's charts are not drawn on the way to another page.
      await page.goto(path === '/' ? `${url}/login` : `${url}/login?next=${encodeURIComponent(path)}`);
      await page.getByTestId('login-username').fill(username);
      await page.getByTestId('login-password').fill(password);
      await page.getByTestId('login-submit').click();
      await page.waitForURL((address) => address.pathname !== '/login');
      await page.getByTestId('signed-in-username').filter({ hasText: username }).waitFor();
      await untilHydrated(page);
      keptSessions.set(username, { context, page, cookies: await cookieKey(context) });
      handedOut.add(username);
      return page;
    },
  };
}

/**
 * Waits until the portal's page is interactive: the app shell has marked the document hydrated
 * (`data-hydrated`, set once React has taken over), every link and button on the page is live
 * (React has attached its props to it: the page's own content hydrates after the shell, in its
 * loading boundary, and a click on a link still dead there was lost, the router never asking for
 * the page), and the browser has then been idle once.
 */
export async function untilHydrated(page: Page): Promise<void> {
  // One script that waits in the page (the portal's CSP refuses the string predicates of
  // `waitForFunction`); asked again if the page navigated meanwhile (a redirect to /login).
  const script = `new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      const inert = [...document.querySelectorAll('a[href], button')].filter((el) => !Object.keys(el).some((key) => key.startsWith('__reactProps$')));
      if (document.documentElement.dataset.hydrated === 'true' && inert.length === 0) requestIdleCallback(() => resolve(true), { timeout: 2000 });
      else if (Date.now() - started > 30000) reject(new Error('the portal page was not hydrated within 30 s: ' + location.href + (inert.length > 0 ? ' (not yet live: ' + inert.slice(0, 3).map((el) => el.outerHTML.slice(0, 120)).join(' ') + ')' : '')));
      else setTimeout(check, 50);
    };
    check();
  })`;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await page.evaluate(script);
      return;
    } catch (error) {
      if (attempt === 3 || !/context was destroyed|navigat/i.test(String(error))) throw error;
      await page.waitForLoadState('load');
    }
  }
}

/**
 * Waits until a change made in a form shows its result (`expected` appears) or the form shows the
 * graph's refusal, and fails with the refusal's text in the second case, so a failed step says
 * why instead of timing out on a row that will never come. The wait is longer than a single
 * locator's: a server action and the page's refresh share two cores with the rest of the suite.
 */
export async function changeLands(page: Page, expected: Locator, timeout = 60_000): Promise<void> {
  // Forms show a refusal as `change-refusal` (ChangeRefusalAlert) or `change-refused` (the
  // settlement and emergency boards' own alerts).
  const refused = page.locator('[data-testid=change-refused], [data-testid=change-refusal]');
  await expected.or(refused).first().waitFor({ timeout });
  if (await refused.first().isVisible()) {
    throw new Error(`The portal refused the change: ${(await refused.first().textContent()) ?? '(no text)'}`);
  }
}

/** The count a server-paged list shows in its footer ("共 1,234 条"), as a number. */
export async function shownTotal(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).textContent()) ?? '';
  const match = /共\s*([\d,]+)\s*条/.exec(text);
  if (!match) throw new Error(`no count in ${testId}: ${text}`);
  return Number(match[1]!.replace(/,/g, ''));
}

/**
 * Expects the total the page shows (`testId`) to be the graph's count of the same view, `count`,
 * read right after it. Other suites on the shared stack add and close records all the while, so a
 * page that says otherwise is loaded again and compared with a fresh count, up to three times,
 * before the difference counts as wrong: a page that miscounts misses every time.
 */
export async function expectShownTotal(page: Page, testId: string, count: () => Promise<number>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const shown = await shownTotal(page, testId);
    const counted = await count();
    if (shown === counted || attempt === 3) {
      expect(shown).toBe(counted);
      return;
    }
    await page.reload();
    await untilHydrated(page);
    await page.getByTestId(testId).waitFor();
  }
}

/**
 * Chooses a path in an Ant Design cascader (`trigger` is the picker). It waits for the picker's
 * options to load (a picker that asks the graph for the region's stations shows a spinner until
 * they arrive: opened before, its columns are rebuilt under the clicks). The first try clicks each
 * label in its own column, waiting for the next column to show it; a click made while the dropdown
 * is still opening can leave the next column unopened (seen in CI). The later tries, up to three in
 * all, do what a person would then do: type the last label into the picker's search and pick the
 * result that names the whole path. The choice is checked in the picker's shown selection.
 */
export async function chooseInCascader(page: Page, trigger: Locator, labels: string[]): Promise<void> {
  const dropdown = page.locator('.ant-cascader-dropdown:visible');
  const item = (level: number, label: string) => dropdown.locator('.ant-cascader-menu').nth(level).locator('.ant-cascader-menu-item', { hasText: label });
  const last = labels.at(-1)!;
  await trigger.locator('.anticon-loading').waitFor({ state: 'detached', timeout: 30_000 });
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      if (!(await dropdown.isVisible())) await trigger.click();
      if (attempt === 0) {
        for (const [level, label] of labels.entries()) {
          const next = item(level, label);
          await next.waitFor({ timeout: 15_000 });
          await next.click();
        }
      } else {
        await trigger.locator('input').fill(last);
        const found = labels.reduce((items, label) => items.filter({ hasText: label }), dropdown.locator('.ant-cascader-menu-item'));
        await found.first().click({ timeout: 15_000 });
      }
      await trigger.filter({ hasText: last }).waitFor({ timeout: 15_000 });
      return;
    } catch (error) {
      lastError = error;
      if (await dropdown.isVisible()) await page.keyboard.press('Escape');
    }
  }
  throw lastError;
}

/**
 * Clicks `target` until `outcome` reaches `state` (shows, or is gone), at most three times, waiting
 * 15 s after each click. On two busy cores a click that lands while an Ant Design dialog is still
 * opening can be lost (seen in CI: a radio that did not switch the form, a cancel that did not close
 * the question); a second click is what a person would do. `target` is clicked again only while it
 * is still shown.
 */
export async function clickUntil(target: Locator, outcome: Locator, state: 'visible' | 'detached' = 'visible'): Promise<void> {
  await clickUntilReached(target, () => outcome.waitFor({ state, timeout: 15_000 }), async () => {
    // A form's submit that asks nothing is most often a form that refused its input: say what it said.
    const refusals = await target.page().locator('.ant-form-item-explain-error').allTextContents().catch(() => []);
    return `${String(outcome)} is still not ${state}${refusals.length > 0 ? ` (the page's form says: ${refusals.join('; ')})` : ''}`;
  });
}

/**
 * The loop of `clickUntil` and `followLink`: clicks `target`, then waits on `reached` (which gives
 * up after 15 s), at most three times; `target` is clicked again only while it is still shown.
 */
async function clickUntilReached(target: Locator, reached: () => Promise<unknown>, stillNot: () => string | Promise<string>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    if (attempt === 1 || (await target.isVisible())) await target.click();
    if (await reached().then(() => true, () => false)) return;
    if (attempt === 3) throw new Error(`three clicks on ${String(target)} and ${await stillNot()}`);
  }
}

/**
 * Follows a link (or a pager's button) to another page of the portal: clicks `target` until the
 * page's URL matches `url`, at most three times, waiting 15 s after each click; `target` is
 * clicked again only while it is still shown. A link clicked in the instant the page's content
 * hydrates, or while the previous navigation is still being drawn, can start a navigation that
 * React leaves parked for about a minute (an upstream Next.js/React race, seen here once pages got
 * lighter); a person clicks again. Only for links: a form's submit is never clicked twice.
 */
export async function followLink(page: Page, target: Locator, url: string | RegExp | ((url: URL) => boolean)): Promise<void> {
  await clickUntilReached(target, () => page.waitForURL(url, { timeout: 15_000 }), () => `the page is still at ${page.url()}`);
}

/**
 * Confirms the question `useConfirmStep` asked (the portal's "this cannot be undone" dialog): clicks
 * its confirming button until the dialog is gone, so a click that lands while the dialog is still
 * opening is made again.
 */
export async function confirmStep(page: Page): Promise<void> {
  await clickUntil(page.getByTestId('confirm-ok'), page.getByTestId('confirm-consequence'), 'detached');
}

/**
 * Declines the question `useConfirmStep` asked: clicks its cancel button until the dialog is gone
 * (a cancel clicked as the dialog was still opening has left it open for a minute, seen in CI).
 */
export async function cancelStep(page: Page): Promise<void> {
  await clickUntil(page.getByTestId('confirm-cancel'), page.getByTestId('confirm-consequence'), 'detached');
}
