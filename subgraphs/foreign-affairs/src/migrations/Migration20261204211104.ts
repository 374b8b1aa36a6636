import { AUDIT_CHECKPOINT_APPEND_ONLY_SQL, AUDIT_CHECKPOINT_TABLE_DROP_SQL, AUDIT_CHECKPOINT_TABLE_SQL, statementsMigration } from '@lifeline/subgraph-runtime/migrations';

/** The audit trail's verification checkpoints, append-only as the trail is. */
export class Migration20261204211104 extends statementsMigration([...AUDIT_CHECKPOINT_TABLE_SQL, ...AUDIT_CHECKPOINT_APPEND_ONLY_SQL], AUDIT_CHECKPOINT_TABLE_DROP_SQL) {}
