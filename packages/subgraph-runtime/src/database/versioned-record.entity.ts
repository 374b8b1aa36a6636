import { Property } from '@mikro-orm/core';

/**
 * The columns of a record that is created once and then changed under an optimistic lock:
 * `created_at` (set when the object is made) and the `version` MikroORM raises on every update, so
 * that concurrent edits of one record are caught. An entity extends it to map them on its own
 * table; the columns are the entity's, as if it declared them itself.
 */
export abstract class VersionedRecord {
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}

/**
 * A versioned record whose `updated_at` MikroORM stamps on every flush that changes it: what a
 * partner's sync pages by. Records whose changes set `updatedAt` with their own clock extend
 * `VersionedRecord` and map it themselves.
 */
export abstract class TrackedRecord extends VersionedRecord {
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
