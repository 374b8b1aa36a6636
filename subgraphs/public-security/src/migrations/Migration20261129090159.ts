import { AUDIT_APPEND_ONLY_SQL, AUDIT_TABLE_DROP_SQL, AUDIT_TABLE_SQL, statementsMigration } from '@lifeline/subgraph-runtime/migrations';

const UP = [
  `alter table "identity_check" add column "requesting_jurisdiction" text not null;`,
];
const DOWN = [
  `alter table "identity_check" drop column "requesting_jurisdiction";`,
];

/** The audit trail (append-only for every role the application uses), and the jurisdiction that asked for each identity check. */
export class Migration20261129090159 extends statementsMigration([...AUDIT_TABLE_SQL, ...UP, ...AUDIT_APPEND_ONLY_SQL], [...AUDIT_TABLE_DROP_SQL, ...DOWN]) {}
