import { Migration } from '@mikro-orm/migrations';

/**
 * The tally of standing persons by each gram of their name (each character and each pair of
 * characters, as `person_name_grams` lists them) and protection, kept by a trigger on `person` in
 * the same transaction as each change, and filled from the persons already there. A search by one
 * or two characters (a surname) finds tens of thousands of a million persons; its total is then
 * read from one or two rows instead of counting them. A change of name, protection or record
 * status takes the person off her old grams and onto her new ones; the rows are locked in key
 * order, so two changes cannot deadlock on them.
 */
export class Migration20261207110000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "person_name_gram_tally" ("gram" text not null, "confidential" boolean not null, "standing" bigint not null, constraint "person_name_gram_tally_pkey" primary key ("gram", "confidential"));`);
    this.addSql(`create or replace function "person_name_gram_tally_change"() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and old.name is not distinct from new.name and old.confidential = new.confidential
     and old.record_status = new.record_status then
    return null;
  end if;
  insert into person_name_gram_tally as t (gram, confidential, standing)
  select gram, confidential, sum(standing)::bigint from (
    select unnest(person_name_grams(old.name)), old.confidential, -1 where tg_op in ('UPDATE', 'DELETE') and old.record_status = 'ACTIVE' and old.name is not null
    union all
    select unnest(person_name_grams(new.name)), new.confidential, 1 where tg_op in ('INSERT', 'UPDATE') and new.record_status = 'ACTIVE' and new.name is not null
  ) as change (gram, confidential, standing)
  group by 1, 2
  having sum(standing) <> 0
  order by 1, 2
  on conflict (gram, confidential) do update set standing = t.standing + excluded.standing;
  return null;
end;
$$;`);
    this.addSql(`create trigger "person_name_gram_tally_change" after insert or update or delete on "person" for each row execute function "person_name_gram_tally_change"();`);
    this.addSql(`insert into "person_name_gram_tally" ("gram", "confidential", "standing") select "gram", "confidential", count(*) from "person", unnest("person_name_grams"("name")) as "gram" where "record_status" = 'ACTIVE' and "name" is not null group by 1, 2;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "person_name_gram_tally_change" on "person";`);
    this.addSql(`drop function "person_name_gram_tally_change"();`);
    this.addSql(`drop table "person_name_gram_tally";`);
  }

}
