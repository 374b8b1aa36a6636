import { Migration } from '@mikro-orm/migrations';

/** Amounts in fen widen from 32-bit `int` (at most ¥21,474,836.47) to `bigint`; every stored value keeps. */
export class Migration20261206120000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "aid_entrustment" alter column "total_cap_fen" type bigint using ("total_cap_fen"::bigint);`);
    this.addSql(`alter table "entrusted_aid_item" alter column "cap_fen" type bigint using ("cap_fen"::bigint);`);
    this.addSql(`alter table "aid_delivery" alter column "amount_fen" type bigint using ("amount_fen"::bigint);`);
    this.addSql(`alter table "aid_entrustment_version" alter column "total_cap_fen" type bigint using ("total_cap_fen"::bigint);`);
  }

  override async down(): Promise<void> {
    // Refused (out of range) when an amount above the 32-bit range was stored since.
    this.addSql(`alter table "aid_entrustment" alter column "total_cap_fen" type int using ("total_cap_fen"::int);`);
    this.addSql(`alter table "entrusted_aid_item" alter column "cap_fen" type int using ("cap_fen"::int);`);
    this.addSql(`alter table "aid_delivery" alter column "amount_fen" type int using ("amount_fen"::int);`);
    this.addSql(`alter table "aid_entrustment_version" alter column "total_cap_fen" type int using ("total_cap_fen"::int);`);
  }

}
