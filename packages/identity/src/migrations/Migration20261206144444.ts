import { Migration } from '@mikro-orm/migrations';

export class Migration20261206144444 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "trusted_document" ("id" uuid not null, "client_id" uuid not null, "sha256_hash" text not null, "body" text not null, "registered_via" text check ("registered_via" in ('MANIFEST', 'AUTOMATIC_PERSISTED_QUERY')) not null, "registered_at" timestamptz not null, constraint "trusted_document_pkey" primary key ("id"));`);
    this.addSql(`alter table "trusted_document" add constraint "trusted_document_client_id_sha256_hash_unique" unique ("client_id", "sha256_hash");`);

    this.addSql(`alter table "trusted_document" add constraint "trusted_document_client_id_foreign" foreign key ("client_id") references "service_client" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "service_client" add column "document_policy" text check ("document_policy" in ('FREE_TEXT', 'AUTOMATIC_PERSISTED_QUERIES', 'TRUSTED_DOCUMENTS_ONLY')) not null default 'FREE_TEXT';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "trusted_document" cascade;`);

    this.addSql(`alter table "service_client" drop column "document_policy";`);
  }

}
