import { Migration } from '@mikro-orm/migrations';

export class Migration20261205055059 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "person" add column "record_status" text check ("record_status" in ('ACTIVE', 'MERGED', 'REMOVED')) not null default 'ACTIVE', add column "merged_into_id" uuid null, add column "record_ended_at" timestamptz null, add column "record_ended_by" text null, add column "record_end_reason" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "person" drop column "record_status", drop column "merged_into_id", drop column "record_ended_at", drop column "record_ended_by", drop column "record_end_reason";`);
  }

}
