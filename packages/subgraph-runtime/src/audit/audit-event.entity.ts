import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One line of a subgraph's audit trail: who read or changed what, when, why, and whether it was
 * allowed. Rows are appended under a lock and chained by hashes; a trigger refuses UPDATE,
 * DELETE and TRUNCATE for every database role the application uses.
 */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['actor', 'at'] })
@Index({ properties: ['recordType', 'recordId'] })
export class AuditEvent {
  [OptionalProps]?: 'seq';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  seq!: string;

  @Property({ type: 'timestamptz' })
  at!: Date;

  @Property({ type: 'text' })
  actor!: string;

  @Property({ type: 'text' })
  actorKind!: string;

  @Property({ type: 'text', nullable: true })
  agency: string | null = null;

  /** Roles of the actor at the time, space-separated. */
  @Property({ type: 'text' })
  roles!: string;

  @Property({ type: 'text' })
  requestId!: string;

  /** READ, SEARCH, CREATE, UPDATE, TRANSITION, … */
  @Property({ type: 'text' })
  operation!: string;

  @Property({ type: 'text' })
  recordType!: string;

  @Property({ type: 'text', nullable: true })
  recordId: string | null = null;

  /** Fields read or changed, comma-separated. */
  @Property({ type: 'text' })
  fields!: string;

  @Property({ type: 'text', nullable: true })
  purpose: string | null = null;

  /** ALLOWED or DENIED. */
  @Property({ type: 'text' })
  outcome!: string;

  @Property({ type: 'text' })
  prevHash!: string;

  @Index()
  @Property({ type: 'text' })
  hash!: string;
}
