import { Migration } from '@mikro-orm/migrations';

/** An escort leg's cost widens from 32-bit `int` (at most ¥21,474,836.47) to `bigint`; every stored value keeps. */
export class Migration20261206121500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "escort_leg" alter column "cost_fen" type bigint using ("cost_fen"::bigint);`);
  }

  override async down(): Promise<void> {
    // Refused (out of range) when a cost above the 32-bit range was stored since.
    this.addSql(`alter table "escort_leg" alter column "cost_fen" type int using ("cost_fen"::int);`);
  }

}
