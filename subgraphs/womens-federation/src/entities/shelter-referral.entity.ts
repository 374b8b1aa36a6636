import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import {
  RISK_LEVELS,
  SHELTER_REFERRAL_STATUSES,
  VICTIM_TYPES,
  type RiskLevel,
  type ShelterReferralStatus,
  type VictimType,
} from '../domain/vocabulary';

/**
 * A request to shelter a victim of domestic violence or trafficking at the center's shelter. The
 * person belongs to civil affairs: only the id is kept here.
 */
@Entity({ tableName: 'shelter_referral' })
@Index({ properties: ['personId', 'submittedAt'] })
@Index({ properties: ['status', 'submittedAt'] })
export class ShelterReferral {
  [OptionalProps]?: 'version' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  personId!: string;

  @Enum({ items: [...VICTIM_TYPES], type: 'text' })
  victimType!: VictimType;

  @Enum({ items: [...RISK_LEVELS], type: 'text' })
  riskLevel!: RiskLevel;

  @Enum({ items: [...SHELTER_REFERRAL_STATUSES], type: 'text' })
  status!: ShelterReferralStatus;

  @Property({ type: 'text' })
  referringOrganisation!: string;

  /** Username of the referring caseworker (she and her supervisors may follow the referral). */
  @Property({ type: 'text' })
  referringCaseworker!: string;

  @Property({ type: 'smallint' })
  accompanyingChildren: number = 0;

  @Property({ type: 'timestamptz' })
  submittedAt!: Date;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}
