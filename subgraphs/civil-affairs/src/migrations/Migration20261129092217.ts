import { Migration } from '@mikro-orm/migrations';

export class Migration20261129092217 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "street_report" ("id" uuid not null, "source" text check ("source" in ('POLICE_110', 'CITY_MANAGEMENT', 'HOTLINE', 'PATROL', 'WALK_IN')) not null, "description" text not null, "latitude" double precision not null, "longitude" double precision not null, "address" text not null, "district" text not null, "status" text check ("status" in ('REPORTED', 'ACCEPTED', 'DISPATCHED', 'ON_SCENE', 'VERIFIED', 'CLOSED')) not null, "reported_at" timestamptz not null, "accepted_at" timestamptz null, "dispatched_at" timestamptz null, "on_scene_at" timestamptz null, "verified_at" timestamptz null, "closed_at" timestamptz null, "closure" text check ("closure" in ('RESCUED_INTO_STATION', 'HELP_DECLINED', 'REFERRED', 'FALSE_REPORT')) null, "dispatched_to_id" uuid null, "dispatch_distance_meters" int null, "last_changed_by" text not null, "version" int not null default 1, constraint "street_report_pkey" primary key ("id"));`);
    this.addSql(`create index "street_report_district_reported_at_index" on "street_report" ("district", "reported_at");`);
    this.addSql(`create index "street_report_status_reported_at_index" on "street_report" ("status", "reported_at");`);

    this.addSql(`alter table "street_report" add constraint "street_report_dispatched_to_id_foreign" foreign key ("dispatched_to_id") references "station" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "street_report" cascade;`);
  }

}
