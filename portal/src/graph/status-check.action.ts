'use server';
/** A station's request for a foreign-national status check, and the police's outcome, as server actions. */
import type { StatusCheckChangeResultFragment } from '@/gql/graphql';
import { STATUS_CHECK_OUTCOMES } from '@/lib/rescue-operations.vocabulary';
import type { ChangeOutcome } from './change-outcome';
import { readChangeOutcome } from './change-outcome.read';
import { instant, integerOf, oneOf, text } from './change-input.reader';
import { queryGraph, type GraphResult } from './graph-client';
import { RecordStatusMutation, RequestStatusCheckMutation } from './status-check.query';

const refused = (field: string): ChangeOutcome => ({ ok: false, refusal: { kind: 'InputRejected', field, code: 'REQUIRED' } });

function outcome<TData>(result: GraphResult<TData>, pick: (data: TData) => StatusCheckChangeResultFragment): ChangeOutcome {
  return readChangeOutcome(result, pick, (answer) => (answer.__typename === 'ForeignNationalStatusCheckChanged' ? answer.statusCheck.id : null));
}

/** The two lines of a passport's machine-readable zone as typed or pasted (blank lines dropped), or none. */
function mrzLinesOf(value: unknown): string[] | undefined {
  const lines = (text(value) ?? '').split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  return lines.length > 0 ? lines : undefined;
}

/** A station asks the police to check the status of a suspected foreign national in its care. */
export async function requestStatusCheck(input: Record<string, unknown>): Promise<ChangeOutcome> {
  const personId = text(input.personId);
  const requestingStationId = text(input.requestingStationId);
  const nationality = text(input.nationality);
  const passportNumber = text(input.passportNumber);
  if (!personId) return refused('personId');
  if (!requestingStationId) return refused('requestingStationId');
  if (!nationality) return refused('nationality');
  if (!passportNumber) return refused('passportNumber');
  const result = await queryGraph(RequestStatusCheckMutation, {
    input: {
      personId,
      requestingStationId,
      nationality,
      passportNumber,
      mrzLines: mrzLinesOf(input.mrzLines),
      note: text(input.note),
      idempotencyKey: text(input.idempotencyKey),
    },
  });
  return outcome(result, (data) => data.requestForeignNationalStatusCheck);
}

/** The police record the outcome; an illegal stay carries the hand-over record. */
export async function recordStatus(input: Record<string, unknown>): Promise<ChangeOutcome> {
  const statusCheckId = text(input.statusCheckId);
  const expectedVersion = integerOf(input.expectedVersion);
  const outcomeValue = oneOf(STATUS_CHECK_OUTCOMES, input.outcome);
  if (!statusCheckId || expectedVersion === undefined) return refused('statusCheckId');
  if (!outcomeValue) return refused('outcome');
  const illegal = outcomeValue === 'ILLEGAL';
  const recordNumber = text(input.recordNumber);
  const policeUnit = text(input.policeUnit);
  if (illegal && !recordNumber) return refused('handOver.recordNumber');
  if (illegal && !policeUnit) return refused('handOver.policeUnit');
  const result = await queryGraph(RecordStatusMutation, {
    input: {
      statusCheckId,
      expectedVersion,
      outcome: outcomeValue,
      note: text(input.note),
      handOver: illegal ? { recordNumber: recordNumber!, policeUnit: policeUnit!, handedOverAt: instant(input.handedOverAt) } : undefined,
    },
  });
  return outcome(result, (data) => data.recordForeignNationalStatus);
}
