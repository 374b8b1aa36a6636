import { Migration } from '@mikro-orm/migrations';
import { AUDIT_APPEND_ONLY_SQL } from '@lifeline/subgraph-runtime';

export class Migration20261129085901 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_event" ("seq" bigserial primary key, "at" timestamptz not null, "actor" text not null, "actor_kind" text not null, "agency" text null, "roles" text not null, "request_id" text not null, "operation" text not null, "record_type" text not null, "record_id" text null, "fields" text not null, "purpose" text null, "outcome" text not null, "prev_hash" text not null, "hash" text not null);`);
    this.addSql(`create index "audit_event_hash_index" on "audit_event" ("hash");`);
    this.addSql(`create index "audit_event_record_type_record_id_index" on "audit_event" ("record_type", "record_id");`);
    this.addSql(`create index "audit_event_actor_at_index" on "audit_event" ("actor", "at");`);

    this.addSql(`create table "person_access_grant" ("id" uuid not null, "person_id" uuid not null, "grantee" text not null, "reason" text not null, "granted_at" timestamptz not null, constraint "person_access_grant_pkey" primary key ("id"));`);
    this.addSql(`create index "person_access_grant_grantee_index" on "person_access_grant" ("grantee");`);
    this.addSql(`alter table "person_access_grant" add constraint "person_access_grant_person_id_grantee_unique" unique ("person_id", "grantee");`);

    this.addSql(`create table "shelter" ("id" uuid not null, "name" text not null, "station_id" uuid not null, "address" text not null, "contact_phone" text not null, "total_places" smallint not null, constraint "shelter_pkey" primary key ("id"));`);

    this.addSql(`alter table "person_access_grant" add constraint "person_access_grant_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "shelter" add constraint "shelter_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade on delete restrict;`);

    // The audit trail is append-only for every role the application uses.
    for (const sql of AUDIT_APPEND_ONLY_SQL) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "person_access_grant" cascade;`);

    this.addSql(`drop table if exists "shelter" cascade;`);
  }

}
