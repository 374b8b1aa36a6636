import { RECORD_CHANGE_RECORD_INDEX_DROP_SQL, RECORD_CHANGE_RECORD_INDEX_SQL, statementsMigration } from '@lifeline/subgraph-runtime/migrations';

/** A record's changes found by type and id: its `createdAt`/`updatedAt` where its table keeps none. */
export class Migration20261206150000 extends statementsMigration(RECORD_CHANGE_RECORD_INDEX_SQL, RECORD_CHANGE_RECORD_INDEX_DROP_SQL) {}
