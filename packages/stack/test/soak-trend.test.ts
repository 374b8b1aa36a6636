/**
 * The soak's verdict on memory: the RSS trend over the second half of the run, as a least-squares
 * slope, so one late garbage collection neither hides nor fakes growth.
 */
import { slope } from '../src/bench/soak';

describe('the soak’s RSS trend', () => {
  it('is zero for a flat series, even with noise around it', () => {
    expect(slope([[5, 300], [6, 310], [7, 310], [8, 300], [9, 300], [10, 310], [11, 310], [12, 300]])).toBeCloseTo(0, 10);
  });

  it('is the rate of a steady rise, in the units given (MB per minute)', () => {
    expect(slope([[5, 300], [6, 302], [7, 304], [8, 306]])).toBeCloseTo(2, 10);
  });

  it('sees a rise that a sawtooth of collections hides from the first and last samples', () => {
    const points = [0, 1, 2, 3, 4, 5, 6, 7].map((minute) => [minute, 300 + minute * 3 + (minute % 2 === 0 ? 20 : -20)] as const);
    // First sample 320 MB, last 301 MB: compared end to end, the series seems to shrink.
    expect(points[points.length - 1]![1]).toBeLessThan(points[0]![1]);
    expect(slope(points)).toBeGreaterThan(1);
  });

  it('gives no trend from fewer than three rounds or a single instant', () => {
    expect(slope([[1, 300], [2, 320]])).toBeNull();
    expect(slope([[3, 300], [3, 310], [3, 320]])).toBeNull();
  });
});
