import { PrimaryKey, Property } from '@mikro-orm/core';
import { HistoryEvent } from '../database/history-event.entity';

/**
 * The columns both audit trails share, each agency's `audit_event` and the identity service's
 * `admin_audit_event`: the order lines were appended in, when, who acted and as which kind of
 * caller. Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE on both tables.
 */
export abstract class AuditLine extends HistoryEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  seq!: string;

  /** The kind of caller (`user`, `service`, …). */
  @Property({ type: 'text' })
  actorKind!: string;
}
