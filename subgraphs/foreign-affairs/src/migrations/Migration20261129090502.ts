import { AUDIT_APPEND_ONLY_SQL, AUDIT_TABLE_DROP_SQL, AUDIT_TABLE_SQL, statementsMigration } from '@lifeline/subgraph-runtime/migrations';

/** The audit trail, append-only for every role the application uses. */
export class Migration20261129090502 extends statementsMigration([...AUDIT_TABLE_SQL, ...AUDIT_APPEND_ONLY_SQL], AUDIT_TABLE_DROP_SQL) {}
