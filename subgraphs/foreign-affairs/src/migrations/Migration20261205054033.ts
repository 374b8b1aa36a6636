import { Migration } from '@mikro-orm/migrations';

export class Migration20261205054033 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "person_projection" add column "merged_into" uuid null, add column "removed" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "person_projection" drop column "merged_into", drop column "removed";`);
  }

}
