import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { IDENTITY_CHECK_REASONS, IDENTITY_CHECK_STATUSES, type IdentityCheckReason, type IdentityCheckStatus } from '../domain/vocabulary';

/**
 * A police verification of who a person is. The person and the requesting station belong to civil
 * affairs: only their ids are kept here.
 */
@Entity({ tableName: 'identity_check' })
@Index({ properties: ['personId', 'requestedAt'] })
@Index({ properties: ['status', 'requestedAt'] })
@Index({ properties: ['requestingStationId', 'status'] })
@Index({ properties: ['resultDueAt', 'id'] })
@Index({ properties: ['updatedAt', 'id'] })
@Unique({
  name: 'identity_check_open_per_person_reason_unique',
  expression: `create unique index "identity_check_open_per_person_reason_unique" on "identity_check" ("person_id", "reason") where "status" in ('REQUESTED', 'SAMPLE_COLLECTED', 'COMPARING')`,
})
export class IdentityCheck {
  [OptionalProps]?: 'version' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'uuid' })
  requestingStationId!: string;

  /** Division code of the requesting station, copied at request time: county staff see their county's checks. */
  @Property({ type: 'text' })
  requestingJurisdiction!: string;

  @Enum({ items: [...IDENTITY_CHECK_REASONS], type: 'text' })
  reason!: IdentityCheckReason;

  @Enum({ items: [...IDENTITY_CHECK_STATUSES], type: 'text' })
  status!: IdentityCheckStatus;

  @Property({ type: 'timestamptz' })
  requestedAt!: Date;

  /** When the police result is due (one month after the request). */
  @Property({ type: 'timestamptz' })
  resultDueAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  concludedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  verifiedName: string | null = null;

  @Property({ type: 'text', nullable: true })
  verifiedIdNumber: string | null = null;

  @Property({ type: 'text', nullable: true })
  householdRegistration: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** When the check last changed (request, sample, comparison, result): what a partner's sync pages by. */
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}
