import { Property } from '@mikro-orm/core';

/**
 * The columns every entry of a record's history carries: when the change happened and who made it
 * (a username or client id). Entries are appended, never rewritten; an entity extends it to map
 * them on its own table, beside what changed.
 */
export abstract class HistoryEvent {
  @Property({ type: 'timestamptz' })
  at!: Date;

  @Property({ type: 'text' })
  actor!: string;
}
