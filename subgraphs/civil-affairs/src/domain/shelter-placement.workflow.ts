/**
 * The shelter's side of a referral as a state machine (DOMAIN.md §3): accepted (places reserved)
 * or declined → admitted → extended → discharged or referred out → closed; an accepted victim
 * who never comes is closed, which frees her places.
 */
import { type ShelterPlacementStatus } from './vocabulary';

/** The shelter stay without an extension, in days (the same 10-day clock as every stay). */
export const SHELTER_STAY_DAYS = 10;

const NEXT: Record<ShelterPlacementStatus, readonly ShelterPlacementStatus[]> = {
  ACCEPTED: ['ADMITTED', 'CLOSED'],
  DECLINED: ['CLOSED'],
  ADMITTED: ['EXTENDED', 'DISCHARGED', 'REFERRED_OUT'],
  EXTENDED: ['EXTENDED', 'DISCHARGED', 'REFERRED_OUT'],
  DISCHARGED: ['CLOSED'],
  REFERRED_OUT: ['CLOSED'],
  CLOSED: [],
};

/** Whether a placement may go from `from` to `to`, with a message a person can act on when not. */
export function checkPlacementStep(from: ShelterPlacementStatus, to: ShelterPlacementStatus): { ok: true } | { ok: false; message: string } {
  if (NEXT[from].includes(to)) return { ok: true };
  if (to === 'ADMITTED') return { ok: false, message: `Only an accepted referral can be admitted; this one is ${from}.` };
  if (to === 'EXTENDED') return { ok: false, message: `Only a stay under way can be extended; this one is ${from}.` };
  if (to === 'DISCHARGED' || to === 'REFERRED_OUT') return { ok: false, message: `Only a victim staying in the shelter can leave it; this one is ${from}.` };
  if (to === 'CLOSED' && (from === 'ADMITTED' || from === 'EXTENDED')) return { ok: false, message: 'The victim is still in the shelter: discharge her or refer her out first.' };
  return { ok: false, message: `A placement that is ${from} cannot become ${to}.` };
}

/** Whether the placement's places are released when it enters `to`. */
export function releasesPlaces(to: ShelterPlacementStatus): boolean {
  return to === 'DISCHARGED' || to === 'REFERRED_OUT' || to === 'CLOSED';
}

/** The end of the standard stay from admission. */
export function standardStayEnd(admittedAt: Date): Date {
  return new Date(admittedAt.getTime() + SHELTER_STAY_DAYS * 86_400_000);
}
