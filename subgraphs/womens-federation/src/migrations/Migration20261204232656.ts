import { Migration } from '@mikro-orm/migrations';

export class Migration20261204232656 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "exchange_consumer_offset" ("source" text not null, "position" bigint not null, "updated_at" timestamptz not null, constraint "exchange_consumer_offset_pkey" primary key ("source"));`);

    this.addSql(`create table "exchange_dead_letter" ("id" bigserial primary key, "source" text not null, "event_id" text null, "type" text null, "position" bigint null, "envelope" jsonb not null, "reason" text not null, "at" timestamptz not null);`);
    this.addSql(`create index "exchange_dead_letter_source_at_index" on "exchange_dead_letter" ("source", "at");`);

    this.addSql(`create table "exchange_outbox" ("position" bigserial primary key, "event_id" uuid not null, "type" text not null, "owner" text not null, "subject_type" text not null, "subject_id" text not null, "subject_seq" int not null, "occurred_at" timestamptz not null, "payload_version" int not null, "payload" jsonb not null, "sent_at" timestamptz null);`);
    this.addSql(`alter table "exchange_outbox" add constraint "exchange_outbox_event_id_unique" unique ("event_id");`);
    this.addSql(`create index "exchange_outbox_sent_at_index" on "exchange_outbox" ("sent_at");`);
    this.addSql(`alter table "exchange_outbox" add constraint "exchange_outbox_subject_type_subject_id_subject_seq_unique" unique ("subject_type", "subject_id", "subject_seq");`);

    this.addSql(`create table "exchange_processed_event" ("event_id" uuid not null, "source" text not null, "type" text not null, "subject_type" text not null, "subject_id" text not null, "subject_seq" int not null, "applied_at" timestamptz not null, constraint "exchange_processed_event_pkey" primary key ("event_id"));`);
    this.addSql(`create index "exchange_processed_event_source_subject_type_subje_8ee0f_index" on "exchange_processed_event" ("source", "subject_type", "subject_id", "subject_seq");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "exchange_consumer_offset" cascade;`);

    this.addSql(`drop table if exists "exchange_dead_letter" cascade;`);

    this.addSql(`drop table if exists "exchange_outbox" cascade;`);

    this.addSql(`drop table if exists "exchange_processed_event" cascade;`);
  }

}
