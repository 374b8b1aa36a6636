/**
 * The admin console in a real browser, on the run's shared stack: the administrator creates an
 * account whose generated password then signs in through /login, unlocks an account and resets
 * its password, rotates an integration client's secret (the old one stops working at the token
 * endpoint) and finds the step in the admin history, and rotates the access-token signing key
 * (tokens of the old key live out their 15 minutes, so the suites sharing the stack are not
 * disturbed); staff who are not administrators get the not-permitted state. Every account and client here is the test's own: the demo accounts and
 * clients other suites sign in with are never changed.
 */
import { randomUUID } from 'node:crypto';
import { type Page } from 'playwright-core';
import { demoPassword } from '../src/config';
import { signIn } from '../src/sign-in';
import { BROWSER_TEST_TIMEOUT, describeInBrowser, followLink, useBrowser } from './support/browser';
import { sharedStack } from './support/shared-stack';

/** A name no other test or run uses (the identity database lives as long as the stack). */
const uniqueName = (prefix: string) => `${prefix}.${randomUUID().slice(0, 8)}`;

describeInBrowser('admin console browser tests')('the admin console', () => {
  const stack = sharedStack();
  const session = useBrowser();
  const portalUrl = session.portalUrl;
  const password = demoPassword();

  const adminCall = async (path: string, body: unknown) => {
    const token = await signIn(stack.gatewayUrl, 'admin', password);
    const res = await fetch(new URL(`/admin/${path}`, stack.gatewayUrl), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.status !== 201) throw new Error(`POST /admin/${path} answered ${res.status}`);
    return (await res.json()) as Record<string, unknown>;
  };
  const loginStatus = async (username: string, pw: string) =>
    (await fetch(new URL('/auth/login', stack.gatewayUrl), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: pw }) })).status;
  const tokenStatus = async (clientId: string, secret: string) =>
    (
      await fetch(new URL('/oauth/token', stack.gatewayUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}` },
        body: 'grant_type=client_credentials',
      })
    ).status;
  /** Confirms the open Popconfirm and waits for the step's success message. */
  const confirmAndWait = async (page: Page) => {
    await page.getByTestId('admin-confirm-ok').click();
    await page.getByTestId('admin-step-done').waitFor();
  };
  const nav = (page: Page) => page.getByRole('navigation', { name: '主导航' });

  it('creates an account with a generated password shown once, which then signs in through /login; the page fits a phone', async () => {
    const page = await session.signedIn('admin');
    await followLink(page, page.getByTestId('welcome-admin-accounts'), `${portalUrl}/admin/accounts`);
    const username = uniqueName('clerk');
    await page.getByTestId('admin-account-new').click();
    await page.getByTestId('admin-account-username').fill(username);
    await page.getByTestId('admin-account-display-name').fill('县救助站 李明');
    await page.getByTestId('admin-account-agency').click();
    await page.locator('.ant-select-item-option', { hasText: '民政' }).click();
    await page.getByTestId('admin-account-roles').click();
    await page.locator('.ant-select-item-option', { hasText: '县级救助站工作人员' }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('admin-account-jurisdiction').fill('379921');
    await page.getByTestId('admin-account-submit').click();
    const secret = page.getByTestId('admin-secret');
    await secret.waitFor();
    await expect(secret.getAttribute('data-owner')).resolves.toBe(username);
    const generated = (await page.getByTestId('admin-secret-value').textContent())!.trim();
    expect(generated).toMatch(/^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$/);
    const row = page.locator(`[data-testid="admin-account-row"][data-username="${username}"]`);
    await row.waitFor();
    await expect(row.getByTestId('admin-account-role').getAttribute('data-value')).resolves.toBe('STATION_STAFF');

    const other = await session.newPage();
    await other.goto(`${portalUrl}/login`);
    await other.getByTestId('login-username').fill(username);
    await other.getByTestId('login-password').fill(generated);
    await other.getByTestId('login-submit').click();
    await other.waitForURL(`${portalUrl}/`);
    await expect(other.getByTestId('signed-in-username').textContent()).resolves.toBe(username);

    // On a phone the page scrolls down, never sideways (the table scrolls inside itself).
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${portalUrl}/admin/accounts?q=${username}`);
    await row.waitFor();
    await expect(page.evaluate<number>('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1440, height: 1000 });
  }, BROWSER_TEST_TIMEOUT);

  it('unlocks an account after failed sign-ins and resets its password: the old one stops working, the new one signs in', async () => {
    const username = uniqueName('locked');
    const initial = `initial-${randomUUID().slice(0, 8)}`;
    await adminCall('accounts', { username, displayName: '测试 锁定', agency: 'CIVIL_AFFAIRS', roles: ['STATION_STAFF'], jurisdiction: '379921', password: initial });
    for (let i = 0; i < 3; i += 1) expect(await loginStatus(username, `wrong-${i}`)).toBe(401);

    const page = await session.signedIn('admin', `/admin/accounts?q=${username}`);
    const row = page.locator(`[data-testid="admin-account-row"][data-username="${username}"]`);
    await row.getByTestId('admin-account-unlock').click();
    await confirmAndWait(page);
    await row.getByTestId('admin-account-unlock').waitFor({ state: 'detached' });
    // No wait left: the throttle was cleared.
    expect(await loginStatus(username, initial)).toBe(200);

    await row.getByTestId('admin-account-resetPassword').click();
    await confirmAndWait(page);
    await page.getByTestId('admin-secret').waitFor();
    const generated = (await page.getByTestId('admin-secret-value').textContent())!.trim();
    expect(await loginStatus(username, initial)).toBe(401);
    expect(await loginStatus(username, generated)).toBe(200);
    await page.getByTestId('admin-secret-dismiss').click();
    await expect(page.getByTestId('admin-secret').count()).resolves.toBe(0);
  }, BROWSER_TEST_TIMEOUT);

  it('rotates a client’s secret: the old one no longer gets a token, the new one does; the history shows the step', async () => {
    const clientId = uniqueName('partner-system');
    const created = await adminCall('clients', { clientId, displayName: '测试对接系统', agency: 'PUBLIC_SECURITY', allowedScopes: ['read:persons'] });
    const oldSecret = created.clientSecret as string;
    expect(await tokenStatus(clientId, oldSecret)).toBe(200);

    const page = await session.signedIn('admin');
    await followLink(page, nav(page).getByTestId('nav-admin-clients'), `${portalUrl}/admin/clients`);
    const row = page.locator(`[data-testid="admin-client-row"][data-client-id="${clientId}"]`);
    await expect(row.getByTestId('admin-client-scope').getAttribute('data-value')).resolves.toBe('read:persons');
    await row.getByTestId('admin-client-rotateSecret').click();
    await confirmAndWait(page);
    await page.getByTestId('admin-secret').waitFor();
    const newSecret = (await page.getByTestId('admin-secret-value').textContent())!.trim();
    expect(newSecret).not.toBe(oldSecret);
    expect(await tokenStatus(clientId, oldSecret)).toBe(401);
    expect(await tokenStatus(clientId, newSecret)).toBe(200);

    await followLink(page, nav(page).getByTestId('nav-admin-history'), `${portalUrl}/admin/history`);
    const line = page.locator(`[data-testid="admin-history-row"][data-target="${clientId}"][data-action="CLIENT_ROTATE_SECRET"]`);
    await expect(line.getAttribute('data-outcome')).resolves.toBe('SUCCEEDED');
    await expect(page.getByTestId('admin-history').textContent()).resolves.not.toContain(newSecret);
  }, BROWSER_TEST_TIMEOUT);

  it('rotates the access-token signing key: new tokens carry the new key, a token of the old one still works, the JWKS publishes both', async () => {
    const before = await signIn(stack.gatewayUrl, 'admin', password);
    const kidOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()) as { kid: string }).kid;
    const oldKid = kidOf(before);

    const page = await session.signedIn('admin');
    await followLink(page, nav(page).getByTestId('nav-admin-signingKeys'), `${portalUrl}/admin/signing-keys`);
    const signingRow = page.locator('[data-testid="admin-signing-key-row"][data-signing="true"]');
    await expect(signingRow.getAttribute('data-kid')).resolves.toBe(oldKid);
    await page.getByTestId('admin-signing-key-rotate').click();
    await confirmAndWait(page);
    await page.locator(`[data-testid="admin-signing-key-row"][data-signing="false"][data-kid="${oldKid}"]`).waitFor();
    const newKid = (await signingRow.getAttribute('data-kid'))!;
    expect(newKid).not.toBe(oldKid);

    expect(kidOf(await signIn(stack.gatewayUrl, 'admin', password))).toBe(newKid);
    const stillValid = await fetch(new URL('/admin/signing-keys', stack.gatewayUrl), { headers: { authorization: `Bearer ${before}` } });
    expect(stillValid.status).toBe(200);
    const jwks = (await (await fetch(new URL('/.well-known/jwks.json', stack.gatewayUrl))).json()) as { keys: Array<{ kid: string }> };
    expect(jwks.keys.map((key) => key.kid)).toEqual(expect.arrayContaining([newKid, oldKid]));
  }, BROWSER_TEST_TIMEOUT);

  it('gives staff who are not administrators no admin navigation and the not-permitted state on every admin page', async () => {
    const page = await session.signedIn('center.staff');
    await expect(nav(page).getByTestId('nav-admin-accounts').count()).resolves.toBe(0);
    for (const path of ['/admin/accounts', '/admin/clients', '/admin/signing-keys', '/admin/history']) {
      await page.goto(`${portalUrl}${path}`);
      await page.getByTestId('not-permitted').waitFor();
      await expect(page.getByTestId('admin-accounts').count()).resolves.toBe(0);
    }
  }, BROWSER_TEST_TIMEOUT);
});
