import { decodeCursor, decodeOrderedCursor, encodeCursor, encodeOrderedCursor, pageSize } from './connection';
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

describe('dates', () => {
  it('accept only real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(() => DateScalar.parseValue('2026-02-30')).toThrow(/real calendar date/);
  });
});
