import { Migration } from '@mikro-orm/migrations';

export class Migration20261201200842 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "emergency_event" ("id" uuid not null, "kind" text check ("kind" in ('COLD_WAVE', 'HEAT_WAVE', 'FLOOD', 'TYPHOON', 'EARTHQUAKE', 'INCIDENT')) not null, "name" text not null, "description" text null, "districts" text[] not null, "started_at" timestamptz not null, "ended_at" timestamptz null, "declared_by" text not null, "ended_by" text null, "end_reason" text null, "created_at" timestamptz not null, "version" int not null default 1, constraint "emergency_event_pkey" primary key ("id"), constraint emergency_event_end_after_start check (ended_at is null or ended_at >= started_at));`);
    this.addSql(`create index "emergency_event_started_at_id_index" on "emergency_event" ("started_at", "id");`);

    this.addSql(`create table "emergency_point" ("id" uuid not null, "event_id" uuid not null, "station_id" uuid not null, "opened_at" timestamptz not null, "opened_by" text not null, "open_note" text null, "closed_at" timestamptz null, "closed_by" text null, "close_reason" text null, "version" int not null default 1, constraint "emergency_point_pkey" primary key ("id"), constraint emergency_point_close_after_open check (closed_at is null or closed_at >= opened_at));`);
    this.addSql(`create index "emergency_point_event_id_opened_at_index" on "emergency_point" ("event_id", "opened_at");`);
    this.addSql(`create unique index "emergency_point_station_open_unique" on "emergency_point" ("station_id") where "closed_at" is null;`);

    this.addSql(`create table "emergency_help" ("id" uuid not null, "point_id" uuid not null, "helped_at" timestamptz not null, "food" boolean not null, "lodging" boolean not null, "clothing" boolean not null, "person_id" uuid null, "sex" text check ("sex" in ('MALE', 'FEMALE', 'UNKNOWN')) null, "estimated_age" smallint null, "recorded_by" text not null, "recorded_at" timestamptz not null, "note" text null, constraint "emergency_help_pkey" primary key ("id"), constraint emergency_help_linked_or_described check ((person_id is not null and sex is null and estimated_age is null) or (person_id is null and sex is not null)), constraint emergency_help_something_given check (food or lodging or clothing));`);
    this.addSql(`create index "emergency_help_point_id_helped_at_index" on "emergency_help" ("point_id", "helped_at");`);

    this.addSql(`create table "settlement" ("id" uuid not null, "person_id" uuid not null, "rescue_case_id" uuid not null, "status" text check ("status" in ('PROPOSED', 'APPROVED', 'DECLINED', 'SETTLED', 'REVOKED')) not null, "proposed_by" text not null, "proposed_at" timestamptz not null, "proposal_note" text not null, "decided_by" text null, "decided_at" timestamptz null, "decline_reason" text null, "identity_recheck_id" uuid null, "recheck_statement" text null, "institution_level" text check ("institution_level" in ('CITY', 'COUNTY', 'CROSS_AREA')) null, "institution_name" text null, "household_registration_ref" text null, "settled_at" timestamptz null, "settled_by" text null, "revoked_at" timestamptz null, "revoked_by" text null, "revoke_reason" text null, "identity_found_by" text check ("identity_found_by" in ('TRACING_MATCH', 'POLICE_CHECK')) null, "identity_found_reference" text null, "going_home_arrangement" text null, "escort_id" uuid null, "version" int not null default 1, constraint "settlement_pkey" primary key ("id"));`);
    this.addSql(`create index "settlement_status_proposed_at_index" on "settlement" ("status", "proposed_at");`);
    this.addSql(`create unique index "settlement_person_active_unique" on "settlement" ("person_id") where "status" in ('PROPOSED', 'APPROVED', 'SETTLED');`);

    this.addSql(`alter table "emergency_point" add constraint "emergency_point_event_id_foreign" foreign key ("event_id") references "emergency_event" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "emergency_point" add constraint "emergency_point_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "emergency_help" add constraint "emergency_help_point_id_foreign" foreign key ("point_id") references "emergency_point" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "emergency_help" add constraint "emergency_help_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "settlement" add constraint "settlement_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "settlement" add constraint "settlement_rescue_case_id_foreign" foreign key ("rescue_case_id") references "rescue_case" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "settlement" add constraint "settlement_escort_id_foreign" foreign key ("escort_id") references "escort" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "emergency_point" drop constraint "emergency_point_event_id_foreign";`);

    this.addSql(`alter table "emergency_help" drop constraint "emergency_help_point_id_foreign";`);

    this.addSql(`drop table if exists "emergency_event" cascade;`);

    this.addSql(`drop table if exists "emergency_point" cascade;`);

    this.addSql(`drop table if exists "emergency_help" cascade;`);

    this.addSql(`drop table if exists "settlement" cascade;`);
  }

}
