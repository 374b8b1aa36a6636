/**
 * Foreign-national status checks in a real browser: a station asks the police about a suspected
 * foreign national in its care (from the person's profile), the police answer with an illegal
 * stay and the hand-over record (asked before it is recorded), and who may not see the checks
 * does not. The test run's shared stack, Debian's Chromium through playwright-core. Without a
 * Chromium executable the suite is reported as skipped, never as passed.
 */
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { demoPassword } from '../src/config';
import { postGraphQL } from '../src/graphql-request';
import { signIn } from '../src/sign-in';
import { BROWSER_TEST_TIMEOUT, cancelStep, describeInBrowser, followLink, useBrowser, shownTotal, confirmStep } from './support/browser';
import { sharedStack } from './support/shared-stack';

type StatusChecks = { person: { foreignNationalStatusChecks: Array<{ id: string; status: string; nationality: string; passportNumber: string; policeHandOver: { recordNumber: string; policeUnit: string } | null }> } | null };
const STATUS_CHECKS = `query($id: ID!) { person(id: $id) { foreignNationalStatusChecks { id status nationality passportNumber policeHandOver { recordNumber policeUnit } } } }`;

describeInBrowser('status-check browser tests')('foreign-national status checks', () => {
  const stack = sharedStack();
  const session = useBrowser();
  const portalUrl = session.portalUrl;
  const password = demoPassword();

  async function graph<T>(username: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const token = await signIn(stack.gatewayUrl, username, password);
    const res = await postGraphQL<T>(stack.gatewayUrl, query, variables, { authorization: `Bearer ${token}` });
    if (!res.data) throw new Error(`query failed: ${res.text.slice(0, 500)}`);
    return res.data;
  }

  const nav = (page: Page) => page.getByRole('navigation', { name: '主导航' });

  /** A new person received at the regional centre today (made by this test, changed by nobody else). */
  async function newPersonInCare(): Promise<string> {
    const { stations } = await graph<{ stations: Array<{ id: string; kind: string }> }>('center.staff', '{ stations(level: CITY) { id kind } }');
    const centre = stations.find((s) => s.kind === 'REGIONAL_CENTER');
    const received = await graph<{ receivePerson: { __typename: string; rescueCase?: { person: { id: string } } } }>(
      'center.staff',
      `mutation($i: ReceivePersonInput!) { receivePerson(input: $i) { __typename ... on RescueCaseChanged { rescueCase { person { id } } } } }`,
      { i: { stationId: centre!.id, source: 'WALK_IN', person: { sex: 'MALE', estimatedAgeMin: 30, estimatedAgeMax: 40, features: '自称越南籍，持护照' } } },
    );
    expect(received.receivePerson.__typename).toBe('RescueCaseChanged');
    return received.receivePerson.rescueCase!.person.id;
  }

  it('a station asks from the profile (a bad passport number refused, nothing stored), the police record an illegal stay with the hand-over after confirming', async () => {
    const personId = await newPersonInCare();
    const page = await session.signedIn('center.staff', `/persons/${personId}`);
    await page.getByTestId('request-status-check').click();
    await page.waitForURL(`${portalUrl}/status-checks/new?personId=${personId}`);
    await page.getByTestId('status-check-request-form').waitFor();

    // Nationality picked by its Chinese name; the code goes to the graph.
    await page.getByTestId('status-check-nationality').click();
    await page.keyboard.type('越南');
    await page.keyboard.press('Enter');
    await page.getByTestId('status-check-passport').fill('C1-2');
    await page.screenshot({ path: join(tmpdir(), 'lifeline-portal-status-check-request.png'), fullPage: true });
    await page.getByTestId('status-check-submit').click();
    const refusal = page.getByTestId('change-refusal');
    await refusal.waitFor();
    await expect(refusal.getAttribute('data-code')).resolves.toBe('FORMAT');
    await expect(refusal.textContent()).resolves.toContain('护照号码为5至20位字母或数字');
    expect((await graph<StatusChecks>('center.staff', STATUS_CHECKS, { id: personId })).person!.foreignNationalStatusChecks).toEqual([]);

    // Corrected; until public security has learned of the new person the graph answers "not found", and the station submits again.
    await page.getByTestId('status-check-passport').fill('C1234567');
    await refusal.waitFor({ state: 'detached' });
    const deadline = Date.now() + 60_000;
    for (;;) {
      await page.getByTestId('status-check-submit').click();
      const answered = await Promise.race([
        page.waitForURL(/\/status-checks\/[0-9a-f-]{36}$/, { timeout: 15_000 }).then(() => 'saved'),
        refusal.waitFor({ timeout: 15_000 }).then(() => 'refused'),
      ]);
      if (answered === 'saved') break;
      await expect(refusal.getAttribute('data-code')).resolves.toBe('NOT_FOUND');
      if (Date.now() > deadline) throw new Error('public security never learned of the new person');
      await page.waitForTimeout(500);
    }
    const checkId = page.url().split('/').pop()!;
    await expect(page.getByTestId('status-check-status').textContent()).resolves.toBe('已提请');
    await expect(page.getByTestId('status-check-passport').textContent()).resolves.toBe('C1234567');
    // The station asks; only the police answer.
    await expect(page.getByTestId('status-outcome-form').count()).resolves.toBe(0);

    // The police's open checks are worked oldest first; sorted newest first, it is on the first page, and all are counted.
    const police = await session.signedIn('police.officer', '/status-checks?status=REQUESTED');
    await nav(police).getByText('外籍身份状况核查', { exact: true }).waitFor();
    await police.getByTestId('filter-order').click();
    await police.locator('.ant-select-item-option', { hasText: '最新提请优先' }).click();
    await police.waitForURL(`${portalUrl}/status-checks?status=REQUESTED&order=NEWEST_FIRST`);
    await expect(police.locator(`a[href="/status-checks/${checkId}"]`).count()).resolves.toBe(1);
    await expect(police.locator('[data-testid="status-check-row"]:not([data-status="REQUESTED"])').count()).resolves.toBe(0);
    // The count is the graph's (read before and after the page: other suites ask for status checks meanwhile).
    const openCount = async () =>
      (await graph<{ foreignNationalStatusChecksConnection: { totalCount: number } }>('police.officer', '{ foreignNationalStatusChecksConnection(statuses: [REQUESTED], first: 1) { totalCount } }'))
        .foreignNationalStatusChecksConnection.totalCount;
    const before = await openCount();
    await police.reload();
    const shown = await shownTotal(police, 'status-checks-total');
    expect(shown).toBeGreaterThanOrEqual(before);
    expect(shown).toBeLessThanOrEqual(await openCount());
    await followLink(police, police.locator(`a[href="/status-checks/${checkId}"]`), `${portalUrl}/status-checks/${checkId}`);
    await police.getByTestId('status-outcome').getByText('非法入境或居留', { exact: true }).click();
    const recordNumber = `HO-${randomUUID().slice(0, 8).toUpperCase()}`;
    await police.getByTestId('hand-over-record-number').fill(recordNumber);
    await police.getByTestId('hand-over-police-unit').fill('江临市公安局出入境管理支队');
    await police.getByTestId('status-outcome-submit').click();
    // Asked first: cancelling stores nothing.
    await expect(police.getByTestId('confirm-consequence').textContent()).resolves.toContain('江临市公安局出入境管理支队');
    await cancelStep(police);
    expect((await graph<StatusChecks>('police.officer', STATUS_CHECKS, { id: personId })).person!.foreignNationalStatusChecks[0]!.status).toBe('REQUESTED');
    await police.getByTestId('status-outcome-submit').click();
    await confirmStep(police);
    await police.getByTestId('status-check-hand-over').waitFor();
    await expect(police.getByTestId('status-check-status').textContent()).resolves.toBe('非法入境或居留');
    await expect(police.getByTestId('status-check-hand-over').textContent()).resolves.toContain(recordNumber);
    await expect(police.getByTestId('status-outcome-form').count()).resolves.toBe(0);
    await police.screenshot({ path: join(tmpdir(), 'lifeline-portal-status-check-concluded.png'), fullPage: true });

    const stored = (await graph<StatusChecks>('police.officer', STATUS_CHECKS, { id: personId })).person!.foreignNationalStatusChecks;
    expect(stored).toEqual([{ id: checkId, status: 'ILLEGAL', nationality: 'VNM', passportNumber: 'C1234567', policeHandOver: { recordNumber, policeUnit: '江临市公安局出入境管理支队' } }]);
  }, BROWSER_TEST_TIMEOUT);

  it('is in the navigation of the police, the stations and the foreign-affairs office only; the women’s federation is refused the list', async () => {
    const fao = await session.signedIn('fao.officer', '/status-checks');
    await nav(fao).getByText('外籍身份状况核查', { exact: true }).waitFor();
    await fao.getByTestId('status-checks-table').waitFor();
    // The office reads; it neither asks nor answers.
    await expect(fao.getByTestId('status-check-new').count()).resolves.toBe(0);

    const caseworker = await session.signedIn('wf.caseworker', '/status-checks');
    await caseworker.getByTestId('not-permitted').waitFor();
    await expect(nav(caseworker).getByText('外籍身份状况核查', { exact: true }).count()).resolves.toBe(0);
    await expect(caseworker.getByTestId('status-check-row').count()).resolves.toBe(0);
    await caseworker.goto(`${portalUrl}/status-checks/new`);
    await caseworker.getByTestId('not-permitted').waitFor();
  }, BROWSER_TEST_TIMEOUT);
});
