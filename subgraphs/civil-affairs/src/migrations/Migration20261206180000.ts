import { Migration } from '@mikro-orm/migrations';

/**
 * A webhook subscription lasts while its system keeps calling this agency: deliveries pause after
 * `expires_at`, which each request of the system moves on (with its current claims). Subscriptions
 * made before get a day from now.
 */
export class Migration20261206180000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "webhook_subscription" add column "expires_at" timestamptz not null default now() + interval '24 hours';`);
    this.addSql(`alter table "webhook_subscription" alter column "expires_at" drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "webhook_subscription" drop column "expires_at";`);
  }

}
