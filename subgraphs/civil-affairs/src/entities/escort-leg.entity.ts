import { BigIntType, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { type Fen } from '../domain/money';
import { TRAVEL_MODES, type TravelMode } from '../domain/vocabulary';
import { Escort } from './escort.entity';

/** One leg of an escort: route, tickets, staff and cost (integer fen). */
@Entity({ tableName: 'escort_leg' })
@Unique({ properties: ['escort', 'sequence'] })
export class EscortLeg {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Escort, deleteRule: 'restrict' })
  escort!: Escort;

  @Property({ type: 'smallint' })
  sequence!: number;

  @Property({ type: 'text' })
  fromPlace!: string;

  @Property({ type: 'text' })
  toPlace!: string;

  @Enum({ items: [...TRAVEL_MODES], type: 'text' })
  mode!: TravelMode;

  @Property({ type: 'text', nullable: true })
  tickets: string | null = null;

  @Property({ type: 'text' })
  escortStaff!: string;

  @Property({ type: 'timestamptz' })
  departAt!: Date;

  /** Whole fen, exact at any size (a `bigint` column read as a JS `bigint`). */
  @Property({ type: new BigIntType('bigint') })
  costFen!: Fen;
}
