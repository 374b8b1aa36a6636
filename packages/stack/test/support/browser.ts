/**
 * What every browser suite shares: `describe` or, without Chromium, `describe.skip` with the
 * reason printed; one Chromium per suite, launched before its tests and closed after them; a
 * fresh context signed in through the portal's real /login page per user, closed when its test ends
 * (a context opened in `beforeAll` lives until the suite ends), so no page of an earlier test keeps
 * the browser busy; and the check that no page threw a client-side exception during a test.
 *
 * A user signs in through /login once per suite; later sign-ins of the same user in that suite
 * open a new context from the cookies the first one received (a second tab of a signed-in user),
 * as long as they are well younger than the access token, so no two contexts ever race to renew
 * it. The suites about signing in itself (portal-roles) drive /login every time.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { demoPassword } from '../../src/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumFound } from './browser-config';
import { sharedStack } from './shared-stack';

/**
 * The time one browser test may take. A ceiling, not a pace: on two cores shared with the other
 * suite, the other workspaces' tests and Chromium, a long path through the portal has taken over
 * twice what it takes alone; a step that never comes fails on its own wait (60 s) first.
 */
export const BROWSER_TEST_TIMEOUT = 240_000;

/**
 * How long a user's cookies from /login open further contexts in a suite: a third of the access
 * token's longest life (15 minutes), so none of them has to renew it (renewal rotates the refresh
 * token, which another context still holding the old one would then present as a replay).
 */
const SIGNED_IN_STATE_REUSE_MS = 5 * 60_000;

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
   * A new context (its own cookies) signed in as `username`, on `path` (the home page by default):
   * through /login the first time in the suite, from the cookies it set afterwards.
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

  /** The cookies each user's sign-in through /login set in this suite, and when. */
  const signedInStates = new Map<string, { state: NonNullable<BrowserContextOptions['storageState']>; at: number }>();

  const newPage = async (options: BrowserContextOptions = {}): Promise<Page> => {
    if (!browser) throw new Error('Chromium is not running: call useBrowser() inside describe and pages inside tests.');
    const context = await browser.newContext({ ...options, viewport: { width: 1440, height: 1000 } });
    (inTest ? testContexts : suiteContexts).push(context);
    const page = await context.newPage();
    // Generous: a server action and the page's refresh share two cores with the other suite and
    // the other workspaces' tests; a step that never comes still fails well within the test's time.
    page.setDefaultTimeout(60_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  };

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  }, 60_000);

  afterAll(async () => {
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
      const url = baseUrl();
      const kept = signedInStates.get(username);
      if (kept && Date.now() - kept.at < SIGNED_IN_STATE_REUSE_MS) {
        const page = await newPage({ storageState: kept.state });
        await page.goto(`${url}${path}`);
        return page;
      }
      const page = await newPage();
      await page.goto(`${url}/login`);
      await page.getByTestId('login-username').fill(username);
      await page.getByTestId('login-password').fill(password);
      await page.getByTestId('login-submit').click();
      await page.waitForURL(`${url}/`);
      signedInStates.set(username, { state: await page.context().storageState(), at: Date.now() });
      if (path !== '/') await page.goto(`${url}${path}`);
      return page;
    },
  };
}

/**
 * Waits until a change made in a form shows its result (`expected` appears) or the form shows the
 * graph's refusal, and fails with the refusal's text in the second case, so a failed step says
 * why instead of timing out on a row that will never come. The wait is longer than a single
 * locator's: a server action and the page's refresh share two cores with the rest of the suite.
 */
export async function changeLands(page: Page, expected: Locator, timeout = 60_000): Promise<void> {
  const refused = page.getByTestId('change-refused');
  await expected.or(refused).first().waitFor({ timeout });
  if (await refused.first().isVisible()) {
    throw new Error(`The portal refused the change: ${(await refused.first().textContent()) ?? '(no text)'}`);
  }
}
