/**
 * Aid entrustments in a real browser: the foreign-affairs officer issues one (the person on record
 * found by name, the nationality picked by name; a malformed passport number refused first), the center's staff accept it and
 * record deliveries (and see a cap refusal), the officer sees the deliveries and the balance, amends the terms (the earlier
 * version stays listed) and revokes it; the center then has nothing left to deliver against.
 * The stack is the test run's shared one; each user signs in through /login in a browser context of
 * their own. Without a Chromium executable the suite is reported as skipped, never as passed.
 */
import { type Page } from 'playwright-core';
import { demoPassword } from '../src/config';
import { postGraphQL } from '../src/graphql-request';
import { signIn } from '../src/sign-in';
import { BROWSER_TEST_TIMEOUT, describeInBrowser, followLink, useBrowser, shownTotal } from './support/browser';
import { sharedStack } from './support/shared-stack';

/** A day in the city (UTC+8), `days` from today, as YYYY-MM-DD. */
const cityDay = (days = 0) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** The input behind a test id (antd puts some ids on the input, some on its wrapper). */
const input = (page: Page, testId: string) => page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input, textarea[data-testid="${testId}"]`).first();

/** Types a day into the antd date picker behind `testId` and leaves it. */
async function typeDay(page: Page, testId: string, day: string): Promise<void> {
  await input(page, testId).click();
  await input(page, testId).fill(day);
  await input(page, testId).press('Tab');
}

const ENTRUSTMENT = /* GraphQL */ `
  query($id: ID!) { aidEntrustment(id: $id) { status version person { id } statusCheck { id } versions { number } deliveries { amountFen receiptNumber } remaining { deliveredFen remainingFen } } }
`;
type Read = { aidEntrustment: { status: string; version: number; person: { id: string } | null; statusCheck: { id: string } | null; versions: Array<{ number: number }>; deliveries: Array<{ amountFen: number; receiptNumber: string }>; remaining: { deliveredFen: number; remainingFen: number } } | null };

describeInBrowser('aid-entrustment browser tests')('aid entrustments in the portal', () => {
  const stack = sharedStack();
  const session = useBrowser();
  const portalUrl = session.portalUrl;
  const password = demoPassword();
  const signedIn = (username: string, path?: string) => session.signedIn(username, path);
  const documentNumber = `外办委〔2026〕${String(Date.now() % 1000).padStart(3, '0')}号-浏览器`;
  let entrustmentId = '';

  /** The entrustment as `username` reads it through the gateway. */
  async function read(username: string): Promise<NonNullable<Read['aidEntrustment']>> {
    const token = await signIn(stack.gatewayUrl, username, password);
    const res = await postGraphQL<Read>(stack.gatewayUrl, ENTRUSTMENT, { id: entrustmentId }, { authorization: `Bearer ${token}` });
    return res.data!.aidEntrustment!;
  }

  it('lets the foreign-affairs officer issue an entrustment (nationality picked by name, the status check among the person’s), after refusing a malformed passport number', async () => {
    const page = await signedIn('fao.officer', '/aid-entrustments');
    await page.getByTestId('aid-entrustment-row').first().waitFor();
    // The list is counted on the server: the count is the graph's, however many pages it takes
    // (read before and after the page, as other suites may issue entrustments meanwhile).
    const token = await signIn(stack.gatewayUrl, 'fao.officer', password);
    const graphCount = async () =>
      (await postGraphQL<{ aidEntrustmentsConnection: { totalCount: number } }>(stack.gatewayUrl, '{ aidEntrustmentsConnection(first: 1) { totalCount } }', {}, { authorization: `Bearer ${token}` })).data!
        .aidEntrustmentsConnection.totalCount;
    const before = await graphCount();
    await page.reload();
    const shown = await shownTotal(page, 'aid-entrustments-total');
    const after = await graphCount();
    expect(shown).toBeGreaterThanOrEqual(before);
    expect(shown).toBeLessThanOrEqual(after);
    await followLink(page, page.getByTestId('issue-entrustment-link'), `${portalUrl}/aid-entrustments/new`);
    await input(page, 'issue-documentNumber').fill(documentNumber);
    await input(page, 'issue-beneficiaryName').fill('Maria Santos');
    // The person on record is found by name, never pasted as an id: the officer types the name of
    // a person the graph shows the office (foreign nationals in care) and picks them from the choices.
    const persons = await postGraphQL<{ persons: { edges: Array<{ node: { id: string; name: string | null; foreignNationalStatusChecks: Array<{ id: string }> | null } }> } }>(
      stack.gatewayUrl,
      '{ persons(first: 50) { edges { node { id name foreignNationalStatusChecks { id } } } } }',
      {},
      { authorization: `Bearer ${token}` },
    );
    // One with a police status check, to choose it by its date and outcome rather than paste its id.
    const onRecord = persons.data!.persons.edges.map((e) => e.node).find((p) => p.name !== null && p.name.length >= 5 && (p.foreignNationalStatusChecks ?? []).length > 0);
    expect(onRecord).toBeDefined();
    await page.getByTestId('issue-personId').click();
    await page.keyboard.type(onRecord!.name!);
    const choice = page.locator(`[data-testid="person-choice"][data-person-id="${onRecord!.id}"]`);
    await choice.waitFor();
    await choice.click();
    await expect(page.getByTestId('issue-personId').textContent()).resolves.toContain(onRecord!.name!);
    // The status check: one of the chosen person's, every one of them offered.
    await page.getByTestId('issue-statusCheckId').click();
    const checkChoices = page.getByTestId('status-check-choice');
    await checkChoices.first().waitFor();
    await expect(checkChoices.count()).resolves.toBe(onRecord!.foreignNationalStatusChecks!.length);
    const statusCheckId = onRecord!.foreignNationalStatusChecks![0]!.id;
    await page.locator(`[data-testid="status-check-choice"][data-status-check-id="${statusCheckId}"]`).click();
    // The nationality is picked by its name; the ICAO code goes to the graph.
    await page.getByTestId('issue-nationality').click();
    await page.keyboard.type('菲律宾');
    await page.keyboard.press('Enter');
    await input(page, 'issue-passportNumber').fill('P43-669');
    await input(page, 'item-cap-0').fill('500');
    await input(page, 'item-cap-1').fill('1000');
    await input(page, 'issue-totalCap').fill('1200');
    await typeDay(page, 'issue-validFrom', cityDay(0));
    await typeDay(page, 'issue-validUntil', cityDay(14));
    await page.getByTestId('issue-submit').click();
    const error = page.getByTestId('issue-entrustment-error');
    await error.waitFor();
    await expect(error.getAttribute('data-kind')).resolves.toBe('AidInputRejected');
    await expect(error.getAttribute('data-code')).resolves.toBe('PASSPORT_NUMBER');
    // Said in the user's language from the catalogue, by the field and the check that failed; the
    // graph's English sentence is never shown.
    await expect(error.textContent()).resolves.toContain('护照号码为 5 至 9 位字母和数字');
    await expect(error.textContent()).resolves.not.toMatch(/[A-Za-z]{4,}\s+[A-Za-z]{3,}/);
    expect(new URL(page.url()).pathname).toBe('/aid-entrustments/new');

    await input(page, 'issue-passportNumber').fill('P4366918');
    await page.getByTestId('issue-submit').click();
    await page.waitForURL((url) => /^\/aid-entrustments\/[0-9a-f-]{36}$/.test(url.pathname));
    entrustmentId = new URL(page.url()).pathname.split('/').pop()!;
    await expect(page.getByTestId('detail-status').getAttribute('data-status')).resolves.toBe('ISSUED');
    await expect(page.getByTestId('detail-version').textContent()).resolves.toBe('1');
    await expect(page.getByTestId('detail-passportNumber').textContent()).resolves.toBe('P4366918');
    await expect(read('fao.officer')).resolves.toMatchObject({ status: 'ISSUED', version: 1, person: { id: onRecord!.id }, statusCheck: { id: statusCheckId } });
  }, BROWSER_TEST_TIMEOUT);

  it('lets the center accept it and record deliveries, refusing one over the cap', async () => {
    const page = await signedIn('center.staff', '/aid-entrustments');
    await expect(page.getByTestId('issue-entrustment-link').count()).resolves.toBe(0);
    await page.goto(`${portalUrl}/aid-entrustments/${entrustmentId}`);
    await page.getByTestId('accept-entrustment').click();
    await page.locator('[data-testid="detail-status"][data-status="ACCEPTED"]').waitFor();

    await input(page, 'delivery-amount').fill('120.50');
    await input(page, 'delivery-quantity').fill('4');
    await input(page, 'delivery-receipt').fill('ZX-BROWSER-0001');
    await page.getByTestId('delivery-submit').click();
    await page.getByTestId('delivery-row').first().waitFor();
    await page.locator('[data-testid="detail-status"][data-status="IN_PROGRESS"]').waitFor();
    await expect(page.getByTestId('balance-total').getAttribute('data-delivered-fen')).resolves.toBe('12050');

    await input(page, 'delivery-amount').fill('400');
    await input(page, 'delivery-receipt').fill('ZX-BROWSER-0002');
    await page.getByTestId('delivery-submit').click();
    const refused = page.getByTestId('record-delivery-error');
    await refused.waitFor();
    await expect(refused.getAttribute('data-kind')).resolves.toBe('AidCapExceeded');
    await expect(refused.textContent()).resolves.toContain('将超出限额');
    const stored = await read('center.staff');
    expect(stored.deliveries).toEqual([{ amountFen: 12_050, receiptNumber: 'ZX-BROWSER-0001' }]);
  }, BROWSER_TEST_TIMEOUT);

  it('shows the officer the deliveries and the balance, amends the terms as a new version, and revokes', async () => {
    const page = await signedIn('fao.officer', `/aid-entrustments/${entrustmentId}`);
    await expect(page.getByTestId('delivery-row').count()).resolves.toBe(1);
    await expect(page.getByTestId('balance-total').getAttribute('data-remaining-fen')).resolves.toBe(String(120_000 - 12_050));

    await input(page, 'amend-totalCap').fill('1500');
    await input(page, 'amend-reason').fill('返程机票改签，增加限额');
    await page.getByTestId('amend-submit').click();
    await page.getByTestId('version-row-2').waitFor();
    await expect(page.getByTestId('detail-version').textContent()).resolves.toBe('2');
    await expect(page.getByTestId('version-row-1').count()).resolves.toBe(1);
    await expect(page.getByTestId('balance-total').getAttribute('data-remaining-fen')).resolves.toBe(String(150_000 - 12_050));

    await input(page, 'revoke-entrustment-reason').fill('受助人已自行离境');
    await page.getByTestId('revoke-entrustment-submit').click();
    await page.locator('[data-testid="detail-status"][data-status="REVOKED"]').waitFor();
    await expect(read('fao.officer')).resolves.toMatchObject({ status: 'REVOKED', version: 2, versions: [{ number: 1 }, { number: 2 }] });
  }, BROWSER_TEST_TIMEOUT);

  it('leaves the center nothing to deliver against a revoked entrustment', async () => {
    const page = await signedIn('center.staff', `/aid-entrustments/${entrustmentId}`);
    await page.locator('[data-testid="detail-status"][data-status="REVOKED"]').waitFor();
    await expect(page.getByTestId('record-delivery-form').count()).resolves.toBe(0);
    await expect(page.getByTestId('delivery-row').count()).resolves.toBe(1);
  }, BROWSER_TEST_TIMEOUT);
});
