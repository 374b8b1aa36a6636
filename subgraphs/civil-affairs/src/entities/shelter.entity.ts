import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Station } from './station.entity';

/** A DV/trafficking shelter run by a station (the center). Its location is confidential. */
@Entity({ tableName: 'shelter' })
export class Shelter {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  name!: string;

  @ManyToOne({ entity: () => Station, deleteRule: 'restrict' })
  station!: Station;

  @Property({ type: 'text' })
  address!: string;

  @Property({ type: 'text' })
  contactPhone!: string;

  @Property({ type: 'smallint' })
  totalPlaces!: number;
}
