/**
 * The escort home (DOMAIN.md §3): requested → (cross-province: approved by the regional center,
 * or declined with reason and guidance) → scheduled → in transit → handed over → completed.
 */
import { type EscortStatus } from './vocabulary';

/** Allowed steps; a cross-province request must be approved before it is scheduled. */
export function nextSteps(status: EscortStatus, crossProvince: boolean): readonly EscortStatus[] {
  switch (status) {
    case 'REQUESTED':
      return crossProvince ? ['APPROVED', 'DECLINED'] : ['SCHEDULED'];
    case 'APPROVED':
      return ['SCHEDULED'];
    case 'SCHEDULED':
      return ['IN_TRANSIT'];
    case 'IN_TRANSIT':
      return ['HANDED_OVER'];
    case 'HANDED_OVER':
      return ['COMPLETED'];
    default:
      return [];
  }
}

/** Whether the step is allowed, with a message naming the current state. */
export function checkEscortStep(status: EscortStatus, crossProvince: boolean, to: EscortStatus): { ok: true } | { ok: false; message: string } {
  const next = nextSteps(status, crossProvince);
  if (next.includes(to)) return { ok: true };
  if (next.length === 0) return { ok: false, message: `The escort is ${status}: it cannot change any more.` };
  const why = status === 'REQUESTED' && crossProvince && to === 'SCHEDULED' ? ' A cross-province escort must first be approved by the regional center.' : '';
  return { ok: false, message: `An escort that is ${status} can move to ${next.join(' or ')}, not ${to}.${why}` };
}

/** The province of a division code (its first two digits). */
export const provinceOf = (division: string) => division.slice(0, 2);
