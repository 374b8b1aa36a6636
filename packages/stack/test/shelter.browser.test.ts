/**
 * Shelter referrals in a real browser: a women's-federation caseworker submits a referral with a
 * child and consent through the portal's form and follows it; the shelter staff see it on their
 * desk and accept, admit, extend, discharge and close it, or decline it with a reason; the
 * caseworker's page shows each answer as its status. The whole stack is started once by
 * startStack; Debian's Chromium is driven through playwright-core. Without a Chromium executable
 * the suite is reported as skipped, never as passed.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { readCliConfig, testDatabaseUrl } from '../src/config';
import { resetServerDatabases } from '../src/server-databases';
import { startStack, type RunningStack } from '../src/stack';

const DB_PREFIX = 'lifeline_browser_shelter';
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const chromiumFound = existsSync(CHROMIUM_PATH);
if (!chromiumFound) console.warn(`SKIPPED: shelter browser tests: no Chromium executable at ${CHROMIUM_PATH} (install Debian's chromium or set CHROMIUM_PATH).`);
const describeInBrowser = chromiumFound ? describe : describe.skip;

describeInBrowser('shelter referrals in the portal', () => {
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

  const status = (page: Page, value: string) => page.locator(`[data-testid="referral-status"][data-value="${value}"]`).waitFor();

  /** Submits the form as the caseworker, with one child of 4; answers the new referral's id. */
  async function submitReferral(page: Page, name: string): Promise<string> {
    await page.goto(`${portalUrl}/shelter-referrals/new`);
    await page.getByTestId('referral-name').fill(name);
    await page.getByTestId('referral-age').fill('32');
    await page.getByTestId('referral-add-child').click();
    await page.getByTestId('referral-child-age').fill('4');
    await page.getByTestId('referral-consent').check();
    await page.getByTestId('referral-submit').click();
    await page.waitForURL((url) => /^\/shelter-referrals\/[0-9a-f-]{36}$/.test(url.pathname));
    await status(page, 'SUBMITTED');
    return new URL(page.url()).pathname.split('/').pop()!;
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lifeline-browser-shelter-'));
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

  it('refuses a referral without consent, saying so, and stays on the form', async () => {
    const page = await signedIn('wf.caseworker');
    await page.goto(`${portalUrl}/shelter-referrals/new`);
    await page.getByTestId('referral-name').fill('无同意');
    await page.getByTestId('referral-submit').click();
    await page.getByTestId('referral-form-error').waitFor();
    expect(new URL(page.url()).pathname).toBe('/shelter-referrals/new');
  });

  it('takes a referral from the caseworker through acceptance, admission, extension, discharge and closing, the caseworker seeing each step', async () => {
    const caseworker = await signedIn('wf.caseworker');
    const id = await submitReferral(caseworker, '苏晓雯');
    await expect(caseworker.getByTestId('referral-children').textContent()).resolves.toContain('4');

    const staff = await signedIn('shelter.staff');
    await staff.goto(`${portalUrl}/shelter`);
    const freeBefore = Number((await staff.getByTestId('desk-free-places').locator('.ant-statistic-content-value').textContent())?.trim());
    await staff.locator(`[data-testid="desk-open-referral"][data-id="${id}"]`).click();
    await staff.waitForURL(`${portalUrl}/shelter-referrals/${id}`);
    await staff.getByTestId('shelter-free-places').waitFor();
    await staff.getByTestId('action-accept').click();
    await status(staff, 'ACCEPTED');
    await expect(staff.getByTestId('placement-places').textContent()).resolves.toMatch(/#\d+, .*#\d+/);
    await staff.goto(`${portalUrl}/shelter`);
    await expect(staff.getByTestId('desk-free-places').locator('.ant-statistic-content-value').textContent()).resolves.toBe(String(freeBefore - 2));

    await caseworker.reload();
    await status(caseworker, 'ACCEPTED');
    expect(await caseworker.getByTestId('referral-placement').count()).toBe(0);

    await staff.goto(`${portalUrl}/shelter-referrals/${id}`);
    await staff.getByTestId('action-admit').click();
    await status(staff, 'ADMITTED');
    await staff.getByTestId('action-reason').fill('等待人身安全保护令裁定');
    await staff.getByTestId('action-extend').click();
    await status(staff, 'EXTENDED');
    await staff.getByTestId('action-reason').fill('已回娘家居住,社工回访');
    await staff.getByTestId('action-discharge').click();
    await status(staff, 'DISCHARGED');
    await caseworker.reload();
    await status(caseworker, 'DISCHARGED');
    await staff.getByTestId('action-close').click();
    await status(staff, 'CLOSED');
    await caseworker.reload();
    await status(caseworker, 'CLOSED');
    await caseworker.screenshot({ path: join(tmpdir(), 'lifeline-portal-shelter-referral-closed.png'), fullPage: true });
  });

  it('declines with a reason only, and the caseworker sees DECLINED; other staff never see the referral', async () => {
    const caseworker = await signedIn('wf.caseworker');
    const id = await submitReferral(caseworker, '周婉');
    const staff = await signedIn('shelter.staff');
    await staff.goto(`${portalUrl}/shelter-referrals/${id}`);
    await staff.getByTestId('action-decline').click();
    await staff.getByTestId('action-error').waitFor();
    await status(staff, 'SUBMITTED');
    await staff.getByTestId('action-reason').fill('评估为低风险,已转介社区临时安置');
    // The refused attempt has finished once the button is no longer loading.
    await staff.locator('[data-testid="action-decline"]:not(.ant-btn-loading)').click();
    await status(staff, 'DECLINED');
    await caseworker.reload();
    await status(caseworker, 'DECLINED');

    const center = await signedIn('center.staff');
    await center.goto(`${portalUrl}/shelter-referrals/${id}`);
    await center.waitForLoadState('networkidle');
    expect(await center.getByTestId('referral-status').count()).toBe(0);
    expect(await center.content()).not.toContain('周婉');
  });

  it('lets the caseworker withdraw a referral the shelter has not answered', async () => {
    const caseworker = await signedIn('wf.caseworker');
    await submitReferral(caseworker, '李青');
    await caseworker.getByTestId('action-reason').fill('本人已投靠亲属');
    await caseworker.getByTestId('action-withdraw').click();
    await status(caseworker, 'WITHDRAWN');
  });
});
