import { Migration } from '@mikro-orm/migrations';

/** A record's changes found by type and id: its `createdAt`/`updatedAt` where its table keeps none. */
export class Migration20261206150000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "record_change_record_index" on "record_change" ("record_type", "record_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "record_change_record_index";`);
  }

}
