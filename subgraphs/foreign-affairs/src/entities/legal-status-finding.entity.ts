import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { LEGAL_STATUSES, type LegalStatus } from '../domain/vocabulary';

/**
 * A police status check that found a foreign national's stay legal, as public security announced
 * it over the exchange (`foreign-national.status-found`): the foreign-affairs office's own copy of
 * the notification's facts, so that its rules never depend on a status check id someone typed.
 * One row per status check; written only by the exchange consumer.
 */
@Entity({ tableName: 'legal_status_finding' })
@Index({ properties: ['personId', 'foundAt'] })
export class LegalStatusFinding {
  /** Public security's ForeignNationalStatusCheck. */
  @PrimaryKey({ type: 'uuid' })
  statusCheckId!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Enum({ items: [...LEGAL_STATUSES], type: 'text' })
  status!: LegalStatus;

  /** When the police concluded the check. */
  @Property({ type: 'timestamptz' })
  foundAt!: Date;

  /** When foreign affairs applied the event. */
  @Property({ type: 'timestamptz' })
  receivedAt!: Date;
}
