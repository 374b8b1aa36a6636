import { createTrustedDocumentRegistry, TrustedDocument, trustedDocumentHash, type TrustedDocumentRegistry } from '../src';
import { openTestIdentity, uniqueUsername, type TestIdentity } from './identity.fixture';

let identity: TestIdentity;
let registry: TrustedDocumentRegistry;

beforeAll(async () => {
  identity = await openTestIdentity();
  registry = createTrustedDocumentRegistry(identity.orm, identity.clock.now);
});
afterAll(() => identity.close());

async function newClient(documentPolicy?: 'FREE_TEXT' | 'AUTOMATIC_PERSISTED_QUERIES' | 'TRUSTED_DOCUMENTS_ONLY'): Promise<string> {
  const clientId = uniqueUsername('documents-system');
  await identity.service.createServiceClient({
    clientId,
    displayName: 'A partner system',
    agency: 'CIVIL_AFFAIRS',
    allowedScopes: ['read:stations'],
    ...(documentPolicy ? { documentPolicy } : {}),
  });
  return clientId;
}

const doc = (text: string) => ({ sha256Hash: trustedDocumentHash(text), body: text });

describe('the trusted-document registry', () => {
  it('names a document by the SHA-256 of its UTF-8 text in lower-case hex', () => {
    expect(trustedDocumentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(trustedDocumentHash('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(trustedDocumentHash('查询')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives a new client the FREE_TEXT policy unless told otherwise, and lets an operator change it', async () => {
    const plain = await newClient();
    const apq = await newClient('AUTOMATIC_PERSISTED_QUERIES');
    expect(await registry.documentPolicy(plain)).toBe('FREE_TEXT');
    expect(await registry.documentPolicy(apq)).toBe('AUTOMATIC_PERSISTED_QUERIES');
    expect(await registry.setDocumentPolicy(plain, 'TRUSTED_DOCUMENTS_ONLY')).toBe(true);
    expect(await registry.documentPolicy(plain)).toBe('TRUSTED_DOCUMENTS_ONLY');
    expect(await registry.documentPolicy('no-such-client')).toBeNull();
    expect(await registry.setDocumentPolicy('no-such-client', 'FREE_TEXT')).toBe(false);
  });

  it('stores a client’s documents once each, lists them, and finds them for that client only', async () => {
    const owner = await newClient();
    const other = await newClient();
    const a = doc('query A { stations { id } }');
    const b = doc('query B { stations { name } }');
    expect(await registry.register(owner, [a, b, a], { limit: 10, via: 'MANIFEST' })).toEqual({ ok: true, added: 2, alreadyRegistered: 0, total: 2 });
    expect(await registry.register(owner, [a], { limit: 10, via: 'AUTOMATIC_PERSISTED_QUERY' })).toEqual({ ok: true, added: 0, alreadyRegistered: 1, total: 2 });
    expect(await registry.find(owner, a.sha256Hash)).toBe(a.body);
    expect(await registry.find(other, a.sha256Hash)).toBeNull();
    expect(await registry.find(owner, 'not-a-hash')).toBeNull();
    const listed = await registry.list(owner);
    expect(listed.map((d) => [d.sha256Hash, d.body, d.registeredVia]).sort()).toEqual(
      [
        [a.sha256Hash, a.body, 'MANIFEST'],
        [b.sha256Hash, b.body, 'MANIFEST'],
      ].sort(),
    );
    expect(await registry.list(other)).toEqual([]);
  });

  it('stores nothing when the client would hold more than its limit, and says how many it holds', async () => {
    const clientId = await newClient();
    await registry.register(clientId, [doc('query One { stations { id } }')], { limit: 2, via: 'MANIFEST' });
    const over = await registry.register(clientId, [doc('query Two { stations { id } }'), doc('query Three { stations { id } }')], { limit: 2, via: 'MANIFEST' });
    expect(over).toEqual({ ok: false, code: 'LIMIT_EXCEEDED', total: 1, limit: 2 });
    expect(await registry.list(clientId)).toHaveLength(1);
    // Documents it holds already do not count twice.
    expect(await registry.register(clientId, [doc('query One { stations { id } }'), doc('query Two { stations { id } }')], { limit: 2, via: 'MANIFEST' })).toMatchObject({ ok: true, total: 2 });
  });

  it('keeps the limit when registrations of one client race', async () => {
    const clientId = await newClient();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => registry.register(clientId, [doc(`query Race${i} { stations { id } }`)], { limit: 3, via: 'AUTOMATIC_PERSISTED_QUERY' })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(await identity.orm.em.fork().count(TrustedDocument, { client: { clientId } })).toBe(3);
  });

  it('refuses a hash that is not the SHA-256 of its text, and a client that does not exist', async () => {
    const clientId = await newClient();
    await expect(registry.register(clientId, [{ sha256Hash: trustedDocumentHash('query X { a }'), body: 'query Y { b }' }], { limit: 10, via: 'MANIFEST' })).rejects.toThrow(/SHA-256/);
    expect(await registry.list(clientId)).toEqual([]);
    expect(await registry.register('no-such-client', [doc('query Z { stations { id } }')], { limit: 10, via: 'MANIFEST' })).toEqual({ ok: false, code: 'UNKNOWN_CLIENT' });
  });
});
