import { LOGIN_THROTTLE, UnknownUsernameThrottle, lockedUntilAfterFailure, retryAfterSeconds } from './login-throttle.policy';

const NOW = Date.parse('2026-11-29T08:00:00Z');
const waitAfter = (failures: number) => retryAfterSeconds(lockedUntilAfterFailure(failures, NOW), NOW);

describe('the sign-in throttle', () => {
  it('lets two failures pass, slows the third and fourth, and locks for 15 minutes from the fifth on', () => {
    expect([1, 2, 3, 4, 5, 6, 9].map(waitAfter)).toEqual([0, 0, 5, 30, 900, 900, 900]);
    expect(LOGIN_THROTTLE.lockSeconds).toBe(15 * 60);
  });

  it('rounds a partial second up, and is over once the instant has passed', () => {
    expect(retryAfterSeconds(new Date(NOW + 1), NOW)).toBe(1);
    expect(retryAfterSeconds(new Date(NOW), NOW)).toBe(0);
    expect(retryAfterSeconds(null, NOW)).toBe(0);
  });

  it('throttles unknown usernames the same way, forgetting the oldest beyond its capacity', () => {
    const throttle = new UnknownUsernameThrottle(2);
    for (let i = 0; i < 3; i += 1) throttle.recordFailure('ghost', NOW);
    expect(throttle.waitSeconds('ghost', NOW)).toBe(5);
    expect(throttle.waitSeconds('ghost', NOW + 5000)).toBe(0);
    throttle.recordFailure('b', NOW);
    throttle.recordFailure('c', NOW);
    expect(throttle.waitSeconds('ghost', NOW)).toBe(0);
  });
});
