import { BigIntType, Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { type Fen } from '../domain/money';
import { AID_ITEM_KINDS, type AidItemKind } from '../domain/vocabulary';
import { AidEntrustment } from './aid-entrustment.entity';

/**
 * The aid-delivery ledger: one row per piece of aid the center delivered. It lives here, beside
 * the caps, so that one transaction (holding the entrustment's row lock) can keep them.
 */
@Entity({ tableName: 'aid_delivery' })
@Unique({ properties: ['entrustment', 'receiptNumber'] })
@Index({ properties: ['entrustment', 'kind'] })
@Check({ name: 'aid_delivery_amount_check', expression: 'amount_fen > 0' })
@Check({ name: 'aid_delivery_quantity_check', expression: 'quantity > 0' })
export class AidDelivery {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => AidEntrustment, deleteRule: 'restrict', index: false })
  entrustment!: AidEntrustment;

  @Enum({ items: [...AID_ITEM_KINDS], type: 'text' })
  kind!: AidItemKind;

  @Property({ type: 'integer' })
  quantity!: number;

  /** Whole fen, exact at any size (a `bigint` column read as a JS `bigint`). */
  @Property({ type: new BigIntType('bigint') })
  amountFen!: Fen;

  @Property({ type: 'date' })
  deliveredOn!: string;

  @Property({ type: 'text' })
  receiptNumber!: string;

  @Property({ type: 'text' })
  deliveredBy!: string;

  /** The civil-affairs station (the deliverer's organisation unit). */
  @Property({ type: 'text' })
  stationId!: string;

  @Property({ type: 'timestamptz' })
  recordedAt!: Date;
}
