import { Migration } from '@mikro-orm/migrations';

export class Migration20261201201418 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "foreign_national_status_check" ("id" uuid not null, "person_id" uuid not null, "requesting_station_id" uuid not null, "requesting_jurisdiction" text not null, "nationality" text not null, "passport_number" text not null, "mrz_verified" boolean not null, "status" text check ("status" in ('REQUESTED', 'LEGAL_ENTRY', 'LEGAL_RESIDENCE', 'ILLEGAL')) not null, "requested_at" timestamptz not null, "requested_by" text not null, "concluded_at" timestamptz null, "concluded_by" text null, "version" int not null default 1, constraint "foreign_national_status_check_pkey" primary key ("id"), constraint foreign_national_status_check_concluded_check check (("status" = 'REQUESTED') = ("concluded_at" is null)));`);
    this.addSql(`create index "foreign_national_status_check_status_requested_at_index" on "foreign_national_status_check" ("status", "requested_at");`);
    this.addSql(`create index "foreign_national_status_check_person_id_requested_at_index" on "foreign_national_status_check" ("person_id", "requested_at");`);
    this.addSql(`create unique index "foreign_national_status_check_open_per_person_unique" on "foreign_national_status_check" ("person_id") where "status" = 'REQUESTED';`);

    this.addSql(`create table "foreign_affairs_notification" ("id" uuid not null, "status_check_id" uuid not null, "person_id" uuid not null, "status" text check ("status" in ('REQUESTED', 'LEGAL_ENTRY', 'LEGAL_RESIDENCE', 'ILLEGAL')) not null, "nationality" text not null, "notified_at" timestamptz not null, "acknowledged_at" timestamptz null, "acknowledged_by" text null, "acknowledgement_note" text null, "version" int not null default 1, constraint "foreign_affairs_notification_pkey" primary key ("id"), constraint foreign_affairs_notification_legal_status_check check (("status" = 'LEGAL_ENTRY') or ("status" = 'LEGAL_RESIDENCE')));`);
    this.addSql(`alter table "foreign_affairs_notification" add constraint "foreign_affairs_notification_status_check_id_unique" unique ("status_check_id");`);
    this.addSql(`create index "foreign_affairs_notification_acknowledged_at_notified_at_index" on "foreign_affairs_notification" ("acknowledged_at", "notified_at");`);

    this.addSql(`create table "foreign_national_status_check_event" ("id" uuid not null, "status_check_id" uuid not null, "from_status" text check ("from_status" in ('REQUESTED', 'LEGAL_ENTRY', 'LEGAL_RESIDENCE', 'ILLEGAL')) null, "to_status" text check ("to_status" in ('REQUESTED', 'LEGAL_ENTRY', 'LEGAL_RESIDENCE', 'ILLEGAL')) not null, "at" timestamptz not null, "actor" text not null, "note" text null, constraint "foreign_national_status_check_event_pkey" primary key ("id"));`);
    this.addSql(`create index "foreign_national_status_check_event_status_check_id_at_index" on "foreign_national_status_check_event" ("status_check_id", "at");`);

    this.addSql(`create table "police_hand_over" ("id" uuid not null, "status_check_id" uuid not null, "record_number" text not null, "police_unit" text not null, "officer" text not null, "handed_over_at" timestamptz not null, constraint "police_hand_over_pkey" primary key ("id"));`);
    this.addSql(`alter table "police_hand_over" add constraint "police_hand_over_status_check_id_unique" unique ("status_check_id");`);
    this.addSql(`alter table "police_hand_over" add constraint "police_hand_over_record_number_unique" unique ("record_number");`);

    this.addSql(`alter table "foreign_affairs_notification" add constraint "foreign_affairs_notification_status_check_id_foreign" foreign key ("status_check_id") references "foreign_national_status_check" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "foreign_national_status_check_event" add constraint "foreign_national_status_check_event_status_check_id_foreign" foreign key ("status_check_id") references "foreign_national_status_check" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "police_hand_over" add constraint "police_hand_over_status_check_id_foreign" foreign key ("status_check_id") references "foreign_national_status_check" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "foreign_affairs_notification" drop constraint "foreign_affairs_notification_status_check_id_foreign";`);

    this.addSql(`alter table "foreign_national_status_check_event" drop constraint "foreign_national_status_check_event_status_check_id_foreign";`);

    this.addSql(`alter table "police_hand_over" drop constraint "police_hand_over_status_check_id_foreign";`);

    this.addSql(`drop table if exists "foreign_national_status_check" cascade;`);

    this.addSql(`drop table if exists "foreign_affairs_notification" cascade;`);

    this.addSql(`drop table if exists "foreign_national_status_check_event" cascade;`);

    this.addSql(`drop table if exists "police_hand_over" cascade;`);
  }

}
