import { Migration } from '@mikro-orm/migrations';
import { AUDIT_APPEND_ONLY_SQL } from '@lifeline/subgraph-runtime';

export class Migration20261129090502 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_event" ("seq" bigserial primary key, "at" timestamptz not null, "actor" text not null, "actor_kind" text not null, "agency" text null, "roles" text not null, "request_id" text not null, "operation" text not null, "record_type" text not null, "record_id" text null, "fields" text not null, "purpose" text null, "outcome" text not null, "prev_hash" text not null, "hash" text not null);`);
    this.addSql(`create index "audit_event_hash_index" on "audit_event" ("hash");`);
    this.addSql(`create index "audit_event_record_type_record_id_index" on "audit_event" ("record_type", "record_id");`);
    this.addSql(`create index "audit_event_actor_at_index" on "audit_event" ("actor", "at");`);

    // The audit trail is append-only for every role the application uses.
    for (const sql of AUDIT_APPEND_ONLY_SQL) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_event" cascade;`);
  }

}
