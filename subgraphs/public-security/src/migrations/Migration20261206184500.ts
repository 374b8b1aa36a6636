import { Migration } from '@mikro-orm/migrations';
import { AUDIT_WORK_LIST_INDEX_DROP_SQL, AUDIT_WORK_LIST_INDEX_SQL } from '@lifeline/subgraph-runtime';

/**
 * The auditors' work list pages the trail newest first by (at, seq) under filters (a window of
 * time, an operation, the refusals, a purpose's text): the indexes that keep each page and its
 * count from walking the whole trail.
 */
export class Migration20261206184500 extends Migration {

  override async up(): Promise<void> {
    for (const sql of AUDIT_WORK_LIST_INDEX_SQL) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const sql of AUDIT_WORK_LIST_INDEX_DROP_SQL) this.addSql(sql);
  }

}
