import { formatElapsed, reportClock, untilDue } from './running-clock.format';

const MINUTE = 60_000;

describe('the running clock', () => {
  it('shows minutes and seconds under an hour, hours from an hour, and never runs backwards', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(29 * MINUTE + 59_999)).toBe('29:59');
    expect(formatElapsed(3600_000 + 2 * MINUTE + 3000)).toBe('1:02:03');
    expect(formatElapsed(26 * 3600_000)).toBe('26:00:00');
    expect(formatElapsed(-5000)).toBe('0:00');
  });

  it('runs from the report until the team is on scene, and flags a report past 30 minutes', () => {
    const reportedAt = '2026-12-01T08:00:00.000Z';
    const start = Date.parse(reportedAt);
    expect(reportClock({ reportedAt, onSceneAt: null }, start + 30 * MINUTE)).toEqual({ elapsedMs: 30 * MINUTE, stopped: false, missedTarget: false });
    expect(reportClock({ reportedAt, onSceneAt: null }, start + 30 * MINUTE + 1000)).toMatchObject({ missedTarget: true, stopped: false });
    // On scene at 12 minutes: the clock stays at 12 minutes however late it is now.
    expect(reportClock({ reportedAt, onSceneAt: '2026-12-01T08:12:00.000Z' }, start + 5 * 3600_000)).toEqual({
      elapsedMs: 12 * MINUTE,
      stopped: true,
      missedTarget: false,
    });
    expect(reportClock({ reportedAt, onSceneAt: '2026-12-01T08:41:00.000Z' }, start + 45 * MINUTE)).toMatchObject({ missedTarget: true, stopped: true });
  });

  it('counts down to a due time and past it', () => {
    const now = Date.parse('2026-12-01T08:00:00.000Z');
    expect(untilDue('2026-12-01T09:00:00.000Z', now)).toBe(60 * MINUTE);
    expect(untilDue('2026-12-01T07:00:00.000Z', now)).toBe(-60 * MINUTE);
  });
});
