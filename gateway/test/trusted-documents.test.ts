/**
 * Trusted documents through the real gateway over in-process subgraphs: the portal's documents
 * run by id for everyone; staff's text is refused in production and taken in development; an
 * integrating system registers its own documents (`/trusted-documents`), which only it may run;
 * a system whose record opts in registers them by automatic persisted queries. Callers are named
 * by a test header (the real gateway verifies a bearer token instead).
 */
import { trustedDocumentHash } from '@lifeline/identity';
import { ANONYMOUS, type Caller } from '@lifeline/subgraph-runtime';
import { type RunningGateway } from '../src/server';
import { serveTestGateway, startFakeSubgraph, testSigningKeys, type FakeSubgraph } from './fake-subgraphs.fixture';
import { MemoryClientDocuments } from './memory-client-documents.fixture';

type Answer = {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string; document?: string } }> };
};

/** A document of "the portal's build". */
const PORTAL_PAGE = 'query PortalPage($first: Int) { persons(first: $first) { displayName id } }';
const PORTAL_ID = trustedDocumentHash(PORTAL_PAGE);
/** A partner's own document. */
const PARTNER_SYNC = 'query PartnerSync { persons(first: 3) { id identityChecks { id status } } }';
const PARTNER_ID = trustedDocumentHash(PARTNER_SYNC);

function callerOf(header: string | undefined): Caller {
  if (!header) return ANONYMOUS;
  const [kind, id] = header.split(':') as ['user' | 'service', string];
  return { ...ANONYMOUS, kind, id, roles: [kind === 'user' ? 'CENTER_STAFF' : 'INTEGRATION'] };
}

const code = (answer: Answer) => answer.body.errors?.map((error) => error.extensions?.code);

describe('trusted documents at the gateway', () => {
  const keys = testSigningKeys();
  const fakes: FakeSubgraph[] = [];
  let production: RunningGateway;
  let development: RunningGateway;
  let clients: MemoryClientDocuments;

  const start = (mode: 'production' | 'development', freeText: 'require' | 'allow', perClientLimit = 3) => {
    const subgraphUrls = Object.fromEntries(fakes.map((f) => [f.name, f.url]));
    return serveTestGateway(subgraphUrls, keys, {
      mode,
      authenticate: async (req) => callerOf(req.headers['x-test-caller'] as string | undefined),
      trustedDocuments: { freeText, manifest: new Map([[PORTAL_ID, PORTAL_PAGE]]), clients, perClientLimit },
    });
  };

  async function post(gateway: RunningGateway, body: Record<string, unknown>, caller?: string): Promise<Answer> {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(caller ? { 'x-test-caller': caller } : {}) },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Answer['body'] };
  }
  const byId = (sha256Hash: string, variables: Record<string, unknown> = {}, query?: string) => ({
    ...(query !== undefined ? { query } : {}),
    variables,
    extensions: { persistedQuery: { version: 1, sha256Hash } },
  });
  async function register(gateway: RunningGateway, manifest: unknown, caller?: string, method = 'POST'): Promise<Answer & { body: Record<string, unknown> }> {
    const res = await fetch(new URL('/trusted-documents', gateway.url), {
      method,
      headers: { 'content-type': 'application/json', ...(caller ? { 'x-test-caller': caller } : {}) },
      ...(method === 'POST' ? { body: JSON.stringify(manifest) } : {}),
    });
    return { status: res.status, body: (await res.json()) as Answer['body'] & Record<string, unknown> };
  }
  const subgraphCalls = () => fakes.reduce((sum, fake) => sum + fake.calls.length, 0);

  beforeAll(async () => {
    for (const name of ['civil-affairs', 'public-security']) fakes.push(await startFakeSubgraph(name, keys.publicKey));
  });
  beforeEach(async () => {
    // Each test starts from clients that hold nothing: a-system and b-system send text, apq-system opts in, strict-system is trusted-only.
    clients = new MemoryClientDocuments({
      'a-system': 'FREE_TEXT',
      'b-system': 'FREE_TEXT',
      'apq-system': 'AUTOMATIC_PERSISTED_QUERIES',
      'strict-system': 'TRUSTED_DOCUMENTS_ONLY',
    });
    production = await start('production', 'require');
    development = await start('development', 'allow');
    for (const fake of fakes) fake.calls = [];
  });
  afterEach(async () => {
    await production?.close();
    await development?.close();
  });
  afterAll(async () => {
    for (const fake of fakes) await fake.close().catch(() => undefined);
  });

  describe('running documents by id', () => {
    it('runs a document of the portal’s build by its id alone, for staff and for a system alike', async () => {
      for (const caller of ['user:center.staff', 'service:a-system']) {
        const answer = await post(production, byId(PORTAL_ID, { first: 2 }), caller);
        expect(answer.status).toBe(200);
        expect(answer.body).toEqual({ data: { persons: [{ displayName: 'Person p1', id: 'p1' }, { displayName: 'Person p2', id: 'p2' }] } });
      }
    });

    it('answers an id it does not know with PERSISTED_QUERY_NOT_FOUND (HTTP 200, as Apollo’s clients expect) and calls no agency', async () => {
      const answer = await post(production, byId(trustedDocumentHash('query Unknown { persons { id } }')), 'user:center.staff');
      expect(answer.status).toBe(200);
      expect(code(answer)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      expect(answer.body.errors![0]!.message).toMatch(/POST \/trusted-documents/);
      expect(answer.body.data).toBeUndefined();
      expect(subgraphCalls()).toBe(0);
    });

    it('refuses an id sent with text it is not the hash of (a tampered document), and runs nothing', async () => {
      const tampered = 'query PortalPage($first: Int) { persons(first: $first) { displayName id sex } }';
      for (const caller of ['user:center.staff', 'service:apq-system']) {
        const answer = await post(production, byId(PORTAL_ID, { first: 1 }, tampered), caller);
        expect(answer.status).toBe(400);
        expect(code(answer)).toEqual(['PERSISTED_QUERY_HASH_MISMATCH']);
      }
      expect(subgraphCalls()).toBe(0);
      expect(await clients.list('apq-system')).toEqual([]);
    });

    it('refuses a malformed persistedQuery extension with BAD_REQUEST', async () => {
      for (const persistedQuery of [{ version: 2, sha256Hash: PORTAL_ID }, { version: 1, sha256Hash: PORTAL_ID.toUpperCase() }, { version: 1 }, 'x']) {
        const answer = await post(production, { extensions: { persistedQuery } }, 'user:center.staff');
        expect([answer.status, code(answer)]).toEqual([400, ['BAD_REQUEST']]);
      }
    });
  });

  describe('who may send text', () => {
    it('in production refuses staff’s and anonymous text with PERSISTED_QUERY_REQUIRED, saying what to send, by POST and by GET, and runs nothing', async () => {
      for (const caller of ['user:center.staff', undefined]) {
        const answer = await post(production, { query: PORTAL_PAGE, variables: { first: 1 } }, caller);
        expect(answer.status).toBe(400);
        expect(code(answer)).toEqual(['PERSISTED_QUERY_REQUIRED']);
        expect(answer.body.errors![0]!.message).toMatch(/extensions\.persistedQuery/);
      }
      const get = await fetch(`${production.url}?query=${encodeURIComponent('{ persons(first: 1) { id } }')}`, {
        headers: { 'x-test-caller': 'user:center.staff', 'apollo-require-preflight': 'true' },
      });
      expect(get.status).toBe(400);
      expect(((await get.json()) as Answer['body']).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_REQUIRED');
      expect(subgraphCalls()).toBe(0);
      // The same document by its id runs, by GET too.
      const search = new URLSearchParams({ variables: JSON.stringify({ first: 1 }), extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: PORTAL_ID } }) });
      const getById = await fetch(`${production.url}?${search}`, { headers: { 'x-test-caller': 'user:center.staff', 'apollo-require-preflight': 'true' } });
      expect(await getById.json()).toEqual({ data: { persons: [{ displayName: 'Person p1', id: 'p1' }] } });
    });

    it('in development (allow) takes staff’s text, as the demo’s tools and tests send it', async () => {
      const answer = await post(development, { query: '{ persons(first: 1) { id } }' }, 'user:center.staff');
      expect(answer.body).toEqual({ data: { persons: [{ id: 'p1' }] } });
    });

    it('takes a system’s text in production unless its record says trusted documents only', async () => {
      expect((await post(production, { query: '{ persons(first: 1) { id } }' }, 'service:a-system')).body).toEqual({ data: { persons: [{ id: 'p1' }] } });
      const strict = await post(production, { query: '{ persons(first: 1) { id } }' }, 'service:strict-system');
      expect([strict.status, code(strict)]).toEqual([400, ['PERSISTED_QUERY_REQUIRED']]);
      expect(strict.body.errors![0]!.message).toMatch(/POST \/trusted-documents/);
      // It runs what it registered, by id.
      expect((await register(production, { [PARTNER_ID]: PARTNER_SYNC }, 'service:strict-system')).status).toBe(200);
      const ran = await post(production, byId(PARTNER_ID), 'service:strict-system');
      expect((ran.body.data?.persons as unknown[]).length).toBe(3);
    });
  });

  describe('a system registering its documents at /trusted-documents', () => {
    it('stores a manifest in codegen’s shape (keys with or without `sha256:`), lists it, and runs its documents for that system only', async () => {
      const second = 'query PartnerOne { persons(first: 1) { id } }';
      const stored = await register(production, { [PARTNER_ID]: PARTNER_SYNC, [`sha256:${trustedDocumentHash(second)}`]: second }, 'service:a-system');
      expect(stored).toEqual({ status: 200, body: { registered: 2, alreadyRegistered: 0, total: 2, limit: 3 } });
      // Registering again changes nothing.
      expect((await register(production, { [PARTNER_ID]: PARTNER_SYNC }, 'service:a-system')).body).toEqual({ registered: 0, alreadyRegistered: 1, total: 2, limit: 3 });
      const listed = await register(production, undefined, 'service:a-system', 'GET');
      expect(listed.body).toMatchObject({ limit: 3, count: 2 });
      expect((listed.body.documents as Array<{ sha256Hash: string; query: string; registeredVia: string }>).map((d) => [d.sha256Hash, d.registeredVia])).toEqual([
        [PARTNER_ID, 'MANIFEST'],
        [trustedDocumentHash(second), 'MANIFEST'],
      ]);

      const own = await post(production, byId(PARTNER_ID), 'service:a-system');
      expect(own.body.errors).toBeUndefined();
      expect(own.body.data).toEqual({
        persons: [1, 2, 3].map((n) => ({ id: `p${n}`, identityChecks: [{ id: `ic-p${n}`, status: 'REQUESTED' }] })),
      });
      for (const other of ['service:b-system', 'user:center.staff']) {
        const refused = await post(development, byId(PARTNER_ID), other);
        expect(code(refused)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      }
    });

    it('refuses a manifest whose key is not its text’s SHA-256, storing none of its documents', async () => {
      const good = 'query Good { persons(first: 1) { id } }';
      const answer = await register(production, { [trustedDocumentHash(good)]: good, [PARTNER_ID]: 'query PartnerSync { persons(first: 99) { id } }' }, 'service:a-system');
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([{ message: expect.stringMatching(/SHA-256/), extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH', document: PARTNER_ID } }]);
      expect(await clients.list('a-system')).toEqual([]);
    });

    it('refuses documents that do not parse or do not validate against the schema, each named, storing none', async () => {
      const good = 'query Good { persons(first: 1) { id } }';
      const broken = 'query Broken { persons(first: 1) { id }';
      const unknownField = 'query Unknown { persons(first: 1) { id salary } }';
      const tooDeep = `query Deep { ${'persons(first: 1) { identityChecks { person { '.repeat(5)} id ${'} } }'.repeat(5)} }`;
      const manifest = Object.fromEntries([good, broken, unknownField, tooDeep].map((text) => [trustedDocumentHash(text), text]));
      const answer = await register(production, manifest, 'service:a-system');
      expect(answer.status).toBe(400);
      expect(answer.body.errors!.map((e) => [e.extensions?.document, e.extensions?.code])).toEqual([
        [trustedDocumentHash(broken), 'GRAPHQL_PARSE_FAILED'],
        [trustedDocumentHash(unknownField), 'GRAPHQL_VALIDATION_FAILED'],
        [trustedDocumentHash(tooDeep), 'GRAPHQL_VALIDATION_FAILED'],
      ]);
      expect(answer.body.errors![1]!.message).toMatch(/salary/);
      expect(await clients.list('a-system')).toEqual([]);
    });

    it('refuses documents that would take the system over its limit, storing none and saying how many it holds', async () => {
      const texts = ['A', 'B', 'C', 'D'].map((name) => `query ${name} { persons(first: 1) { id } }`);
      expect((await register(production, { [trustedDocumentHash(texts[0]!)]: texts[0] }, 'service:a-system')).status).toBe(200);
      const over = await register(production, Object.fromEntries(texts.slice(1).map((text) => [trustedDocumentHash(text), text])), 'service:a-system');
      expect(over.status).toBe(400);
      expect(code(over)).toEqual(['TRUSTED_DOCUMENT_LIMIT_EXCEEDED']);
      expect(over.body.errors![0]!.message).toMatch(/holds 1 .*may hold 3/);
      expect((await clients.list('a-system')).map((d) => d.body)).toEqual([texts[0]]);
    });

    it('answers a request that is no manifest, staff, and the anonymous with clear refusals', async () => {
      expect(code(await register(production, ['query A { x }'], 'service:a-system'))).toEqual(['BAD_REQUEST']);
      expect(code(await register(production, {}, 'service:a-system'))).toEqual(['BAD_REQUEST']);
      expect(code(await register(production, { 'not-a-hash': 'query A { persons { id } }' }, 'service:a-system'))).toEqual(['BAD_REQUEST']);
      const staff = await register(production, { [PARTNER_ID]: PARTNER_SYNC }, 'user:center.staff');
      expect([staff.status, code(staff)]).toEqual([403, ['FORBIDDEN']]);
      const anonymous = await register(production, { [PARTNER_ID]: PARTNER_SYNC });
      expect([anonymous.status, code(anonymous)]).toEqual([401, ['UNAUTHENTICATED']]);
      expect(clients.documents.size).toBe(0);
    });
  });

  describe('automatic persisted queries', () => {
    it('for a system that opted in: an unknown id is not found, the id with its text is checked, stored and run, and the id alone runs afterwards', async () => {
      const first = await post(production, byId(PARTNER_ID), 'service:apq-system');
      expect([first.status, code(first)]).toEqual([200, ['PERSISTED_QUERY_NOT_FOUND']]);
      const registered = await post(production, byId(PARTNER_ID, {}, PARTNER_SYNC), 'service:apq-system');
      expect(registered.body.errors).toBeUndefined();
      expect((registered.body.data?.persons as unknown[]).length).toBe(3);
      expect((await clients.list('apq-system')).map((d) => [d.sha256Hash, d.registeredVia])).toEqual([[PARTNER_ID, 'AUTOMATIC_PERSISTED_QUERY']]);
      const again = await post(production, byId(PARTNER_ID), 'service:apq-system');
      expect((again.body.data?.persons as unknown[]).length).toBe(3);
      // Still its own only.
      expect(code(await post(production, byId(PARTNER_ID), 'service:a-system'))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    });

    it('stores no document that does not validate, and none past the system’s limit', async () => {
      const invalid = 'query Invalid { persons(first: 1) { salary } }';
      const refused = await post(production, byId(trustedDocumentHash(invalid), {}, invalid), 'service:apq-system');
      expect([refused.status, code(refused)]).toEqual([400, ['GRAPHQL_VALIDATION_FAILED']]);
      for (const name of ['A', 'B', 'C']) {
        const text = `query ${name} { persons(first: 1) { id } }`;
        expect((await post(production, byId(trustedDocumentHash(text), {}, text), 'service:apq-system')).body.errors).toBeUndefined();
      }
      const fourth = 'query D { persons(first: 1) { id } }';
      const over = await post(production, byId(trustedDocumentHash(fourth), {}, fourth), 'service:apq-system');
      expect([over.status, code(over)]).toEqual([400, ['TRUSTED_DOCUMENT_LIMIT_EXCEEDED']]);
      expect(await clients.list('apq-system')).toHaveLength(3);
    });

    it('answers PERSISTED_QUERY_NOT_SUPPORTED to a system that did not opt in and to staff, storing nothing and running nothing', async () => {
      for (const [gateway, caller] of [
        [production, 'service:a-system'],
        [production, 'service:strict-system'],
        [development, 'user:center.staff'],
      ] as const) {
        const answer = await post(gateway, byId(PARTNER_ID, {}, PARTNER_SYNC), caller);
        expect([caller, answer.status, code(answer)]).toEqual([caller, 200, ['PERSISTED_QUERY_NOT_SUPPORTED']]);
      }
      expect(clients.documents.size).toBe(0);
      expect(subgraphCalls()).toBe(0);
      // A document the caller may run anyway is simply run when sent with its text.
      const portal = await post(production, byId(PORTAL_ID, { first: 1 }, PORTAL_PAGE), 'user:center.staff');
      expect(portal.body.data).toEqual({ persons: [{ displayName: 'Person p1', id: 'p1' }] });
    });
  });
});
