'use server';
/** Confirming a tracing match, as a server action: a person decides, never the matching engine. */
import type { ChangeOutcome } from './change-outcome';
import { readChangeOutcome } from './change-outcome.read';
import { text } from './change-input.reader';
import { queryGraph } from './graph-client';
import { ConfirmTracingMatchMutation } from './tracing.query';

/** Confirms that a missing-person report is this person: the identity is resolved and the station told. */
export async function confirmTracingMatch(input: Record<string, unknown>): Promise<ChangeOutcome> {
  const personId = text(input.personId);
  const missingPersonReportId = text(input.missingPersonReportId);
  if (!personId || !missingPersonReportId) return { ok: false, refusal: { kind: 'RecordNotFound', message: '' } };
  const result = await queryGraph(ConfirmTracingMatchMutation, { personId, missingPersonReportId });
  return readChangeOutcome(
    result,
    (data) => data.confirmTracingMatch,
    (answer) => (answer.__typename === 'RescueCaseChanged' ? answer.rescueCase.id : null),
  );
}
