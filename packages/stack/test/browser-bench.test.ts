/**
 * The browser benchmark's figures: per page and way of reaching it, and over all pages, from the
 * counted rounds only (the first round warms the portal's server).
 */
import { overall, pageFigures, type NavigationSample } from '../src/bench/browser';

const sample = (path: string, kind: NavigationSample['kind'], round: number, ms: number): NavigationSample => ({ user: 'center.staff', path, kind, round, ms });

describe('the browser benchmark’s figures', () => {
  const samples = [
    sample('/persons', 'open', 0, 9_000),
    sample('/persons', 'open', 1, 400),
    sample('/persons', 'open', 2, 300),
    sample('/persons', 'open', 3, 200),
    sample('/persons', 'open', 4, 1_000),
    sample('/persons', 'menu', 0, 8_000),
    sample('/persons', 'menu', 1, 100),
    sample('/dispatch', 'menu', 1, 700),
  ];

  it('leaves the warm-up round out and keeps each page and way apart', () => {
    expect(pageFigures(samples)).toEqual([
      { user: 'center.staff', path: '/persons', kind: 'open', samples: 4, p50: 300, p75: 400, p90: 1_000 },
      { user: 'center.staff', path: '/persons', kind: 'menu', samples: 1, p50: 100, p75: 100, p90: 100 },
      { user: 'center.staff', path: '/dispatch', kind: 'menu', samples: 1, p50: 700, p75: 700, p90: 700 },
    ]);
  });

  it('summarises every counted navigation of one way over all pages', () => {
    expect(overall(samples, 'menu')).toEqual({ samples: 2, p50: 100, p75: 700, p90: 700 });
    expect(overall(samples, 'open')).toEqual({ samples: 4, p50: 300, p75: 400, p90: 1_000 });
  });

  it('has no summary without a counted navigation', () => {
    expect(overall([sample('/', 'open', 0, 500)], 'open')).toBeUndefined();
    expect(pageFigures([sample('/', 'open', 0, 500)])).toEqual([]);
  });
});
