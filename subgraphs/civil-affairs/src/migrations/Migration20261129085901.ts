import { AUDIT_APPEND_ONLY_SQL, AUDIT_TABLE_DROP_SQL, AUDIT_TABLE_SQL, statementsMigration } from '@lifeline/subgraph-runtime/migrations';

const UP = [
  `create table "person_access_grant" ("id" uuid not null, "person_id" uuid not null, "grantee" text not null, "reason" text not null, "granted_at" timestamptz not null, constraint "person_access_grant_pkey" primary key ("id"));`,
  `create index "person_access_grant_grantee_index" on "person_access_grant" ("grantee");`,
  `alter table "person_access_grant" add constraint "person_access_grant_person_id_grantee_unique" unique ("person_id", "grantee");`,
  `create table "shelter" ("id" uuid not null, "name" text not null, "station_id" uuid not null, "address" text not null, "contact_phone" text not null, "total_places" smallint not null, constraint "shelter_pkey" primary key ("id"));`,
  `alter table "person_access_grant" add constraint "person_access_grant_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`,
  `alter table "shelter" add constraint "shelter_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade on delete restrict;`,
];
const DOWN = [
  `drop table if exists "person_access_grant" cascade;`,
  `drop table if exists "shelter" cascade;`,
];

/** The audit trail (append-only for every role the application uses), persons' access grants and shelters. */
export class Migration20261129085901 extends statementsMigration([...AUDIT_TABLE_SQL, ...UP, ...AUDIT_APPEND_ONLY_SQL], [...AUDIT_TABLE_DROP_SQL, ...DOWN]) {}
