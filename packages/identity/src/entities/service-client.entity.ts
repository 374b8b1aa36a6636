import { Entity, Enum, Property } from '@mikro-orm/core';
import { Principal } from './principal.entity';

/**
 * What an integrating system may send the gateway as the text of its operations:
 * `FREE_TEXT` (the default) any query text, and the ids of the documents it registered;
 * `AUTOMATIC_PERSISTED_QUERIES` the same, and it may register a document on the fly by sending its
 * hash with its text (Apollo's automatic persisted queries); `TRUSTED_DOCUMENTS_ONLY` only the ids
 * of documents registered beforehand (`POST /trusted-documents`), never text.
 */
export const DOCUMENT_POLICIES = ['FREE_TEXT', 'AUTOMATIC_PERSISTED_QUERIES', 'TRUSTED_DOCUMENTS_ONLY'] as const;

/** One of `DOCUMENT_POLICIES`. */
export type DocumentPolicy = (typeof DOCUMENT_POLICIES)[number];

/** True when `value` names a document policy. */
export function isDocumentPolicy(value: unknown): value is DocumentPolicy {
  return typeof value === 'string' && (DOCUMENT_POLICIES as readonly string[]).includes(value);
}

/**
 * An agency's integrating system, authenticated with OAuth 2.0 client credentials. The secret is
 * 256 random bits, so a fast hash (SHA-256) protects it as well as a slow one would; only the hash
 * is stored.
 */
@Entity({ tableName: 'service_client' })
export class ServiceClient extends Principal {
  /** The OAuth `client_id`, also the `sub` of the client's access tokens. */
  @Property({ type: 'text', unique: true })
  clientId!: string;

  /** `sha256$<base64url digest>`. */
  @Property({ type: 'text' })
  secretHash!: string;

  /** The scopes the client may ask for; a token request without `scope` gets all of them. */
  @Property({ type: 'text[]' })
  allowedScopes: string[] = [];

  /** What the system may send as operations (see `DOCUMENT_POLICIES`); operators change it in the database. */
  @Enum({ items: [...DOCUMENT_POLICIES], type: 'text', default: 'FREE_TEXT' })
  documentPolicy: DocumentPolicy = 'FREE_TEXT';
}
