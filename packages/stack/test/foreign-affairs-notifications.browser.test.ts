/**
 * The foreign-affairs office's police notifications in a real browser: the test run's shared
 * stack and portal, Debian's Chromium through playwright-core, the officer signing in
 * through /login. Without a Chromium executable the suite is reported as skipped, never as passed.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { demoPassword } from '../src/config';
import { postGraphQL } from '../src/graphql-request';
import { signIn } from '../src/sign-in';
import { BROWSER_TEST_TIMEOUT, describeInBrowser, followLink, useBrowser, shownTotal } from './support/browser';
import { sharedStack } from './support/shared-stack';

type Notification = { id: string; acknowledged: boolean; acknowledgedBy: string | null; acknowledgementNote: string | null; person: { displayName: string } | null };
type Notifications = { foreignAffairsNotificationsConnection: { totalCount: number; edges: Array<{ node: Notification }> } };
/** The first page of the office's view, as the portal asks for it (50, oldest first). */
const NOTIFICATIONS = `query($a: Boolean) { foreignAffairsNotificationsConnection(acknowledged: $a, first: 50) { totalCount edges { node { id acknowledged acknowledgedBy acknowledgementNote person { displayName } } } } }`;
/** What changed since an instant, as a partner's sync reads it. */
const CHANGED_SINCE = `query($since: DateTime!) { foreignAffairsNotificationsConnection(order: UPDATED, updatedSince: $since, first: 100) { totalCount edges { node { id acknowledged acknowledgedBy acknowledgementNote person { displayName } } } } }`;
const nodes = (data: Notifications) => data.foreignAffairsNotificationsConnection.edges.map((edge) => edge.node);

describeInBrowser('foreign-affairs notification browser tests')('the foreign-affairs office’s police notifications', () => {
  const stack = sharedStack();
  const session = useBrowser();
  const portalUrl = session.portalUrl;
  const password = demoPassword();
  const signedIn = (username: string, path?: string) => session.signedIn(username, path);

  const nav = (page: Page) => page.getByRole('navigation', { name: '主导航' });

  it('lists the notifications to acknowledge, and acknowledging one with a note moves it to the acknowledged ones', async () => {
    const token = await signIn(stack.gatewayUrl, 'fao.officer', password);
    const open = await postGraphQL<Notifications>(stack.gatewayUrl, NOTIFICATIONS, { a: false }, { authorization: `Bearer ${token}` });
    expect(open.errors).toBeUndefined();
    const waiting = nodes(open.data!);
    expect(waiting.length).toBeGreaterThan(0);

    const page = await signedIn('fao.officer');
    await followLink(page, nav(page).getByText('公安通报', { exact: true }), `${portalUrl}/foreign-affairs-notifications`);
    await page.getByTestId('fa-notification-row').first().waitFor();
    // Counted on the server, as the graph counts (other suites send notifications meanwhile: the
    // count shown lies between the graph's before and after).
    const shown = await shownTotal(page, 'fa-notifications-total');
    expect(shown).toBeGreaterThanOrEqual(open.data!.foreignAffairsNotificationsConnection.totalCount);
    const later = await postGraphQL<Notifications>(stack.gatewayUrl, NOTIFICATIONS, { a: false }, { authorization: `Bearer ${token}` });
    expect(shown).toBeLessThanOrEqual(later.data!.foreignAffairsNotificationsConnection.totalCount);
    await expect(page.getByTestId('fa-notification-row').count()).resolves.toBe(Math.min(shown, 50));
    const row = page.locator(`[data-testid="fa-notification-row"][data-id="${waiting[0]!.id}"]`);
    await expect(row.textContent()).resolves.toContain(waiting[0]!.person!.displayName);
    await page.screenshot({ path: join(tmpdir(), 'lifeline-portal-fa-notifications.png'), fullPage: true });

    const since = new Date(Date.now() - 1000).toISOString();
    await row.getByTestId('acknowledge-note').fill('已联系当事人,拟出具书面委托');
    await row.getByTestId('acknowledge-submit').click();
    await row.waitFor({ state: 'detached' });

    const after = await postGraphQL<Notifications>(stack.gatewayUrl, CHANGED_SINCE, { since }, { authorization: `Bearer ${token}` });
    const acknowledged = nodes(after.data!).find((n) => n.id === waiting[0]!.id)!;
    expect(acknowledged).toEqual(expect.objectContaining({ acknowledged: true, acknowledgedBy: 'fao.officer', acknowledgementNote: '已联系当事人,拟出具书面委托' }));

    await page.goto(`${portalUrl}/foreign-affairs-notifications?view=acknowledged`);
    const done = page.locator(`[data-testid="fa-notification-row"][data-id="${waiting[0]!.id}"]`);
    await expect(done.getByTestId('acknowledged-by').textContent()).resolves.toContain('fao.officer');
  }, BROWSER_TEST_TIMEOUT);

  it('is not in the navigation of civil-affairs staff, and the graph refuses them the list', async () => {
    const page = await signedIn('center.staff');
    await nav(page).getByText('书面委托', { exact: true }).waitFor();
    await expect(nav(page).getByText('公安通报', { exact: true }).count()).resolves.toBe(0);
    await page.goto(`${portalUrl}/foreign-affairs-notifications`);
    await page.getByTestId('not-permitted').waitFor();
    await expect(page.getByTestId('fa-notification-row').count()).resolves.toBe(0);
  }, BROWSER_TEST_TIMEOUT);
});
