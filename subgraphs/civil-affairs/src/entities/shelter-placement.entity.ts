import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { SHELTER_PLACEMENT_STATUSES, type ShelterPlacementStatus } from '../domain/vocabulary';
import { Person } from './person.entity';
import { RescueCase } from './rescue-case.entity';
import { Shelter } from './shelter.entity';
import { ShelterPlaceHold } from './shelter-place-hold.entity';

/**
 * The shelter's record of a women's-federation referral: accepted (places reserved) or declined,
 * then the stay and its end. One per referral (unique): a referral is never answered twice.
 */
@Entity({ tableName: 'shelter_placement' })
@Index({ properties: ['status', 'decidedAt'] })
@Index({ properties: ['referringCaseworker'] })
export class ShelterPlacement {
  [OptionalProps]?: 'version' | 'holds';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Unique()
  @Property({ type: 'uuid' })
  referralId!: string;

  @ManyToOne({ entity: () => Shelter, deleteRule: 'restrict' })
  shelter!: Shelter;

  @Enum({ items: [...SHELTER_PLACEMENT_STATUSES], type: 'text' })
  status!: ShelterPlacementStatus;

  @Property({ type: 'smallint' })
  partySize!: number;

  @Property({ type: 'smallint' })
  children!: number;

  /** Username of the referring caseworker: she may read the status and is granted the victim on admission. */
  @Property({ type: 'text' })
  referringCaseworker!: string;

  @Property({ type: 'text' })
  referringOrganisation!: string;

  @Property({ type: 'text' })
  decidedBy!: string;

  @Property({ type: 'timestamptz' })
  decidedAt!: Date;

  @Property({ type: 'text', nullable: true })
  declineReason: string | null = null;

  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'restrict' })
  person: Person | null = null;

  @ManyToOne({ entity: () => RescueCase, nullable: true, deleteRule: 'restrict' })
  rescueCase: RescueCase | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  admittedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  stayUntil: Date | null = null;

  @Property({ type: 'text', nullable: true })
  extensionReason: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  endedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  referredOutTo: string | null = null;

  @Property({ type: 'text', nullable: true })
  endNote: string | null = null;

  @OneToMany({ entity: () => ShelterPlaceHold, mappedBy: 'placement' })
  holds = new Collection<ShelterPlaceHold>(this);

  @Property({ type: 'integer', version: true })
  version!: number;
}
