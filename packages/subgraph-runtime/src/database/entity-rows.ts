/**
 * Rows read with hand-written SQL (row scoping in the same statement) turned into managed
 * entities. `em.map` validates the primary key and every property again after creating the
 * entity, then merges it a second time, cascading to its relations, and takes its snapshot for
 * dirty checking twice: for a 20-row persons page with their cases that was about 1.3 ms of
 * civil affairs' CPU, half of it spent on that repeated work. The rows come from our own tables
 * (their primary keys and types are the schema's), and a row's relations are references, so the
 * second pass adds nothing: the entity is still created, registered in the identity map, and
 * dirty-checked on flush like one `em.find` loads (tested in civil affairs' person directory).
 */
import { type EntityDictionary, type EntityName } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';

/** `em.map`'s merge options (MikroORM 6 passes them on to `merge`; its typing names `schema` only). */
const ROW_MERGE = { validate: false, cascade: false } as const;

/** A row of `entity`'s table, read with raw SQL, as a managed entity of `em`. */
export function entityFromRow<T extends object>(em: EntityManager, entity: EntityName<T>, row: Record<string, unknown>): T {
  return em.map(entity, row as EntityDictionary<T>, ROW_MERGE as { schema?: string });
}
