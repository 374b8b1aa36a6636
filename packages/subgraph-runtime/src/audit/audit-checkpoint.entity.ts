import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A point up to which an agency's audit chain was verified: the last row's sequence number and
 * hash. Verification starts from the newest checkpoint instead of the first row, so reading the
 * trail never re-reads millions of lines; a full verification (`verifyAuditChain(em, { full:
 * true })`) still walks everything. Append-only like the trail itself.
 */
@Entity({ tableName: 'audit_checkpoint' })
export class AuditCheckpoint {
  /** Sequence number of the last verified row. */
  @PrimaryKey({ type: 'bigint', autoincrement: false })
  seq!: string;

  /** That row's hash, which the next verification starts from. */
  @Property({ type: 'text' })
  hash!: string;

  @Property({ type: 'timestamptz' })
  verifiedAt!: Date;
}
