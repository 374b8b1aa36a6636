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
