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
  currentState?: string;
  currentVersion?: number;
  zone?: string;
  requested?: number;
  free?: number;
  reason?: string;
}

/** The type names that mean "the state does not allow this step", with the enum their state is in. */
const STEP_REFUSALS: Record<string, string | undefined> = {
  TransitionRefused: 'RescueCaseStatus',
  DispatchStepRefused: 'StreetReportStatus',
  EscortStepRefused: 'EscortStatus',
  IdentityCheckRefused: 'IdentityCheckStatus',
  EmergencyStepRefused: 'EmergencyState',
  SettlementStepRefused: 'SettlementStatus',
  PlacementStepRefused: 'ShelterPlacementStatus',
  ReferralStepRefused: 'ShelterReferralStatus',
  ServiceStepRefused: 'ReferralServiceStatus',
  AidEntrustmentRefused: 'AidEntrustmentStatus',
};
/** The type names that mean "the input was refused". */
const INPUT_REFUSALS = new Set(['InputRejected', 'IdentityCheckInputRejected', 'ReferralInputRejected', 'AidInputRejected']);
const VERSION_CONFLICTS = new Set(['VersionConflict', 'ReferralVersionConflict', 'AidEntrustmentVersionConflict']);
const NOT_FOUND = new Set(['RecordNotFound', 'ReferralNotFound', 'AidRecordNotFound']);
const ALREADY_DONE = new Set(['IdempotencyConflict', 'ForeignAffairsNotificationRefused']);

/**
 * Why a result union's member stored nothing, or `null` when it is not a refusal (a success).
 * Only codes, fields and states are kept: the screens word them from the catalogue.
 */
export function refusalOfAnswer(answer: TypedResult): ChangeRefusal | null {
  const type = answer.__typename ?? '';
  if (INPUT_REFUSALS.has(type)) return { kind: 'InputRejected', field: answer.field ?? '', code: answer.code ?? '' };
  if (type in STEP_REFUSALS) return { kind: 'StepRefused', currentStatus: answer.currentStatus ?? answer.currentState ?? '', statusEnum: STEP_REFUSALS[type] };
  if (type === 'ZoneFull') return { kind: 'ZoneFull', zone: answer.zone ?? '' };
  if (type === 'NoCapacity') return { kind: 'NoCapacity', requested: answer.requested ?? 0, free: answer.free ?? 0 };
  if (type === 'NotEligibleForSettlement') return { kind: 'NotEligible', reason: answer.reason ?? '' };
  if (VERSION_CONFLICTS.has(type)) return { kind: 'VersionConflict', currentVersion: answer.currentVersion ?? 0 };
  if (NOT_FOUND.has(type)) return { kind: 'RecordNotFound' };
  if (ALREADY_DONE.has(type)) return { kind: 'AlreadyDone' };
  return null;
}

/** Why nothing was stored when the graph answered with errors instead of a result. */
export function refusalOfErrors(errors: readonly GraphError[]): ChangeRefusal {
  return errors.some(isNotAuthorised) ? { kind: 'NotPermitted' } : { kind: 'Failed' };
}

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
  const typed: TypedResult = answer;
  if (typed.__typename === 'IdentityCheckRefused' && expectedVersion !== undefined && typed.currentVersion !== undefined && typed.currentVersion !== expectedVersion) {
    return { ok: false, refusal: { kind: 'VersionConflict', currentVersion: typed.currentVersion } };
  }
  const refusal = refusalOfAnswer(typed);
  return refusal ? { ok: false, refusal } : { ok: true, id: changedId(answer) };
}
