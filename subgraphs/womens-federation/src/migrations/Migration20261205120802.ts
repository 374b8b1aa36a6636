import { Migration } from '@mikro-orm/migrations';

export class Migration20261205120802 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "idempotency_record" ("actor" text not null, "key" text not null, "operation" text not null, "request_hash" text not null, "result_type" text not null, "result_id" text not null, "created_at" timestamptz not null, constraint "idempotency_record_pkey" primary key ("actor", "key"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotency_record" cascade;`);
  }

}
