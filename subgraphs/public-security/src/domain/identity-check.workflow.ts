/**
 * The identity check as a state machine (DOMAIN.md §3): requested → sample collected →
 * comparing → matched / no match / inconclusive, and its clock (a police result within one
 * month of the request). Pure functions.
 */
import { type IdentityCheckStatus } from './vocabulary';

export const TRANSITIONS: Record<IdentityCheckStatus, readonly IdentityCheckStatus[]> = {
  REQUESTED: ['SAMPLE_COLLECTED'],
  SAMPLE_COLLECTED: ['SAMPLE_COLLECTED', 'COMPARING'],
  COMPARING: ['MATCHED', 'NO_MATCH', 'INCONCLUSIVE'],
  MATCHED: [],
  NO_MATCH: [],
  INCONCLUSIVE: [],
};

/** Whether a check may move from one state to another, with a reason a person can act on. */
export function checkTransition(from: IdentityCheckStatus, to: IdentityCheckStatus): { ok: true } | { ok: false; message: string } {
  if (TRANSITIONS[from].includes(to)) return { ok: true };
  if (TRANSITIONS[from].length === 0) return { ok: false, message: `The check is concluded (${from}): it cannot change to ${to}.` };
  return { ok: false, message: `A check that is ${from} can change to ${TRANSITIONS[from].join(', ')}, not to ${to}.` };
}

/** The result is due one calendar month after the request. */
export function resultDueAt(requestedAt: Date): Date {
  const due = new Date(requestedAt);
  due.setUTCMonth(due.getUTCMonth() + 1);
  return due;
}

/** Open past its due date. */
export function isOverdue(check: { status: IdentityCheckStatus; resultDueAt: Date }, now: Date): boolean {
  return TRANSITIONS[check.status].length > 0 && now.getTime() > check.resultDueAt.getTime();
}
