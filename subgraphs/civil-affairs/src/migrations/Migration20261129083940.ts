import { Migration } from '@mikro-orm/migrations';

export class Migration20261129083940 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "person" ("id" uuid not null, "name" text null, "name_pinyin" text null, "name_initials" text null, "sex" text check ("sex" in ('MALE', 'FEMALE', 'UNKNOWN')) not null, "birth_date" date null, "estimated_age_min" smallint null, "estimated_age_max" smallint null, "id_number" text null, "phone" text null, "dialect_region" text null, "features" text null, "identity_status" text check ("identity_status" in ('UNIDENTIFIED', 'CLAIMED', 'VERIFIED')) not null, "nationality" text null, "confidential" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "person_pkey" primary key ("id"));`);
    this.addSql(`alter table "person" add constraint "person_id_number_unique" unique ("id_number");`);
    this.addSql(`create index "person_created_at_id_index" on "person" ("created_at", "id");`);

    this.addSql(`create table "station" ("id" uuid not null, "name" text not null, "level" text check ("level" in ('CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE')) not null, "kind" text check ("kind" in ('REGIONAL_CENTER', 'COUNTY_STATION', 'SERVICE_POINT', 'TEMPORARY_POINT', 'CONSULTATION_POINT', 'OUTREACH_TEAM')) not null, "jurisdiction" text not null, "jurisdiction_name" text not null, "parent_id" uuid null, "address" text null, "is_open" boolean not null default true, "latitude" double precision null, "longitude" double precision null, "created_at" timestamptz not null, constraint "station_pkey" primary key ("id"));`);
    this.addSql(`create index "station_jurisdiction_index" on "station" ("jurisdiction");`);

    this.addSql(`create table "rescue_case" ("id" uuid not null, "person_id" uuid not null, "station_id" uuid not null, "status" text check ("status" in ('RECEIVED', 'MEDICAL_TREATMENT', 'HANDED_TO_POLICE', 'REFUSED', 'IN_CARE', 'EXITED')) not null, "intake_source" text check ("intake_source" in ('WALK_IN', 'OUTREACH', 'POLICE_HANDOVER', 'HOSPITAL', 'TRANSFER', 'OTHER_DEPARTMENT')) not null, "intake_at" timestamptz not null, "zone" text check ("zone" in ('MEN', 'WOMEN', 'MINORS', 'ELDERLY_DISABLED', 'MEDICAL_OBSERVATION', 'DV_SHELTER')) null, "exit_at" timestamptz null, "exit_reason" text check ("exit_reason" in ('LEFT_VOLUNTARILY', 'RETURNED_HOME', 'ESCORTED_HOME', 'ABSCONDED', 'TERMINATED', 'TRANSFERRED', 'SETTLED', 'DECEASED', 'HANDED_OVER')) null, "created_at" timestamptz not null, "version" int not null default 1, constraint "rescue_case_pkey" primary key ("id"));`);
    this.addSql(`create index "rescue_case_station_id_status_index" on "rescue_case" ("station_id", "status");`);
    this.addSql(`create index "rescue_case_person_id_intake_at_index" on "rescue_case" ("person_id", "intake_at");`);

    this.addSql(`create table "rescue_case_event" ("id" uuid not null, "rescue_case_id" uuid not null, "from_status" text check ("from_status" in ('RECEIVED', 'MEDICAL_TREATMENT', 'HANDED_TO_POLICE', 'REFUSED', 'IN_CARE', 'EXITED')) null, "to_status" text check ("to_status" in ('RECEIVED', 'MEDICAL_TREATMENT', 'HANDED_TO_POLICE', 'REFUSED', 'IN_CARE', 'EXITED')) not null, "at" timestamptz not null, "actor" text not null, "reason" text null, constraint "rescue_case_event_pkey" primary key ("id"));`);
    this.addSql(`create index "rescue_case_event_rescue_case_id_at_index" on "rescue_case_event" ("rescue_case_id", "at");`);

    this.addSql(`alter table "station" add constraint "station_parent_id_foreign" foreign key ("parent_id") references "station" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "rescue_case" add constraint "rescue_case_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "rescue_case" add constraint "rescue_case_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "rescue_case_event" add constraint "rescue_case_event_rescue_case_id_foreign" foreign key ("rescue_case_id") references "rescue_case" ("id") on update cascade on delete restrict;`);
  }

}
