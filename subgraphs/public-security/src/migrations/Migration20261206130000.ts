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
    // TG_ARGV[0]: the record's GraphQL type. A check's event is written with a change to the check's own row (its status), except
    // a further sample on a check already SAMPLE_COLLECTED: that is listed only as the new BiometricSample. A tracing confirmation
    // (shown on the person's identity checks) changes no check's row, so it is not in the feed.
    this.addSql(`create or replace function record_change() returns trigger language plpgsql as $$
begin
  insert into record_change (record_type, record_id, operation) values (TG_ARGV[0], NEW.id, case when TG_OP = 'INSERT' then 'CREATED' else 'UPDATED' end);
  return null;
end $$;`);
    this.addSql(`create trigger "record_change_identity_check" after insert or update on "identity_check" for each row execute function record_change('IdentityCheck');`);
    this.addSql(`create trigger "record_change_biometric_sample" after insert or update on "biometric_sample" for each row execute function record_change('BiometricSample');`);
    this.addSql(`create trigger "record_change_foreign_national_status_check" after insert or update on "foreign_national_status_check" for each row execute function record_change('ForeignNationalStatusCheck');`);
    this.addSql(`create trigger "record_change_police_hand_over" after insert or update on "police_hand_over" for each row execute function record_change('PoliceHandOver');`);
    this.addSql(`create trigger "record_change_foreign_affairs_notification" after insert or update on "foreign_affairs_notification" for each row execute function record_change('ForeignAffairsNotification');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "record_change_identity_check" on "identity_check";`);
    this.addSql(`drop trigger if exists "record_change_biometric_sample" on "biometric_sample";`);
    this.addSql(`drop trigger if exists "record_change_foreign_national_status_check" on "foreign_national_status_check";`);
    this.addSql(`drop trigger if exists "record_change_police_hand_over" on "police_hand_over";`);
    this.addSql(`drop trigger if exists "record_change_foreign_affairs_notification" on "foreign_affairs_notification";`);
    this.addSql(`drop function if exists record_change();`);
    this.addSql(`drop table if exists "record_change" cascade;`);
  }

}
