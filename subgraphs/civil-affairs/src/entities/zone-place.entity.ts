import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { CareZone } from './care-zone.entity';
import { ShelterRoom } from './shelter-room.entity';

/**
 * One place (a bed) in a care zone. A case in care holds one place, and a unique index lets no
 * two cases in care hold the same place: over-allocation is impossible, also under concurrency.
 */
@Entity({ tableName: 'zone_place' })
@Unique({ properties: ['zone', 'number'] })
export class ZonePlace {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => CareZone, deleteRule: 'restrict' })
  zone!: CareZone;

  @Property({ type: 'smallint' })
  number!: number;

  /** The shelter room the place is in (DV-shelter zone only). */
  @ManyToOne({ entity: () => ShelterRoom, nullable: true, deleteRule: 'restrict' })
  room?: ShelterRoom | null = null;
}
