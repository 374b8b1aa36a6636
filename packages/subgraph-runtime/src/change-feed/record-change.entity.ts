/**
 * The change log every agency keeps for its change feed: one row per record created or changed,
 * written by a trigger on the record's table in the transaction of the change (so a change and
 * its row commit or roll back together, whichever code or SQL made it).
 */
import { BigIntType, Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'record_change' })
@Index({ name: 'record_change_feed_order_index', properties: ['xid', 'position'] })
@Index({ name: 'record_change_record_index', properties: ['recordType', 'recordId'] })
export class RecordChange {
  [OptionalProps]?: 'position' | 'xid' | 'changedAt';

  /** Order of writing within one transaction and a tie-breaker. */
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  position!: string;

  /**
   * The writing transaction's id. The feed is read in (xid, position) order and only below the
   * oldest transaction still running, so a row can never appear behind a cursor already handed out.
   */
  @Property({ columnType: 'xid8', type: 'string', defaultRaw: 'pg_current_xact_id()' })
  xid!: string;

  /** The GraphQL type of the record (`AidEntrustment`, `RescueCase`, …). */
  @Property({ type: 'text' })
  recordType!: string;

  @Property({ type: 'uuid' })
  recordId!: string;

  /** `CREATED` or `UPDATED`. */
  @Property({ type: 'text' })
  operation!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  changedAt!: Date;
}
