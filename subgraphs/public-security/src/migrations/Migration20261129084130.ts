import { Migration } from '@mikro-orm/migrations';

export class Migration20261129084130 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "identity_check" ("id" uuid not null, "person_id" uuid not null, "requesting_station_id" uuid not null, "reason" text check ("reason" in ('UNIDENTIFIED_PERSON', 'CLAIMED_IDENTITY', 'SUSPECTED_FOREIGN_NATIONAL', 'SETTLEMENT_RECHECK')) not null, "status" text check ("status" in ('REQUESTED', 'SAMPLE_COLLECTED', 'COMPARING', 'MATCHED', 'NO_MATCH', 'INCONCLUSIVE')) not null, "requested_at" timestamptz not null, "concluded_at" timestamptz null, "verified_name" text null, "verified_id_number" text null, "household_registration" text null, "created_at" timestamptz not null, "version" int not null default 1, constraint "identity_check_pkey" primary key ("id"));`);
    this.addSql(`create index "identity_check_requesting_station_id_status_index" on "identity_check" ("requesting_station_id", "status");`);
    this.addSql(`create index "identity_check_status_requested_at_index" on "identity_check" ("status", "requested_at");`);
    this.addSql(`create index "identity_check_person_id_requested_at_index" on "identity_check" ("person_id", "requested_at");`);

    this.addSql(`create table "biometric_sample" ("id" uuid not null, "identity_check_id" uuid not null, "kind" text check ("kind" in ('DNA', 'FINGERPRINT', 'FACE')) not null, "sample_code" text not null, "collected_by" text not null, "collected_at" timestamptz not null, constraint "biometric_sample_pkey" primary key ("id"));`);
    this.addSql(`create index "biometric_sample_identity_check_id_index" on "biometric_sample" ("identity_check_id");`);
    this.addSql(`alter table "biometric_sample" add constraint "biometric_sample_sample_code_unique" unique ("sample_code");`);

    this.addSql(`alter table "biometric_sample" add constraint "biometric_sample_identity_check_id_foreign" foreign key ("identity_check_id") references "identity_check" ("id") on update cascade on delete restrict;`);
  }

}
