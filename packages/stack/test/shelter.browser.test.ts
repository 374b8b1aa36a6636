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
import { BROWSER_TEST_TIMEOUT, describeInBrowser, followLink, useBrowser, expectShownTotal, shownTotal, confirmStep } from './support/browser';
import { eventually } from './support/eventually';
import { graphAs } from './support/graph-as';

describeInBrowser('shelter browser tests')('shelter referrals in the portal', () => {
  const session = useBrowser();
  const signedIn = (username: string, path?: string) => session.signedIn(username, path);
  const portalUrl = session.portalUrl;
  const graph = graphAs();

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

  /** The desk at `path` once the exchange has brought the referral to civil affairs (the shelter answers what has arrived there): its link among those waiting. */
  async function waitingOnDesk(staff: Page, id: string, path = '/shelter') {
    const link = staff.locator(`[data-testid="desk-open-referral"][data-id="${id}"]`);
    await eventually(`referral ${id} waiting on the desk`, async () => {
      await staff.goto(`${portalUrl}${path}`);
      await staff.getByTestId('desk-waiting').waitFor();
      return (await link.count()) > 0;
    });
    return link;
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
    await followLink(staff, (await waitingOnDesk(staff, id)), `${portalUrl}/shelter-referrals/${id}`);
    await staff.getByTestId('shelter-free-places').waitFor();
    await staff.getByTestId('action-accept').click();
    await expect(staff.getByTestId('confirm-consequence').textContent()).resolves.toContain('2');
    await confirmStep(staff);
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
    await confirmStep(staff);
    await status(staff, 'DISCHARGED');
    await caseworker.reload();
    await status(caseworker, 'DISCHARGED');
    await staff.getByTestId('action-close').click();
    await confirmStep(staff);
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
    await confirmStep(staff);
    await status(staff, 'DECLINED');
    await caseworker.reload();
    await status(caseworker, 'DECLINED');

    const center = await signedIn('center.staff', `/shelter-referrals/${id}`);
    await center.waitForLoadState('networkidle');
    expect(await center.getByTestId('referral-status').count()).toBe(0);
    expect(await center.content()).not.toContain('周婉');
  }, BROWSER_TEST_TIMEOUT);

  it('runs the desk from the URL: the waiting referrals with their victim, highest risk first; the records paged, filtered, sorted and exported as audited CSVs', async () => {
    const caseworker = await signedIn('wf.caseworker');
    const id = await submitReferral(caseworker, '韩雪梅');
    const staff = await signedIn('shelter.staff');
    const rank = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

    // Waiting: the victim as the shelter sees her, the highest risk first; counted as the graph counts.
    await waitingOnDesk(staff, id);
    await expect(staff.locator(`[data-testid="desk-waiting-row"][data-id="${id}"]`).getByTestId('waiting-victim').textContent()).resolves.toMatch(/^韩雪梅 · 女 · 32岁$/);
    const risks = await staff.getByTestId('desk-waiting-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-risk')!));
    expect(risks.map((risk) => rank.indexOf(risk))).toEqual([...risks.map((risk) => rank.indexOf(risk))].sort((a, b) => a - b));
    type Counted = { shelterReferralsAwaitingAnswer: { totalCount: number }; shelterPlacementsConnection: { totalCount: number; edges: Array<{ node: { id: string; referralId: string } }> } };
    const counts = (statuses: string[] | null, order = 'NEWEST_FIRST') =>
      graph<Counted>(
        'shelter.staff',
        'query($s: [ShelterPlacementStatus!], $o: ShelterPlacementOrder) { shelterReferralsAwaitingAnswer(first: 1) { totalCount } shelterPlacementsConnection(statuses: $s, order: $o, first: 15) { totalCount edges { node { id referralId } } } }',
        { s: statuses, o: order },
      );
    const all = await counts(null);
    await expectShownTotal(staff, 'desk-waiting-total', async () => (await counts(null)).shelterReferralsAwaitingAnswer.totalCount);

    // Every record, from the URL: more than a page, so the next page follows, in the same view.
    await staff.goto(`${portalUrl}/shelter?status=ALL`);
    const records = () => staff.getByTestId('desk-placement-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-referral')));
    expect(await shownTotal(staff, 'desk-placements-total')).toBe(all.shelterPlacementsConnection.totalCount);
    expect(await records()).toEqual(all.shelterPlacementsConnection.edges.map((e) => e.node.referralId));
    const firstPage = await records();
    await followLink(staff, staff.getByTestId('desk-placements').getByTestId('next-page'), (url) => url.searchParams.get('status') === 'ALL' && url.searchParams.has('after'));
    await staff.getByTestId('desk-placements').getByTestId('first-page').waitFor();
    const secondPage = await records();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((referral) => firstPage.includes(referral))).toEqual([]);

    // Declined ones, earliest answer first, through the filters: the URL keeps both, the rows are the graph's.
    await staff.goto(`${portalUrl}/shelter?status=DECLINED`);
    await staff.getByTestId('filter-placement-order').click();
    await staff.locator('.ant-select-item-option', { hasText: '最早答复优先' }).click();
    await staff.waitForURL((url) => url.searchParams.get('status') === 'DECLINED' && url.searchParams.get('order') === 'OLDEST_FIRST');
    const declined = await counts(['DECLINED'], 'OLDEST_FIRST');
    await eventually('the declined records, earliest first', async () => JSON.stringify(await records()) === JSON.stringify(declined.shelterPlacementsConnection.edges.map((e) => e.node.referralId)));

    // Their export: every declined record, each written to civil affairs' audit trail; and the waiting list's, with the victim.
    const since = new Date(Date.now() - 1000).toISOString();
    const href = await staff.getByTestId('desk-placements-export').getAttribute('href');
    expect(href).toBe('/shelter/export?list=placements&status=DECLINED&order=OLDEST_FIRST');
    const lines = async (url: string) => {
      const download = await staff.request.get(`${portalUrl}${url}`);
      expect(download.status()).toBe(200);
      expect(download.headers()['content-type']).toContain('text/csv');
      return (await download.text()).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    };
    const placements = await lines(href!);
    expect(placements[0]).toBe('"转介编号","状态","受害人","所需床位","转介机构","答复时间","入住时间","庇护期至","离开时间"');
    expect(placements).toHaveLength(declined.shelterPlacementsConnection.totalCount + 1);
    expect(placements.slice(1).every((line) => line.includes('"已拒绝"'))).toBe(true);
    const trail = await graph<{ auditEvents: { civilAffairs: { events: Array<{ operation: string; purpose: string | null }> } } }>(
      'auditor',
      'query($from: DateTime!) { auditEvents(filter: { actor: "shelter.staff", recordType: "ShelterPlacement", from: $from }, first: 200) { civilAffairs { events { operation purpose } } } }',
      { from: since },
    );
    expect(trail.auditEvents.civilAffairs.events.filter((e) => e.operation === 'EXPORT' && e.purpose === 'export')).toHaveLength(declined.shelterPlacementsConnection.totalCount);
    const waiting = await lines('/shelter/export?list=waiting');
    expect(waiting).toHaveLength(all.shelterReferralsAwaitingAnswer.totalCount + 1);
    expect(waiting.find((line) => line.startsWith(`"${id}"`))).toContain('"韩雪梅","女","32"');

    // Nobody else gets a file.
    const refused = await caseworker.request.get(`${portalUrl}/shelter/export?list=waiting`);
    expect(refused.status()).toBe(403);
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
