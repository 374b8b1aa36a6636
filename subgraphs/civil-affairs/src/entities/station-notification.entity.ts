import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Station } from './station.entity';

/** Something a station must know (e.g. a confirmed tracing match for a person in its care). */
@Entity({ tableName: 'station_notification' })
@Index({ properties: ['station', 'createdAt'] })
export class StationNotification {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Station, deleteRule: 'restrict' })
  station!: Station;

  @Property({ type: 'text' })
  message!: string;

  /** The record it is about (a person or case id). */
  @Property({ type: 'uuid', nullable: true })
  subjectId: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
