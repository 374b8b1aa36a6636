import { Migration } from '@mikro-orm/migrations';

export class Migration20261129093648 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "escort" ("id" uuid not null, "rescue_case_id" uuid not null, "destination_division" text not null, "destination" text not null, "cross_province" boolean not null, "status" text check ("status" in ('REQUESTED', 'APPROVED', 'DECLINED', 'SCHEDULED', 'IN_TRANSIT', 'HANDED_OVER', 'COMPLETED')) not null, "requested_by" text not null, "decided_by" text null, "decline_reason" text null, "decline_guidance" text null, "receiving_agency" text null, "handover_record" text null, "handed_over_at" timestamptz null, "created_at" timestamptz not null, "version" int not null default 1, constraint "escort_pkey" primary key ("id"));`);
    this.addSql(`create index "escort_status_created_at_index" on "escort" ("status", "created_at");`);

    this.addSql(`create table "escort_leg" ("id" uuid not null, "escort_id" uuid not null, "sequence" smallint not null, "from_place" text not null, "to_place" text not null, "mode" text check ("mode" in ('TRAIN', 'BUS', 'FLIGHT', 'CAR')) not null, "tickets" text null, "escort_staff" text not null, "depart_at" timestamptz not null, "cost_fen" int not null, constraint "escort_leg_pkey" primary key ("id"));`);
    this.addSql(`alter table "escort_leg" add constraint "escort_leg_escort_id_sequence_unique" unique ("escort_id", "sequence");`);

    this.addSql(`alter table "escort" add constraint "escort_rescue_case_id_foreign" foreign key ("rescue_case_id") references "rescue_case" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "escort_leg" add constraint "escort_leg_escort_id_foreign" foreign key ("escort_id") references "escort" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "escort_leg" drop constraint "escort_leg_escort_id_foreign";`);

    this.addSql(`drop table if exists "escort" cascade;`);

    this.addSql(`drop table if exists "escort_leg" cascade;`);
  }

}
