/**
 * Settlement (DOMAIN.md §3): a long-stay unidentified person → proposed by the station → approved
 * by civil affairs after a police identity re-check (or declined) → settled at a welfare
 * institution → revoked when the identity is later found. Pure functions.
 */
import { stayFlag } from './stay-clock';
import { type IdentityStatus, type RescueCaseStatus, type SettlementIneligibility, type SettlementStatus } from './vocabulary';

export type Eligibility = { ok: true } | { ok: false; reason: SettlementIneligibility; message: string };

/** Whether a person with this case may be proposed for settlement at `now`. */
export function settlementEligibility(
  rescueCase: { status: RescueCaseStatus; intakeAt: Date; extendedUntil: Date | null },
  person: { identityStatus: IdentityStatus },
  hasActiveSettlement: boolean,
  now: Date,
): Eligibility {
  if (hasActiveSettlement) return { ok: false, reason: 'ACTIVE_SETTLEMENT', message: 'A settlement of this person is already proposed, approved or in force.' };
  if (person.identityStatus !== 'UNIDENTIFIED') {
    return { ok: false, reason: 'IDENTIFIED', message: `The person's identity is ${person.identityStatus}: settlement is only for persons whose identity cannot be found; trace the family instead.` };
  }
  if (rescueCase.status !== 'IN_CARE') return { ok: false, reason: 'NOT_IN_CARE', message: `Only a person in care can be proposed; the case is ${rescueCase.status}.` };
  if (stayFlag(rescueCase, person, now) !== 'LONG_STAY') {
    const days = Math.floor((now.getTime() - rescueCase.intakeAt.getTime()) / 86_400_000);
    return { ok: false, reason: 'NOT_LONG_STAY', message: `In care for ${days} days: a person becomes eligible after 3 months (90 days) in care unidentified.` };
  }
  return { ok: true };
}

/** Allowed steps of a settlement. */
export const SETTLEMENT_STEPS: Record<SettlementStatus, readonly SettlementStatus[]> = {
  PROPOSED: ['APPROVED', 'DECLINED'],
  APPROVED: ['SETTLED', 'REVOKED'],
  SETTLED: ['REVOKED'],
  DECLINED: [],
  REVOKED: [],
};

/** Whether the step is allowed, with a message naming the current state. */
export function checkSettlementStep(from: SettlementStatus, to: SettlementStatus): { ok: true } | { ok: false; message: string } {
  const next = SETTLEMENT_STEPS[from];
  if (next.includes(to)) return { ok: true };
  if (next.length === 0) return { ok: false, message: `The settlement is ${from}: it cannot change any more.` };
  return { ok: false, message: `A settlement that is ${from} can move to ${next.join(' or ')}, not ${to}.` };
}
