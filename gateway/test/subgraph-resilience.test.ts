import { type RunningGateway } from '../src/server';
import { type SubgraphCallPolicy } from '../src/subgraph-resilience';
import { serveTestGateway, startFakeSubgraph, testSigningKeys, type FakeSubgraph } from './fake-subgraphs.fixture';

type Body = {
  data?: { persons?: Array<{ id: string; identityChecks: unknown; shelterReferrals: unknown }> } | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
};

const PAGE = `query Page($first: Int) { persons(first: $first) { id identityChecks { id } shelterReferrals { id status } } }`;

/** Posts the page; the client gives up long after any deadline the gateway has, so a hang fails the test. */
async function askPage(url: string): Promise<Body> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: PAGE, variables: { first: 3 } }),
    signal: AbortSignal.timeout(30_000),
  });
  return (await res.json()) as Body;
}

function expectPartialPage(body: Body, missing: string): void {
  expect(body.data?.persons).toHaveLength(3);
  for (const person of body.data!.persons!) {
    expect(person.identityChecks).toEqual([{ id: `ic-${person.id}` }]);
    expect(person.shelterReferrals).toBeNull();
  }
  expect(body.errors).toHaveLength(1);
  expect(body.errors![0]!.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: missing });
}

function expectFullPage(body: Body): void {
  expect(body.errors).toBeUndefined();
  expect(body.data?.persons?.map((p) => p.shelterReferrals)).toEqual([
    [{ id: 'sr-p1', status: 'SUBMITTED' }],
    [{ id: 'sr-p2', status: 'SUBMITTED' }],
    [{ id: 'sr-p3', status: 'SUBMITTED' }],
  ]);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the gateway when one agency hangs', () => {
  const keys = testSigningKeys();
  const fakes: Record<string, FakeSubgraph> = {};
  const gateways: RunningGateway[] = [];
  let release: () => void = () => undefined;

  async function gatewayWith(policy: SubgraphCallPolicy): Promise<RunningGateway> {
    const subgraphUrls = Object.fromEntries(Object.values(fakes).map((f) => [f.name, f.url]));
    const gateway = await serveTestGateway(subgraphUrls, keys, { subgraphPolicies: Object.fromEntries(Object.keys(subgraphUrls).map((name) => [name, policy])) });
    gateways.push(gateway);
    return gateway;
  }

  function hang(fake: FakeSubgraph): void {
    fake.hold = new Promise<void>((resolve) => {
      release = () => {
        fake.hold = undefined;
        resolve();
      };
    });
  }

  beforeAll(async () => {
    for (const name of ['civil-affairs', 'public-security', 'womens-federation']) {
      fakes[name] = await startFakeSubgraph(name, keys.publicKey);
    }
  });

  afterEach(() => release());

  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
    for (const fake of Object.values(fakes)) await fake.close().catch(() => undefined);
  });

  it('answers with the other agencies’ data and one error naming the hung agency', async () => {
    const gateway = await gatewayWith({ timeoutMs: 2_000, maxInFlight: 10, breakerFailures: 5, breakerCooldownMs: 60_000 });
    const womens = fakes['womens-federation']!;
    hang(womens);
    const body = await askPage(gateway.url);
    expectPartialPage(body, 'womens-federation');
    expect(womens.calls.length).toBeGreaterThan(0);
  });

  it('stops calling a hung agency once the breaker opens, and calls it again with one probe after the cool-down', async () => {
    const gateway = await gatewayWith({ timeoutMs: 2_000, maxInFlight: 10, breakerFailures: 2, breakerCooldownMs: 6_000 });
    const womens = fakes['womens-federation']!;
    hang(womens);
    womens.calls = [];
    expectPartialPage(await askPage(gateway.url), 'womens-federation');
    expectPartialPage(await askPage(gateway.url), 'womens-federation');
    expect(womens.calls).toHaveLength(2);

    // Open: the agency is not called at all, the answer is the same partial page.
    expectPartialPage(await askPage(gateway.url), 'womens-federation');
    expectPartialPage(await askPage(gateway.url), 'womens-federation');
    expect(womens.calls).toHaveLength(2);

    release();
    await sleep(6_000);
    expectFullPage(await askPage(gateway.url));
    expect(womens.calls).toHaveLength(3);
    expectFullPage(await askPage(gateway.url));
    expect(womens.calls).toHaveLength(4);
  });

  it('fails calls past the in-flight cap at once with the same error, while the admitted ones finish', async () => {
    const gateway = await gatewayWith({ timeoutMs: 15_000, maxInFlight: 2, breakerFailures: 5, breakerCooldownMs: 60_000 });
    const womens = fakes['womens-federation']!;
    hang(womens);
    womens.calls = [];
    const settled: string[] = [];
    const first = askPage(gateway.url).then((body) => (settled.push('first'), body));
    const second = askPage(gateway.url).then((body) => (settled.push('second'), body));
    while (womens.calls.length < 2) await sleep(10);
    const third = await askPage(gateway.url);
    expectPartialPage(third, 'womens-federation');
    expect(settled).toEqual([]);
    expect(womens.calls).toHaveLength(2);
    release();
    expectFullPage(await first);
    expectFullPage(await second);
  });
});
