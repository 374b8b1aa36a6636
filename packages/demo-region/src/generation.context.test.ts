import { createGenerationContext, demoUuid } from './generation.context';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('demoUuid', () => {
  it('looks like a version-4 UUID with the RFC 4122 variant', () => {
    for (let i = 0; i < 50; i += 1) expect(demoUuid(1, 'person', i)).toMatch(UUID_V4);
  });

  it('is the same for the same seed, kind and index, and differs otherwise', () => {
    expect(demoUuid(7, 'person', 3)).toBe(demoUuid(7, 'person', 3));
    expect(demoUuid(7, 'person', 3)).not.toBe(demoUuid(8, 'person', 3));
    expect(demoUuid(7, 'person', 3)).not.toBe(demoUuid(7, 'station', 3));
    expect(demoUuid(7, 'person', 3)).not.toBe(demoUuid(7, 'person', 4));
  });
});

describe('createGenerationContext', () => {
  const now = new Date('2026-11-29T08:00:30Z');

  it('numbers ids per kind', () => {
    const ctx = createGenerationContext(1, now);
    expect(ctx.nextId('person')).toBe(demoUuid(1, 'person', 0));
    expect(ctx.nextId('station')).toBe(demoUuid(1, 'station', 0));
    expect(ctx.nextId('person')).toBe(demoUuid(1, 'person', 1));
  });

  it('draws minute-aligned instants before now', () => {
    const ctx = createGenerationContext(1, now);
    for (let i = 0; i < 100; i += 1) {
      const instant = ctx.ago(0, 60 * 24);
      expect(instant.getTime() % 60_000).toBe(0);
      expect(instant.getTime()).toBeLessThanOrEqual(now.getTime());
    }
  });

  it('repeats the same draws for the same seed', () => {
    const draw = (seed: number): unknown[] => {
      const ctx = createGenerationContext(seed, now);
      return [ctx.int(0, 1e6), ctx.zh.person.lastName(), ctx.en.person.lastName(), ctx.shuffle([1, 2, 3, 4, 5])];
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });
});
