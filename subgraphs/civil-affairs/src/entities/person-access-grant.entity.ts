import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Person } from './person.entity';

/**
 * A named person outside the shelter staff who may see a protected victim: the caseworker (or
 * police officer) who referred her. Granted when the referral is made, never from client input.
 */
@Entity({ tableName: 'person_access_grant' })
@Unique({ properties: ['person', 'grantee'] })
@Index({ properties: ['grantee'] })
export class PersonAccessGrant {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Person, deleteRule: 'restrict' })
  person!: Person;

  /** Username of the entitled user. */
  @Property({ type: 'text' })
  grantee!: string;

  /** Why access is granted (e.g. the referral it comes from). */
  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'timestamptz' })
  grantedAt: Date = new Date();
}
