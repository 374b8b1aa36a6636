import { instant, integerOf, numberOf, oneOf, requiredText, text } from './change-input.reader';

describe('reading what a browser sent to a server action', () => {
  it('keeps only strings, trimmed, and blanks as absent', () => {
    expect(text('  a ')).toBe('a');
    expect(text('   ')).toBeUndefined();
    expect(text(5)).toBeUndefined();
    expect(requiredText(undefined)).toBe('');
    expect(requiredText(' x ')).toBe('x');
  });

  it('reads numbers from numbers and numeric strings only', () => {
    expect(numberOf('22.54')).toBe(22.54);
    expect(numberOf(113.9)).toBe(113.9);
    expect(numberOf('abc')).toBeUndefined();
    expect(numberOf('')).toBeUndefined();
    expect(numberOf(Number.NaN)).toBeUndefined();
    expect(integerOf('3')).toBe(3);
    expect(integerOf('3.5')).toBeUndefined();
  });

  it('accepts only listed enum values and real instants', () => {
    expect(oneOf(['A', 'B'] as const, 'B')).toBe('B');
    expect(oneOf(['A', 'B'] as const, 'C')).toBeUndefined();
    expect(instant('2026-12-01T08:00:00+08:00')).toBe('2026-12-01T00:00:00.000Z');
    expect(instant('not a date')).toBeUndefined();
    expect(instant(undefined)).toBeUndefined();
  });
});
