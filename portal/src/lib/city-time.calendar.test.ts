import { cityWallClockToInstant, instantToCityWallClock, isCalendarDay } from './city-time.calendar';

describe('days and times picked in the city', () => {
  it('accepts real calendar days only', () => {
    expect(isCalendarDay('2026-12-06')).toBe(true);
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('12/06/2026')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
  });

  it('reads a wall-clock time as the city’s (UTC+8), whatever the browser’s zone', () => {
    expect(cityWallClockToInstant('2026-12-06 07:30')).toBe('2026-12-05T23:30:00.000Z');
    expect(cityWallClockToInstant('2026-12-06T00:05')).toBe('2026-12-05T16:05:00.000Z');
  });

  it('refuses a malformed or impossible time', () => {
    expect(cityWallClockToInstant('2026-12-06 24:00')).toBeNull();
    expect(cityWallClockToInstant('2026-02-30 10:00')).toBeNull();
    expect(cityWallClockToInstant('06/12/2026 10:00')).toBeNull();
  });

  it('shows an instant as the city’s wall clock, and back', () => {
    const instant = new Date('2026-12-05T23:30:00.000Z');
    expect(instantToCityWallClock(instant)).toBe('2026-12-06 07:30');
    expect(cityWallClockToInstant(instantToCityWallClock(instant))).toBe(instant.toISOString());
  });
});
