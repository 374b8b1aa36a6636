/**
 * What a change (a mutation) answered, as a plain value a server action can hand to the browser:
 * done, or the typed reason nothing was stored (the API's result unions), or the graph refused the
 * caller, or it could not be reached. The screens turn it into a readable message. (Types only,
 * so client components can import them; `change-outcome.read.ts` reads the graph's answers.)
 */
/**
 * Why a change stored nothing, by code and field only: the screens say it from the message
 * catalogue and never show the graph's own (English) sentence. Every refusal the graph answers is
 * a `UserError`; its `code` picks the kind, and any other code is kept as `Refused` (or as
 * `InputRejected` when it names an input field).
 */
export type ChangeRefusal =
  | { kind: 'InputRejected'; field: string; code: string }
  /** `statusEnum` names the API enum `currentStatus` belongs to, when the answer says which. */
  | { kind: 'StepRefused'; currentStatus: string; statusEnum?: string }
  | { kind: 'ZoneFull'; zone: string }
  | { kind: 'NoCapacity'; requested: number; free: number }
  /** A settlement refused because the person does not qualify (a `SettlementIneligibility`). */
  | { kind: 'NotEligible'; reason: string }
  /** The same request key was already used for another request, or the step was already taken. */
  | { kind: 'AlreadyDone' }
  | { kind: 'VersionConflict'; currentVersion: number }
  | { kind: 'RecordNotFound' }
  /** Any other refusal of the whole change, by its `UserErrorCode` (e.g. an entrustment not accepted yet). */
  | { kind: 'Refused'; code: string }
  | { kind: 'NotPermitted' }
  | { kind: 'Failed' };

/** A change's outcome: done (with the changed record's id), or refused. */
export type ChangeOutcome = { ok: true; id: string | null } | { ok: false; refusal: ChangeRefusal };

/** The form field an `InputRejected.field` path names, as antd's name path (`person.idNumber` → `['person', 'idNumber']`). */
export function formFieldOf(field: string): string[] {
  return field.split('.').filter(Boolean);
}
