import { Migration } from '@mikro-orm/migrations';

export class Migration20261205223000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "foreign_affairs_notification" add column "updated_at" timestamptz null;`);
    // A stored notification last changed when it was acknowledged, or else when it was sent.
    this.addSql(`update "foreign_affairs_notification" set "updated_at" = coalesce("acknowledged_at", "notified_at");`);
    this.addSql(`alter table "foreign_affairs_notification" alter column "updated_at" set not null;`);
    this.addSql(`create index "foreign_affairs_notification_updated_at_id_index" on "foreign_affairs_notification" ("updated_at", "id");`);
    this.addSql(`create index "foreign_affairs_notification_notified_at_id_index" on "foreign_affairs_notification" ("notified_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "foreign_affairs_notification_notified_at_id_index";`);
    this.addSql(`drop index "foreign_affairs_notification_updated_at_id_index";`);
    this.addSql(`alter table "foreign_affairs_notification" drop column "updated_at";`);
  }

}
