import { BigIntType, Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { AidEntrustment } from './aid-entrustment.entity';
import { type Fen } from '../domain/money';

/** One version of an entrustment's terms; amendments add rows, never update them. */
@Entity({ tableName: 'aid_entrustment_version' })
@Unique({ properties: ['entrustment', 'number'] })
@Check({ name: 'aid_entrustment_version_window_check', expression: 'valid_until > valid_from' })
export class AidEntrustmentVersion {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => AidEntrustment, deleteRule: 'restrict' })
  entrustment!: AidEntrustment;

  @Property({ type: 'integer' })
  number!: number;

  /** Whole fen, exact at any size (a `bigint` column read as a JS `bigint`). */
  @Property({ type: new BigIntType('bigint') })
  totalCapFen!: Fen;

  @Property({ type: 'timestamptz' })
  validFrom!: Date;

  @Property({ type: 'timestamptz' })
  validUntil!: Date;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'text' })
  createdBy!: string;
}
