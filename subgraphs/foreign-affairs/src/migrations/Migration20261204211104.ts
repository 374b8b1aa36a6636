import { Migration } from '@mikro-orm/migrations';
import { AUDIT_CHECKPOINT_APPEND_ONLY_SQL } from '@lifeline/subgraph-runtime';

export class Migration20261204211104 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_checkpoint" ("seq" bigint not null, "hash" text not null, "verified_at" timestamptz not null, constraint "audit_checkpoint_pkey" primary key ("seq"));`);
    for (const sql of AUDIT_CHECKPOINT_APPEND_ONLY_SQL) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_checkpoint" cascade;`);
  }

}
