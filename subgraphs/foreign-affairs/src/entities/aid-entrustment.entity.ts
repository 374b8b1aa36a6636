import { BigIntType, Check, Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { TrackedRecord } from '@lifeline/subgraph-runtime';
import { type Fen } from '../domain/money';
import { AID_ENTRUSTMENT_STATUSES, ENTRY_STATUSES, ISSUING_OFFICES, type AidEntrustmentStatus, type EntryStatus, type IssuingOffice } from '../domain/vocabulary';

/**
 * The foreign-affairs office's written instruction to aid a named foreign national. Amounts are
 * integer fen. The person belongs to civil affairs: only the id is kept here. The caps and the
 * window are those of the current terms (`termsVersion`, one `AidEntrustmentVersion` row each);
 * deliveries lock this row (`for update`) so that the caps hold when they race. `updatedAt` moves
 * with every change (terms, status, a delivery under it).
 */
@Entity({ tableName: 'aid_entrustment' })
@Unique({ properties: ['issuingOffice', 'documentNumber'] })
@Index({ properties: ['personId', 'issuedAt'] })
@Index({ properties: ['status', 'issuedAt'] })
@Index({ properties: ['issuingOrgUnit', 'issuedAt'] })
@Index({ properties: ['issuedAt', 'id'] })
@Index({ properties: ['validUntil', 'id'] })
@Index({ properties: ['updatedAt', 'id'] })
@Check({ name: 'aid_entrustment_window_check', expression: 'valid_until > valid_from' })
@Check({ name: 'aid_entrustment_total_cap_check', expression: 'total_cap_fen > 0' })
export class AidEntrustment extends TrackedRecord {
  [OptionalProps]?: 'version' | 'createdAt' | 'updatedAt' | 'termsVersion' | 'mrzLine1' | 'mrzLine2' | 'statusCheckId' | 'statusReason' | 'acceptedAt' | 'acceptedBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  documentNumber!: string;

  @Enum({ items: [...ISSUING_OFFICES], type: 'text' })
  issuingOffice!: IssuingOffice;

  /** The organisation unit of the office that issued it: its officers see and change it. */
  @Property({ type: 'text' })
  issuingOrgUnit!: string;

  @Property({ type: 'text' })
  issuedBy!: string;

  @Property({ type: 'uuid', nullable: true })
  personId!: string | null;

  @Property({ type: 'text' })
  beneficiaryName!: string;

  /** An ICAO 9303 nationality code (ISO 3166-1 alpha-3 or ICAO's own, e.g. `D`, `XXA`). */
  @Property({ type: 'text' })
  nationality!: string;

  @Property({ type: 'text' })
  passportNumber!: string;

  @Property({ type: 'text', nullable: true })
  mrzLine1: string | null = null;

  @Property({ type: 'text', nullable: true })
  mrzLine2: string | null = null;

  @Enum({ items: [...ENTRY_STATUSES], type: 'text' })
  entryStatus!: EntryStatus;

  /** A public-security ForeignNationalStatusCheck, by id. */
  @Property({ type: 'uuid', nullable: true })
  statusCheckId: string | null = null;

  /** As stored; read through `effectiveStatus` (an open one past its window is EXPIRED). */
  @Enum({ items: [...AID_ENTRUSTMENT_STATUSES], type: 'text' })
  status!: AidEntrustmentStatus;

  @Property({ type: 'text', nullable: true })
  statusReason: string | null = null;

  /** Whole fen, exact at any size (a `bigint` column read as a JS `bigint`). */
  @Property({ type: new BigIntType('bigint') })
  totalCapFen!: Fen;

  @Property({ type: 'timestamptz' })
  validFrom!: Date;

  @Property({ type: 'timestamptz' })
  validUntil!: Date;

  /** The number of the current terms (1 as issued). */
  @Property({ type: 'integer', default: 1 })
  termsVersion: number = 1;

  @Property({ type: 'timestamptz' })
  issuedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  acceptedBy: string | null = null;
}
