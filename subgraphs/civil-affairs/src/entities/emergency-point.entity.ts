import { Check, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { EmergencyEvent } from './emergency-event.entity';
import { Station } from './station.entity';

/** A temporary-point station opened for an emergency event, until it is closed. */
@Entity({ tableName: 'emergency_point' })
@Index({ properties: ['event', 'openedAt'] })
@Unique({
  name: 'emergency_point_station_open_unique',
  expression: `create unique index "emergency_point_station_open_unique" on "emergency_point" ("station_id") where "closed_at" is null`,
})
@Check({ name: 'emergency_point_close_after_open', expression: 'closed_at is null or closed_at >= opened_at' })
export class EmergencyPoint {
  [OptionalProps]?: 'openNote' | 'closedAt' | 'closedBy' | 'closeReason' | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => EmergencyEvent, deleteRule: 'restrict' })
  event!: EmergencyEvent;

  /** The station of the TEMPORARY_POINT kind that is the point; one open point per station. */
  @ManyToOne({ entity: () => Station, deleteRule: 'restrict' })
  station!: Station;

  @Property({ type: 'timestamptz' })
  openedAt!: Date;

  @Property({ type: 'text' })
  openedBy!: string;

  @Property({ type: 'text', nullable: true })
  openNote: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  closedBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  closeReason: string | null = null;

  @Property({ type: 'integer', version: true })
  version!: number;
}
