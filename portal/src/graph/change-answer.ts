/**
 * What a change made from a portal form answers the form: done, or why not (the typed result's
 * message from the graph, or that the graph could not be asked). Shared by the server actions.
 */
import { type GraphResult } from './graph-client';

export type ChangeAnswer = { ok: true } | { ok: false; kind: string; message: string };

/** Reads the typed result of a mutation field: `success` is the __typename of a change that went through. */
export function changeAnswer<TData extends Record<string, unknown>>(result: GraphResult<TData>, field: keyof TData & string, success: string): ChangeAnswer {
  const answer = result.data?.[field] as { __typename?: string; message?: string; code?: string } | null | undefined;
  if (answer?.__typename === success) return { ok: true };
  if (answer?.__typename) return { ok: false, kind: answer.code ?? answer.__typename, message: answer.message ?? answer.__typename };
  const error = result.errors[0];
  return { ok: false, kind: error?.extensions?.code ?? 'UNKNOWN', message: error?.message ?? 'The change was not made.' };
}
