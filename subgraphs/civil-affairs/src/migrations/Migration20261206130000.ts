import { Migration } from '@mikro-orm/migrations';

/**
 * The change feed's log: a `record_change` row for every record created or changed, written by a
 * trigger in the transaction of the change. The feed reads it in (transaction id, position)
 * order below the oldest running transaction, so it needs no lock on the writing side.
 */
export class Migration20261206130000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "record_change" ("position" bigserial primary key, "xid" xid8 not null default pg_current_xact_id(), "record_type" text not null, "record_id" uuid not null, "operation" text not null, "changed_at" timestamptz not null default clock_timestamp());`);
    this.addSql(`create index "record_change_feed_order_index" on "record_change" ("xid", "position");`);
    // TG_ARGV[0]: the record's GraphQL type. A change to a part of a record (an escort's legs) also updates the record's own row.
    this.addSql(`create or replace function record_change() returns trigger language plpgsql as $$
begin
  insert into record_change (record_type, record_id, operation) values (TG_ARGV[0], NEW.id, case when TG_OP = 'INSERT' then 'CREATED' else 'UPDATED' end);
  return null;
end $$;`);
    this.addSql(`create trigger "record_change_person" after insert or update on "person" for each row execute function record_change('Person');`);
    this.addSql(`create trigger "record_change_station" after insert or update on "station" for each row execute function record_change('Station');`);
    this.addSql(`create trigger "record_change_care_zone" after insert or update on "care_zone" for each row execute function record_change('CareZone');`);
    this.addSql(`create trigger "record_change_rescue_case" after insert or update on "rescue_case" for each row execute function record_change('RescueCase');`);
    this.addSql(`create trigger "record_change_rescue_case_event" after insert or update on "rescue_case_event" for each row execute function record_change('RescueCaseEvent');`);
    this.addSql(`create trigger "record_change_care_service" after insert or update on "care_service" for each row execute function record_change('CareService');`);
    this.addSql(`create trigger "record_change_street_report" after insert or update on "street_report" for each row execute function record_change('StreetReport');`);
    this.addSql(`create trigger "record_change_missing_person_report" after insert or update on "missing_person_report" for each row execute function record_change('MissingPersonReport');`);
    this.addSql(`create trigger "record_change_escort" after insert or update on "escort" for each row execute function record_change('Escort');`);
    this.addSql(`create trigger "record_change_shelter" after insert or update on "shelter" for each row execute function record_change('Shelter');`);
    this.addSql(`create trigger "record_change_emergency_event" after insert or update on "emergency_event" for each row execute function record_change('EmergencyEvent');`);
    this.addSql(`create trigger "record_change_emergency_point" after insert or update on "emergency_point" for each row execute function record_change('EmergencyPoint');`);
    this.addSql(`create trigger "record_change_emergency_help" after insert or update on "emergency_help" for each row execute function record_change('EmergencyHelp');`);
    this.addSql(`create trigger "record_change_settlement" after insert or update on "settlement" for each row execute function record_change('Settlement');`);
    this.addSql(`create trigger "record_change_shelter_placement" after insert or update on "shelter_placement" for each row execute function record_change('ShelterPlacement');`);
    this.addSql(`create trigger "record_change_shelter_room" after insert or update on "shelter_room" for each row execute function record_change('ShelterRoom');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "record_change_person" on "person";`);
    this.addSql(`drop trigger if exists "record_change_station" on "station";`);
    this.addSql(`drop trigger if exists "record_change_care_zone" on "care_zone";`);
    this.addSql(`drop trigger if exists "record_change_rescue_case" on "rescue_case";`);
    this.addSql(`drop trigger if exists "record_change_rescue_case_event" on "rescue_case_event";`);
    this.addSql(`drop trigger if exists "record_change_care_service" on "care_service";`);
    this.addSql(`drop trigger if exists "record_change_street_report" on "street_report";`);
    this.addSql(`drop trigger if exists "record_change_missing_person_report" on "missing_person_report";`);
    this.addSql(`drop trigger if exists "record_change_escort" on "escort";`);
    this.addSql(`drop trigger if exists "record_change_shelter" on "shelter";`);
    this.addSql(`drop trigger if exists "record_change_emergency_event" on "emergency_event";`);
    this.addSql(`drop trigger if exists "record_change_emergency_point" on "emergency_point";`);
    this.addSql(`drop trigger if exists "record_change_emergency_help" on "emergency_help";`);
    this.addSql(`drop trigger if exists "record_change_settlement" on "settlement";`);
    this.addSql(`drop trigger if exists "record_change_shelter_placement" on "shelter_placement";`);
    this.addSql(`drop trigger if exists "record_change_shelter_room" on "shelter_room";`);
    this.addSql(`drop function if exists record_change();`);
    this.addSql(`drop table if exists "record_change" cascade;`);
  }

}
