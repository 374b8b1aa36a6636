import { Migration } from '@mikro-orm/migrations';

/**
 * The tally of standing persons by identity status, sex and protection, kept by a trigger on
 * `person` in the same transaction as each change (a change of status, sex, protection or record
 * status moves one person from one row to another; the two rows are locked in key order, so two
 * opposite changes cannot deadlock), and filled from the persons already there.
 */
export class Migration20261206110000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "person_tally" ("identity_status" text not null, "sex" text not null, "confidential" boolean not null, "standing" bigint not null, constraint "person_tally_pkey" primary key ("identity_status", "sex", "confidential"));`);
    this.addSql(`create or replace function "person_tally_change"() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and old.identity_status = new.identity_status and old.sex = new.sex
     and old.confidential = new.confidential and old.record_status = new.record_status then
    return null;
  end if;
  insert into person_tally as t (identity_status, sex, confidential, standing)
  select * from (
    select old.identity_status, old.sex, old.confidential, -1::bigint where tg_op in ('UPDATE', 'DELETE') and old.record_status = 'ACTIVE'
    union all
    select new.identity_status, new.sex, new.confidential, 1::bigint where tg_op in ('INSERT', 'UPDATE') and new.record_status = 'ACTIVE'
  ) as change (identity_status, sex, confidential, standing)
  order by 1, 2, 3
  on conflict (identity_status, sex, confidential) do update set standing = t.standing + excluded.standing;
  return null;
end;
$$;`);
    this.addSql(`create trigger "person_tally_change" after insert or update or delete on "person" for each row execute function "person_tally_change"();`);
    this.addSql(`insert into "person_tally" ("identity_status", "sex", "confidential", "standing") select "identity_status", "sex", "confidential", count(*) from "person" where "record_status" = 'ACTIVE' group by 1, 2, 3;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "person_tally_change" on "person";`);
    this.addSql(`drop function "person_tally_change"();`);
    this.addSql(`drop table "person_tally";`);
  }

}
