import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { REFERRAL_SERVICE_KINDS, REFERRAL_SERVICE_STATUSES, type ReferralServiceKind, type ReferralServiceStatus } from '../domain/vocabulary';
import { ShelterReferral } from './shelter-referral.entity';

/**
 * A service the victim is referred out to (legal aid, counselling, medical, a protection order
 * 人身安全保护令, housing), tracked from the request to its recorded outcome.
 */
@Entity({ tableName: 'referral_service' })
@Index({ properties: ['referral', 'requestedAt'] })
export class ReferralService {
  [OptionalProps]?: 'version' | 'startedAt' | 'outcome' | 'outcomeAt' | 'outcomeBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => ShelterReferral, deleteRule: 'cascade' })
  referral!: ShelterReferral;

  @Enum({ items: [...REFERRAL_SERVICE_KINDS], type: 'text' })
  kind!: ReferralServiceKind;

  @Enum({ items: [...REFERRAL_SERVICE_STATUSES], type: 'text' })
  status!: ReferralServiceStatus;

  /** Who provides it (a legal-aid center, a court, a hospital …). */
  @Property({ type: 'text' })
  provider!: string;

  @Property({ type: 'text' })
  requestedBy!: string;

  @Property({ type: 'timestamptz' })
  requestedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  outcome: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  outcomeAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  outcomeBy: string | null = null;

  @Property({ type: 'integer', version: true })
  version!: number;
}
