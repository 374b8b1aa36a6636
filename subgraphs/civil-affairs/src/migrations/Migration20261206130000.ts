import { recordChangeLogMigration } from '@lifeline/subgraph-runtime/migrations';

// TG_ARGV[0]: the record's GraphQL type. A change to a part of a record (an escort's legs) also updates the record's own row.
const RECORDS = [
  ['person', 'Person'],
  ['station', 'Station'],
  ['care_zone', 'CareZone'],
  ['rescue_case', 'RescueCase'],
  ['rescue_case_event', 'RescueCaseEvent'],
  ['care_service', 'CareService'],
  ['street_report', 'StreetReport'],
  ['missing_person_report', 'MissingPersonReport'],
  ['escort', 'Escort'],
  ['shelter', 'Shelter'],
  ['emergency_event', 'EmergencyEvent'],
  ['emergency_point', 'EmergencyPoint'],
  ['emergency_help', 'EmergencyHelp'],
  ['settlement', 'Settlement'],
  ['shelter_placement', 'ShelterPlacement'],
  ['shelter_room', 'ShelterRoom'],
] as const;

/**
 * The change feed's log: a `record_change` row for every record created or changed, written by a
 * trigger in the transaction of the change. The feed reads it in (transaction id, position)
 * order below the oldest running transaction, so it needs no lock on the writing side.
 */
export class Migration20261206130000 extends recordChangeLogMigration(RECORDS) {}
