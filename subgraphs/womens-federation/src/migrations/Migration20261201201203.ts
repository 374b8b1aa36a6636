import { Migration } from '@mikro-orm/migrations';

export class Migration20261201201203 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "referral_service" ("id" uuid not null, "referral_id" uuid not null, "kind" text check ("kind" in ('LEGAL_AID', 'PSYCHOLOGICAL_COUNSELLING', 'MEDICAL', 'PROTECTION_ORDER', 'HOUSING')) not null, "status" text check ("status" in ('REQUESTED', 'IN_PROGRESS', 'OUTCOME_RECORDED')) not null, "provider" text not null, "requested_by" text not null, "requested_at" timestamptz not null, "started_at" timestamptz null, "outcome" text null, "outcome_at" timestamptz null, "outcome_by" text null, "version" int not null default 1, constraint "referral_service_pkey" primary key ("id"));`);
    this.addSql(`create index "referral_service_referral_id_requested_at_index" on "referral_service" ("referral_id", "requested_at");`);

    this.addSql(`create table "shelter_referral_child" ("id" uuid not null, "referral_id" uuid not null, "position" smallint not null, "age_years" smallint not null, "sex" text check ("sex" in ('FEMALE', 'MALE', 'UNKNOWN')) not null, constraint "shelter_referral_child_pkey" primary key ("id"));`);
    this.addSql(`alter table "shelter_referral_child" add constraint "shelter_referral_child_referral_id_position_unique" unique ("referral_id", "position");`);

    this.addSql(`alter table "referral_service" add constraint "referral_service_referral_id_foreign" foreign key ("referral_id") references "shelter_referral" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "shelter_referral_child" add constraint "shelter_referral_child_referral_id_foreign" foreign key ("referral_id") references "shelter_referral" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "shelter_referral" drop constraint if exists "shelter_referral_status_check";`);

    this.addSql(`alter table "shelter_referral" add column "victim_name" text null, add column "victim_sex" text check ("victim_sex" in ('FEMALE', 'MALE', 'UNKNOWN')) not null default 'FEMALE', add column "victim_age" smallint null, add column "victim_age_estimated" boolean not null default false, add column "victim_phone" text null, add column "victim_id_number" text null, add column "risk_factors" jsonb not null default '[]', add column "risk_assessed_by" text null, add column "risk_assessed_at" timestamptz null, add column "needs" jsonb not null default '[]', add column "needs_note" text null, add column "consent_given_by" text check ("consent_given_by" in ('VICTIM', 'GUARDIAN')) null, add column "consent_method" text check ("consent_method" in ('WRITTEN', 'VERBAL_WITNESSED', 'ELECTRONIC')) null, add column "consent_at" timestamptz null, add column "idempotency_key" text null, add column "content_hash" text null, add column "status_reason" text null, add column "updated_at" timestamptz not null default now();`);
    this.addSql(`alter table "shelter_referral" alter column "person_id" drop not null;`);
    // The shelter's answers now live in civil affairs: a file stays SUBMITTED until the caseworker closes it.
    this.addSql(`update "shelter_referral" set "status" = case when "status" = 'CLOSED' then 'CLOSED' else 'SUBMITTED' end;`);
    this.addSql(`alter table "shelter_referral" add constraint "shelter_referral_status_check" check("status" in ('SUBMITTED', 'WITHDRAWN', 'CLOSED'));`);
    this.addSql(`create index "shelter_referral_referring_caseworker_submitted_at_index" on "shelter_referral" ("referring_caseworker", "submitted_at");`);
    this.addSql(`create unique index "shelter_referral_idempotency_unique" on "shelter_referral" ("referring_caseworker", "idempotency_key") where "idempotency_key" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "referral_service" cascade;`);

    this.addSql(`drop table if exists "shelter_referral_child" cascade;`);

    this.addSql(`alter table "shelter_referral" drop constraint if exists "shelter_referral_status_check";`);

    this.addSql(`drop index "shelter_referral_referring_caseworker_submitted_at_index";`);
    this.addSql(`drop index "shelter_referral_idempotency_unique";`);
    this.addSql(`alter table "shelter_referral" drop column "victim_name", drop column "victim_sex", drop column "victim_age", drop column "victim_age_estimated", drop column "victim_phone", drop column "victim_id_number", drop column "risk_factors", drop column "risk_assessed_by", drop column "risk_assessed_at", drop column "needs", drop column "needs_note", drop column "consent_given_by", drop column "consent_method", drop column "consent_at", drop column "idempotency_key", drop column "content_hash", drop column "status_reason", drop column "updated_at";`);

    this.addSql(`alter table "shelter_referral" alter column "person_id" set not null;`);
    this.addSql(`alter table "shelter_referral" add constraint "shelter_referral_status_check" check("status" in ('SUBMITTED', 'ACCEPTED', 'DECLINED', 'ADMITTED', 'EXTENDED', 'DISCHARGED', 'REFERRED_OUT', 'CLOSED'));`);
  }

}
