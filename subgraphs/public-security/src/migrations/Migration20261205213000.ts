import { Migration } from '@mikro-orm/migrations';

export class Migration20261205213000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "identity_check" add column "updated_at" timestamptz null;`);
    // A stored check last changed when its result was recorded, or else when it was asked for.
    this.addSql(`update "identity_check" set "updated_at" = coalesce("concluded_at", "created_at");`);
    this.addSql(`alter table "identity_check" alter column "updated_at" set not null;`);
    this.addSql(`create index "identity_check_result_due_at_id_index" on "identity_check" ("result_due_at", "id");`);
    this.addSql(`create index "identity_check_updated_at_id_index" on "identity_check" ("updated_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "identity_check_updated_at_id_index";`);
    this.addSql(`drop index "identity_check_result_due_at_id_index";`);
    this.addSql(`alter table "identity_check" drop column "updated_at";`);
  }

}
