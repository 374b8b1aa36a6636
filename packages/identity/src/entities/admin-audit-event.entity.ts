import { Entity, Index, OptionalProps, Property } from '@mikro-orm/core';
import { AuditLine } from '@lifeline/subgraph-runtime';

/** How an administrator's request ended: done, refused for bad input or state, or refused to a non-administrator. */
export const ADMIN_AUDIT_OUTCOMES = ['SUCCEEDED', 'REFUSED', 'DENIED'] as const;

/** One of `ADMIN_AUDIT_OUTCOMES`. */
export type AdminAuditOutcome = (typeof ADMIN_AUDIT_OUTCOMES)[number];

/**
 * One line of the administrators' history: who did what to which account or client, when, and
 * how it ended. Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE); it never holds a
 * password, a secret or a token, only names, codes and outcomes. Its actor is the username or
 * client id of the caller (`anonymous` never appears: unauthenticated calls are answered 401
 * unaudited), of kind `user` or `service`.
 */
@Entity({ tableName: 'admin_audit_event' })
@Index({ properties: ['actor', 'at'] })
@Index({ properties: ['targetType', 'targetId'] })
export class AdminAuditEvent extends AuditLine {
  [OptionalProps]?: 'seq';

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
