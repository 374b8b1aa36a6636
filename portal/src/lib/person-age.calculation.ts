/** A person's age for display: from the birth date when known, else the estimated range. */

/** Whole years between `birthDate` (`YYYY-MM-DD`) and `today` (`YYYY-MM-DD`), or `undefined`. */
export function ageInYears(birthDate: string, today: string): number | undefined {
  const birth = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  const now = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (!birth || !now) return undefined;
  const [, by, bm, bd] = birth.map(Number) as [number, number, number, number];
  const [, ny, nm, nd] = now.map(Number) as [number, number, number, number];
  const hadBirthday = nm > bm || (nm === bm && nd >= bd);
  const age = ny - by - (hadBirthday ? 0 : 1);
  return age >= 0 && age < 150 ? age : undefined;
}

/** Today's date in a time zone, as `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export type PersonAge = { kind: 'exact'; years: number } | { kind: 'estimated'; min: number; max: number } | { kind: 'unknown' };

/** What to say about a person's age. */
export function describeAge(
  person: { birthDate?: string | null; estimatedAgeMin?: number | null; estimatedAgeMax?: number | null },
  today: string,
): PersonAge {
  if (person.birthDate) {
    const years = ageInYears(person.birthDate, today);
    if (years !== undefined) return { kind: 'exact', years };
  }
  const { estimatedAgeMin: min, estimatedAgeMax: max } = person;
  if (typeof min === 'number' && typeof max === 'number') return { kind: 'estimated', min, max };
  if (typeof min === 'number') return { kind: 'estimated', min, max: min };
  if (typeof max === 'number') return { kind: 'estimated', min: max, max };
  return { kind: 'unknown' };
}
