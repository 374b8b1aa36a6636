import { EXCHANGE_TABLES_DROP_SQL, EXCHANGE_TABLES_SQL, statementsMigration } from '@lifeline/subgraph-runtime/migrations';

/** The exchange's tables: its outbox, consumer offsets, processed events and dead letters. */
export class Migration20261204232656 extends statementsMigration(EXCHANGE_TABLES_SQL, EXCHANGE_TABLES_DROP_SQL) {}
