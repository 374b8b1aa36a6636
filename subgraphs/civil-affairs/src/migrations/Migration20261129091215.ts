import { Migration } from '@mikro-orm/migrations';

export class Migration20261129091215 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "care_zone" ("id" uuid not null, "station_id" uuid not null, "kind" text check ("kind" in ('MEN', 'WOMEN', 'MINORS', 'ELDERLY_DISABLED', 'MEDICAL_OBSERVATION', 'DV_SHELTER')) not null, "name" text not null, "places" smallint not null, constraint "care_zone_pkey" primary key ("id"));`);
    this.addSql(`alter table "care_zone" add constraint "care_zone_station_id_kind_unique" unique ("station_id", "kind");`);

    this.addSql(`create table "zone_place" ("id" uuid not null, "zone_id" uuid not null, "number" smallint not null, constraint "zone_place_pkey" primary key ("id"));`);
    this.addSql(`alter table "zone_place" add constraint "zone_place_zone_id_number_unique" unique ("zone_id", "number");`);

    this.addSql(`alter table "care_zone" add constraint "care_zone_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "zone_place" add constraint "zone_place_zone_id_foreign" foreign key ("zone_id") references "care_zone" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "rescue_case" add column "place_id" uuid null, add column "handover_record" text null;`);
    this.addSql(`alter table "rescue_case" add constraint "rescue_case_place_id_foreign" foreign key ("place_id") references "zone_place" ("id") on update cascade on delete restrict;`);
    this.addSql(`create unique index "rescue_case_place_in_care_unique" on "rescue_case" ("place_id") where "status" = 'IN_CARE';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "zone_place" drop constraint "zone_place_zone_id_foreign";`);

    this.addSql(`alter table "rescue_case" drop constraint "rescue_case_place_id_foreign";`);

    this.addSql(`drop table if exists "care_zone" cascade;`);

    this.addSql(`drop table if exists "zone_place" cascade;`);

    this.addSql(`alter table "rescue_case" drop constraint "rescue_case_place_in_care_unique";`);
    this.addSql(`alter table "rescue_case" drop column "place_id", drop column "handover_record";`);
  }

}
