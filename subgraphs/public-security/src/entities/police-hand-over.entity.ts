import { Entity, OneToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ForeignNationalStatusCheck } from './foreign-national-status-check.entity';

/** The police taking over a person found staying illegally: the record the station's HANDED_OVER exit refers to. */
@Entity({ tableName: 'police_hand_over' })
export class PoliceHandOver {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne({ entity: () => ForeignNationalStatusCheck, owner: true, deleteRule: 'restrict', unique: true })
  statusCheck!: ForeignNationalStatusCheck;

  @Unique()
  @Property({ type: 'text' })
  recordNumber!: string;

  @Property({ type: 'text' })
  policeUnit!: string;

  @Property({ type: 'text' })
  officer!: string;

  @Property({ type: 'timestamptz' })
  handedOverAt!: Date;
}
