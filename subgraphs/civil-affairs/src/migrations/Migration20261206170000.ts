import { Migration } from '@mikro-orm/migrations';

/**
 * The end of a person's record in the change feed: when a record is merged into another or removed
 * as created in error, an `ENDED` change follows its last `UPDATED` one in the same transaction
 * (triggers fire in name order), so a partner learns to drop its copy. Records that ended before
 * this migration get theirs now, at the feed's end, dated when they ended.
 */
export class Migration20261206170000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create or replace function record_change_ended() returns trigger language plpgsql as $$
begin
  insert into record_change (record_type, record_id, operation) values (TG_ARGV[0], NEW.id, 'ENDED');
  return null;
end $$;`);
    this.addSql(`create trigger "record_change_person_ended" after update of "record_status" on "person" for each row when (old.record_status = 'ACTIVE' and new.record_status <> 'ACTIVE') execute function record_change_ended('Person');`);
    this.addSql(`insert into record_change (record_type, record_id, operation, changed_at) select 'Person', id, 'ENDED', coalesce(record_ended_at, clock_timestamp()) from person where record_status <> 'ACTIVE' order by record_ended_at, id;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "record_change_person_ended" on "person";`);
    this.addSql(`drop function if exists record_change_ended();`);
    this.addSql(`delete from record_change where operation = 'ENDED';`);
  }

}
