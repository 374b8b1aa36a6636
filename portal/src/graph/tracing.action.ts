'use server';
/** Family tracing's changes, as server actions: the clocks' steps, and confirming a match (a person decides, never the engine). */
import type { RescueCaseChangeResultFragment } from '@/gql/graphql';
import type { ChangeOutcome } from './change-outcome';
import { readChangeOutcome } from './change-outcome.read';
import { text } from './change-input.reader';
import { queryGraph, type GraphResult } from './graph-client';
import { ConfirmTracingMatchMutation, RecordDnaRequestMutation, RecordTracingNoticeMutation } from './tracing.query';

const notFound: ChangeOutcome = { ok: false, refusal: { kind: 'RecordNotFound' } };

function outcome<TData>(result: GraphResult<TData>, pick: (data: TData) => RescueCaseChangeResultFragment): ChangeOutcome {
  return readChangeOutcome(result, pick, (answer) => (answer.__typename === 'RescueCaseChanged' ? answer.rescueCase.id : null));
}

/** Confirms that a missing-person report is this person: the identity is resolved and the station told. */
export async function confirmTracingMatch(input: Record<string, unknown>): Promise<ChangeOutcome> {
  const personId = text(input.personId);
  const missingPersonReportId = text(input.missingPersonReportId);
  if (!personId || !missingPersonReportId) return notFound;
  return outcome(await queryGraph(ConfirmTracingMatchMutation, { personId, missingPersonReportId }), (data) => data.confirmTracingMatch);
}

/** Records that the public tracing notice was published (the graph refuses it for a protected victim). */
export async function recordTracingNotice(input: Record<string, unknown>): Promise<ChangeOutcome> {
  const personId = text(input.personId);
  if (!personId) return notFound;
  return outcome(await queryGraph(RecordTracingNoticeMutation, { personId }), (data) => data.recordTracingNotice);
}

/** Records that DNA sampling was requested from the police. */
export async function recordDnaRequest(input: Record<string, unknown>): Promise<ChangeOutcome> {
  const personId = text(input.personId);
  if (!personId) return notFound;
  return outcome(await queryGraph(RecordDnaRequestMutation, { personId }), (data) => data.recordDnaRequest);
}
