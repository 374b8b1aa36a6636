import { Migration } from '@mikro-orm/migrations';

export class Migration20261129084239 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "aid_entrustment" ("id" uuid not null, "document_number" text not null, "issuing_office" text check ("issuing_office" in ('FOREIGN_AFFAIRS_OFFICE', 'HK_MACAO_TAIWAN_AFFAIRS_OFFICE')) not null, "person_id" uuid not null, "nationality" text not null, "passport_number" text not null, "status" text check ("status" in ('ISSUED', 'ACCEPTED', 'IN_PROGRESS', 'FULFILLED', 'REVOKED', 'EXPIRED')) not null, "total_cap_fen" int not null, "valid_from" timestamptz not null, "valid_until" timestamptz not null, "issued_at" timestamptz not null, "created_at" timestamptz not null, "version" int not null default 1, constraint "aid_entrustment_pkey" primary key ("id"));`);
    this.addSql(`create index "aid_entrustment_status_issued_at_index" on "aid_entrustment" ("status", "issued_at");`);
    this.addSql(`create index "aid_entrustment_person_id_issued_at_index" on "aid_entrustment" ("person_id", "issued_at");`);
    this.addSql(`alter table "aid_entrustment" add constraint "aid_entrustment_issuing_office_document_number_unique" unique ("issuing_office", "document_number");`);

    this.addSql(`create table "entrusted_aid_item" ("id" uuid not null, "entrustment_id" uuid not null, "kind" text check ("kind" in ('FOOD', 'LODGING', 'COMMUNICATION', 'DOMESTIC_TICKET', 'INTERNATIONAL_TICKET')) not null, "cap_fen" int not null, constraint "entrusted_aid_item_pkey" primary key ("id"));`);
    this.addSql(`alter table "entrusted_aid_item" add constraint "entrusted_aid_item_entrustment_id_kind_unique" unique ("entrustment_id", "kind");`);

    this.addSql(`alter table "entrusted_aid_item" add constraint "entrusted_aid_item_entrustment_id_foreign" foreign key ("entrustment_id") references "aid_entrustment" ("id") on update cascade on delete restrict;`);
  }

}
