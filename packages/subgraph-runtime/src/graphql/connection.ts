/**
 * Relay-style cursor pages over a keyset (a timestamp, then id), so a page costs the same however
 * deep it is: forward (`first` after `after`) or back (`last` before `before`), never both at once.
 */
import { GraphQLError } from 'graphql';
import { errorCode } from './error-codes';

export interface KeysetCursor {
  at: Date;
  id: string;
}

/** A cursor that is not one of this list's. */
const invalidCursor = () =>
  new GraphQLError('The cursor is not valid: pass a cursor from a previous page of this list (its endCursor to go on, its startCursor to go back)', {
    extensions: { code: errorCode('BAD_USER_INPUT') },
  });

/** Encodes a keyset position as an opaque cursor. */
export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(`${cursor.at.toISOString()}|${cursor.id}`, 'utf8').toString('base64url');
}

/** Decodes a cursor; a malformed one is refused with BAD_USER_INPUT. */
export function decodeCursor(value: string): KeysetCursor {
  const [at, id] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  const date = at ? new Date(at) : undefined;
  if (!date || Number.isNaN(date.getTime()) || !id || !/^[0-9a-f-]{36}$/.test(id)) {
    throw invalidCursor();
  }
  return { at: date, id };
}

/** Checks a requested page size against the cap; `name` is the argument's, for the refusal. */
export function pageSize(first: number | null | undefined, max = 100, fallback = 20, name = 'first'): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw new GraphQLError(`${name} must be between 1 and ${max}`, { extensions: { code: errorCode('BAD_USER_INPUT') } });
  }
  return size;
}

/** A connection field's paging arguments, as the SDL names them. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** The `PageInfo` every connection answers. */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** A page's reading: back from `cursor` (`last`/`before`) or forward from it (`first`/`after`, or nothing), and how many. */
export interface PageWindow<TCursor> {
  backward: boolean;
  limit: number;
  /** The position the page starts after (forward) or ends before (backward); null from the list's start or end. */
  cursor: TCursor | null;
}

/**
 * Reads a connection's paging arguments, before any statement runs: forward with `first` and
 * `after` (`first` defaulting to `fallback`), back with `last` and `before` (`last` N before
 * `before`, or the list's last N). The two directions are never mixed: `first` or `after` with
 * `last` or `before` is refused with BAD_USER_INPUT naming both, as are a size outside 1 to `max`
 * and a cursor `decode` refuses.
 */
export function pageWindow<TCursor>(args: PageArgs, decode: (cursor: string) => TCursor, max = 100, fallback = 20): PageWindow<TCursor> {
  const forward = (['first', 'after'] as const).filter((name) => args[name] != null);
  const backward = (['last', 'before'] as const).filter((name) => args[name] != null);
  if (forward.length > 0 && backward.length > 0) {
    throw new GraphQLError(`${forward[0]} and ${backward[0]} cannot be used together: page forward with first and after, or back with last and before`, {
      extensions: { code: errorCode('BAD_USER_INPUT') },
    });
  }
  if (backward.length > 0) {
    return { backward: true, limit: pageSize(args.last, max, fallback, 'last'), cursor: args.before != null ? decode(args.before) : null };
  }
  return { backward: false, limit: pageSize(args.first, max, fallback), cursor: args.after != null ? decode(args.after) : null };
}

/** The direction to read a keyset in for a page: the order's own, or its reverse when paging back. */
export function readDirection(direction: 'asc' | 'desc', window: PageWindow<unknown>): 'asc' | 'desc' {
  return window.backward === (direction === 'asc') ? 'desc' : 'asc';
}

/**
 * A page's rows in the list's order, from up to `limit + 1` rows read from the window's cursor in
 * its direction (the extra one says more lie that way), and whether more do.
 */
export function windowRows<T>(rows: readonly T[], window: PageWindow<unknown>): { rows: T[]; more: boolean } {
  const page = rows.slice(0, window.limit);
  return { rows: window.backward ? page.reverse() : page, more: rows.length > window.limit };
}

/**
 * The `PageInfo` of a page of `edges` (in the list's order). The side the page was read towards is
 * exact (`more`); the other side, as the Relay specification permits, says whether the page was
 * read from a cursor: a cursor comes from an item on that side, and checking whether it is still
 * there would cost another statement. So forward, `hasPreviousPage` is true after `after`; back,
 * `hasNextPage` is true before `before`.
 */
export function pageInfoOf(edges: ReadonlyArray<{ cursor: string }>, window: PageWindow<unknown>, more: boolean): PageInfo {
  const fromCursor = window.cursor !== null;
  return {
    hasNextPage: window.backward ? fromCursor : more,
    hasPreviousPage: window.backward ? more : fromCursor,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
}

/**
 * Encodes a keyset position of a list that can be read in several orders: the order is part of the
 * cursor, so a cursor is never continued in an order it did not come from.
 */
export function encodeOrderedCursor(order: string, cursor: KeysetCursor): string {
  return encodeCursor({ at: cursor.at, id: `${order}:${cursor.id}` });
}

/** Decodes a cursor of `order`; a malformed one, or one from another order, is refused with BAD_USER_INPUT. */
export function decodeOrderedCursor(value: string, order: string): KeysetCursor {
  const [at, key] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  const separator = key?.lastIndexOf(':') ?? -1;
  const date = at ? new Date(at) : undefined;
  const id = key?.slice(separator + 1);
  if (!key || separator < 1 || !date || Number.isNaN(date.getTime()) || !id || !/^[0-9a-f-]{36}$/.test(id)) {
    throw invalidCursor();
  }
  if (key.slice(0, separator) !== order) {
    throw new GraphQLError('The cursor comes from a page in another order: keep the order it came from, or start again without a cursor', { extensions: { code: errorCode('BAD_USER_INPUT') } });
  }
  return { at: date, id };
}

/**
 * The MikroORM condition "after this cursor" on a keyset of a timestamp property and `id`, in
 * ascending or descending order: `(at, id) > (cursor)` or `<` (read in the reverse direction, it is
 * "before this cursor").
 */
export function afterKeyset(property: string, cursor: KeysetCursor, direction: 'asc' | 'desc'): Record<string, unknown> {
  const beyond = direction === 'asc' ? '$gt' : '$lt';
  return { $or: [{ [property]: { [beyond]: cursor.at } }, { [property]: cursor.at, id: { [beyond]: cursor.id } }] };
}
