import { GraphQLError } from 'graphql';
import { monthSpan } from './calendar-months';

describe('monthSpan', () => {
  it('ends with the Beijing month that holds the moment, across a year', () => {
    // 16:30 UTC on 31 January is already 1 February in Beijing.
    const span = monthSpan(new Date('2026-01-31T16:30:00Z'), 3);
    expect(span.labels).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(span.start.toISOString()).toBe('2025-11-30T16:00:00.000Z');
    expect(span.end.toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect([span.startDate, span.endDate]).toEqual(['2025-12-01', '2026-03-01']);
  });

  it('gives twelve months when not told, and one when asked for one', () => {
    expect(monthSpan(new Date('2026-06-10T00:00:00Z'), undefined).labels).toHaveLength(12);
    expect(monthSpan(new Date('2026-06-10T00:00:00Z'), 1).labels).toEqual(['2026-06']);
  });

  it('refuses a span outside 1 to 24 months', () => {
    for (const months of [0, 25, -1, 1.5]) {
      expect(() => monthSpan(new Date(), months)).toThrow(GraphQLError);
    }
  });
});
