import { Migration } from '@mikro-orm/migrations';

export class Migration20261205220000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "foreign_national_status_check" add column "created_at" timestamptz null, add column "updated_at" timestamptz null;`);
    // A stored status check was made when it was asked for, and last changed with its outcome.
    this.addSql(`update "foreign_national_status_check" set "created_at" = "requested_at", "updated_at" = coalesce("concluded_at", "requested_at");`);
    this.addSql(`alter table "foreign_national_status_check" alter column "created_at" set not null, alter column "updated_at" set not null;`);
    this.addSql(`create index "foreign_national_status_check_updated_at_id_index" on "foreign_national_status_check" ("updated_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "foreign_national_status_check_updated_at_id_index";`);
    this.addSql(`alter table "foreign_national_status_check" drop column "updated_at", drop column "created_at";`);
  }

}
