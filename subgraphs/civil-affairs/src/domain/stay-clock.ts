/**
 * The stay clock (DOMAIN.md §3): a standard stay is at most 10 days; a longer one needs an
 * extension with a filed reason; past 10 days without one the person is "staying on" (滞留);
 * unidentified and in care past 3 months, "long-stay", eligible for settlement. Pure functions.
 */
import { type IdentityStatus, type RescueCaseStatus, type StayFlag } from './vocabulary';

export const STANDARD_STAY_DAYS = 10;
export const LONG_STAY_DAYS = 90;
export const MAX_EXTENSION_DAYS = 90;
const DAY = 24 * 60 * 60 * 1000;

/** The flag of a case at `now`. */
export function stayFlag(
  rescueCase: { status: RescueCaseStatus; intakeAt: Date; extendedUntil: Date | null },
  person: { identityStatus: IdentityStatus },
  now: Date,
): StayFlag {
  if (rescueCase.status === 'EXITED' || rescueCase.status === 'REFUSED' || rescueCase.status === 'HANDED_TO_POLICE') return 'STANDARD';
  const days = (now.getTime() - rescueCase.intakeAt.getTime()) / DAY;
  if (person.identityStatus === 'UNIDENTIFIED' && days > LONG_STAY_DAYS) return 'LONG_STAY';
  if (days <= STANDARD_STAY_DAYS) return 'STANDARD';
  return rescueCase.extendedUntil && rescueCase.extendedUntil.getTime() > now.getTime() ? 'EXTENDED' : 'STAYING_ON';
}
