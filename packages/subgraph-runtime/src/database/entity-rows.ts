/**
 * Rows read with hand-written SQL (row scoping in the same statement) turned into managed
 * entities. `em.map` validates the primary key and every property again after creating the
 * entity, then merges it a second time, cascading to its relations, and takes its snapshot for
 * dirty checking twice: for a 20-row persons page with their cases that was about 1.3 ms of
 * civil affairs' CPU, half of it spent on that repeated work. The rows come from our own tables
 * (their primary keys and types are the schema's), and a row's relations are references, so the
 * second pass adds nothing: the entity is still created, registered in the identity map, and
 * dirty-checked on flush like one `em.find` loads. Rows a request only reads are better read as
 * views (`viewFromRow`, below).
 */
import { ReferenceKind, Utils, type EntityDictionary, type EntityMetadata, type EntityName, type EntityProperty, type FilterQuery, type Platform, type QueryOrderMap } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { findRows } from './find-statements';

/** `em.map`'s merge options (MikroORM 6 passes them on to `merge`; its typing names `schema` only). */
const ROW_MERGE = { validate: false, cascade: false } as const;

/** A row of `entity`'s table, read with raw SQL, as a managed entity of `em`. */
export function entityFromRow<T extends object>(em: EntityManager, entity: EntityName<T>, row: Record<string, unknown>): T {
  return em.map(entity, row as EntityDictionary<T>, ROW_MERGE as { schema?: string });
}

/** How one column of a row becomes a property of a read view. */
interface ViewColumn {
  column: string;
  property: string;
  /** A many-to-one or owning one-to-one: the view holds `{ id }` of the row it names. */
  reference: boolean;
  convert?: (value: unknown) => unknown;
}

const VIEW_PLANS = new WeakMap<EntityMetadata, ViewColumn[]>();

/** The conversion MikroORM's hydrator applies to a scalar column's value (none where it takes the value as it is). */
function scalarConversion(prop: EntityProperty, platform: Platform): ((value: unknown) => unknown) | undefined {
  const customType = prop.customType;
  if (customType) return (value) => customType.convertToJSValue(value, platform);
  if (prop.runtimeType === 'boolean') return (value) => !!value;
  if (prop.runtimeType === 'Date' && !platform.isNumericProperty(prop)) {
    // As the hydrator reads a timestamp: with its offset as written, else in the configured zone.
    const zone = platform.getTimezone();
    return (value) => {
      if (value instanceof Date) return value;
      if (!zone || zone === 'local') return new Date(value as string);
      const text = value as string | number;
      return typeof text === 'number' || text.includes('+') || text.lastIndexOf('-') > 10 || text.endsWith('Z') ? new Date(text) : new Date(`${text}${zone}`);
    };
  }
  return undefined;
}

function viewPlan(em: EntityManager, meta: EntityMetadata): ViewColumn[] {
  const known = VIEW_PLANS.get(meta);
  if (known) return known;
  const platform = em.getPlatform();
  const plan: ViewColumn[] = [];
  for (const prop of meta.props) {
    if (prop.persist === false) continue;
    // Collections and the inverse side of a one-to-one have no column in the row.
    if (prop.kind === ReferenceKind.ONE_TO_MANY || prop.kind === ReferenceKind.MANY_TO_MANY) continue;
    if (prop.kind === ReferenceKind.ONE_TO_ONE && !prop.owner) continue;
    if (prop.kind === ReferenceKind.EMBEDDED || prop.formula || prop.fieldNames?.length !== 1) {
      throw new Error(`${meta.className}.${prop.name} cannot be read as a view (embedded, formula or composite column): read it as an entity`);
    }
    if (prop.ref) throw new Error(`${meta.className}.${prop.name} is a scalar reference: read it as an entity`);
    const reference = prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE;
    plan.push({ column: prop.fieldNames[0]!, property: prop.name, reference, ...(reference ? {} : { convert: scalarConversion(prop, platform) }) });
  }
  VIEW_PLANS.set(meta, plan);
  return plan;
}

/**
 * A row of `entity`'s table, read with raw SQL, as a plain read-only view: the entity's properties
 * by their names and types (a many-to-one as `{ id }`), without the identity map, the snapshot
 * for dirty checking or the per-instance accessors a managed entity is given. For rows a request
 * only reads and answers (list pages and the loaders behind resolvers): managing them cost about
 * a fifth of civil affairs' CPU on a persons page. A view is never changed or handed to the
 * EntityManager; a change loads its record as an entity. It equals the entity `entityFromRow`
 * builds from the same row, property for property (tested in civil affairs).
 */
export function viewFromRow<T extends object>(em: EntityManager, entity: EntityName<T>, row: Record<string, unknown>): T {
  const plan = viewPlan(em, em.getMetadata().get<T>(Utils.className(entity)) as EntityMetadata);
  const view: Record<string, unknown> = {};
  for (const { column, property, reference, convert } of plan) {
    const value = row[column];
    if (value === undefined) continue;
    if (value === null) view[property] = null;
    else if (reference) view[property] = { id: value };
    else view[property] = convert ? convert(value) : value;
  }
  return view as T;
}

/**
 * `em.find(entity, where, { orderBy, limit })` answered as read views: the same statement, its rows
 * turned into views instead of managed entities. For the loaders behind resolvers.
 */
export async function findViews<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>, orderBy?: QueryOrderMap<T>, limit?: number): Promise<T[]> {
  const rows = await findRows(em, entity, where, orderBy, limit);
  return rows.map((row) => viewFromRow(em, entity, row));
}
