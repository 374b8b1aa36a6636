import { Migration } from '@mikro-orm/migrations';

export class Migration20261204234149 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "tracing_confirmation" ("person_id" uuid not null, "name" text not null, "confirmed_at" timestamptz not null, "received_at" timestamptz not null, constraint "tracing_confirmation_pkey" primary key ("person_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tracing_confirmation" cascade;`);
  }

}
