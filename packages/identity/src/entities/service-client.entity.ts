import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { type Agency } from '@lifeline/subgraph-runtime';
import { AGENCIES } from './agency.vocabulary';

/**
 * An agency's integrating system, authenticated with OAuth 2.0 client credentials. The secret is
 * 256 random bits, so a fast hash (SHA-256) protects it as well as a slow one would; only the hash
 * is stored.
 */
@Entity({ tableName: 'service_client' })
export class ServiceClient {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The OAuth `client_id`, also the `sub` of the client's access tokens. */
  @Property({ type: 'text', unique: true })
  clientId!: string;

  /** `sha256$<base64url digest>`. */
  @Property({ type: 'text' })
  secretHash!: string;

  @Property({ type: 'text' })
  displayName!: string;

  @Enum({ items: [...AGENCIES], type: 'text' })
  agency!: Agency;

  @Property({ type: 'text', nullable: true })
  orgUnit: string | null = null;

  @Property({ type: 'text', nullable: true })
  jurisdiction: string | null = null;

  @Property({ type: 'text[]' })
  roles: string[] = [];

  /** The scopes the client may ask for; a token request without `scope` gets all of them. */
  @Property({ type: 'text[]' })
  allowedScopes: string[] = [];

  @Property({ type: 'boolean' })
  disabled: boolean = false;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
