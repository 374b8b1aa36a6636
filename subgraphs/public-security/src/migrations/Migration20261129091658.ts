import { Migration } from '@mikro-orm/migrations';

export class Migration20261129091658 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "identity_check_event" ("id" uuid not null, "identity_check_id" uuid not null, "from_status" text check ("from_status" in ('REQUESTED', 'SAMPLE_COLLECTED', 'COMPARING', 'MATCHED', 'NO_MATCH', 'INCONCLUSIVE')) null, "to_status" text check ("to_status" in ('REQUESTED', 'SAMPLE_COLLECTED', 'COMPARING', 'MATCHED', 'NO_MATCH', 'INCONCLUSIVE')) not null, "at" timestamptz not null, "actor" text not null, "note" text null, constraint "identity_check_event_pkey" primary key ("id"));`);
    this.addSql(`create index "identity_check_event_identity_check_id_at_index" on "identity_check_event" ("identity_check_id", "at");`);

    this.addSql(`alter table "identity_check_event" add constraint "identity_check_event_identity_check_id_foreign" foreign key ("identity_check_id") references "identity_check" ("id") on update cascade on delete restrict;`);

    // Checks requested before this migration are due a month after their request.
    this.addSql(`alter table "identity_check" add column "result_due_at" timestamptz null;`);
    this.addSql(`update "identity_check" set "result_due_at" = "requested_at" + interval '1 month';`);
    this.addSql(`alter table "identity_check" alter column "result_due_at" set not null;`);
    this.addSql(`create unique index "identity_check_open_per_person_reason_unique" on "identity_check" ("person_id", "reason") where "status" in ('REQUESTED', 'SAMPLE_COLLECTED', 'COMPARING');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "identity_check_event" cascade;`);

    this.addSql(`alter table "identity_check" drop constraint "identity_check_open_per_person_reason_unique";`);
    this.addSql(`alter table "identity_check" drop column "result_due_at";`);
  }

}
