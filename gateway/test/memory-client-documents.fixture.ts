/**
 * The identity database's trusted-document registry, in memory, for the gateway's in-process
 * tests: the same contract (packages/identity's trusted-documents.int.test.ts holds the real one
 * to it): all or none, a limit per client, documents found for their own client only.
 */
import { trustedDocumentHash, type DocumentPolicy, type RegisteredDocument } from '@lifeline/identity';
import { type ClientDocuments } from '../src/trusted-documents/trusted-document.store';

export class MemoryClientDocuments implements ClientDocuments {
  readonly policies = new Map<string, DocumentPolicy>();
  readonly documents = new Map<string, RegisteredDocument[]>();
  /** Database reads, to see what the gateway caches. */
  reads = 0;

  constructor(policies: Record<string, DocumentPolicy> = {}) {
    for (const [clientId, policy] of Object.entries(policies)) this.policies.set(clientId, policy);
  }

  async documentPolicy(clientId: string): Promise<DocumentPolicy | null> {
    this.reads += 1;
    return this.policies.get(clientId) ?? null;
  }

  async find(clientId: string, sha256Hash: string): Promise<string | null> {
    this.reads += 1;
    return this.documents.get(clientId)?.find((d) => d.sha256Hash === sha256Hash)?.body ?? null;
  }

  async list(clientId: string): Promise<RegisteredDocument[]> {
    return [...(this.documents.get(clientId) ?? [])];
  }

  async register(...[clientId, documents, { limit, via }]: Parameters<ClientDocuments['register']>): ReturnType<ClientDocuments['register']> {
    if (!this.policies.has(clientId)) return { ok: false, code: 'UNKNOWN_CLIENT' };
    for (const d of documents) if (trustedDocumentHash(d.body) !== d.sha256Hash) throw new Error('a trusted document’s hash must be the SHA-256 of its text');
    const held = this.documents.get(clientId) ?? [];
    const fresh = [...new Map(documents.map((d) => [d.sha256Hash, d.body]))].filter(([hash]) => !held.some((d) => d.sha256Hash === hash));
    if (held.length + fresh.length > limit) return { ok: false, code: 'LIMIT_EXCEEDED', total: held.length, limit };
    const registeredAt = new Date();
    this.documents.set(clientId, [...held, ...fresh.map(([sha256Hash, body]) => ({ sha256Hash, body, registeredVia: via, registeredAt }))]);
    return { ok: true, added: fresh.length, alreadyRegistered: new Set(documents.map((d) => d.sha256Hash)).size - fresh.length, total: held.length + fresh.length };
  }
}
