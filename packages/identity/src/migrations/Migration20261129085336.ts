import { Migration } from '@mikro-orm/migrations';

export class Migration20261129085336 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "service_client" ("id" uuid not null, "client_id" text not null, "secret_hash" text not null, "display_name" text not null, "agency" text check ("agency" in ('CIVIL_AFFAIRS', 'PUBLIC_SECURITY', 'WOMENS_FEDERATION', 'FOREIGN_AFFAIRS', 'OVERSIGHT')) not null, "org_unit" text null, "jurisdiction" text null, "roles" text[] not null, "allowed_scopes" text[] not null, "disabled" boolean not null default false, "created_at" timestamptz not null, constraint "service_client_pkey" primary key ("id"));`);
    this.addSql(`alter table "service_client" add constraint "service_client_client_id_unique" unique ("client_id");`);

    this.addSql(`create table "user_account" ("id" uuid not null, "username" text not null, "password_hash" text not null, "display_name" text not null, "agency" text check ("agency" in ('CIVIL_AFFAIRS', 'PUBLIC_SECURITY', 'WOMENS_FEDERATION', 'FOREIGN_AFFAIRS', 'OVERSIGHT')) not null, "org_unit" text null, "jurisdiction" text null, "roles" text[] not null, "failed_attempts" int not null default 0, "locked_until" timestamptz null, "disabled" boolean not null default false, "created_at" timestamptz not null, constraint "user_account_pkey" primary key ("id"));`);
    this.addSql(`alter table "user_account" add constraint "user_account_username_unique" unique ("username");`);

    this.addSql(`create table "refresh_token" ("id" uuid not null, "user_id" uuid not null, "token_hash" text not null, "family_id" uuid not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "replaced_by" uuid null, "created_at" timestamptz not null, constraint "refresh_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "refresh_token_family_id_index" on "refresh_token" ("family_id");`);

    this.addSql(`alter table "refresh_token" add constraint "refresh_token_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`);
  }

}
