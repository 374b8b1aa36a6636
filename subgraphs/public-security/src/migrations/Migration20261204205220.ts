import { EXCHANGE_TABLES_DROP_SQL, EXCHANGE_TABLES_SQL, PERSON_PROJECTION_DROP_SQL, PERSON_PROJECTION_SQL, statementsMigration } from '@lifeline/subgraph-runtime/migrations';

/** The exchange's tables, and what this agency knows of each person from civil affairs (its projection). */
export class Migration20261204205220 extends statementsMigration([...EXCHANGE_TABLES_SQL, ...PERSON_PROJECTION_SQL], [...EXCHANGE_TABLES_DROP_SQL, ...PERSON_PROJECTION_DROP_SQL]) {}
