import { Migration } from '@mikro-orm/migrations';

export class Migration20261204212312 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "person" add column "identity_check_id" uuid null, add column "identity_verified_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "person" drop column "identity_check_id", drop column "identity_verified_at";`);
  }

}
