/**
 * Shelter referrals in a real browser: a women's-federation caseworker submits a referral with a
 * child and consent through the portal's form and follows it; the shelter staff see it on their
 * desk and accept, admit, extend, discharge and close it, or decline it with a reason; the
 * caseworker's page shows each answer as its status. The stack is the test run's shared one;
 * Debian's Chromium is driven through playwright-core. Without a Chromium executable
 * the suite is reported as skipped, never as passed.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { BROWSER_TEST_TIMEOUT, describeInBrowser, useBrowser, shownTotal } from './support/browser';

describeInBrowser('shelter browser tests')('shelter referrals in the portal', () => {
  const session = useBrowser();
  const signedIn = (username: string, path?: string) => session.signedIn(username, path);
  const portalUrl = session.portalUrl;

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

  it('refuses a referral without consent, saying so, and stays on the form', async () => {
    const page = await signedIn('wf.caseworker', '/shelter-referrals/new');
    await page.getByTestId('referral-name').fill('无同意');
    await page.getByTestId('referral-submit').click();
    await page.getByTestId('referral-form-error').waitFor();
    expect(new URL(page.url()).pathname).toBe('/shelter-referrals/new');
  }, BROWSER_TEST_TIMEOUT);

  it('takes a referral from the caseworker through acceptance, admission, extension, discharge and closing, the caseworker seeing each step', async () => {
    const caseworker = await signedIn('wf.caseworker');
    const id = await submitReferral(caseworker, '苏晓雯');
    await expect(caseworker.getByTestId('referral-children').textContent()).resolves.toContain('4');

    const staff = await signedIn('shelter.staff', '/shelter');
    const freeBefore = Number((await staff.getByTestId('desk-free-places').locator('.ant-statistic-content-value').textContent())?.trim());
    await staff.locator(`[data-testid="desk-open-referral"][data-id="${id}"]`).click();
    await staff.waitForURL(`${portalUrl}/shelter-referrals/${id}`);
    await staff.getByTestId('shelter-free-places').waitFor();
    await staff.getByTestId('action-accept').click();
    await expect(staff.getByTestId('confirm-consequence').textContent()).resolves.toContain('2');
    await staff.getByTestId('confirm-ok').click();
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
    await staff.getByTestId('confirm-ok').click();
    await status(staff, 'DISCHARGED');
    await caseworker.reload();
    await status(caseworker, 'DISCHARGED');
    await staff.getByTestId('action-close').click();
    await staff.getByTestId('confirm-ok').click();
    await status(staff, 'CLOSED');
    await caseworker.reload();
    await status(caseworker, 'CLOSED');
    await caseworker.screenshot({ path: join(tmpdir(), 'lifeline-portal-shelter-referral-closed.png'), fullPage: true });
  }, BROWSER_TEST_TIMEOUT);

  it('declines with a reason only, and the caseworker sees DECLINED; other staff never see the referral', async () => {
    const caseworker = await signedIn('wf.caseworker');
    const id = await submitReferral(caseworker, '周婉');
    const staff = await signedIn('shelter.staff', `/shelter-referrals/${id}`);
    await staff.getByTestId('action-decline').click();
    // No reason, no refusal: the portal asks for one before anything is sent.
    await expect(staff.getByTestId('action-error').textContent()).resolves.toBe('拒绝须填写理由');
    await expect(staff.getByTestId('confirm-ok').count()).resolves.toBe(0);
    await status(staff, 'SUBMITTED');
    await staff.getByTestId('action-reason').fill('评估为低风险,已转介社区临时安置');
    // The refused attempt has finished once the button is no longer loading.
    await staff.locator('[data-testid="action-decline"]:not(.ant-btn-loading)').click();
    await staff.getByTestId('confirm-ok').click();
    await status(staff, 'DECLINED');
    await caseworker.reload();
    await status(caseworker, 'DECLINED');

    const center = await signedIn('center.staff', `/shelter-referrals/${id}`);
    await center.waitForLoadState('networkidle');
    expect(await center.getByTestId('referral-status').count()).toBe(0);
    expect(await center.content()).not.toContain('周婉');
  }, BROWSER_TEST_TIMEOUT);

  it('lets the caseworker withdraw a referral the shelter has not answered', async () => {
    const caseworker = await signedIn('wf.caseworker');
    const id = await submitReferral(caseworker, '李青');
    await caseworker.getByTestId('action-reason').fill('本人已投靠亲属');
    await caseworker.getByTestId('action-withdraw').click();
    await status(caseworker, 'WITHDRAWN');

    // Her list, newest first, paged and counted on the server: the referral is on its first page, and
    // the file-status filter (kept in the URL) shows it among the withdrawn ones, counted apart.
    const counted = () => shownTotal(caseworker, 'shelter-referrals-total');
    await caseworker.goto(`${portalUrl}/shelter-referrals`);
    await caseworker.locator(`[data-testid="shelter-referral-open"][data-id="${id}"]`).waitFor();
    const total = await counted();
    expect(total).toBeGreaterThanOrEqual(await caseworker.getByTestId('shelter-referral-row').count());
    await caseworker.goto(`${portalUrl}/shelter-referrals?status=WITHDRAWN`);
    await caseworker.locator(`[data-testid="shelter-referral-open"][data-id="${id}"]`).waitFor();
    const withdrawn = await counted();
    expect(withdrawn).toBeGreaterThan(0);
    expect(withdrawn).toBeLessThan(total);
  }, BROWSER_TEST_TIMEOUT);
});
