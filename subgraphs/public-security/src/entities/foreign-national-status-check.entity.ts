import { Check, Entity, Enum, Index, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { FOREIGN_NATIONAL_STATUSES, type ForeignNationalStatus } from '../domain/vocabulary';
import { PoliceCheck } from './police-check.entity';

/**
 * A station's request to the police to check a suspected foreign national's status, and the
 * police's answer. The person and the station belong to civil affairs: only their ids are kept.
 * At most one check per person is open at a time (partial unique index). `updatedAt` moves with
 * its request and its outcome.
 */
@Entity({ tableName: 'foreign_national_status_check' })
@Index({ properties: ['personId', 'requestedAt'] })
@Index({ properties: ['status', 'requestedAt'] })
@Index({ properties: ['updatedAt', 'id'] })
@Unique({
  name: 'foreign_national_status_check_open_per_person_unique',
  expression: `create unique index "foreign_national_status_check_open_per_person_unique" on "foreign_national_status_check" ("person_id") where "status" = 'REQUESTED'`,
})
@Check({ name: 'foreign_national_status_check_concluded_check', expression: `("status" = 'REQUESTED') = ("concluded_at" is null)` })
export class ForeignNationalStatusCheck extends PoliceCheck {
  [OptionalProps]?: 'version' | 'createdAt' | 'updatedAt';

  /** An ICAO 9303 nationality code (ISO 3166-1 alpha-3 or ICAO's own, e.g. `D`, `XXA`). */
  @Property({ type: 'text' })
  nationality!: string;

  @Property({ type: 'text' })
  passportNumber!: string;

  /** True when a TD3 MRZ was given and its check digits verified (the MRZ itself is not kept). */
  @Property({ type: 'boolean' })
  mrzVerified!: boolean;

  @Enum({ items: [...FOREIGN_NATIONAL_STATUSES], type: 'text' })
  status!: ForeignNationalStatus;

  @Property({ type: 'timestamptz' })
  requestedAt!: Date;

  @Property({ type: 'text' })
  requestedBy!: string;

  @Property({ type: 'timestamptz', nullable: true })
  concludedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  concludedBy: string | null = null;
}
