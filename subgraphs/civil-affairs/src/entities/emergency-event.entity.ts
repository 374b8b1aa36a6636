import { ArrayType, Check, Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { VersionedRecord } from '@lifeline/subgraph-runtime';
import { EMERGENCY_KINDS, type EmergencyKind } from '../domain/vocabulary';

/** An emergency (cold wave, flood, incident, …) for which temporary points are opened. */
@Entity({ tableName: 'emergency_event' })
@Index({ properties: ['startedAt', 'id'] })
@Index({ properties: ['updatedAt', 'id'] })
@Check({ name: 'emergency_event_end_after_start', expression: 'ended_at is null or ended_at >= started_at' })
export class EmergencyEvent extends VersionedRecord {
  [OptionalProps]?: 'description' | 'endedAt' | 'endedBy' | 'endReason' | 'createdAt' | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: [...EMERGENCY_KINDS], type: 'text' })
  kind!: EmergencyKind;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  /** Division codes (6 digits) of the districts and counties affected. */
  @Property({ type: ArrayType })
  districts!: string[];

  @Property({ type: 'timestamptz' })
  startedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  endedAt: Date | null = null;

  @Property({ type: 'text' })
  declaredBy!: string;

  @Property({ type: 'text', nullable: true })
  endedBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  endReason: string | null = null;

  /**
   * When the event last changed — its declaration, its end, a point opened or closed, help recorded
   * at a point (all part of what the event answers): what a partner's sync pages by. Every change
   * sets it with its own clock, so it is required when one is declared.
   */
  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
