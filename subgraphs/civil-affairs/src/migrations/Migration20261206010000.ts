import { Migration } from '@mikro-orm/migrations';

export class Migration20261206010000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "escort" add column "updated_at" timestamptz null;`);
    // A stored escort's last known change: its request or its hand-over, or a later step its audit
    // trail records (a decision, the legs). To the millisecond, as a page cursor holds it and as the
    // application writes it, so no value is read twice across pages.
    this.addSql(`update "escort" set "updated_at" = date_trunc('milliseconds', greatest("created_at", "handed_over_at"));`);
    this.addSql(`update "escort" e set "updated_at" = date_trunc('milliseconds', a."at") from (select "record_id", max("at") as "at" from "audit_event" where "record_type" = 'Escort' and "outcome" = 'ALLOWED' and "operation" in ('TRANSITION', 'UPDATE') group by "record_id") a where a."record_id" = e."id"::text and date_trunc('milliseconds', a."at") > e."updated_at";`);
    this.addSql(`alter table "escort" alter column "updated_at" set not null;`);
    this.addSql(`update "escort" set "created_at" = date_trunc('milliseconds', "created_at") where "created_at" <> date_trunc('milliseconds', "created_at");`);
    this.addSql(`create index "escort_created_at_id_index" on "escort" ("created_at", "id");`);
    this.addSql(`create index "escort_updated_at_id_index" on "escort" ("updated_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "escort_updated_at_id_index";`);
    this.addSql(`drop index "escort_created_at_id_index";`);
    this.addSql(`alter table "escort" drop column "updated_at";`);
  }

}
