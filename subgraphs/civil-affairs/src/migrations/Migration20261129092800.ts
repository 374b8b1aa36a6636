import { Migration } from '@mikro-orm/migrations';

export class Migration20261129092800 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "missing_person_report" ("id" uuid not null, "name" text not null, "name_pinyin" text null, "sex" text check ("sex" in ('MALE', 'FEMALE', 'UNKNOWN')) not null, "birth_date" date null, "age_when_missing" smallint null, "last_seen_at" timestamptz not null, "last_seen_division" text not null, "last_seen_place" text not null, "dialect_region" text null, "features" text null, "reported_by" text not null, "resolved_person_id" uuid null, "resolved_at" timestamptz null, constraint "missing_person_report_pkey" primary key ("id"));`);
    this.addSql(`create index "missing_person_report_features_trgm" on "missing_person_report" using gin ("features" gin_trgm_ops);`);
    this.addSql(`create index "missing_person_report_resolved_person_id_index" on "missing_person_report" ("resolved_person_id");`);

    this.addSql(`create table "public_holiday" ("date" date not null, "name" text not null, constraint "public_holiday_pkey" primary key ("date"));`);

    this.addSql(`create table "station_notification" ("id" uuid not null, "station_id" uuid not null, "message" text not null, "subject_id" uuid null, "created_at" timestamptz not null, constraint "station_notification_pkey" primary key ("id"));`);
    this.addSql(`create index "station_notification_station_id_created_at_index" on "station_notification" ("station_id", "created_at");`);

    this.addSql(`create table "tracing_record" ("id" uuid not null, "person_id" uuid not null, "notice_published_at" timestamptz null, "dna_requested_at" timestamptz null, constraint "tracing_record_pkey" primary key ("id"));`);
    this.addSql(`alter table "tracing_record" add constraint "tracing_record_person_id_unique" unique ("person_id");`);

    this.addSql(`alter table "missing_person_report" add constraint "missing_person_report_resolved_person_id_foreign" foreign key ("resolved_person_id") references "person" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "station_notification" add constraint "station_notification_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "tracing_record" add constraint "tracing_record_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "missing_person_report" cascade;`);

    this.addSql(`drop table if exists "public_holiday" cascade;`);

    this.addSql(`drop table if exists "station_notification" cascade;`);

    this.addSql(`drop table if exists "tracing_record" cascade;`);
  }

}
