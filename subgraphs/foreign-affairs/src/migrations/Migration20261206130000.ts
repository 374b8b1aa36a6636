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
    // TG_ARGV[0]: the record's GraphQL type. A change to a part of a record (an entrustment's items) also updates the record's own row.
    this.addSql(`create or replace function record_change() returns trigger language plpgsql as $$
begin
  insert into record_change (record_type, record_id, operation) values (TG_ARGV[0], NEW.id, case when TG_OP = 'INSERT' then 'CREATED' else 'UPDATED' end);
  return null;
end $$;`);
    this.addSql(`create trigger "record_change_aid_entrustment" after insert or update on "aid_entrustment" for each row execute function record_change('AidEntrustment');`);
    this.addSql(`create trigger "record_change_aid_delivery" after insert or update on "aid_delivery" for each row execute function record_change('AidDelivery');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "record_change_aid_entrustment" on "aid_entrustment";`);
    this.addSql(`drop trigger if exists "record_change_aid_delivery" on "aid_delivery";`);
    this.addSql(`drop function if exists record_change();`);
    this.addSql(`drop table if exists "record_change" cascade;`);
  }

}
