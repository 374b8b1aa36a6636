import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { HistoryEvent } from '@lifeline/subgraph-runtime';
import { IDENTITY_CHECK_STATUSES, type IdentityCheckStatus } from '../domain/vocabulary';
import { IdentityCheck } from './identity-check.entity';

/** One change of an identity check: appended, never rewritten. */
@Entity({ tableName: 'identity_check_event' })
@Index({ properties: ['identityCheck', 'at'] })
export class IdentityCheckEvent extends HistoryEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => IdentityCheck, deleteRule: 'restrict' })
  identityCheck!: IdentityCheck;

  @Enum({ items: [...IDENTITY_CHECK_STATUSES], type: 'text', nullable: true })
  fromStatus: IdentityCheckStatus | null = null;

  @Enum({ items: [...IDENTITY_CHECK_STATUSES], type: 'text' })
  toStatus!: IdentityCheckStatus;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
