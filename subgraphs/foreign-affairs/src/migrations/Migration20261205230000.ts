import { Migration } from '@mikro-orm/migrations';

export class Migration20261205230000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "aid_entrustment" add column "updated_at" timestamptz null;`);
    // A stored entrustment's last known change: its latest event, its last delivery, or its making.
    this.addSql(`update "aid_entrustment" e set "updated_at" = greatest(e."created_at", coalesce(e."accepted_at", e."created_at"), coalesce((select max(d."recorded_at") from "aid_delivery" d where d."entrustment_id" = e."id"), e."created_at"), coalesce((select max(v."at") from "aid_entrustment_event" v where v."entrustment_id" = e."id"), e."created_at"));`);
    this.addSql(`alter table "aid_entrustment" alter column "updated_at" set not null;`);
    this.addSql(`create index "aid_entrustment_issued_at_id_index" on "aid_entrustment" ("issued_at", "id");`);
    this.addSql(`create index "aid_entrustment_valid_until_id_index" on "aid_entrustment" ("valid_until", "id");`);
    this.addSql(`create index "aid_entrustment_updated_at_id_index" on "aid_entrustment" ("updated_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "aid_entrustment_updated_at_id_index";`);
    this.addSql(`drop index "aid_entrustment_valid_until_id_index";`);
    this.addSql(`drop index "aid_entrustment_issued_at_id_index";`);
    this.addSql(`alter table "aid_entrustment" drop column "updated_at";`);
  }

}
