import { recordChangeLogMigration } from '@lifeline/subgraph-runtime/migrations';

// TG_ARGV[0]: the record's GraphQL type. A check's event is written with a change to the check's own row (its status), except
const RECORDS = [
  ['identity_check', 'IdentityCheck'],
  ['biometric_sample', 'BiometricSample'],
  ['foreign_national_status_check', 'ForeignNationalStatusCheck'],
  ['police_hand_over', 'PoliceHandOver'],
  ['foreign_affairs_notification', 'ForeignAffairsNotification'],
] as const;

/**
 * The change feed's log: a `record_change` row for every record created or changed, written by a
 * trigger in the transaction of the change. The feed reads it in (transaction id, position)
 * order below the oldest running transaction, so it needs no lock on the writing side.
 */
export class Migration20261206130000 extends recordChangeLogMigration(RECORDS) {}
