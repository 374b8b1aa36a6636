import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** How an administrator's request ended: done, refused for bad input or state, or refused to a non-administrator. */
export const ADMIN_AUDIT_OUTCOMES = ['SUCCEEDED', 'REFUSED', 'DENIED'] as const;

/** One of `ADMIN_AUDIT_OUTCOMES`. */
export type AdminAuditOutcome = (typeof ADMIN_AUDIT_OUTCOMES)[number];

/**
 * One line of the administrators' history: who did what to which account or client, when, and
 * how it ended. Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE); it never holds a
 * password, a secret or a token, only names, codes and outcomes.
 */
@Entity({ tableName: 'admin_audit_event' })
@Index({ properties: ['actor', 'at'] })
@Index({ properties: ['targetType', 'targetId'] })
export class AdminAuditEvent {
  [OptionalProps]?: 'seq';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  seq!: string;

  @Property({ type: 'timestamptz' })
  at!: Date;

  /** The username or client id of the caller (`anonymous` never appears: unauthenticated calls are answered 401 unaudited). */
  @Property({ type: 'text' })
  actor!: string;

  /** `user` or `service`. */
  @Property({ type: 'text' })
  actorKind!: string;

  /** What was asked, e.g. `ACCOUNT_CREATE`, `CLIENT_ROTATE_SECRET`, `ACCOUNTS_LIST`. */
  @Property({ type: 'text' })
  action!: string;

  /** `ACCOUNT`, `CLIENT`, `SIGNING_KEY` or `ADMIN_CONSOLE`. */
  @Property({ type: 'text' })
  targetType!: string;

  /** The username or client id acted on (null for lists). */
  @Property({ type: 'text', nullable: true })
  targetId: string | null = null;

  @Property({ type: 'text' })
  outcome!: AdminAuditOutcome;

  /** The refusal's code, or what changed by name (`roles,jurisdiction`): never a value that is secret. */
  @Property({ type: 'text', nullable: true })
  detail: string | null = null;

  @Property({ type: 'text' })
  requestId!: string;
}
