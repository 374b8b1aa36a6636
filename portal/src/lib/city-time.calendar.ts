/**
 * Days and times as the pickers hand them to the forms: a calendar day is `YYYY-MM-DD`, a moment
 * is picked as a wall-clock time in the city (Asia/Shanghai, UTC+8 all year) and sent as an
 * instant, whatever the time zone of the browser.
 */

/** The city's offset from UTC (no daylight saving time in China). */
const CITY_OFFSET = '+08:00';
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})$/;

/** Whether `day` is a real calendar day written `YYYY-MM-DD`. */
export function isCalendarDay(day: string): boolean {
  const match = DAY.exec(day);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The instant of a wall-clock time in the city (`YYYY-MM-DD HH:mm`), as ISO 8601 in UTC; `null` when malformed. */
export function cityWallClockToInstant(wallClock: string): string | null {
  const match = WALL_CLOCK.exec(wallClock);
  if (!match || !isCalendarDay(match[1]!) || Number(match[2]) > 23 || Number(match[3]) > 59) return null;
  return new Date(`${match[1]}T${match[2]}:${match[3]}:00${CITY_OFFSET}`).toISOString();
}

/** The wall-clock time in the city of an instant, as `YYYY-MM-DD HH:mm`. */
export function instantToCityWallClock(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
