import { Entity, Enum, Index, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { IDENTITY_CHECK_REASONS, IDENTITY_CHECK_STATUSES, type IdentityCheckReason, type IdentityCheckStatus } from '../domain/vocabulary';
import { PoliceCheck } from './police-check.entity';

/**
 * A police verification of who a person is. The person and the requesting station belong to civil
 * affairs: only their ids are kept here. `updatedAt` moves with every change (request, sample,
 * comparison, result).
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
export class IdentityCheck extends PoliceCheck {
  [OptionalProps]?: 'version' | 'createdAt' | 'updatedAt';

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
}
