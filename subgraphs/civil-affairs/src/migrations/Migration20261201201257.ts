import { Migration } from '@mikro-orm/migrations';

export class Migration20261201201257 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "shelter_room" ("id" uuid not null, "zone_id" uuid not null, "label" text not null, "kind" text check ("kind" in ('STANDARD', 'FAMILY')) not null, constraint "shelter_room_pkey" primary key ("id"));`);
    this.addSql(`alter table "shelter_room" add constraint "shelter_room_zone_id_label_unique" unique ("zone_id", "label");`);

    this.addSql(`create table "shelter_placement" ("id" uuid not null, "referral_id" uuid not null, "shelter_id" uuid not null, "status" text check ("status" in ('ACCEPTED', 'DECLINED', 'ADMITTED', 'EXTENDED', 'DISCHARGED', 'REFERRED_OUT', 'CLOSED')) not null, "party_size" smallint not null, "children" smallint not null, "referring_caseworker" text not null, "referring_organisation" text not null, "decided_by" text not null, "decided_at" timestamptz not null, "decline_reason" text null, "person_id" uuid null, "rescue_case_id" uuid null, "admitted_at" timestamptz null, "stay_until" timestamptz null, "extension_reason" text null, "ended_at" timestamptz null, "referred_out_to" text null, "end_note" text null, "version" int not null default 1, constraint "shelter_placement_pkey" primary key ("id"));`);
    this.addSql(`alter table "shelter_placement" add constraint "shelter_placement_referral_id_unique" unique ("referral_id");`);
    this.addSql(`create index "shelter_placement_referring_caseworker_index" on "shelter_placement" ("referring_caseworker");`);
    this.addSql(`create index "shelter_placement_status_decided_at_index" on "shelter_placement" ("status", "decided_at");`);

    this.addSql(`create table "shelter_place_hold" ("id" uuid not null, "placement_id" uuid not null, "place_id" uuid not null, "for_victim" boolean not null, "held_at" timestamptz not null, "released_at" timestamptz null, constraint "shelter_place_hold_pkey" primary key ("id"));`);
    this.addSql(`create index "shelter_place_hold_placement_id_index" on "shelter_place_hold" ("placement_id");`);
    this.addSql(`create unique index "shelter_place_hold_live_unique" on "shelter_place_hold" ("place_id") where "released_at" is null;`);

    this.addSql(`alter table "shelter_room" add constraint "shelter_room_zone_id_foreign" foreign key ("zone_id") references "care_zone" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "shelter_placement" add constraint "shelter_placement_shelter_id_foreign" foreign key ("shelter_id") references "shelter" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "shelter_placement" add constraint "shelter_placement_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "shelter_placement" add constraint "shelter_placement_rescue_case_id_foreign" foreign key ("rescue_case_id") references "rescue_case" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "shelter_place_hold" add constraint "shelter_place_hold_placement_id_foreign" foreign key ("placement_id") references "shelter_placement" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "shelter_place_hold" add constraint "shelter_place_hold_place_id_foreign" foreign key ("place_id") references "zone_place" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "zone_place" add column "room_id" uuid null;`);
    this.addSql(`alter table "zone_place" add constraint "zone_place_room_id_foreign" foreign key ("room_id") references "shelter_room" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "zone_place" drop constraint "zone_place_room_id_foreign";`);

    this.addSql(`alter table "shelter_place_hold" drop constraint "shelter_place_hold_placement_id_foreign";`);

    this.addSql(`drop table if exists "shelter_room" cascade;`);

    this.addSql(`drop table if exists "shelter_placement" cascade;`);

    this.addSql(`drop table if exists "shelter_place_hold" cascade;`);

    this.addSql(`alter table "zone_place" drop column "room_id";`);
  }

}
