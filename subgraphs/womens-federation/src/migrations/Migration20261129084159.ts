import { Migration } from '@mikro-orm/migrations';

export class Migration20261129084159 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "shelter_referral" ("id" uuid not null, "person_id" uuid not null, "victim_type" text check ("victim_type" in ('DOMESTIC_VIOLENCE', 'TRAFFICKING')) not null, "risk_level" text check ("risk_level" in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')) not null, "status" text check ("status" in ('SUBMITTED', 'ACCEPTED', 'DECLINED', 'ADMITTED', 'EXTENDED', 'DISCHARGED', 'REFERRED_OUT', 'CLOSED')) not null, "referring_organisation" text not null, "referring_caseworker" text not null, "accompanying_children" smallint not null default 0, "submitted_at" timestamptz not null, "created_at" timestamptz not null, "version" int not null default 1, constraint "shelter_referral_pkey" primary key ("id"));`);
    this.addSql(`create index "shelter_referral_status_submitted_at_index" on "shelter_referral" ("status", "submitted_at");`);
    this.addSql(`create index "shelter_referral_person_id_submitted_at_index" on "shelter_referral" ("person_id", "submitted_at");`);
  }

}
