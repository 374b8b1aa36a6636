/**
 * The rescue case as a state machine (DOMAIN.md §3, intake to exit): which changes are allowed
 * from which state, and which zone classified care gives a person. Pure functions, no database.
 */
import { type CareZoneKind, type RescueCaseStatus, type Sex } from './vocabulary';

export type ScreeningOutcome = 'MEDICAL_TREATMENT' | 'HANDED_TO_POLICE' | 'REFUSED' | 'REGISTERED';

/** The state each screening outcome leads to. */
export const SCREENING_TARGET: Record<ScreeningOutcome, RescueCaseStatus> = {
  MEDICAL_TREATMENT: 'MEDICAL_TREATMENT',
  HANDED_TO_POLICE: 'HANDED_TO_POLICE',
  REFUSED: 'REFUSED',
  REGISTERED: 'IN_CARE',
};

/** Allowed changes: from a state, to the states it may move to. */
export const TRANSITIONS: Record<RescueCaseStatus, readonly RescueCaseStatus[]> = {
  RECEIVED: ['MEDICAL_TREATMENT', 'HANDED_TO_POLICE', 'REFUSED', 'IN_CARE', 'EXITED'],
  MEDICAL_TREATMENT: ['IN_CARE', 'HANDED_TO_POLICE', 'EXITED'],
  IN_CARE: ['EXITED'],
  HANDED_TO_POLICE: [],
  REFUSED: [],
  EXITED: [],
};

export type TransitionCheck = { ok: true } | { ok: false; message: string };

/** Whether a case may move from one state to another, with a reason a person can act on. */
export function checkTransition(from: RescueCaseStatus, to: RescueCaseStatus): TransitionCheck {
  if (TRANSITIONS[from].includes(to)) return { ok: true };
  if (TRANSITIONS[from].length === 0) return { ok: false, message: `The case is ${from} and closed: it cannot change to ${to}.` };
  return { ok: false, message: `A case that is ${from} can change to ${TRANSITIONS[from].join(', ')}, not to ${to}.` };
}

/** Whole years between a birth date (YYYY-MM-DD) and a day. */
export function ageOn(birthDate: string, on: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  let age = on.getUTCFullYear() - y;
  if (on.getUTCMonth() + 1 < m || (on.getUTCMonth() + 1 === m && on.getUTCDate() < d)) age -= 1;
  return age;
}

/**
 * The zone classified care gives a person: minors apart from adults, the elderly apart, men and
 * women apart. (Medical observation is chosen by staff; the DV shelter only through a referral.)
 */
type ZonedPerson = { sex: Sex; birthDate: string | null; estimatedAgeMin: number | null; estimatedAgeMax: number | null };

/** The youngest and oldest the person can be on `on`: the exact age from the birth date, else the estimate (`null` where unknown). */
function ageBounds(person: ZonedPerson, on: Date): { youngest: number | null; oldest: number | null } {
  const age = person.birthDate ? ageOn(person.birthDate, on) : null;
  return { youngest: age ?? person.estimatedAgeMin, oldest: age ?? person.estimatedAgeMax };
}

/**
 * Why a zone staff chose contradicts the person (`null`: it does not): minors are kept apart from
 * adults both ways, and the men's and women's zones apart. Only what is known counts (an age
 * range that straddles 18, or an unknown sex, leaves the choice to staff); medical observation and
 * the elderly-and-disabled zone (disability comes at any adult age) take anyone of age.
 */
export function zoneMismatch(
  person: ZonedPerson,
  zone: CareZoneKind,
  on: Date,
): string | null {
  const { youngest, oldest } = ageBounds(person, on);
  if (zone === 'MINORS' && youngest !== null && youngest >= 18) return 'An adult (18 or older) is not placed in the minors’ zone.';
  if (oldest !== null && oldest < 18 && (zone === 'MEN' || zone === 'WOMEN' || zone === 'ELDERLY_DISABLED')) return 'A minor is placed in the minors’ zone (or under medical observation), apart from adults.';
  if (zone === 'MEN' && person.sex === 'FEMALE') return 'A woman is not placed in the men’s zone.';
  if (zone === 'WOMEN' && person.sex === 'MALE') return 'A man is not placed in the women’s zone.';
  return null;
}

export function classifiedZone(
  person: ZonedPerson,
  on: Date,
): CareZoneKind {
  const { youngest, oldest } = ageBounds(person, on);
  if (oldest !== null && oldest < 18) return 'MINORS';
  if (youngest !== null && youngest >= 60) return 'ELDERLY_DISABLED';
  return person.sex === 'FEMALE' ? 'WOMEN' : 'MEN';
}
