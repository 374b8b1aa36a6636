import { INTERNAL_TOKEN_TTL_SECONDS } from '@lifeline/subgraph-runtime';
import { type RunningGateway } from '../src/server';
import { serveTestGateway, startFakeSubgraph, testSigningKeys, type FakeSubgraph } from './fake-subgraphs.fixture';

type GraphQLResponse = {
  status: number;
  headers: Headers;
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }> };
};

async function post(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLResponse> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: JSON.parse(text) as GraphQLResponse['body'] };
}

const PAGE_TWO_SUBGRAPHS = `query Page($first: Int) { persons(first: $first) { id displayName identityChecks { id status } } }`;
const PAGE_THREE_SUBGRAPHS = `query Page($first: Int) { persons(first: $first) { id displayName identityChecks { id } shelterReferrals { id status } } }`;

describe('the gateway over in-process subgraphs', () => {
  const keys = testSigningKeys();
  const fakes: Record<string, FakeSubgraph> = {};
  let gateway: RunningGateway;

  beforeAll(async () => {
    for (const name of ['civil-affairs', 'public-security', 'womens-federation']) {
      fakes[name] = await startFakeSubgraph(name, keys.publicKey);
    }
    const subgraphUrls = Object.fromEntries(Object.values(fakes).map((f) => [f.name, f.url]));
    gateway = await serveTestGateway(subgraphUrls, keys);
  });

  afterAll(async () => {
    await gateway?.close();
    for (const fake of Object.values(fakes)) await fake.close().catch(() => undefined);
  });

  beforeEach(() => {
    for (const fake of Object.values(fakes)) {
      fake.calls = [];
      fake.rejected = 0;
    }
  });

  it('sends every subgraph call an internal token addressed to that subgraph, valid for at most 60 s, one per caller reused across requests', async () => {
    for (let i = 0; i < 2; i += 1) {
      const res = await post(gateway.url, PAGE_THREE_SUBGRAPHS, { first: 3 });
      expect(res.body.errors).toBeUndefined();
    }
    const calls = Object.values(fakes).flatMap((fake) => fake.calls.map((call) => ({ subgraph: fake.name, ...call })));
    expect(calls).toHaveLength(6);
    for (const call of calls) {
      expect(call.claims.aud).toBe(call.subgraph);
      expect(call.claims.iss).toBe('lifeline-gateway');
      expect((call.claims.exp as number) - (call.claims.iat as number)).toBeLessThanOrEqual(INTERNAL_TOKEN_TTL_SECONDS);
      expect((call.claims.exp as number) - (call.claims.iat as number)).toBeGreaterThan(0);
      // The request id travels in the header (the token may serve several requests of the caller).
      expect(call.headers['x-request-id']).toBe(call.scope.requestId);
    }
    expect(new Set(calls.map((call) => call.scope.requestId)).size).toBe(2);
    const tokenIds = new Set(calls.map((call) => call.claims.jti));
    expect(tokenIds.size).toBe(3);
    expect(Object.values(fakes).reduce((sum, fake) => sum + fake.rejected, 0)).toBe(0);
  });

  it('forwards no identity header from the client to any subgraph', async () => {
    const res = await post(gateway.url, PAGE_THREE_SUBGRAPHS, { first: 2 }, {
      authorization: 'Bearer forged.by.client',
      'x-user-id': 'admin',
      'x-roles': 'ADMIN',
      'x-agency': 'PUBLIC_SECURITY',
      'x-jurisdiction': '440100',
      cookie: 'session=stolen',
      'x-forwarded-user': 'admin',
      'x-request-id': 'client-chosen-request-id',
    });
    expect(res.body.errors).toBeUndefined();
    const calls = Object.values(fakes).flatMap((fake) => fake.calls);
    expect(calls).toHaveLength(3);
    for (const call of calls) {
      const names = Object.keys(call.headers);
      for (const forbidden of ['x-user-id', 'x-roles', 'x-agency', 'x-jurisdiction', 'cookie', 'x-forwarded-user']) {
        expect(names).not.toContain(forbidden);
      }
      expect(call.headers.authorization).not.toContain('forged');
      expect(call.scope.caller.kind).toBe('anonymous');
      expect(call.scope.caller.roles).toEqual([]);
    }
  });

  it('makes every request id itself and keeps a client-sent x-request-id apart as the correlation id', async () => {
    const res = await post(gateway.url, PAGE_TWO_SUBGRAPHS, { first: 1 }, { 'x-request-id': 'client-chosen-request-id' });
    expect(res.body.errors).toBeUndefined();
    const ownId = res.headers.get('x-request-id');
    expect(ownId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-correlation-id')).toBe('client-chosen-request-id');
    const calls = Object.values(fakes).flatMap((fake) => fake.calls);
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      expect(call.scope.requestId).toBe(ownId);
      expect(call.headers['x-request-id']).toBe(ownId);
    }
  });

  it('calls each subgraph once for a 20-row page that spans two subgraphs', async () => {
    const res = await post(gateway.url, PAGE_TWO_SUBGRAPHS, { first: 20 });
    const persons = res.body.data?.persons as Array<{ identityChecks: unknown[] }>;
    expect(persons).toHaveLength(20);
    expect(persons.every((p) => p.identityChecks.length === 1)).toBe(true);
    expect(fakes['civil-affairs']!.calls).toHaveLength(1);
    expect(fakes['public-security']!.calls).toHaveLength(1);
    expect(fakes['womens-federation']!.calls).toHaveLength(0);
  });

  it('answers with no-store caching, and refuses batches and oversized bodies', async () => {
    const ok = await post(gateway.url, '{ person(id: "6cbaa3cb-385e-4a81-9608-c00c8d6d0291") { id } }');
    expect(ok.headers.get('cache-control')).toBe('no-store');
    const batch = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ person(id: "p1") { id } }' }, { query: '{ person(id: "p2") { id } }' }]),
    });
    expect(batch.status).toBe(400);
    const huge = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ person(id: "${'x'.repeat(200_000)}") { id } }` }),
    });
    expect(huge.status).toBe(413);
    expect(fakes['civil-affairs']!.calls).toHaveLength(1);
  });

  it('answers a malformed id and a NUL byte with 400 BAD_USER_INPUT itself, calling no subgraph (so no outage either)', async () => {
    for (const [query, variables] of [
      ['{ person(id: "E12345678") { id } }', {}],
      ['query($id: ID!) { person(id: $id) { id } }', { id: '6cbaa3cb-385e-4a81-9608-c00c8d6d029\u0000' }],
    ] as const) {
      const res = await post(gateway.url, query, variables);
      expect(res.status).toBe(400);
      expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(res.text).not.toContain('E12345678');
    }
    expect(fakes['civil-affairs']!.calls).toHaveLength(0);
  });

  it('answers a syntax error and a query over the token limit with 400, the limit not as a syntax error', async () => {
    const syntax = await post(gateway.url, '{ persons(first: 1 { id } }');
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const tokens = await post(gateway.url, `{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`);
    expect(tokens.status).toBe(400);
    expect(tokens.body.errors).toEqual([{ message: 'Token limit of 2000 exceeded.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
  });

  it('answers an operationName the document lacks, and several operations without a name, with 400 OPERATION_RESOLUTION_FAILURE, calling no subgraph', async () => {
    for (const body of [
      { query: 'query A { persons(first: 1) { id } }', operationName: 'B' },
      { query: 'query A { persons(first: 1) { id } } query B { persons(first: 2) { id } }' },
    ]) {
      const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(res.status).toBe(400);
      expect(((await res.json()) as GraphQLResponse['body']).errors?.map((e) => e.extensions?.code)).toEqual(['OPERATION_RESOLUTION_FAILURE']);
    }
    expect(fakes['civil-affairs']!.calls).toHaveLength(0);
  });

  it('refuses introspection in production mode', async () => {
    const res = await post(gateway.url, '{ __schema { types { name } } }');
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('is alive and ready while every subgraph is ready', async () => {
    const base = new URL(gateway.url);
    expect((await fetch(new URL('/healthz', base))).status).toBe(200);
    expect((await fetch(new URL('/readyz', base))).status).toBe(200);
  });
});

describe('the gateway when a subgraph is down', () => {
  const keys = testSigningKeys();
  const fakes: Record<string, FakeSubgraph> = {};
  let gateway: RunningGateway;
  let downPort: string;

  beforeAll(async () => {
    for (const name of ['civil-affairs', 'public-security', 'womens-federation']) {
      fakes[name] = await startFakeSubgraph(name, keys.publicKey);
    }
    const subgraphUrls = Object.fromEntries(Object.values(fakes).map((f) => [f.name, f.url]));
    downPort = new URL(fakes['womens-federation']!.url).port;
    await fakes['womens-federation']!.close();
    gateway = await serveTestGateway(subgraphUrls, keys);
  });

  afterAll(async () => {
    await gateway?.close();
    await fakes['civil-affairs']?.close();
    await fakes['public-security']?.close();
  });

  function expectNothingLeaks(text: string) {
    expect(text).not.toContain('127.0.0.1');
    expect(text).not.toContain(`:${downPort}`);
    expect(text).not.toContain('ECONNREFUSED');
    expect(text).not.toMatch(/localhost|stack|at \w+ \(|node:internal/i);
  }

  it('returns the rest of the data with exactly one error that names no host or port', async () => {
    const res = await post(gateway.url, PAGE_THREE_SUBGRAPHS, { first: 20 });
    expect(res.status).toBe(200);
    const persons = res.body.data?.persons as Array<{ id: string; identityChecks: unknown[]; shelterReferrals: unknown }>;
    expect(persons).toHaveLength(20);
    expect(persons.every((p) => p.identityChecks.length === 1 && p.shelterReferrals === null)).toBe(true);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]!.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'womens-federation' });
    expectNothingLeaks(res.text);
  });

  it('collapses several failed fetches to the same subgraph into one error', async () => {
    // The top-level persons and the persons reached through their identity checks are fetched
    // from the women's federation at two levels of the query plan: two failed fetches.
    const query = `{ persons(first: 5) { id shelterReferrals { id } identityChecks { id person { id shelterReferrals { id } } } } }`;
    const res = await post(gateway.url, query);
    const persons = res.body.data?.persons as Array<{ identityChecks: Array<{ person: { id: string } }> }>;
    expect(persons).toHaveLength(5);
    expect(persons[0]!.identityChecks[0]!.person.id).toBe('p1');
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]!.extensions?.subgraph).toBe('womens-federation');
    expectNothingLeaks(res.text);
  });

  it('is alive but not ready', async () => {
    const base = new URL(gateway.url);
    expect((await fetch(new URL('/healthz', base))).status).toBe(200);
    expect((await fetch(new URL('/readyz', base))).status).toBe(503);
  });
});

describe('the gateway in development mode', () => {
  const keys = testSigningKeys();
  let fake: FakeSubgraph;
  let gateway: RunningGateway;

  beforeAll(async () => {
    fake = await startFakeSubgraph('civil-affairs', keys.publicKey);
    gateway = await serveTestGateway({ 'civil-affairs': fake.url }, keys, { mode: 'development' });
  });

  afterAll(async () => {
    await gateway?.close();
    await fake?.close();
  });

  it('answers introspection without calling any subgraph', async () => {
    const res = await post(gateway.url, '{ __schema { queryType { name } } }');
    expect(res.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect(fake.calls).toHaveLength(0);
  });
});
