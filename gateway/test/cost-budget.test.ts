/**
 * Each caller's budget of query cost, through the real gateway over in-process subgraphs: every
 * answer reports the standing (`extensions.cost`, `RateLimit-Policy`, `RateLimit`); the operation
 * the rest of the window cannot pay for is 429 with `Retry-After`, reaches no agency and spends
 * nothing; callers do not share a budget; the window's end fills it again.
 */
import { ANONYMOUS, type Caller } from '@lifeline/subgraph-runtime';
import { budgetKey, CostBudget, type CostBudgetOptions } from '../src/rate-limit';
import { type RunningGateway } from '../src/server';
import { serveTestGateway, startFakeSubgraph, testSigningKeys, type FakeSubgraph } from './fake-subgraphs.fixture';

type Answer = { status: number; headers: Headers; body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }>; extensions?: { cost?: Record<string, number> } } };

const PAGE = `query Page { persons(first: 2) { id displayName identityChecks { id status } } }`;
const SMALL = `query Small { persons(first: 1) { id } }`;

/** A staff member named by a test header (the real gateway verifies a bearer token instead). */
const staff = (id: string): Caller => ({ ...ANONYMOUS, kind: 'user', id, roles: ['CENTER_STAFF'] });

describe('the cost budget of each caller', () => {
  const keys = testSigningKeys();
  const fakes: FakeSubgraph[] = [];
  let off: RunningGateway;
  let budgeted: RunningGateway;
  /** The gateway the test talks to. */
  let gateway: RunningGateway;
  let clock = 1_000_000;
  let costs: { page: number; small: number };

  async function post(query: string, who = 'center.staff'): Promise<Answer> {
    const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-test-caller': who }, body: JSON.stringify({ query }) });
    return { status: res.status, headers: res.headers, body: (await res.json()) as Answer['body'] };
  }
  const calls = () => fakes.reduce((sum, fake) => sum + fake.calls.length, 0);

  /** A production gateway over the fake subgraphs with `costBudget`, the caller named by the test header. */
  const start = (costBudget: CostBudgetOptions) => {
    const subgraphUrls = Object.fromEntries(fakes.map((f) => [f.name, f.url]));
    return serveTestGateway(subgraphUrls, keys, { authenticate: async (req) => staff(String(req.headers['x-test-caller'] ?? 'probe')), costBudget });
  };

  beforeAll(async () => {
    for (const name of ['civil-affairs', 'public-security']) fakes.push(await startFakeSubgraph(name, keys.publicKey));
    off = await start({ costPerWindow: 0, windowSeconds: 60 });
    gateway = off;
  });
  afterAll(async () => {
    await off?.close();
    for (const fake of fakes) await fake.close().catch(() => undefined);
  });

  it('reports nothing while the budget is off', async () => {
    const res = await post(PAGE);
    expect(res.status).toBe(200);
    expect(res.headers.get('ratelimit')).toBeNull();
    expect(res.body.extensions?.cost).toBeUndefined();
  });

  describe('with a budget', () => {
    beforeAll(async () => {
      // Learn what the two operations cost from a gateway with a large budget.
      const probe = await start({ costPerWindow: 1_000_000, windowSeconds: 60 });
      const costOf = async (query: string) => {
        const res = await fetch(probe.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        return ((await res.json()) as Answer['body']).extensions!.cost!.requested!;
      };
      costs = { page: await costOf(PAGE), small: await costOf(SMALL) };
      await probe.close();
      expect(costs.page).toBeGreaterThan(costs.small);
      // Whole points, though the cost rule's depth factor makes fractions (the headers carry integers).
      expect(Number.isInteger(costs.page) && Number.isInteger(costs.small)).toBe(true);
      expect(costs.small).toBeGreaterThan(0);

      // Room for two pages and one small operation a window; a clock the test moves.
      budgeted = await start({ costPerWindow: 2 * costs.page + costs.small, windowSeconds: 60, now: () => clock });
      gateway = budgeted;
    });
    afterAll(() => budgeted?.close());

    it('reports the standing on every answer, refuses what the rest cannot pay for with 429 and Retry-After, calling no agency and spending nothing', async () => {
      const limit = 2 * costs.page + costs.small;
      const first = await post(PAGE);
      expect(first.status).toBe(200);
      expect(first.body.errors).toBeUndefined();
      expect(first.body.extensions?.cost).toEqual({ requested: costs.page, allowed: true, limit, remaining: limit - costs.page, resetSeconds: 60 });
      expect(first.headers.get('ratelimit-policy')).toBe(`"cost";q=${limit};w=60`);
      expect(first.headers.get('ratelimit')).toBe(`"cost";r=${limit - costs.page};t=60`);

      clock += 20_000;
      expect((await post(PAGE)).status).toBe(200);
      const before = calls();
      const refused = await post(PAGE);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('40');
      expect(refused.headers.get('ratelimit')).toBe(`"cost";r=${costs.small};t=40`);
      expect(refused.body.errors).toHaveLength(1);
      expect(refused.body.errors![0]!.extensions).toEqual({ code: 'RATE_LIMITED' });
      expect(refused.body.errors![0]!.message).toContain(`costs ${costs.page}`);
      expect(refused.body.extensions?.cost).toMatchObject({ requested: costs.page, allowed: false, remaining: costs.small });
      expect(refused.body.data).toBeUndefined();
      expect(calls()).toBe(before);

      // The refusal spent nothing: what is left still pays for a small operation, then nothing.
      const small = await post(SMALL);
      expect(small.status).toBe(200);
      expect(small.body.extensions?.cost).toMatchObject({ remaining: 0 });
      expect((await post(SMALL)).status).toBe(429);

      // Another caller has a budget of its own.
      expect((await post(PAGE, 'county.staff')).status).toBe(200);

      // The window's end fills the budget again.
      clock += 40_000;
      const renewed = await post(PAGE);
      expect(renewed.status).toBe(200);
      expect(renewed.body.extensions?.cost).toMatchObject({ remaining: limit - costs.page, resetSeconds: 60 });
    });
  });
});

describe('a cost budget, alone', () => {
  it('is spent in fixed windows, keyed by the signed-in caller or the anonymous address', () => {
    let now = 0;
    const budget = new CostBudget({ costPerWindow: 10, windowSeconds: 1, now: () => now });
    expect(budget.spend('a', 10)).toMatchObject({ allowed: true, remaining: 0 });
    expect(budget.spend('a', 1)).toMatchObject({ allowed: false, remaining: 0, resetSeconds: 1 });
    now += 1000;
    expect(budget.spend('a', 1)).toMatchObject({ allowed: true, remaining: 9 });
    expect(new CostBudget({ costPerWindow: 0, windowSeconds: 60 }).on).toBe(false);
    expect(budgetKey(staff('center.staff'), '10.0.0.1')).toBe('user:center.staff');
    expect(budgetKey({ ...ANONYMOUS, kind: 'service', id: 'civil-affairs-system' }, '10.0.0.1')).toBe('service:civil-affairs-system');
    expect(budgetKey(ANONYMOUS, '10.0.0.1')).toBe('anonymous:10.0.0.1');
  });
});
