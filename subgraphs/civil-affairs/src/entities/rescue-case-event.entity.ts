import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { HistoryEvent } from '@lifeline/subgraph-runtime';
import { RESCUE_CASE_STATUSES, type RescueCaseStatus } from '../domain/vocabulary';
import { RescueCase } from './rescue-case.entity';

/** One state change of a rescue case: appended, never rewritten. */
@Entity({ tableName: 'rescue_case_event' })
@Index({ properties: ['rescueCase', 'at'] })
export class RescueCaseEvent extends HistoryEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => RescueCase, deleteRule: 'restrict' })
  rescueCase!: RescueCase;

  @Enum({ items: [...RESCUE_CASE_STATUSES], type: 'text', nullable: true })
  fromStatus: RescueCaseStatus | null = null;

  @Enum({ items: [...RESCUE_CASE_STATUSES], type: 'text' })
  toStatus!: RescueCaseStatus;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}
