/**
 * The one source of randomness and identity for a build: two seeded faker instances (Chinese
 * and English data), id counters, and minute-aligned time arithmetic relative to the region's
 * `now`. Nothing here reads the clock or Math.random, so a seed and `now` fix the whole output.
 */
import { createHash } from 'node:crypto';
import type * as FakerModule from '@faker-js/faker';
import type { Faker } from '@faker-js/faker';

export const MINUTE_MS = 60_000;
export const HOUR_MINUTES = 60;
export const DAY_MINUTES = 24 * 60;

/** What every generator receives. */
export interface GenerationContext {
  readonly seed: number;
  readonly now: Date;
  /** zh_CN → en → base: Chinese names and everything else. */
  readonly zh: Faker;
  /** en → base: names of foreign nationals. */
  readonly en: Faker;
  /** The next deterministic UUID for a kind of record (`person`, `rescue-case`, …). */
  nextId(kind: string): string;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One of `items` (which must not be empty). */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy of `items`. */
  shuffle<T>(items: readonly T[]): T[];
  /** A minute-aligned instant between `minMinutes` and `maxMinutes` after `from`. */
  after(from: Date, minMinutes: number, maxMinutes: number): Date;
  /** A minute-aligned instant between `minMinutes` and `maxMinutes` before `now`. */
  ago(minMinutes: number, maxMinutes: number): Date;
}

/**
 * A UUID derived from the seed, the kind of record and its index: the first 128 bits of
 * SHA-256 over them, with the version nibble set to 4 and the RFC 4122 variant bits, so it looks
 * like (and stores as) an ordinary v4 UUID while staying the same for every build.
 */
export function demoUuid(seed: number, kind: string, index: number): string {
  const hex = createHash('sha256').update(`lifeline-demo-region|${seed}|${kind}|${index}`).digest('hex').slice(0, 32);
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const chars = `${hex.slice(0, 12)}4${hex.slice(13, 16)}${variant}${hex.slice(17)}`;
  return `${chars.slice(0, 8)}-${chars.slice(8, 12)}-${chars.slice(12, 16)}-${chars.slice(16, 20)}-${chars.slice(20)}`;
}

/** `date` plus a number of minutes. */
export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * MINUTE_MS);
}

/** Whole minutes from `from` to `to` (negative when `to` is earlier). */
export function minutesBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / MINUTE_MS);
}

/** Creates the context for one build. */
export function createGenerationContext(seed: number, now: Date): GenerationContext {
  // Faker and its locale data are loaded by a process that builds a region (a first start's seeding,
  // the scale seeder), not by every process that reads the region's constants.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Faker, base, en, zh_CN } = require('@faker-js/faker') as typeof FakerModule;
  const zh = new Faker({ locale: [zh_CN, en, base], seed });
  const enFaker = new Faker({ locale: [en, base], seed: seed + 1 });
  const counters = new Map<string, number>();
  const alignedNow = new Date(Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS);
  const int = (min: number, max: number): number => zh.number.int({ min: Math.ceil(min), max: Math.floor(Math.max(min, max)) });
  return {
    seed,
    now,
    zh,
    en: enFaker,
    nextId(kind) {
      const index = counters.get(kind) ?? 0;
      counters.set(kind, index + 1);
      return demoUuid(seed, kind, index);
    },
    int,
    chance: (p) => zh.number.float({ min: 0, max: 1 }) < p,
    pick: (items) => zh.helpers.arrayElement(items),
    shuffle: (items) => zh.helpers.shuffle([...items]),
    after: (from, minMinutes, maxMinutes) => addMinutes(from, int(minMinutes, maxMinutes)),
    ago: (minMinutes, maxMinutes) => addMinutes(alignedNow, -int(minMinutes, maxMinutes)),
  };
}
