import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { HistoryEvent } from '@lifeline/subgraph-runtime';
import { AID_ENTRUSTMENT_ACTIONS, AID_ENTRUSTMENT_STATUSES, type AidEntrustmentAction, type AidEntrustmentStatus } from '../domain/vocabulary';
import { AidEntrustment } from './aid-entrustment.entity';

/** One event in an entrustment's history: who did what, when and why. */
@Entity({ tableName: 'aid_entrustment_event' })
@Index({ properties: ['entrustment', 'at'] })
export class AidEntrustmentEvent extends HistoryEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => AidEntrustment, deleteRule: 'restrict', index: false })
  entrustment!: AidEntrustment;

  @Enum({ items: [...AID_ENTRUSTMENT_ACTIONS], type: 'text' })
  action!: AidEntrustmentAction;

  @Enum({ items: [...AID_ENTRUSTMENT_STATUSES], type: 'text', nullable: true })
  fromStatus!: AidEntrustmentStatus | null;

  @Enum({ items: [...AID_ENTRUSTMENT_STATUSES], type: 'text' })
  toStatus!: AidEntrustmentStatus;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}
