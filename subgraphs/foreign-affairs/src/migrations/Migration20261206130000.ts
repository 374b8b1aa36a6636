import { recordChangeLogMigration } from '@lifeline/subgraph-runtime/migrations';

// TG_ARGV[0]: the record's GraphQL type. A change to a part of a record (an entrustment's items) also updates the record's own row.
const RECORDS = [
  ['aid_entrustment', 'AidEntrustment'],
  ['aid_delivery', 'AidDelivery'],
] as const;

/**
 * The change feed's log: a `record_change` row for every record created or changed, written by a
 * trigger in the transaction of the change. The feed reads it in (transaction id, position)
 * order below the oldest running transaction, so it needs no lock on the writing side.
 */
export class Migration20261206130000 extends recordChangeLogMigration(RECORDS) {}
