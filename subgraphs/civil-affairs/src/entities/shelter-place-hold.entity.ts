import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ShelterPlacement } from './shelter-placement.entity';
import { ZonePlace } from './zone-place.entity';

/**
 * One shelter place reserved (on acceptance) and then held (through the stay) for one member of
 * a party. A partial unique index lets no two live holds share a place: two acceptances can never
 * take the same last place, whatever the timing.
 */
@Entity({ tableName: 'shelter_place_hold' })
@Index({ properties: ['placement'] })
@Unique({
  name: 'shelter_place_hold_live_unique',
  expression: 'create unique index "shelter_place_hold_live_unique" on "shelter_place_hold" ("place_id") where "released_at" is null',
})
export class ShelterPlaceHold {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => ShelterPlacement, deleteRule: 'cascade' })
  placement!: ShelterPlacement;

  @ManyToOne({ entity: () => ZonePlace, deleteRule: 'restrict' })
  place!: ZonePlace;

  /** The victim's own place (the one her rescue case holds once admitted); else a child's. */
  @Property({ type: 'boolean' })
  forVictim!: boolean;

  @Property({ type: 'timestamptz' })
  heldAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  releasedAt: Date | null = null;
}
