import { Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { type Agency } from '@lifeline/subgraph-runtime';
import { AGENCIES } from './agency.vocabulary';

/**
 * The columns of anyone the identity service issues tokens to, a person's account or an
 * integrating system: its name as shown, its agency and grant (org unit, jurisdiction, roles),
 * whether it is disabled, and when it was created. An entity extends it to map them on its own
 * table, beside how it proves who it is.
 */
export abstract class Principal {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  displayName!: string;

  @Enum({ items: [...AGENCIES], type: 'text' })
  agency!: Agency;

  /** A station id, a bureau or an office. */
  @Property({ type: 'text', nullable: true })
  orgUnit: string | null = null;

  /** Administrative-division code the principal's job covers. */
  @Property({ type: 'text', nullable: true })
  jurisdiction: string | null = null;

  @Property({ type: 'text[]' })
  roles: string[] = [];

  @Property({ type: 'boolean' })
  disabled: boolean = false;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
