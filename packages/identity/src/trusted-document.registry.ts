/**
 * The documents integrating systems registered as trusted, and what each system may send as its
 * operations (its client's `documentPolicy`). The gateway checks a document (its hash, its syntax,
 * the schema) before it calls `register`; this registry keeps what it stores honest on its own:
 * every hash is the SHA-256 of its text, and a system never holds more documents than its limit,
 * even when two registrations race.
 */
import { createHash } from 'node:crypto';
import { LockMode, type MikroORM } from '@mikro-orm/core';
import { isDocumentPolicy, ServiceClient, type DocumentPolicy } from './entities/service-client.entity';
import { TrustedDocument, type TrustedDocumentOrigin } from './entities/trusted-document.entity';

/** A document id: the SHA-256 of the document's text, 64 lower-case hex digits. */
export const TRUSTED_DOCUMENT_HASH_PATTERN = /^[0-9a-f]{64}$/;

/** The id of a document: the SHA-256 of its text (UTF-8), in lower-case hex, as Apollo's persisted queries name it. */
export function trustedDocumentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A document to register: its text and the hash the system gave for it. */
export interface TrustedDocumentInput {
  sha256Hash: string;
  body: string;
}

/** A registered document, as listed. */
export interface RegisteredDocument {
  sha256Hash: string;
  body: string;
  registeredVia: TrustedDocumentOrigin;
  registeredAt: Date;
}

/** What `register` did. Nothing was stored unless `ok`. */
export type RegisterDocumentsResult =
  | { ok: true; added: number; alreadyRegistered: number; total: number }
  | { ok: false; code: 'UNKNOWN_CLIENT' }
  | { ok: false; code: 'LIMIT_EXCEEDED'; total: number; limit: number };

/** The integrating systems' trusted documents and document policies. */
export interface TrustedDocumentRegistry {
  /** The client's policy; `null` for a client that does not exist or is disabled. */
  documentPolicy(clientId: string): Promise<DocumentPolicy | null>;
  /** Sets the client's policy (false: no such client). */
  setDocumentPolicy(clientId: string, policy: DocumentPolicy): Promise<boolean>;
  /** The text of the client's document with this hash, or null. Never another client's. */
  find(clientId: string, sha256Hash: string): Promise<string | null>;
  /** The client's documents, oldest first. */
  list(clientId: string): Promise<RegisteredDocument[]>;
  /**
   * Stores the documents the client does not hold yet, all or none: none when the client would
   * then hold more than `limit`. Throws when a hash is not the SHA-256 of its text (the caller
   * checks that first and answers the client).
   */
  register(clientId: string, documents: readonly TrustedDocumentInput[], options: { limit: number; via: TrustedDocumentOrigin }): Promise<RegisterDocumentsResult>;
}

/** The registry over the identity database. */
export function createTrustedDocumentRegistry(orm: MikroORM, now: () => number = Date.now): TrustedDocumentRegistry {
  const activeClient = { disabled: false } as const;
  return {
    async documentPolicy(clientId) {
      const client = await orm.em.fork().findOne(ServiceClient, { clientId, ...activeClient }, { fields: ['documentPolicy'] });
      return client && isDocumentPolicy(client.documentPolicy) ? client.documentPolicy : null;
    },

    async setDocumentPolicy(clientId, policy) {
      if (!isDocumentPolicy(policy)) throw new Error(`unknown document policy: ${JSON.stringify(policy)}`);
      return (await orm.em.fork().nativeUpdate(ServiceClient, { clientId }, { documentPolicy: policy })) > 0;
    },

    async find(clientId, sha256Hash) {
      if (!TRUSTED_DOCUMENT_HASH_PATTERN.test(sha256Hash)) return null;
      const document = await orm.em.fork().findOne(TrustedDocument, { sha256Hash, client: { clientId, ...activeClient } }, { fields: ['body'] });
      return document?.body ?? null;
    },

    async list(clientId) {
      const documents = await orm.em.fork().find(TrustedDocument, { client: { clientId } }, { orderBy: { registeredAt: 'asc', sha256Hash: 'asc' } });
      return documents.map(({ sha256Hash, body, registeredVia, registeredAt }) => ({ sha256Hash, body, registeredVia, registeredAt }));
    },

    async register(clientId, documents, { limit, via }) {
      const byHash = new Map<string, string>();
      for (const { sha256Hash, body } of documents) {
        if (!TRUSTED_DOCUMENT_HASH_PATTERN.test(sha256Hash) || trustedDocumentHash(body) !== sha256Hash) {
          throw new Error('a trusted document’s hash must be the SHA-256 of its text');
        }
        byHash.set(sha256Hash, body);
      }
      return orm.em.fork().transactional(async (em) => {
        // The client's row, locked: concurrent registrations of one client count one after another.
        const client = await em.findOne(ServiceClient, { clientId, ...activeClient }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!client) return { ok: false, code: 'UNKNOWN_CLIENT' } as const;
        const hashes = [...byHash.keys()];
        const held = hashes.length === 0 ? [] : await em.find(TrustedDocument, { client, sha256Hash: { $in: hashes } }, { fields: ['sha256Hash'] });
        const known = new Set(held.map((document) => document.sha256Hash));
        const fresh = hashes.filter((hash) => !known.has(hash));
        const total = await em.count(TrustedDocument, { client });
        if (total + fresh.length > limit) return { ok: false, code: 'LIMIT_EXCEEDED', total, limit } as const;
        const registeredAt = new Date(now());
        for (const sha256Hash of fresh) em.create(TrustedDocument, { client, sha256Hash, body: byHash.get(sha256Hash)!, registeredVia: via, registeredAt });
        return { ok: true, added: fresh.length, alreadyRegistered: known.size, total: total + fresh.length } as const;
      });
    },
  };
}
