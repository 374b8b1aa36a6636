import { Migration } from '@mikro-orm/migrations';

export class Migration20261201200744 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "aid_delivery" ("id" uuid not null, "entrustment_id" uuid not null, "kind" text check ("kind" in ('FOOD', 'LODGING', 'COMMUNICATION', 'DOMESTIC_TICKET', 'INTERNATIONAL_TICKET')) not null, "quantity" int not null, "amount_fen" int not null, "delivered_on" date not null, "receipt_number" text not null, "delivered_by" text not null, "station_id" text not null, "recorded_at" timestamptz not null, constraint "aid_delivery_pkey" primary key ("id"), constraint aid_delivery_quantity_check check (quantity > 0), constraint aid_delivery_amount_check check (amount_fen > 0));`);
    this.addSql(`create index "aid_delivery_entrustment_id_kind_index" on "aid_delivery" ("entrustment_id", "kind");`);
    this.addSql(`alter table "aid_delivery" add constraint "aid_delivery_entrustment_id_receipt_number_unique" unique ("entrustment_id", "receipt_number");`);

    this.addSql(`create table "aid_entrustment_event" ("id" uuid not null, "entrustment_id" uuid not null, "action" text check ("action" in ('ISSUED', 'AMENDED', 'ACCEPTED', 'DELIVERY_STARTED', 'FULFILLED', 'CLOSED', 'REVOKED')) not null, "from_status" text check ("from_status" in ('ISSUED', 'ACCEPTED', 'IN_PROGRESS', 'FULFILLED', 'REVOKED', 'EXPIRED')) null, "to_status" text check ("to_status" in ('ISSUED', 'ACCEPTED', 'IN_PROGRESS', 'FULFILLED', 'REVOKED', 'EXPIRED')) not null, "at" timestamptz not null, "actor" text not null, "reason" text null, constraint "aid_entrustment_event_pkey" primary key ("id"));`);
    this.addSql(`create index "aid_entrustment_event_entrustment_id_at_index" on "aid_entrustment_event" ("entrustment_id", "at");`);

    this.addSql(`create table "aid_entrustment_version" ("id" uuid not null, "entrustment_id" uuid not null, "number" int not null, "total_cap_fen" int not null, "valid_from" timestamptz not null, "valid_until" timestamptz not null, "reason" text null, "created_at" timestamptz not null, "created_by" text not null, constraint "aid_entrustment_version_pkey" primary key ("id"), constraint aid_entrustment_version_window_check check (valid_until > valid_from));`);
    this.addSql(`alter table "aid_entrustment_version" add constraint "aid_entrustment_version_entrustment_id_number_unique" unique ("entrustment_id", "number");`);

    this.addSql(`alter table "aid_delivery" add constraint "aid_delivery_entrustment_id_foreign" foreign key ("entrustment_id") references "aid_entrustment" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "aid_entrustment_event" add constraint "aid_entrustment_event_entrustment_id_foreign" foreign key ("entrustment_id") references "aid_entrustment" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "aid_entrustment_version" add constraint "aid_entrustment_version_entrustment_id_foreign" foreign key ("entrustment_id") references "aid_entrustment" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "aid_entrustment" add column "issuing_org_unit" text not null default '', add column "issued_by" text not null default '', add column "beneficiary_name" text not null default '', add column "mrz_line1" text null, add column "mrz_line2" text null, add column "entry_status" text check ("entry_status" in ('LEGAL_STAY', 'OVERSTAY', 'PENDING_CONFIRMATION')) not null default 'PENDING_CONFIRMATION', add column "status_check_id" uuid null, add column "status_reason" text null, add column "terms_version" int not null default 1, add column "accepted_at" timestamptz null, add column "accepted_by" text null;`);
    // Entrustments stored before this migration keep their terms as version 1; the defaults only
    // fill existing rows (new rows always give these columns).
    this.addSql(`alter table "aid_entrustment" alter column "issuing_org_unit" drop default, alter column "issued_by" drop default, alter column "beneficiary_name" drop default, alter column "entry_status" drop default;`);
    this.addSql(`insert into "aid_entrustment_version" ("id", "entrustment_id", "number", "total_cap_fen", "valid_from", "valid_until", "reason", "created_at", "created_by") select gen_random_uuid(), "id", 1, "total_cap_fen", "valid_from", "valid_until", null, "issued_at", "issued_by" from "aid_entrustment";`);
    this.addSql(`alter table "aid_entrustment" alter column "person_id" drop not null;`);
    this.addSql(`create index "aid_entrustment_issuing_org_unit_issued_at_index" on "aid_entrustment" ("issuing_org_unit", "issued_at");`);
    this.addSql(`alter table "aid_entrustment" add constraint aid_entrustment_total_cap_check check(total_cap_fen > 0);`);
    this.addSql(`alter table "aid_entrustment" add constraint aid_entrustment_window_check check(valid_until > valid_from);`);

    this.addSql(`alter table "entrusted_aid_item" drop constraint "entrusted_aid_item_entrustment_id_kind_unique";`);

    this.addSql(`alter table "entrusted_aid_item" add column "terms_version" int not null default 1;`);
    this.addSql(`alter table "entrusted_aid_item" add constraint "entrusted_aid_item_entrustment_id_terms_version_kind_unique" unique ("entrustment_id", "terms_version", "kind");`);
    this.addSql(`alter table "entrusted_aid_item" add constraint entrusted_aid_item_cap_check check(cap_fen > 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "aid_delivery" cascade;`);

    this.addSql(`drop table if exists "aid_entrustment_event" cascade;`);

    this.addSql(`drop table if exists "aid_entrustment_version" cascade;`);

    this.addSql(`drop index "aid_entrustment_issuing_org_unit_issued_at_index";`);
    this.addSql(`alter table "aid_entrustment" drop constraint aid_entrustment_total_cap_check;`);
    this.addSql(`alter table "aid_entrustment" drop constraint aid_entrustment_window_check;`);
    this.addSql(`alter table "aid_entrustment" drop column "issuing_org_unit", drop column "issued_by", drop column "beneficiary_name", drop column "mrz_line1", drop column "mrz_line2", drop column "entry_status", drop column "status_check_id", drop column "status_reason", drop column "terms_version", drop column "accepted_at", drop column "accepted_by";`);

    this.addSql(`alter table "aid_entrustment" alter column "person_id" drop default;`);
    this.addSql(`alter table "aid_entrustment" alter column "person_id" type uuid using ("person_id"::text::uuid);`);
    this.addSql(`alter table "aid_entrustment" alter column "person_id" set not null;`);

    this.addSql(`alter table "entrusted_aid_item" drop constraint "entrusted_aid_item_entrustment_id_terms_version_kind_unique";`);
    this.addSql(`alter table "entrusted_aid_item" drop constraint entrusted_aid_item_cap_check;`);
    this.addSql(`alter table "entrusted_aid_item" drop column "terms_version";`);

    this.addSql(`alter table "entrusted_aid_item" add constraint "entrusted_aid_item_entrustment_id_kind_unique" unique ("entrustment_id", "kind");`);
  }

}
