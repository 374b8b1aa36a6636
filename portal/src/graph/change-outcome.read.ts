/** Reading a mutation's answer (server side) into a ChangeOutcome. */
import type { ChangeOutcome, ChangeRefusal } from './change-outcome';
import { isNotAuthorised, type GraphError, type GraphResult } from './graph-client';

/** One member of a result union as it arrives (only the fields the portal selects). */
export interface TypedResult {
  __typename?: string;
  field?: string;
  code?: string;
  message?: string;
  currentStatus?: string;
  currentVersion?: number;
  zone?: string;
}

/** The type names that mean "the state does not allow this step", whichever record it is. */
const STEP_REFUSALS = new Set(['TransitionRefused', 'DispatchStepRefused', 'EscortStepRefused', 'IdentityCheckRefused']);
/** The type names that mean "the input was refused". */
const INPUT_REFUSALS = new Set(['InputRejected', 'IdentityCheckInputRejected']);

/**
 * Reads a mutation's result union. `changedId` picks the changed record's id out of a success.
 * A refused identity check names its current version: when the caller's version is behind, the
 * refusal is a concurrent edit, not a wrong step.
 */
export function readChangeOutcome<TData, TAnswer extends TypedResult>(
  result: GraphResult<TData>,
  pick: (data: TData) => TAnswer | null | undefined,
  changedId: (answer: TAnswer) => string | null,
  expectedVersion?: number,
): ChangeOutcome {
  const answer = result.data ? pick(result.data) : null;
  if (!answer) return { ok: false, refusal: refusalOfErrors(result.errors) };
  const type = answer.__typename ?? '';
  const typed: TypedResult = answer;
  if (INPUT_REFUSALS.has(type)) return { ok: false, refusal: { kind: 'InputRejected', field: typed.field ?? '', code: typed.code ?? '', message: typed.message ?? '' } };
  if (type === 'IdentityCheckRefused' && expectedVersion !== undefined && typed.currentVersion !== undefined && typed.currentVersion !== expectedVersion) {
    return { ok: false, refusal: { kind: 'VersionConflict', currentVersion: typed.currentVersion, message: typed.message ?? '' } };
  }
  if (STEP_REFUSALS.has(type)) return { ok: false, refusal: { kind: 'StepRefused', currentStatus: typed.currentStatus ?? '', message: typed.message ?? '' } };
  if (type === 'ZoneFull') return { ok: false, refusal: { kind: 'ZoneFull', zone: typed.zone ?? '', message: typed.message ?? '' } };
  if (type === 'VersionConflict') return { ok: false, refusal: { kind: 'VersionConflict', currentVersion: typed.currentVersion ?? 0, message: typed.message ?? '' } };
  if (type === 'RecordNotFound') return { ok: false, refusal: { kind: 'RecordNotFound', message: typed.message ?? '' } };
  return { ok: true, id: changedId(answer) };
}

function refusalOfErrors(errors: readonly GraphError[]): ChangeRefusal {
  return errors.some(isNotAuthorised) ? { kind: 'NotPermitted' } : { kind: 'Failed' };
}

