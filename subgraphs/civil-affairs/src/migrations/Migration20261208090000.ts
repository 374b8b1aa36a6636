import { Migration } from '@mikro-orm/migrations';

/**
 * The tally of standing persons by each key a short Latin search (one to three letters, as a
 * search by initials or the start of a pinyin is) can find them by, and protection. A person's
 * keys (`person_name_prefixes`) are the first one, two and three letters of her compact pinyin and
 * of her initials, the first one and two letters of her name in lower case, and every three
 * letters in a row of it: a search of one or two letters finds a name by its start and one of
 * three anywhere in it, as the search's condition does (`personSearchSql`). Only keys of plain
 * letters a-z are kept, the only ones such a search asks. Two letters such as `zy` begin the
 * initials of thousands of a million persons; their total is then read from one or two rows
 * instead of counting them. Kept by a trigger on `person`, like the gram tally (its rows locked in
 * key order), and filled from the persons already there.
 */
export class Migration20261208090000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create or replace function "person_name_prefixes"("name" text, "pinyin" text, "initials" text) returns text[] language sql immutable parallel safe as $$
  select coalesce(array_agg(distinct k order by k), '{}'::text[]) from (
    select left(x.v, n) as k from unnest(array[replace("pinyin", ' ', ''), "initials"]) as x (v), generate_series(1, 3) as n where char_length(x.v) >= n
    union all
    select left(lower("name"), n) from generate_series(1, 2) as n where char_length(lower("name")) >= n
    union all
    select substr(lower("name"), i, 3) from generate_series(1, char_length(lower("name")) - 2) as i
  ) as keys
  where k ~ '^[a-z]{1,3}$'
$$;`);
    this.addSql(`create table "person_name_prefix_tally" ("prefix" text not null, "confidential" boolean not null, "standing" bigint not null, constraint "person_name_prefix_tally_pkey" primary key ("prefix", "confidential"));`);
    this.addSql(`create or replace function "person_name_prefix_tally_change"() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and old.name is not distinct from new.name and old.name_pinyin is not distinct from new.name_pinyin
     and old.name_initials is not distinct from new.name_initials and old.confidential = new.confidential
     and old.record_status = new.record_status then
    return null;
  end if;
  insert into person_name_prefix_tally as t (prefix, confidential, standing)
  select prefix, confidential, sum(standing)::bigint from (
    select unnest(person_name_prefixes(old.name, old.name_pinyin, old.name_initials)), old.confidential, -1 where tg_op in ('UPDATE', 'DELETE') and old.record_status = 'ACTIVE'
    union all
    select unnest(person_name_prefixes(new.name, new.name_pinyin, new.name_initials)), new.confidential, 1 where tg_op in ('INSERT', 'UPDATE') and new.record_status = 'ACTIVE'
  ) as change (prefix, confidential, standing)
  group by 1, 2
  having sum(standing) <> 0
  order by 1, 2
  on conflict (prefix, confidential) do update set standing = t.standing + excluded.standing;
  return null;
end;
$$;`);
    this.addSql(`create trigger "person_name_prefix_tally_change" after insert or update or delete on "person" for each row execute function "person_name_prefix_tally_change"();`);
    this.addSql(`insert into "person_name_prefix_tally" ("prefix", "confidential", "standing") select "prefix", "confidential", count(*) from "person", unnest("person_name_prefixes"("name", "name_pinyin", "name_initials")) as "prefix" where "record_status" = 'ACTIVE' group by 1, 2;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "person_name_prefix_tally_change" on "person";`);
    this.addSql(`drop function "person_name_prefix_tally_change"();`);
    this.addSql(`drop table "person_name_prefix_tally";`);
    this.addSql(`drop function "person_name_prefixes"(text, text, text);`);
  }

}
