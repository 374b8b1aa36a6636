import { Migration } from '@mikro-orm/migrations';

export class Migration20261204233325 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "legal_status_finding" ("status_check_id" uuid not null, "person_id" uuid not null, "status" text check ("status" in ('LEGAL_ENTRY', 'LEGAL_RESIDENCE')) not null, "found_at" timestamptz not null, "received_at" timestamptz not null, constraint "legal_status_finding_pkey" primary key ("status_check_id"));`);
    this.addSql(`create index "legal_status_finding_person_id_found_at_index" on "legal_status_finding" ("person_id", "found_at");`);

    this.addSql(`alter table "aid_entrustment_event" drop constraint if exists "aid_entrustment_event_action_check";`);

    this.addSql(`alter table "aid_entrustment_event" add constraint "aid_entrustment_event_action_check" check("action" in ('ISSUED', 'AMENDED', 'ACCEPTED', 'DELIVERY_STARTED', 'FULFILLED', 'CLOSED', 'REVOKED', 'STATUS_CONFIRMED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "legal_status_finding" cascade;`);

    this.addSql(`alter table "aid_entrustment_event" drop constraint if exists "aid_entrustment_event_action_check";`);

    this.addSql(`alter table "aid_entrustment_event" add constraint "aid_entrustment_event_action_check" check("action" in ('ISSUED', 'AMENDED', 'ACCEPTED', 'DELIVERY_STARTED', 'FULFILLED', 'CLOSED', 'REVOKED'));`);
  }

}
