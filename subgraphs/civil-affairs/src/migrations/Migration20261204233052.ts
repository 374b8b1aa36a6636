import { Migration } from '@mikro-orm/migrations';

export class Migration20261204233052 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "shelter_referral_projection" ("id" uuid not null, "referring_caseworker" text not null, "referring_organisation" text not null, "victim_type" text not null, "risk_level" text not null, "accompanying_children" smallint not null, "needs" text[] not null, "submitted_at" timestamptz not null, "file_status" text check ("file_status" in ('SUBMITTED', 'WITHDRAWN', 'CLOSED')) not null, "file_ended_at" timestamptz null, "updated_at" timestamptz not null, constraint "shelter_referral_projection_pkey" primary key ("id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "shelter_referral_projection" cascade;`);
  }

}
