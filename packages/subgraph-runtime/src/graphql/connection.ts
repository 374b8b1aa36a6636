/**
 * Relay-style cursor pages over a keyset (newest first by a timestamp, then id), so a page costs
 * the same however deep it is.
 */
import { GraphQLError } from 'graphql';
import { errorCode } from './error-codes';

export interface KeysetCursor {
  at: Date;
  id: string;
}

/** Encodes a keyset position as an opaque cursor. */
export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(`${cursor.at.toISOString()}|${cursor.id}`, 'utf8').toString('base64url');
}

/** Decodes a cursor; a malformed one is refused with BAD_USER_INPUT. */
export function decodeCursor(value: string): KeysetCursor {
  const [at, id] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  const date = at ? new Date(at) : undefined;
  if (!date || Number.isNaN(date.getTime()) || !id || !/^[0-9a-f-]{36}$/.test(id)) {
    throw new GraphQLError('The cursor is not valid: pass an endCursor from a previous page', { extensions: { code: errorCode('BAD_USER_INPUT') } });
  }
  return { at: date, id };
}

/** Checks a requested page size against the cap. */
export function pageSize(first: number | null | undefined, max = 100, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw new GraphQLError(`first must be between 1 and ${max}`, { extensions: { code: errorCode('BAD_USER_INPUT') } });
  }
  return size;
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
    throw new GraphQLError('The cursor is not valid: pass an endCursor from a previous page', { extensions: { code: errorCode('BAD_USER_INPUT') } });
  }
  if (key.slice(0, separator) !== order) {
    throw new GraphQLError('The cursor comes from a page in another order: keep the order it came from, or start again without a cursor', { extensions: { code: errorCode('BAD_USER_INPUT') } });
  }
  return { at: date, id };
}

/**
 * The MikroORM condition "after this cursor" on a keyset of a timestamp property and `id`, in
 * ascending or descending order: `(at, id) > (cursor)` or `<`.
 */
export function afterKeyset(property: string, cursor: KeysetCursor, direction: 'asc' | 'desc'): Record<string, unknown> {
  const beyond = direction === 'asc' ? '$gt' : '$lt';
  return { $or: [{ [property]: { [beyond]: cursor.at } }, { [property]: cursor.at, id: { [beyond]: cursor.id } }] };
}
