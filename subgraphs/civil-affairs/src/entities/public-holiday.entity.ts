import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A public holiday: not a working day for the tracing clocks (configured as data). */
@Entity({ tableName: 'public_holiday' })
export class PublicHoliday {
  /** YYYY-MM-DD. */
  @PrimaryKey({ type: 'date' })
  date!: string;

  @Property({ type: 'text' })
  name!: string;
}
