import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes behind the person search at a city's size: names by character (one or two characters
 * through the name's grams, three or more through trigrams), pinyin and initials by prefix, Latin
 * names by trigram; and a narrow index that counts the standing persons without reading the table.
 */
export class Migration20261206100000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create or replace function "person_name_grams"("name" text) returns text[] language sql immutable parallel safe as $$
  select coalesce(array_agg(distinct g), '{}'::text[]) from (
    select substr("name", i, 1) as g from generate_series(1, char_length("name")) as i
    union all
    select substr("name", i, 2) from generate_series(1, char_length("name") - 1) as i
  ) as grams
$$;`);
    this.addSql(`create index "person_name_grams_index" on "person" using gin ("person_name_grams"("name"));`);
    this.addSql(`create index "person_name_trgm" on "person" using gin ("name" gin_trgm_ops);`);
    this.addSql(`create index "person_name_lower_trgm" on "person" using gin (lower("name") gin_trgm_ops);`);
    this.addSql(`create index "person_pinyin_compact_index" on "person" (replace("name_pinyin", ' ', '') text_pattern_ops);`);
    this.addSql(`create index "person_name_initials_index" on "person" ("name_initials" text_pattern_ops);`);
    this.addSql(`create index "person_standing_index" on "person" ("identity_status", "confidential", "id") where "record_status" = 'ACTIVE';`);
    this.addSql(`create index "rescue_case_status_person_index" on "rescue_case" ("status", "person_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "rescue_case_status_person_index";`);
    this.addSql(`drop index "person_standing_index";`);
    this.addSql(`drop index "person_name_initials_index";`);
    this.addSql(`drop index "person_pinyin_compact_index";`);
    this.addSql(`drop index "person_name_lower_trgm";`);
    this.addSql(`drop index "person_name_trgm";`);
    this.addSql(`drop index "person_name_grams_index";`);
    this.addSql(`drop function "person_name_grams"(text);`);
  }

}
