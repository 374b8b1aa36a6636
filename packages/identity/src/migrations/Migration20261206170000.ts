import { Migration } from '@mikro-orm/migrations';

/** The administrators' history (append-only, like the agencies' audit trails) and the last sign-in of each account. */
export class Migration20261206170000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "admin_audit_event" ("seq" bigserial primary key, "at" timestamptz not null, "actor" text not null, "actor_kind" text not null, "action" text not null, "target_type" text not null, "target_id" text null, "outcome" text not null, "detail" text null, "request_id" text not null);`);
    this.addSql(`create index "admin_audit_event_actor_at_index" on "admin_audit_event" ("actor", "at");`);
    this.addSql(`create index "admin_audit_event_target_type_target_id_index" on "admin_audit_event" ("target_type", "target_id");`);

    // Append-only for every role the application uses: a change or a removal is refused by the database itself.
    this.addSql(`create or replace function admin_audit_event_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'admin_audit_event is append-only: % refused', tg_op using errcode = '42501';
end;
$$;`);
    this.addSql(`create trigger admin_audit_event_no_update_delete before update or delete on admin_audit_event for each row execute function admin_audit_event_refuse_change();`);
    this.addSql(`create trigger admin_audit_event_no_truncate before truncate on admin_audit_event for each statement execute function admin_audit_event_refuse_change();`);
    this.addSql(`revoke update, delete, truncate on admin_audit_event from public;`);

    this.addSql(`alter table "user_account" add column "last_sign_in_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "admin_audit_event" cascade;`);
    this.addSql(`drop function if exists admin_audit_event_refuse_change();`);

    this.addSql(`alter table "user_account" drop column "last_sign_in_at";`);
  }

}
