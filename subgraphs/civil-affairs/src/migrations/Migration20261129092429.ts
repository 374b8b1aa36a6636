import { Migration } from '@mikro-orm/migrations';

export class Migration20261129092429 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "care_service" ("id" uuid not null, "rescue_case_id" uuid not null, "kind" text check ("kind" in ('FOOD', 'CLOTHING', 'MEDICAL', 'COUNSELLING', 'FAMILY_CONTACT', 'HYGIENE', 'EDUCATION')) not null, "given_at" timestamptz not null, "given_by" text not null, "note" text null, constraint "care_service_pkey" primary key ("id"));`);
    this.addSql(`create index "care_service_rescue_case_id_given_at_index" on "care_service" ("rescue_case_id", "given_at");`);

    this.addSql(`alter table "care_service" add constraint "care_service_rescue_case_id_foreign" foreign key ("rescue_case_id") references "rescue_case" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "rescue_case" add column "extended_until" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "care_service" cascade;`);

    this.addSql(`alter table "rescue_case" drop column "extended_until";`);
  }

}
