import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { CARE_ZONE_KINDS, type CareZoneKind } from '../domain/vocabulary';
import { Station } from './station.entity';

/** A care zone of a station (classified care), with its places in ZonePlace rows. */
@Entity({ tableName: 'care_zone' })
@Unique({ properties: ['station', 'kind'] })
export class CareZone {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Station, deleteRule: 'restrict' })
  station!: Station;

  @Enum({ items: [...CARE_ZONE_KINDS], type: 'text' })
  kind!: CareZoneKind;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'smallint' })
  places!: number;
}
