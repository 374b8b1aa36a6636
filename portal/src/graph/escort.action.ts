'use server';
/** Escorts home, as server actions: a station's request, and the regional center's decision. */
import type { ChangeOutcome } from './change-outcome';
import { readChangeOutcome } from './change-outcome.read';
import { integerOf, requiredText, text } from './change-input.reader';
import { DecideEscortMutation, RequestEscortMutation } from './escort-approvals.query';
import { queryGraph } from './graph-client';

/** The center approves, or declines with its reason and guidance for the station. */
export async function decideEscort(input: Record<string, unknown>): Promise<ChangeOutcome> {
  const escortId = text(input.escortId);
  const expectedVersion = integerOf(input.expectedVersion);
  if (!escortId || expectedVersion === undefined || typeof input.approve !== 'boolean') {
    return { ok: false, refusal: { kind: 'InputRejected', field: 'escortId', code: 'REQUIRED' } };
  }
  const approve = input.approve;
  const result = await queryGraph(DecideEscortMutation, {
    input: { escortId, expectedVersion, approve, reason: approve ? undefined : text(input.reason), guidance: approve ? undefined : text(input.guidance) },
  });
  return readChangeOutcome(result, (data) => data.decideEscort, (answer) => (answer.__typename === 'EscortChanged' ? answer.escort.id : null));
}

/** A station asks to escort a person in care home. */
export async function requestEscort(input: Record<string, unknown>): Promise<ChangeOutcome> {
  const rescueCaseId = text(input.rescueCaseId);
  if (!rescueCaseId) return { ok: false, refusal: { kind: 'RecordNotFound' } };
  const result = await queryGraph(RequestEscortMutation, {
    input: { rescueCaseId, destinationDivision: requiredText(input.destinationDivision), destination: requiredText(input.destination), idempotencyKey: text(input.idempotencyKey) },
  });
  return readChangeOutcome(result, (data) => data.requestEscort, (answer) => (answer.__typename === 'EscortChanged' ? answer.escort.id : null));
}
