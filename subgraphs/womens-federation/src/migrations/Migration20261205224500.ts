import { Migration } from '@mikro-orm/migrations';

export class Migration20261205224500 extends Migration {

  override async up(): Promise<void> {
    // Referrals stored before `updated_at` was written by the application got the database's
    // now(), to the microsecond; a page cursor holds milliseconds, so such a value would be read
    // twice. Every value to the millisecond, as the application writes them.
    this.addSql(`update "shelter_referral" set "updated_at" = date_trunc('milliseconds', "updated_at") where "updated_at" <> date_trunc('milliseconds', "updated_at");`);
    this.addSql(`create index "shelter_referral_submitted_at_id_index" on "shelter_referral" ("submitted_at", "id");`);
    this.addSql(`create index "shelter_referral_updated_at_id_index" on "shelter_referral" ("updated_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "shelter_referral_updated_at_id_index";`);
    this.addSql(`drop index "shelter_referral_submitted_at_id_index";`);
  }

}
