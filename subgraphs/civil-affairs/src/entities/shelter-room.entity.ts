import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { SHELTER_ROOM_KINDS, type ShelterRoomKind } from '../domain/vocabulary';
import { CareZone } from './care-zone.entity';

/** A room of the DV-shelter zone; its places are ZonePlace rows pointing at it. */
@Entity({ tableName: 'shelter_room' })
@Unique({ properties: ['zone', 'label'] })
export class ShelterRoom {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => CareZone, deleteRule: 'restrict' })
  zone!: CareZone;

  @Property({ type: 'text' })
  label!: string;

  @Enum({ items: [...SHELTER_ROOM_KINDS], type: 'text' })
  kind!: ShelterRoomKind;
}
