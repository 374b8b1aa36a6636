import { BigIntType, Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { type Fen } from '../domain/money';
import { AID_ITEM_KINDS, type AidItemKind } from '../domain/vocabulary';
import { AidEntrustment } from './aid-entrustment.entity';

/** One kind of aid entrusted under one version of the terms, with its cap in integer fen. */
@Entity({ tableName: 'entrusted_aid_item' })
@Unique({ properties: ['entrustment', 'termsVersion', 'kind'] })
@Check({ name: 'entrusted_aid_item_cap_check', expression: 'cap_fen > 0' })
export class EntrustedAidItem {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => AidEntrustment, deleteRule: 'restrict' })
  entrustment!: AidEntrustment;

  @Property({ type: 'integer', default: 1 })
  termsVersion: number = 1;

  @Enum({ items: [...AID_ITEM_KINDS], type: 'text' })
  kind!: AidItemKind;

  /** Whole fen, exact at any size (a `bigint` column read as a JS `bigint`). */
  @Property({ type: new BigIntType('bigint') })
  capFen!: Fen;
}
