/**
 * The portal in a real browser: the test run's shared stack (four subgraphs, gateway, portal
 * production build), driven through Debian's Chromium with playwright-core, the way
 * agency staff use it. Without a Chromium executable the suite is reported as skipped, with the
 * reason, never as passed.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoPassword } from '../src/config';
import { postGraphQL, type GraphQLHttpResponse } from '../src/graphql-request';
import { signIn } from '../src/sign-in';
import { BROWSER_TEST_TIMEOUT, describeInBrowser, followLink, useBrowser } from './support/browser';
import { sharedStack } from './support/shared-stack';

/** The demo account the test signs in as: the regional center's staff, who see the whole city. */
const DEMO_USERNAME = 'center.staff';
/** Where the test saves screenshots for a person to look at (never committed). */
const SCREENSHOT_DIR = tmpdir();

const AGENCY_SECTIONS = [
  { testId: 'section-civil-affairs', rowTestId: 'rescue-case-row', records: 'rescueCases' },
  { testId: 'section-public-security', rowTestId: 'identity-check-row', records: 'identityChecks' },
  { testId: 'section-womens-federation', rowTestId: 'shelter-referral-row', records: 'shelterReferrals' },
  { testId: 'section-foreign-affairs', rowTestId: 'aid-entrustment-row', records: 'aidEntrustments' },
] as const;

type RecordKind = (typeof AGENCY_SECTIONS)[number]['records'];

interface DemoPerson extends Record<RecordKind, Array<{ id: string; status: string }>> {
  id: string;
  displayName: string;
  name: string | null;
  namePinyin: string | null;
}

const PERSONS_WITH_RECORDS = /* GraphQL */ `
  query BrowserTestPersons($first: Int!, $after: String) {
    persons(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id displayName name namePinyin
          rescueCases { id status }
          identityChecks { id status }
          shelterReferrals { id status }
          aidEntrustments { id status }
        }
      }
    }
  }
`;

/** Every person the caller may see, with their records in each agency, read through the gateway. */
async function readDemoPersons(gatewayUrl: string, headers: Record<string, string>): Promise<DemoPerson[]> {
  type PersonsPage = { persons: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: DemoPerson }> } };
  const persons: DemoPerson[] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page += 1) {
    const res: GraphQLHttpResponse<PersonsPage> = await postGraphQL<PersonsPage>(gatewayUrl, PERSONS_WITH_RECORDS, { first: 100, after }, headers);
    if (res.errors || !res.data) {
      throw new Error(`persons query failed: ${res.text.slice(0, 500)}`);
    }
    persons.push(...res.data.persons.edges.map((edge) => edge.node));
    if (!res.data.persons.pageInfo.hasNextPage) break;
    after = res.data.persons.pageInfo.endCursor;
  }
  return persons;
}

const agenciesWithRecords = (person: DemoPerson) => AGENCY_SECTIONS.filter((s) => person[s.records].length > 0).length;
const HAN = /\p{Script=Han}/u;

describeInBrowser('portal browser tests')('the portal in Chromium', () => {
  const stack = sharedStack();
  const session = useBrowser();
  const portalUrl = session.portalUrl;
  // Each test takes the user's page from `signedIn` (signed in through /login the first time, the
  // way staff do), not one page opened before all: a test run again after a failure that dropped
  // the user's context signs in afresh instead of finding its page closed.
  /** A person with a Chinese name and records from as many agencies as the demo data has. */
  let subject: DemoPerson;
  /** A person with an aid entrustment (a foreign national), for the foreign-affairs section. */
  let foreignNational: DemoPerson;

  beforeAll(async () => {
    // The portal shows what the signed-in user may see: the test reads the graph as the same user.
    const password = demoPassword();
    const token = await signIn(stack.gatewayUrl, DEMO_USERNAME, password);
    const persons = await readDemoPersons(stack.gatewayUrl, { authorization: `Bearer ${token}` });
    const named = persons.filter((p) => p.name !== null && HAN.test(p.name));
    subject = named.reduce((best, p) => (agenciesWithRecords(p) > agenciesWithRecords(best) ? p : best));
    foreignNational = persons.find((p) => p.aidEntrustments.length > 0)!;
  }, BROWSER_TEST_TIMEOUT);

  it('finds a demo person with records from several agencies, and a foreign national', () => {
    expect(agenciesWithRecords(subject)).toBeGreaterThanOrEqual(2);
    expect(subject.rescueCases.length).toBeGreaterThan(0);
    expect(foreignNational).toBeDefined();
  });

  it('shows the portal in Simplified Chinese by default, with the navigation grouped by agency', async () => {
    const page = await session.signedIn(DEMO_USERNAME, '/persons');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(page.getByTestId('app-title').textContent()).resolves.toBe('Lifeline 救助管理区域中心数据枢纽');
    await expect(page.getByTestId('signed-in-username').textContent()).resolves.toBe(DEMO_USERNAME);
    const nav = page.getByRole('navigation');
    // The center's staff work with these; shelter referrals and the audit trail are other roles' pages.
    for (const label of ['民政 · 救助管理', '受助人员', '救助网络', '公安', '身份核查', '外办', '书面委托']) {
      await nav.getByText(label, { exact: true }).waitFor();
    }
    await page.getByTestId('person-row').first().waitFor();
    await expect(page.getByTestId('person-total-count').textContent()).resolves.toMatch(/^共 \d+ 条/);
  }, BROWSER_TEST_TIMEOUT);

  it('opens on each role’s to-do panel: what waits, how many, how late the oldest is, and where it is done', async () => {
    const token = await signIn(stack.gatewayUrl, DEMO_USERNAME, demoPassword());
    const board = await postGraphQL<{ dispatchBoard: Array<{ missedThirtyMinutes: boolean; onSceneAt: string | null }> }>(
      stack.gatewayUrl,
      '{ dispatchBoard { missedThirtyMinutes onSceneAt } }',
      {},
      { authorization: `Bearer ${token}` },
    );
    // The seeded board has late reports (other suites may add more while this runs, never fewer late ones).
    const late = board.data!.dispatchBoard.filter((r) => r.missedThirtyMinutes && !r.onSceneAt).length;
    expect(late).toBeGreaterThan(0);
    const page = await session.signedIn(DEMO_USERNAME, '/');
    const items = page.getByTestId('todo-item');
    await items.first().waitFor();
    await expect(items.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-key')))).resolves.toEqual([
      'dispatchLate',
      'escortsAwaiting',
      'tracingOverdue',
      'staysPastStandard',
      'entrustmentsExpiring',
    ]);
    const dispatch = page.locator('[data-testid="todo-item"][data-key="dispatchLate"]');
    expect(Number(await dispatch.getAttribute('data-count'))).toBeGreaterThanOrEqual(late);
    await expect(dispatch.getByTestId('todo-detail').textContent()).resolves.toMatch(/^最久超时 \d+ (天|小时|分)/);
    await followLink(page, dispatch.getByTestId('todo-open'), `${portalUrl}/dispatch`);

    // The police see their own queues; a caseworker, whose work has no clock here, has no panel.
    const police = await session.signedIn('police.officer', '/');
    await police.getByTestId('todo-item').first().waitFor();
    await expect(police.getByTestId('todo-item').evaluateAll((elements) => elements.map((e) => e.getAttribute('data-key')))).resolves.toEqual(['checksOverdue', 'statusChecksOpen']);
    const caseworker = await session.signedIn('wf.caseworker', '/');
    await caseworker.getByTestId('page-title').waitFor();
    await expect(caseworker.getByTestId('todo-panel').count()).resolves.toBe(0);
  }, BROWSER_TEST_TIMEOUT);

  it('charts the monthly trends on each role’s home, with the figures the graph answers that role', async () => {
    type Trend = { careTrend: Array<{ received: number; exits: Array<{ count: number }> }>; aidSpendTrend: Array<{ deliveries: number }> };
    const figures = async (username: string) => {
      const token = await signIn(stack.gatewayUrl, username, demoPassword());
      const result = await postGraphQL<Trend>(stack.gatewayUrl, '{ careTrend(months: 12) { received exits { count } } aidSpendTrend(months: 12) { deliveries } }', {}, { authorization: `Bearer ${token}` });
      return {
        received: result.data!.careTrend.reduce((sum, month) => sum + month.received, 0),
        exits: result.data!.careTrend.reduce((sum, month) => sum + month.exits.reduce((n, exit) => n + exit.count, 0), 0),
        deliveries: result.data!.aidSpendTrend.reduce((sum, month) => sum + month.deliveries, 0),
      };
    };
    // Read before the page: other suites may add cases and deliveries meanwhile, never remove them.
    const center = await figures(DEMO_USERNAME);
    expect(center.received).toBeGreaterThan(0);
    const page = await session.signedIn(DEMO_USERNAME, '/');
    const trend = page.getByTestId('care-trend-chart');
    await trend.locator('canvas').first().waitFor();
    await expect(trend.getAttribute('data-months')).resolves.toBe('12');
    expect(Number(await trend.getAttribute('data-received'))).toBeGreaterThanOrEqual(center.received);
    expect(Number(await trend.getAttribute('data-exits'))).toBeGreaterThanOrEqual(center.exits);
    const spend = page.getByTestId('aid-spend-chart');
    await spend.locator('canvas').first().waitFor();
    expect(Number(await spend.getAttribute('data-deliveries'))).toBeGreaterThanOrEqual(center.deliveries);

    // The office charts its spending, not the stations' cases; the police chart neither.
    const office = await session.signedIn('fao.officer', '/');
    await office.getByTestId('aid-spend-chart').locator('canvas').first().waitFor();
    await expect(office.getByTestId('care-trend-chart').count()).resolves.toBe(0);
    const police = await session.signedIn('police.officer', '/');
    await police.getByTestId('page-title').waitFor();
    await expect(police.locator('[data-testid=care-trend-chart], [data-testid=aid-spend-chart], [data-testid=referral-trend-chart]').count()).resolves.toBe(0);
    // A caseworker charts the referrals she may see, no more than the graph counts for her.
    const caseworkerToken = await signIn(stack.gatewayUrl, 'wf.caseworker', demoPassword());
    const referrals = await postGraphQL<{ referralTrend: Array<{ submitted: number }> }>(stack.gatewayUrl, '{ referralTrend(months: 12) { submitted } }', {}, { authorization: `Bearer ${caseworkerToken}` });
    const caseworker = await session.signedIn('wf.caseworker', '/');
    const referralChart = caseworker.getByTestId('referral-trend-chart');
    await referralChart.locator('canvas').first().waitFor();
    expect(Number(await referralChart.getAttribute('data-submitted'))).toBeGreaterThanOrEqual(referrals.data!.referralTrend.reduce((sum, month) => sum + month.submitted, 0));

    // The dispatch page charts the 30-minute share of each district with reports.
    await page.goto(`${portalUrl}/dispatch`);
    const share = page.getByTestId('performance-chart');
    await share.locator('canvas').first().waitFor();
    expect(Number(await share.getAttribute('data-districts'))).toBeGreaterThan(0);
  }, BROWSER_TEST_TIMEOUT);

  it('searches a person by name, opens the profile and shows every agency’s records in its own section', async () => {
    const page = await session.signedIn(DEMO_USERNAME, '/persons');
    await page.getByTestId('person-search-input').fill(subject.name!);
    await page.getByTestId('person-search-input').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === subject.name);
    const row = page.getByTestId('person-row').filter({ hasText: subject.displayName });
    await row.first().waitFor();

    await followLink(page, row.first().getByTestId('person-link'), `${portalUrl}/persons/${subject.id}`);
    await expect(page.getByTestId('profile-name').textContent()).resolves.toBe(subject.displayName);
    await expect(page.getByTestId('section-civil-affairs').locator('.ant-card-head-title').textContent()).resolves.toBe('民政 · 救助管理');
    await expect(page.getByTestId('section-public-security').locator('.ant-card-head-title').textContent()).resolves.toBe('公安 · 身份核查');
    await expect(page.getByTestId('section-womens-federation').locator('.ant-card-head-title').textContent()).resolves.toBe('妇联 · 庇护转介');
    await expect(page.getByTestId('section-foreign-affairs').locator('.ant-card-head-title').textContent()).resolves.toBe('外办 · 书面委托');

    for (const section of AGENCY_SECTIONS) {
      const card = page.getByTestId(section.testId);
      const records = subject[section.records];
      // The civil-affairs card always holds the person's own record; the others may be empty.
      const expectedState = records.length > 0 || section.records === 'rescueCases' ? 'ok' : 'empty';
      await expect(card.getAttribute('data-state')).resolves.toBe(expectedState);
      await expect(card.getByTestId(section.rowTestId).count()).resolves.toBe(records.length);
      if (records.length > 0) {
        // Statuses are shown translated (a Chinese label), never as the API's enum value.
        const tag = card.getByTestId(section.rowTestId).first().locator(`[data-value="${records[0]!.status}"]`);
        await expect(tag.textContent()).resolves.toMatch(HAN);
      } else {
        await card.getByTestId('section-empty').waitFor();
      }
    }
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'lifeline-portal-profile-zh.png'), fullPage: true });
  }, BROWSER_TEST_TIMEOUT);

  it('finds the same person by the pinyin of the name and shows the pinyin under it', async () => {
    const pinyin = subject.namePinyin!;
    const page = await session.signedIn(DEMO_USERNAME, `/persons?q=${encodeURIComponent(pinyin)}`);
    const row = page.getByTestId('person-row').filter({ hasText: subject.displayName });
    await row.first().waitFor();
    const shown = await row.first().getByTestId('person-pinyin').textContent();
    // Tone marks removed, the shown pinyin reads as the recorded one.
    expect(shown!.normalize('NFD').replace(/[\u0300-\u036f]/g, '')).toBe(pinyin);
  }, BROWSER_TEST_TIMEOUT);

  it('shows a foreign national’s aid entrustments in the foreign-affairs section', async () => {
    const page = await session.signedIn(DEMO_USERNAME, `/persons/${foreignNational.id}`);
    const card = page.getByTestId('section-foreign-affairs');
    await expect(card.getAttribute('data-state')).resolves.toBe('ok');
    // Each of the demo's entrustments of hers, by its link (the aid-entrustments suite, running
    // beside this one, may issue her another meanwhile, so the rows are not counted).
    await card.getByTestId('aid-entrustment-row').first().waitFor();
    const shown = await card.getByTestId('aid-entrustment-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(shown).toEqual(expect.arrayContaining(foreignNational.aidEntrustments.map((e) => `/aid-entrustments/${e.id}`)));
  }, BROWSER_TEST_TIMEOUT);

  it('switches to English and keeps the choice across pages', async () => {
    const page = await session.signedIn(DEMO_USERNAME, `/persons/${subject.id}`);
    await page.getByTestId('locale-en').click();
    await page.getByTestId('app-title').filter({ hasText: 'Lifeline Regional Rescue Center Data Hub' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.getByTestId('section-public-security').locator('.ant-card-head-title').textContent()).resolves.toBe(
      'Public security · identity checks',
    );
    const firstCase = subject.rescueCases[0]!;
    const statusTag = page.getByTestId('rescue-case-row').first().locator(`[data-value="${firstCase.status}"]`);
    await expect(statusTag.textContent()).resolves.toMatch(/^[A-Z][a-z]+( [a-z]+)*$/);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'lifeline-portal-profile-en.png'), fullPage: true });

    await page.goto(`${portalUrl}/stations`);
    await expect(page.getByTestId('page-title').textContent()).resolves.toBe('Rescue network');
    await page.getByTestId('station-row').first().waitFor();
    await page.getByRole('navigation').getByText('Identity checks', { exact: true }).waitFor();
  }, BROWSER_TEST_TIMEOUT);
});
