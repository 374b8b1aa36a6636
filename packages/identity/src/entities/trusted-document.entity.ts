import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ServiceClient } from './service-client.entity';

/** How a document came to be trusted: a manifest sent to `POST /trusted-documents`, or an automatic persisted query. */
export const TRUSTED_DOCUMENT_ORIGINS = ['MANIFEST', 'AUTOMATIC_PERSISTED_QUERY'] as const;

/** One of `TRUSTED_DOCUMENT_ORIGINS`. */
export type TrustedDocumentOrigin = (typeof TRUSTED_DOCUMENT_ORIGINS)[number];

/**
 * A GraphQL document an integrating system registered, so that it may send the document's
 * SHA-256 instead of its text. Only that system may run it by its hash; the hash is always the
 * SHA-256 of `body` (checked when it is registered), so a row can never be made to mean another text.
 */
@Entity({ tableName: 'trusted_document' })
@Unique({ properties: ['client', 'sha256Hash'] })
export class TrustedDocument {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => ServiceClient, deleteRule: 'cascade' })
  client!: ServiceClient;

  /** 64 lower-case hex digits: the SHA-256 of `body` as UTF-8. */
  @Property({ type: 'text', fieldName: 'sha256_hash' })
  sha256Hash!: string;

  /** The document's text, exactly as hashed. */
  @Property({ type: 'text' })
  body!: string;

  @Enum({ items: [...TRUSTED_DOCUMENT_ORIGINS], type: 'text' })
  registeredVia!: TrustedDocumentOrigin;

  @Property({ type: 'timestamptz' })
  registeredAt: Date = new Date();
}
