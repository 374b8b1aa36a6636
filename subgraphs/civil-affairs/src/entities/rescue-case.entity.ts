import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { VersionedRecord } from '@lifeline/subgraph-runtime';
import {
  CARE_ZONE_KINDS,
  EXIT_REASONS,
  INTAKE_SOURCES,
  RESCUE_CASE_STATUSES,
  type CareZoneKind,
  type ExitReason,
  type IntakeSource,
  type RescueCaseStatus,
} from '../domain/vocabulary';
import { Person } from './person.entity';
import { Station } from './station.entity';
import { ZonePlace } from './zone-place.entity';

/** One episode of care for a person at a station, from intake to exit. */
@Entity({ tableName: 'rescue_case' })
@Index({ properties: ['person', 'intakeAt'] })
@Index({ properties: ['station', 'status'] })
@Index({ name: 'rescue_case_status_person_index', properties: ['status', 'person'] })
@Unique({
  name: 'rescue_case_place_in_care_unique',
  expression: `create unique index "rescue_case_place_in_care_unique" on "rescue_case" ("place_id") where "status" = 'IN_CARE'`,
})
export class RescueCase extends VersionedRecord {
  [OptionalProps]?: 'version' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Person, deleteRule: 'restrict' })
  person!: Person;

  @ManyToOne({ entity: () => Station, deleteRule: 'restrict' })
  station!: Station;

  @Enum({ items: [...RESCUE_CASE_STATUSES], type: 'text' })
  status!: RescueCaseStatus;

  @Enum({ items: [...INTAKE_SOURCES], type: 'text' })
  intakeSource!: IntakeSource;

  @Property({ type: 'timestamptz' })
  intakeAt!: Date;

  @Enum({ items: [...CARE_ZONE_KINDS], type: 'text', nullable: true })
  zone: CareZoneKind | null = null;

  /** The place held while in care (released at exit). */
  @ManyToOne({ entity: () => ZonePlace, nullable: true, deleteRule: 'restrict' })
  place: ZonePlace | null = null;

  /** Until when the stay is extended past the standard 10 days (with a filed reason, in the events). */
  @Property({ type: 'timestamptz', nullable: true })
  extendedUntil: Date | null = null;

  /** For a police hand-over: the hand-over record number. */
  @Property({ type: 'text', nullable: true })
  handoverRecord: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  exitAt: Date | null = null;

  @Enum({ items: [...EXIT_REASONS], type: 'text', nullable: true })
  exitReason: ExitReason | null = null;
}
