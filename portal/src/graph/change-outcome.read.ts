/** Reading a mutation's answer (server side) into a ChangeOutcome. */
import type { ChangeOutcome, ChangeRefusal } from './change-outcome';
import { isNotAuthorised, type GraphError, type GraphResult } from './graph-client';

/**
 * One member of a result union as it arrives: the `UserError` fields every refusal answers
 * (`...UserErrorFields`, see `user-error.fragment.ts`) and the few fields particular to a type.
 */
export interface TypedResult {
  __typename?: string;
  code?: string;
  field?: string | null;
  message?: string;
  currentStatus?: string;
  currentState?: string;
  currentVersion?: number;
  zone?: string;
  requested?: number;
  free?: number;
  reason?: string;
}

/** The API enum a refused step's `currentStatus` belongs to, by the refusal's type (to label the state). */
const STATUS_ENUMS: Record<string, string | undefined> = {
  TransitionRefused: 'RescueCaseStatus',
  DispatchStepRefused: 'StreetReportStatus',
  EscortStepRefused: 'EscortStatus',
  IdentityCheckRefused: 'IdentityCheckStatus',
  ForeignNationalStatusCheckRefused: 'ForeignNationalStatusCheckStatus',
  EmergencyStepRefused: 'EmergencyState',
  SettlementStepRefused: 'SettlementStatus',
  PlacementStepRefused: 'ShelterPlacementStatus',
  ReferralStepRefused: 'ShelterReferralStatus',
  ServiceStepRefused: 'ReferralServiceStatus',
};

/** Codes that mean "this was already done": the key was used, the notification acknowledged. */
const ALREADY_DONE = new Set(['REUSED', 'ALREADY_ACKNOWLEDGED']);

/**
 * Why a result union's member stored nothing, or `null` when it is not a refusal (a success has
 * no `code`). Read through `UserError`: the code says what kind of refusal it is, whatever its type.
 * Only codes, fields and states are kept: the screens word them from the catalogue.
 */
export function refusalOfAnswer(answer: TypedResult): ChangeRefusal | null {
  const { code, field } = answer;
  if (!code) return null;
  switch (code) {
    case 'VERSION_CONFLICT':
      return { kind: 'VersionConflict', currentVersion: answer.currentVersion ?? 0 };
    case 'NOT_FOUND':
      return { kind: 'RecordNotFound' };
    case 'STEP_NOT_ALLOWED':
      return { kind: 'StepRefused', currentStatus: answer.currentStatus ?? answer.currentState ?? '', statusEnum: STATUS_ENUMS[answer.__typename ?? ''] };
    case 'ZONE_FULL':
      return { kind: 'ZoneFull', zone: answer.zone ?? '' };
    case 'NO_CAPACITY':
      return { kind: 'NoCapacity', requested: answer.requested ?? 0, free: answer.free ?? 0 };
  }
  if (field) return { kind: 'InputRejected', field, code };
  if (ALREADY_DONE.has(code)) return { kind: 'AlreadyDone' };
  if (answer.reason) return { kind: 'NotEligible', reason: answer.reason };
  return { kind: 'Refused', code };
}

/** Why nothing was stored when the graph answered with errors instead of a result. */
export function refusalOfErrors(errors: readonly GraphError[]): ChangeRefusal {
  return errors.some(isNotAuthorised) ? { kind: 'NotPermitted' } : { kind: 'Failed' };
}

/** Reads a mutation's result union. `changedId` picks the changed record's id out of a success. */
export function readChangeOutcome<TData, TAnswer extends TypedResult>(
  result: GraphResult<TData>,
  pick: (data: TData) => TAnswer | null | undefined,
  changedId: (answer: TAnswer) => string | null,
): ChangeOutcome {
  const answer = result.data ? pick(result.data) : null;
  if (!answer) return { ok: false, refusal: refusalOfErrors(result.errors) };
  const refusal = refusalOfAnswer(answer);
  return refusal ? { ok: false, refusal } : { ok: true, id: changedId(answer) };
}
