import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { AID_ENTRUSTMENT_STATUSES, ISSUING_OFFICES, type AidEntrustmentStatus, type IssuingOffice } from '../domain/vocabulary';

/**
 * The foreign-affairs office's written instruction to aid a named foreign national. Amounts are
 * integer fen. The person belongs to civil affairs: only the id is kept here.
 */
@Entity({ tableName: 'aid_entrustment' })
@Unique({ properties: ['issuingOffice', 'documentNumber'] })
@Index({ properties: ['personId', 'issuedAt'] })
@Index({ properties: ['status', 'issuedAt'] })
export class AidEntrustment {
  [OptionalProps]?: 'version' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  documentNumber!: string;

  @Enum({ items: [...ISSUING_OFFICES], type: 'text' })
  issuingOffice!: IssuingOffice;

  @Property({ type: 'uuid' })
  personId!: string;

  /** ISO 3166-1 alpha-3. */
  @Property({ type: 'text' })
  nationality!: string;

  @Property({ type: 'text' })
  passportNumber!: string;

  @Enum({ items: [...AID_ENTRUSTMENT_STATUSES], type: 'text' })
  status!: AidEntrustmentStatus;

  @Property({ type: 'integer' })
  totalCapFen!: number;

  @Property({ type: 'timestamptz' })
  validFrom!: Date;

  @Property({ type: 'timestamptz' })
  validUntil!: Date;

  @Property({ type: 'timestamptz' })
  issuedAt!: Date;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}
