import { Migration } from '@mikro-orm/migrations';

/**
 * Webhooks on the change feed: each partner system's subscription (where to post, its signing
 * secret, where in the feed it stands, its back-off) and the log of every delivery attempt.
 */
export class Migration20261206140000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "webhook_delivery" ("id" uuid not null, "subscription_id" uuid not null, "at" timestamptz not null, "attempt" int not null, "outcome" text not null, "http_status" int null, "error" text null, "change_count" int not null, "end_cursor" text null, "duration_ms" int not null, constraint "webhook_delivery_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_delivery_log_index" on "webhook_delivery" ("subscription_id", "at");`);
    this.addSql(`create table "webhook_subscription" ("id" uuid not null, "owner" text not null, "caller" jsonb not null, "url" text not null, "secret" text not null, "types" jsonb null, "cursor" text null, "status" text not null default 'ACTIVE', "consecutive_failures" int not null default 0, "next_attempt_at" timestamptz not null, "last_delivered_at" timestamptz null, "created_at" timestamptz not null, "cancelled_at" timestamptz null, constraint "webhook_subscription_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_subscription_due_index" on "webhook_subscription" ("status", "next_attempt_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
    this.addSql(`drop table if exists "webhook_subscription" cascade;`);
  }

}
