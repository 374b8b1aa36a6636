/**
 * What a change made from a portal form answers the form: done, or why not (the refusal by code,
 * field and state, or that the graph could not be asked). Shared by the server actions.
 */
import type { ChangeRefusal } from './change-outcome';
import { refusalOfAnswer, refusalOfErrors, type TypedResult } from './change-outcome.read';
import { type GraphResult } from './graph-client';

export type ChangeAnswer = { ok: true } | { ok: false; refusal: ChangeRefusal };

/** Reads the typed result of a mutation field: `success` is the __typename of a change that went through. */
export function changeAnswer<TData extends Record<string, unknown>>(result: GraphResult<TData>, field: keyof TData & string, success: string): ChangeAnswer {
  const answer = result.data?.[field] as TypedResult | null | undefined;
  if (answer?.__typename === success) return { ok: true };
  if (answer?.__typename) return { ok: false, refusal: refusalOfAnswer(answer) ?? { kind: 'Failed' } };
  return { ok: false, refusal: refusalOfErrors(result.errors) };
}
