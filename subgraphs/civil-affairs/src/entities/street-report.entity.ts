import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import {
  REPORT_CLOSURES,
  REPORT_SOURCES,
  STREET_REPORT_STATUSES,
  type ReportClosure,
  type ReportSource,
  type StreetReportStatus,
} from '../domain/vocabulary';
import { Station } from './station.entity';

/** A sighting or call that starts the dispatch loop; each step keeps its time. */
@Entity({ tableName: 'street_report' })
@Index({ properties: ['status', 'reportedAt'] })
@Index({ properties: ['district', 'reportedAt'] })
export class StreetReport {
  [OptionalProps]?: 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: [...REPORT_SOURCES], type: 'text' })
  source!: ReportSource;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'double' })
  latitude!: number;

  @Property({ type: 'double' })
  longitude!: number;

  @Property({ type: 'text' })
  address!: string;

  /** District or county division code. */
  @Property({ type: 'text' })
  district!: string;

  @Enum({ items: [...STREET_REPORT_STATUSES], type: 'text' })
  status!: StreetReportStatus;

  @Property({ type: 'timestamptz' })
  reportedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  onSceneAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Enum({ items: [...REPORT_CLOSURES], type: 'text', nullable: true })
  closure: ReportClosure | null = null;

  @ManyToOne({ entity: () => Station, nullable: true, deleteRule: 'restrict' })
  dispatchedTo: Station | null = null;

  @Property({ type: 'integer', nullable: true })
  dispatchDistanceMeters: number | null = null;

  /** Who made the last change (every step is also in the audit trail). */
  @Property({ type: 'text' })
  lastChangedBy!: string;

  @Property({ type: 'integer', version: true })
  version!: number;
}
