import { AUDIT_WORK_LIST_INDEX_DROP_SQL, AUDIT_WORK_LIST_INDEX_SQL, statementsMigration } from '@lifeline/subgraph-runtime/migrations';

/**
 * The auditors' work list pages the trail newest first by (at, seq) under filters (a window of
 * time, an operation, the refusals, a purpose's text): the indexes that keep each page and its
 * count from walking the whole trail.
 */
export class Migration20261206184500 extends statementsMigration(AUDIT_WORK_LIST_INDEX_SQL, AUDIT_WORK_LIST_INDEX_DROP_SQL) {}
