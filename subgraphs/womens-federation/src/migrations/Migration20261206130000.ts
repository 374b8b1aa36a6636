import { Migration } from '@mikro-orm/migrations';

/**
 * The change feed's log: a `record_change` row for every record created or changed, written by a
 * trigger in the transaction of the change. The feed reads it in (transaction id, position)
 * order below the oldest running transaction, so it needs no lock on the writing side.
 */
export class Migration20261206130000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "record_change" ("position" bigserial primary key, "xid" xid8 not null default pg_current_xact_id(), "record_type" text not null, "record_id" uuid not null, "operation" text not null, "changed_at" timestamptz not null default clock_timestamp());`);
    this.addSql(`create index "record_change_feed_order_index" on "record_change" ("xid", "position");`);
    // TG_ARGV[0]: the record's GraphQL type. A referral's children are written only with the referral itself (in its CREATED transaction), and its services are records of their own.
    this.addSql(`create or replace function record_change() returns trigger language plpgsql as $$
begin
  insert into record_change (record_type, record_id, operation) values (TG_ARGV[0], NEW.id, case when TG_OP = 'INSERT' then 'CREATED' else 'UPDATED' end);
  return null;
end $$;`);
    this.addSql(`create trigger "record_change_shelter_referral" after insert or update on "shelter_referral" for each row execute function record_change('ShelterReferral');`);
    this.addSql(`create trigger "record_change_referral_service" after insert or update on "referral_service" for each row execute function record_change('ReferralService');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "record_change_shelter_referral" on "shelter_referral";`);
    this.addSql(`drop trigger if exists "record_change_referral_service" on "referral_service";`);
    this.addSql(`drop function if exists record_change();`);
    this.addSql(`drop table if exists "record_change" cascade;`);
  }

}
