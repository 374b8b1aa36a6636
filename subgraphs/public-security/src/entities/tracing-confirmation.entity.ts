import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The identity civil affairs' family tracing confirmed for a person (a person matched a
 * missing-person report), as civil affairs announced it over the exchange
 * (`tracing.match-confirmed`): a claim for the police to verify, shown with the person's identity
 * checks. The newest confirmation per person; written only by the exchange consumer.
 */
@Entity({ tableName: 'tracing_confirmation' })
export class TracingConfirmation {
  @PrimaryKey({ type: 'uuid' })
  personId!: string;

  /** The name the matched report gives. */
  @Property({ type: 'text' })
  name!: string;

  /** When the match was confirmed at civil affairs. */
  @Property({ type: 'timestamptz' })
  confirmedAt!: Date;

  /** When public security applied the event. */
  @Property({ type: 'timestamptz' })
  receivedAt!: Date;
}
