/**
 * What a change (a mutation) answered, as a plain value a server action can hand to the browser:
 * done, or the typed reason nothing was stored (the API's result unions), or the graph refused the
 * caller, or it could not be reached. The screens turn it into a readable message. (Types only,
 * so client components can import them; `change-outcome.read.ts` reads the graph's answers.)
 */
/** Why a change stored nothing. */
export type ChangeRefusal =
  | { kind: 'InputRejected'; field: string; code: string; message: string }
  | { kind: 'StepRefused'; currentStatus: string; message: string }
  | { kind: 'ZoneFull'; zone: string; message: string }
  | { kind: 'VersionConflict'; currentVersion: number; message: string }
  | { kind: 'RecordNotFound'; message: string }
  | { kind: 'NotPermitted' }
  | { kind: 'Failed' };

/** A change's outcome: done (with the changed record's id), or refused. */
export type ChangeOutcome = { ok: true; id: string | null } | { ok: false; refusal: ChangeRefusal };

/** The form field an `InputRejected.field` path names, as antd's name path (`person.idNumber` → `['person', 'idNumber']`). */
export function formFieldOf(field: string): string[] {
  return field.split('.').filter(Boolean);
}
