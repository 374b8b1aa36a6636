import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { NETWORK_LEVELS, STATION_KINDS, type NetworkLevel, type StationKind } from '../domain/vocabulary';

/** A unit of the four-level rescue network. */
@Entity({ tableName: 'station' })
export class Station {
  [OptionalProps]?: 'parent' | 'address' | 'isOpen' | 'latitude' | 'longitude' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: [...NETWORK_LEVELS], type: 'text' })
  level!: NetworkLevel;

  @Enum({ items: [...STATION_KINDS], type: 'text' })
  kind!: StationKind;

  /** Administrative-division code of the area served (6 digits, or 9/12 below county level). */
  @Index()
  @Property({ type: 'text' })
  jurisdiction!: string;

  @Property({ type: 'text' })
  jurisdictionName!: string;

  @ManyToOne({ entity: () => Station, nullable: true, deleteRule: 'restrict' })
  parent: Station | null = null;

  @Property({ type: 'text', nullable: true })
  address: string | null = null;

  @Property({ type: 'boolean' })
  isOpen: boolean = true;

  @Property({ type: 'double', nullable: true })
  latitude: number | null = null;

  @Property({ type: 'double', nullable: true })
  longitude: number | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
