import { decodeCursor, decodeOrderedCursor, encodeCursor, encodeOrderedCursor, pageInfoOf, pageSize, pageWindow, readDirection, windowRows } from './connection';
import { DateScalar, isCalendarDate } from './scalars';

describe('cursors and page sizes', () => {
  it('round-trip a keyset position and refuse a forged cursor with BAD_USER_INPUT', () => {
    const position = { at: new Date('2026-11-29T08:00:00.000Z'), id: '6cbaa3cb-385e-4a81-9608-c00c8d6d0291' };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
    expect(() => decodeCursor('bm90LWEtY3Vyc29y')).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
  });

  it('keep the order in an ordered cursor and refuse it in another order or forged', () => {
    const position = { at: new Date('2026-11-29T08:00:00.000Z'), id: '6cbaa3cb-385e-4a81-9608-c00c8d6d0291' };
    const cursor = encodeOrderedCursor('DUE_FIRST', position);
    expect(decodeOrderedCursor(cursor, 'DUE_FIRST')).toEqual(position);
    expect(() => decodeOrderedCursor(cursor, 'UPDATED')).toThrow(expect.objectContaining({ message: expect.stringMatching(/another order/), extensions: { code: 'BAD_USER_INPUT' } }));
    // A plain cursor (no order in it) and garbage are refused alike.
    expect(() => decodeOrderedCursor(encodeCursor(position), 'DUE_FIRST')).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
    expect(() => decodeOrderedCursor('bm90LWEtY3Vyc29y', 'DUE_FIRST')).toThrow(/not valid/);
  });

  it('cap page sizes between 1 and 100', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(101)).toThrow(/between 1 and 100/);
    expect(() => pageSize(0)).toThrow(/between 1 and 100/);
  });
});

describe('a page’s window: forward or back, never both', () => {
  const position = { at: new Date('2026-11-29T08:00:00.000Z'), id: '6cbaa3cb-385e-4a81-9608-c00c8d6d0291' };
  const cursor = encodeOrderedCursor('NEWEST_FIRST', position);
  const decode = (value: string) => decodeOrderedCursor(value, 'NEWEST_FIRST');

  it('reads forward by default, 20 from the start, and forward with first and after', () => {
    expect(pageWindow({}, decode)).toEqual({ backward: false, limit: 20, cursor: null });
    expect(pageWindow({ first: 5, after: cursor, last: null, before: null }, decode)).toEqual({ backward: false, limit: 5, cursor: position });
  });

  it('reads back with last, from the end or before a cursor, the size checked as last', () => {
    expect(pageWindow({ last: 2 }, decode)).toEqual({ backward: true, limit: 2, cursor: null });
    expect(pageWindow({ before: cursor, first: null, after: null }, decode)).toEqual({ backward: true, limit: 20, cursor: position });
    expect(() => pageWindow({ last: 101 }, decode)).toThrow(expect.objectContaining({ message: 'last must be between 1 and 100', extensions: { code: 'BAD_USER_INPUT' } }));
    expect(() => pageWindow({ before: 'bm90LWEtY3Vyc29y' }, decode)).toThrow(/not valid/);
    expect(() => pageWindow({ before: encodeOrderedCursor('UPDATED', position) }, decode)).toThrow(/another order/);
  });

  it.each([
    [{ first: 2, last: 2 }, 'first and last'],
    [{ after: 'x', before: 'y' }, 'after and before'],
    [{ first: 2, before: 'y' }, 'first and before'],
    [{ after: 'x', last: 2 }, 'after and last'],
  ])('refuses %j with BAD_USER_INPUT naming both', (args, both) => {
    expect(() => pageWindow(args, decode)).toThrow(expect.objectContaining({ message: expect.stringContaining(`${both} cannot be used together`), extensions: { code: 'BAD_USER_INPUT' } }));
  });

  it('reads the keyset the other way round when paging back', () => {
    expect(readDirection('asc', { backward: false, limit: 1, cursor: null })).toBe('asc');
    expect(readDirection('desc', { backward: false, limit: 1, cursor: null })).toBe('desc');
    expect(readDirection('asc', { backward: true, limit: 1, cursor: null })).toBe('desc');
    expect(readDirection('desc', { backward: true, limit: 1, cursor: null })).toBe('asc');
  });

  it('turns rows read back into the list’s order, and tells from the extra row that more lie that way', () => {
    expect(windowRows([5, 4, 3], { backward: true, limit: 2, cursor: null })).toEqual({ rows: [4, 5], more: true });
    expect(windowRows([5, 4], { backward: true, limit: 2, cursor: null })).toEqual({ rows: [4, 5], more: false });
    expect(windowRows([1, 2, 3], { backward: false, limit: 2, cursor: null })).toEqual({ rows: [1, 2], more: true });
  });

  it('answers the side read towards exactly, and the other side by whether the page was read from a cursor', () => {
    const edges = [{ cursor: 'a' }, { cursor: 'b' }];
    expect(pageInfoOf(edges, { backward: false, limit: 2, cursor: null }, true)).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: 'a', endCursor: 'b' });
    expect(pageInfoOf(edges, { backward: false, limit: 2, cursor: position }, false)).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: 'a', endCursor: 'b' });
    expect(pageInfoOf(edges, { backward: true, limit: 2, cursor: null }, true)).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: 'a', endCursor: 'b' });
    expect(pageInfoOf([], { backward: true, limit: 2, cursor: position }, false)).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});

describe('dates', () => {
  it('accept only real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(() => DateScalar.parseValue('2026-02-30')).toThrow(/real calendar date/);
  });
});
