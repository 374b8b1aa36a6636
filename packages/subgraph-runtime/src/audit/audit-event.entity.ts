import { Entity, Index, OptionalProps, Property } from '@mikro-orm/core';
import { AuditLine } from './audit-line.entity';

/**
 * One line of a subgraph's audit trail: who read or changed what, when, why, and whether it was
 * allowed. Rows are appended under a lock and chained by hashes; a trigger refuses UPDATE,
 * DELETE and TRUNCATE for every database role the application uses.
 */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['actor', 'at'] })
@Index({ properties: ['recordType', 'recordId'] })
// The auditors' work list reads newest first by (at, seq), filtered: these serve its pages and
// counts (see AUDIT_WORK_LIST_INDEX_SQL, which each agency's migration runs).
@Index({ properties: ['at', 'seq'] })
@Index({ properties: ['operation', 'at', 'seq'] })
@Index({ name: 'audit_event_denied_at_seq_index', expression: `create index "audit_event_denied_at_seq_index" on "audit_event" ("at", "seq") where "outcome" = 'DENIED'` })
@Index({ name: 'audit_event_purpose_trgm', expression: 'create index "audit_event_purpose_trgm" on "audit_event" using gin ("purpose" gin_trgm_ops)' })
export class AuditEvent extends AuditLine {
  [OptionalProps]?: 'seq';

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
