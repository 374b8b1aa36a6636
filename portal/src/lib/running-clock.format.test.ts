import en from '../../messages/en.json';
import zhCN from '../../messages/zh-CN.json';
import { durationParts, formatDuration, reportClock, untilDue } from './running-clock.format';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The unit names as the message catalogues give them. */
const ZH = zhCN.operations.clock.units;
const EN = en.operations.clock.units;

describe('the running clock', () => {
  it('reads days and hours from a day, hours and minutes from an hour, minutes and seconds under an hour', () => {
    expect(durationParts(5 * DAY + 3 * HOUR + 28 * MINUTE + 44_000)).toEqual([
      { value: 5, unit: 'day' },
      { value: 3, unit: 'hour' },
    ]);
    expect(durationParts(131 * HOUR + 28 * MINUTE + 44_000)).toEqual([
      { value: 5, unit: 'day' },
      { value: 11, unit: 'hour' },
    ]);
    expect(durationParts(3 * HOUR + 12 * MINUTE + 9_000)).toEqual([
      { value: 3, unit: 'hour' },
      { value: 12, unit: 'minute' },
    ]);
    expect(durationParts(29 * MINUTE + 59_999)).toEqual([
      { value: 29, unit: 'minute' },
      { value: 59, unit: 'second' },
    ]);
  });

  it('leaves out a unit that is zero, says "0 seconds" for nothing, and never runs backwards', () => {
    expect(durationParts(2 * DAY)).toEqual([{ value: 2, unit: 'day' }]);
    expect(durationParts(HOUR + 30_000)).toEqual([{ value: 1, unit: 'hour' }]);
    expect(durationParts(45_000)).toEqual([{ value: 45, unit: 'second' }]);
    expect(durationParts(0)).toEqual([{ value: 0, unit: 'second' }]);
    expect(durationParts(-5000)).toEqual([{ value: 0, unit: 'second' }]);
  });

  it('words a duration in Chinese and in English', () => {
    const overdue = 117 * DAY + 10 * HOUR + 16 * MINUTE + 55_000;
    expect(formatDuration(5 * DAY + 3 * HOUR, ZH)).toBe('5 天 3 小时');
    expect(formatDuration(overdue, ZH)).toBe('117 天 10 小时');
    expect(formatDuration(3 * HOUR + 12 * MINUTE, ZH)).toBe('3 小时 12 分');
    expect(formatDuration(12 * MINUTE + 5_000, ZH)).toBe('12 分 5 秒');
    expect(formatDuration(5 * DAY + 3 * HOUR, EN)).toBe('5 d 3 h');
    expect(formatDuration(12 * MINUTE + 5_000, EN)).toBe('12 min 5 s');
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
