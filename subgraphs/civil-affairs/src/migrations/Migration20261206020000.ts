import { Migration } from '@mikro-orm/migrations';

export class Migration20261206020000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "settlement" add column "updated_at" timestamptz null;`);
    // A stored settlement's last known change: its proposal, the decision, the placement or the
    // revocation, or a later change its audit trail records (a merge of its person's records). To
    // the millisecond, as a page cursor holds it and as the application writes it.
    this.addSql(`update "settlement" set "updated_at" = date_trunc('milliseconds', greatest("proposed_at", "decided_at", "settled_at", "revoked_at"));`);
    this.addSql(`update "settlement" st set "updated_at" = date_trunc('milliseconds', a."at") from (select "record_id", max("at") as "at" from "audit_event" where "record_type" = 'Settlement' and "outcome" = 'ALLOWED' and "operation" in ('TRANSITION', 'UPDATE') group by "record_id") a where a."record_id" = st."id"::text and date_trunc('milliseconds', a."at") > st."updated_at";`);
    this.addSql(`alter table "settlement" alter column "updated_at" set not null;`);
    this.addSql(`update "settlement" set "proposed_at" = date_trunc('milliseconds', "proposed_at") where "proposed_at" <> date_trunc('milliseconds', "proposed_at");`);
    this.addSql(`create index "settlement_proposed_at_id_index" on "settlement" ("proposed_at", "id");`);
    this.addSql(`create index "settlement_updated_at_id_index" on "settlement" ("updated_at", "id");`);

    this.addSql(`alter table "emergency_event" add column "updated_at" timestamptz null;`);
    // A stored event's last known change: its declaration or its end, a point opened or closed, help
    // recorded at a point, or a later change the audit trail records of the event, its points or
    // their help.
    this.addSql(`update "emergency_event" e set "updated_at" = date_trunc('milliseconds', greatest(e."created_at", e."ended_at", (select greatest(max(p."opened_at"), max(p."closed_at"), max(h."recorded_at")) from "emergency_point" p left join "emergency_help" h on h."point_id" = p."id" where p."event_id" = e."id")));`);
    this.addSql(`update "emergency_event" e set "updated_at" = date_trunc('milliseconds', a."at") from (select e2."id", max(ae."at") as "at" from "emergency_event" e2 join "audit_event" ae on ae."outcome" = 'ALLOWED' and ae."operation" in ('CREATE', 'TRANSITION', 'UPDATE') and ((ae."record_type" = 'EmergencyEvent' and ae."record_id" = e2."id"::text) or (ae."record_type" = 'EmergencyPoint' and ae."record_id" in (select p."id"::text from "emergency_point" p where p."event_id" = e2."id")) or (ae."record_type" = 'EmergencyHelp' and ae."record_id" in (select h."id"::text from "emergency_help" h join "emergency_point" p on p."id" = h."point_id" where p."event_id" = e2."id"))) group by e2."id") a where a."id" = e."id" and date_trunc('milliseconds', a."at") > e."updated_at";`);
    this.addSql(`alter table "emergency_event" alter column "updated_at" set not null;`);
    this.addSql(`update "emergency_event" set "started_at" = date_trunc('milliseconds', "started_at") where "started_at" <> date_trunc('milliseconds', "started_at");`);
    this.addSql(`create index "emergency_event_updated_at_id_index" on "emergency_event" ("updated_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "emergency_event_updated_at_id_index";`);
    this.addSql(`alter table "emergency_event" drop column "updated_at";`);
    this.addSql(`drop index "settlement_updated_at_id_index";`);
    this.addSql(`drop index "settlement_proposed_at_id_index";`);
    this.addSql(`alter table "settlement" drop column "updated_at";`);
  }

}
