import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { VICTIM_SEXES, type VictimSex } from '../domain/vocabulary';
import { ShelterReferral } from './shelter-referral.entity';

/** A child who comes to the shelter with the victim (minors: PIPL art. 28 sensitive). */
@Entity({ tableName: 'shelter_referral_child' })
@Unique({ properties: ['referral', 'position'] })
export class ShelterReferralChild {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => ShelterReferral, deleteRule: 'cascade' })
  referral!: ShelterReferral;

  /** Order as submitted (1, 2, …). */
  @Property({ type: 'smallint' })
  position!: number;

  @Property({ type: 'smallint' })
  ageYears!: number;

  @Enum({ items: [...VICTIM_SEXES], type: 'text' })
  sex!: VictimSex;
}
