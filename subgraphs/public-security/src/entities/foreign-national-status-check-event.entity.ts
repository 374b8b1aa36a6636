import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { HistoryEvent } from '@lifeline/subgraph-runtime';
import { FOREIGN_NATIONAL_STATUSES, type ForeignNationalStatus } from '../domain/vocabulary';
import { ForeignNationalStatusCheck } from './foreign-national-status-check.entity';

/** One change of a foreign-national status check: appended, never rewritten. */
@Entity({ tableName: 'foreign_national_status_check_event' })
@Index({ properties: ['statusCheck', 'at'] })
export class ForeignNationalStatusCheckEvent extends HistoryEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => ForeignNationalStatusCheck, deleteRule: 'restrict' })
  statusCheck!: ForeignNationalStatusCheck;

  @Enum({ items: [...FOREIGN_NATIONAL_STATUSES], type: 'text', nullable: true })
  fromStatus: ForeignNationalStatus | null = null;

  @Enum({ items: [...FOREIGN_NATIONAL_STATUSES], type: 'text' })
  toStatus!: ForeignNationalStatus;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
