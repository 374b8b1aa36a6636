/**
 * The statements `findViews` sends, remembered by the shape of their condition. Building a
 * statement through MikroORM's query builder (criteria nodes for every key and every element of an
 * `$in` list, aliases, knex's compiler) cost a public-security `_entities` fetch of 20 persons more
 * CPU than sending it and reading its rows. A loader asks the same shape on every request (the
 * caller's scope and protection, `$in` so many ids, the same order), only its values change.
 *
 * The shape is the condition with every value taken out (raw fragments by their SQL text, their
 * parameters as values; an `$in` list by its length), plus the entity, the order and whether there
 * is a limit. The first statement of a shape is built by the query builder as before, and each of
 * its bindings is traced back to the one value of the condition it equals; a statement whose
 * bindings cannot be traced that way (a value converted, or two values equal) is built by the
 * query builder every time. Before it is trusted, a shape's statement must come out the same, to
 * the letter and binding for binding, from the query builder for two more conditions of that
 * shape; a shape whose statement ever differs is never remembered. A value that is no binding (the
 * `true` of a raw condition) stays part of the statement: the remembered one serves only the same.
 */
import { RawQueryFragment, Utils, type EntityName, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';

/** Statements built by the query builder for a shape before its remembered one is used. */
const CHECKS_BEFORE_TRUSTED = 2;
/** Shapes remembered at most (a process's loaders and lists ask a few hundred). */
const MAX_SHAPES = 5000;

interface RememberedStatement {
  sql: string;
  /** For each binding, the index of the condition's value it is. */
  bound: number[];
  /** The values that are no binding, by index: the statement holds them. */
  fixed: Map<number, unknown>;
  /** How many statements of the query builder this one has matched. */
  checks: number;
}

const remembered = new Map<string, RememberedStatement | 'never'>();

/** The shape of a condition and its values in order, or null for a condition this cannot take apart. */
interface Shape {
  key: string;
  values: unknown[];
  /** The keys of the raw fragments in the condition (registered by MikroORM until a statement uses them). */
  rawKeys: string[];
}

class NotTakenApart extends Error {}

function shapeOf(entity: string, where: unknown, orderBy: unknown, limit: number | undefined): Shape | null {
  const values: unknown[] = [];
  const rawKeys: string[] = [];
  const walk = (value: unknown): string => {
    if (value === null || value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) {
      values.push(value);
      return '?';
    }
    if (RawQueryFragment.isRaw(value)) throw new NotTakenApart();
    if (Array.isArray(value)) return `[${value.map(walk).join(',')}]`;
    if (Object.getPrototypeOf(value) !== Object.prototype) throw new NotTakenApart();
    const parts: string[] = [];
    for (const key of Object.keys(value)) {
      let name = JSON.stringify(key);
      if (key.startsWith('[raw]: ')) {
        const fragment = RawQueryFragment.getKnownFragment(key, false);
        if (!fragment) throw new NotTakenApart();
        rawKeys.push(key);
        name = `raw(${JSON.stringify(fragment.sql)},${walk(fragment.params)})`;
      }
      parts.push(`${name}:${walk((value as Record<string, unknown>)[key])}`);
    }
    return `{${parts.join(',')}}`;
  };
  try {
    const condition = walk(where);
    return { key: `${entity}|${condition}|${JSON.stringify(orderBy ?? null)}|${limit === undefined ? '' : walk(limit)}`, values, rawKeys };
  } catch (error) {
    if (error instanceof NotTakenApart) return null;
    throw error;
  }
}

const same = (a: unknown, b: unknown) => Object.is(a, b) || (a instanceof Date && b instanceof Date && a.getTime() === b.getTime());

/** Which value each binding is (null when a binding is no value, or equals more than one). */
function traceBindings(bindings: readonly unknown[], values: readonly unknown[]): { bound: number[]; fixed: Map<number, unknown> } | null {
  const bound: number[] = [];
  for (const binding of bindings) {
    let found = -1;
    for (let index = 0; index < values.length; index += 1) {
      if (!same(values[index], binding)) continue;
      if (found >= 0) return null;
      found = index;
    }
    if (found < 0) return null;
    bound.push(found);
  }
  const fixed = new Map<number, unknown>();
  values.forEach((value, index) => {
    if (!bound.includes(index)) fixed.set(index, value);
  });
  return { bound, fixed };
}

function serves(statement: RememberedStatement, values: readonly unknown[]): boolean {
  for (const [index, value] of statement.fixed) if (!same(values[index], value)) return false;
  return true;
}

function matches(statement: RememberedStatement, sql: string, bindings: readonly unknown[], values: readonly unknown[]): boolean {
  return statement.sql === sql && bindings.length === statement.bound.length && statement.bound.every((index, at) => same(values[index], bindings[at]));
}

/**
 * The rows of `select * from <entity's table> where <where> order by <orderBy> limit <limit>`, as
 * the query builder writes it, sent through the request's EntityManager (its transaction, if any).
 */
export async function findRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  orderBy?: QueryOrderMap<T>,
  limit?: number,
): Promise<Array<Record<string, unknown>>> {
  const shape = shapeOf(Utils.className(entity), where, orderBy, limit);
  const known = shape ? remembered.get(shape.key) : undefined;
  if (shape && known && known !== 'never' && known.checks >= CHECKS_BEFORE_TRUSTED && serves(known, shape.values)) {
    // The query builder would have consumed the raw fragments' registrations: so does this.
    for (const key of shape.rawKeys) RawQueryFragment.getKnownFragment(key);
    return em.execute<Array<Record<string, unknown>>>(known.sql, known.bound.map((index) => shape.values[index]), 'all');
  }
  const query = em.createQueryBuilder(entity).select('*').where(where);
  if (orderBy) query.orderBy(orderBy);
  if (limit !== undefined) query.limit(limit);
  const { sql, bindings } = query.toQuery()._sql as { sql: string; bindings?: readonly unknown[] };
  const built = bindings ?? [];
  if (shape && known !== 'never') {
    if (known) {
      // A remembered statement holds its fixed values: other ones make another statement, no check.
      if (serves(known, shape.values)) {
        if (matches(known, sql, built, shape.values)) known.checks += 1;
        else remembered.set(shape.key, 'never');
      }
    } else if (remembered.size < MAX_SHAPES) {
      const traced = traceBindings(built, shape.values);
      if (traced) remembered.set(shape.key, { sql, ...traced, checks: 0 });
    }
  }
  return em.execute<Array<Record<string, unknown>>>(sql, [...built], 'all');
}

/** How many shapes are remembered and trusted (for tests). */
export function rememberedFindStatements(): { shapes: number; trusted: number; never: number } {
  let trusted = 0;
  let never = 0;
  for (const statement of remembered.values()) {
    if (statement === 'never') never += 1;
    else if (statement.checks >= CHECKS_BEFORE_TRUSTED) trusted += 1;
  }
  return { shapes: remembered.size, trusted, never };
}
