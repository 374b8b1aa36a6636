import { Check, Entity, Enum, Index, OneToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { FOREIGN_NATIONAL_STATUSES, type ForeignNationalStatus } from '../domain/vocabulary';
import { ForeignNationalStatusCheck } from './foreign-national-status-check.entity';

/**
 * Public security's notice to the foreign-affairs office that a foreign national's legal status
 * was confirmed. Owned here (the police send it); foreign-affairs officers list and acknowledge it.
 */
@Entity({ tableName: 'foreign_affairs_notification' })
@Index({ properties: ['acknowledgedAt', 'notifiedAt'] })
@Index({ properties: ['updatedAt', 'id'] })
@Index({ properties: ['notifiedAt', 'id'] })
@Check({ name: 'foreign_affairs_notification_legal_status_check', expression: `("status" = 'LEGAL_ENTRY') or ("status" = 'LEGAL_RESIDENCE')` })
export class ForeignAffairsNotification {
  [OptionalProps]?: 'version' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** One notification per status check (unique). */
  @OneToOne({ entity: () => ForeignNationalStatusCheck, owner: true, deleteRule: 'restrict', unique: true })
  statusCheck!: ForeignNationalStatusCheck;

  @Property({ type: 'uuid' })
  personId!: string;

  @Enum({ items: [...FOREIGN_NATIONAL_STATUSES], type: 'text' })
  status!: ForeignNationalStatus;

  @Property({ type: 'text' })
  nationality!: string;

  @Property({ type: 'timestamptz' })
  notifiedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  acknowledgedBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  acknowledgementNote: string | null = null;

  /** When the notification last changed (sent, then acknowledged): what a partner's sync pages by. */
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}
