/**
 * The foreign-affairs office's police notifications in a real browser: the whole stack and the
 * portal started by startStack, Debian's Chromium through playwright-core, the officer signing in
 * through /login. Without a Chromium executable the suite is reported as skipped, never as passed.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { readCliConfig, testDatabaseUrl } from '../src/config';
import { postGraphQL } from '../src/graphql-request';
import { resetServerDatabases } from '../src/server-databases';
import { signIn } from '../src/sign-in';
import { startStack, type RunningStack } from '../src/stack';

const DB_PREFIX = 'lifeline_browser_fao';
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const chromiumFound = existsSync(CHROMIUM_PATH);
if (!chromiumFound) console.warn(`SKIPPED: foreign-affairs notification browser tests: no Chromium executable at ${CHROMIUM_PATH} (install Debian's chromium or set CHROMIUM_PATH).`);
const describeInBrowser = chromiumFound ? describe : describe.skip;

type Notifications = { foreignAffairsNotifications: Array<{ id: string; acknowledged: boolean; acknowledgedBy: string | null; acknowledgementNote: string | null; person: { displayName: string } | null }> };
const NOTIFICATIONS = `query($a: Boolean) { foreignAffairsNotifications(acknowledged: $a) { id acknowledged acknowledgedBy acknowledgementNote person { displayName } } }`;

describeInBrowser('the foreign-affairs office’s police notifications', () => {
  let dataDir: string;
  let stack: RunningStack;
  let browser: Browser;
  let portalUrl: string;
  const password = readCliConfig().demoPassword;
  const contexts: BrowserContext[] = [];
  const output: string[] = [];
  const pageErrors: string[] = [];

  async function signedIn(username: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${portalUrl}/login`);
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(`${portalUrl}/`);
    return page;
  }
  const nav = (page: Page) => page.getByRole('navigation', { name: '主导航' });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lifeline-browser-fao-'));
    const databaseUrl = testDatabaseUrl();
    if (databaseUrl) await resetServerDatabases(databaseUrl, DB_PREFIX);
    try {
      stack = await startStack({
        dataDir,
        withPortal: true,
        ...(databaseUrl ? { databaseUrl, dbPrefix: DB_PREFIX } : {}),
        env: { LOG_LEVEL: 'warn' },
        log: (line) => {
          output.push(line);
        },
      });
    } catch (error) {
      console.error(`the stack did not start; its last output:\n${output.slice(-40).join('\n')}`);
      throw error;
    }
    portalUrl = stack.portalUrl!;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  }, 300_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  it('lists the notifications to acknowledge, and acknowledging one with a note moves it to the acknowledged ones', async () => {
    const token = await signIn(stack.gatewayUrl, 'fao.officer', password);
    const open = await postGraphQL<Notifications>(stack.gatewayUrl, NOTIFICATIONS, { a: false }, { authorization: `Bearer ${token}` });
    expect(open.errors).toBeUndefined();
    const waiting = open.data!.foreignAffairsNotifications;
    expect(waiting.length).toBeGreaterThan(0);

    const page = await signedIn('fao.officer');
    await nav(page).getByText('公安通报', { exact: true }).click();
    await page.waitForURL(`${portalUrl}/foreign-affairs-notifications`);
    await page.getByTestId('fa-notification-row').first().waitFor();
    await expect(page.getByTestId('fa-notification-row').count()).resolves.toBe(waiting.length);
    const row = page.locator(`[data-testid="fa-notification-row"][data-id="${waiting[0]!.id}"]`);
    await expect(row.textContent()).resolves.toContain(waiting[0]!.person!.displayName);
    await page.screenshot({ path: join(tmpdir(), 'lifeline-portal-fa-notifications.png'), fullPage: true });

    await row.getByTestId('acknowledge-note').fill('已联系当事人,拟出具书面委托');
    await row.getByTestId('acknowledge-submit').click();
    await row.waitFor({ state: 'detached' });

    const after = await postGraphQL<Notifications>(stack.gatewayUrl, NOTIFICATIONS, { a: true }, { authorization: `Bearer ${token}` });
    const acknowledged = after.data!.foreignAffairsNotifications.find((n) => n.id === waiting[0]!.id)!;
    expect(acknowledged).toEqual(expect.objectContaining({ acknowledged: true, acknowledgedBy: 'fao.officer', acknowledgementNote: '已联系当事人,拟出具书面委托' }));

    await page.goto(`${portalUrl}/foreign-affairs-notifications?view=acknowledged`);
    const done = page.locator(`[data-testid="fa-notification-row"][data-id="${waiting[0]!.id}"]`);
    await expect(done.getByTestId('acknowledged-by').textContent()).resolves.toContain('fao.officer');
  }, 120_000);

  it('is not in the navigation of civil-affairs staff, and the graph refuses them the list', async () => {
    const page = await signedIn('center.staff');
    await nav(page).getByText('书面委托', { exact: true }).waitFor();
    await expect(nav(page).getByText('公安通报', { exact: true }).count()).resolves.toBe(0);
    await page.goto(`${portalUrl}/foreign-affairs-notifications`);
    await page.getByTestId('not-permitted').waitFor();
    await expect(page.getByTestId('fa-notification-row').count()).resolves.toBe(0);
  }, 90_000);
});
