import { trustedDocumentHash } from '@lifeline/identity';
import { ANONYMOUS, type Caller } from '@lifeline/subgraph-runtime';
import { MemoryClientDocuments } from '../../test/memory-client-documents.fixture';
import { TrustedDocumentStore } from './trusted-document.store';

const PORTAL = 'query Portal { stations { id } }';
const OWN = 'query Own { persons { id } }';
const staff: Caller = { ...ANONYMOUS, kind: 'user', id: 'center.staff', roles: ['CENTER_STAFF'] };
const system = (id: string): Caller => ({ ...ANONYMOUS, kind: 'service', id, roles: ['INTEGRATION'] });

describe('the trusted-document store', () => {
  let clients: MemoryClientDocuments;
  let clock: number;
  let store: TrustedDocumentStore;

  beforeEach(async () => {
    clients = new MemoryClientDocuments({ 'a-system': 'AUTOMATIC_PERSISTED_QUERIES', 'b-system': 'FREE_TEXT' });
    await clients.register('a-system', [{ sha256Hash: trustedDocumentHash(OWN), body: OWN }], { limit: 10, via: 'MANIFEST' });
    clock = 0;
    store = new TrustedDocumentStore({ manifest: new Map([[trustedDocumentHash(PORTAL), PORTAL]]), clients, perClientLimit: 2, policyTtlMs: 1_000, now: () => clock });
    clients.reads = 0;
  });

  it('gives every caller the portal’s documents, without asking the database', async () => {
    for (const caller of [staff, ANONYMOUS, system('a-system')]) expect(await store.documentFor(caller, trustedDocumentHash(PORTAL))).toBe(PORTAL);
    expect(clients.reads).toBe(0);
  });

  it('looks in a reloaded manifest for an id its manifest lacks (development), and keeps it', async () => {
    const edited = 'query Edited { stations { id name } }';
    let reloads = 0;
    const reloading = new TrustedDocumentStore({
      manifest: new Map(),
      reloadManifest: () => {
        reloads += 1;
        return new Map([[trustedDocumentHash(edited), edited]]);
      },
    });
    expect(await reloading.documentFor(staff, trustedDocumentHash(edited))).toBe(edited);
    expect(await reloading.documentFor(staff, trustedDocumentHash(edited))).toBe(edited);
    expect(reloads).toBe(1);
  });

  it('gives a system its own documents and no one else’s, and keeps what it found', async () => {
    const id = trustedDocumentHash(OWN);
    expect(await store.documentFor(system('a-system'), id)).toBe(OWN);
    expect(await store.documentFor(system('a-system'), id)).toBe(OWN);
    expect(clients.reads).toBe(1);
    expect(await store.documentFor(system('b-system'), id)).toBeUndefined();
    expect(await store.documentFor(staff, id)).toBeUndefined();
    // Not found is asked again (another replica may have stored it meanwhile).
    expect(await store.documentFor(system('b-system'), id)).toBeUndefined();
    expect(clients.reads).toBe(3);
  });

  it('reads a system’s policy once per interval, so an operator’s change shows within it', async () => {
    expect(await store.documentPolicyOf(system('b-system'))).toBe('FREE_TEXT');
    clients.policies.set('b-system', 'TRUSTED_DOCUMENTS_ONLY');
    expect(await store.documentPolicyOf(system('b-system'))).toBe('FREE_TEXT');
    clock += 1_001;
    expect(await store.documentPolicyOf(system('b-system'))).toBe('TRUSTED_DOCUMENTS_ONLY');
    expect(clients.reads).toBe(2);
  });

  it('has no policy for staff and the anonymous (the gateway’s setting rules them), and FREE_TEXT for a system it does not know', async () => {
    expect(await store.documentPolicyOf(staff)).toBeNull();
    expect(await store.documentPolicyOf(ANONYMOUS)).toBeNull();
    expect(await store.documentPolicyOf(system('external-system'))).toBe('FREE_TEXT');
    expect(await new TrustedDocumentStore({ manifest: new Map() }).documentPolicyOf(system('a-system'))).toBe('FREE_TEXT');
  });

  it('registers for systems only, within the limit, and runs what it registered at once', async () => {
    const text = 'query Next { persons { id displayName } }';
    const doc = { sha256Hash: trustedDocumentHash(text), body: text };
    expect(await store.register(staff, [doc], 'MANIFEST')).toEqual({ ok: false, code: 'UNKNOWN_CLIENT' });
    expect(await store.register(system('a-system'), [doc], 'AUTOMATIC_PERSISTED_QUERY')).toMatchObject({ ok: true, total: 2 });
    clients.reads = 0;
    expect(await store.documentFor(system('a-system'), doc.sha256Hash)).toBe(text);
    expect(clients.reads).toBe(0);
    const third = 'query Third { persons { id sex } }';
    expect(await store.register(system('a-system'), [{ sha256Hash: trustedDocumentHash(third), body: third }], 'MANIFEST')).toEqual({ ok: false, code: 'LIMIT_EXCEEDED', total: 2, limit: 2 });
  });
});
