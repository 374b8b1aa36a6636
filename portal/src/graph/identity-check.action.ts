'use server';
/** The police's changes to an identity check, as server actions: samples (kind and code only), comparison, result. */
import type { IdentityCheckChangeResultFragment } from '@/gql/graphql';
import { IDENTITY_CHECK_OUTCOMES, SAMPLE_KINDS } from '@/lib/rescue-operations.vocabulary';
import type { ChangeOutcome } from './change-outcome';
import { readChangeOutcome } from './change-outcome.read';
import { instant, integerOf, oneOf, requiredText, text } from './change-input.reader';
import { queryGraph, type GraphResult } from './graph-client';
import { RecordIdentityResultMutation, RecordSampleMutation, StartComparisonMutation } from './identity-check-queue.query';

const refused = (field: string): ChangeOutcome => ({ ok: false, refusal: { kind: 'InputRejected', field, code: 'REQUIRED' } });

function outcome<TData>(result: GraphResult<TData>, pick: (data: TData) => IdentityCheckChangeResultFragment): ChangeOutcome {
  return readChangeOutcome(result, pick, (answer) => (answer.__typename === 'IdentityCheckChanged' ? answer.identityCheck.id : null));
}

function checkRef(input: Record<string, unknown>): { identityCheckId: string; expectedVersion: number } | undefined {
  const identityCheckId = text(input.identityCheckId);
  const expectedVersion = integerOf(input.expectedVersion);
  return identityCheckId && expectedVersion !== undefined ? { identityCheckId, expectedVersion } : undefined;
}

/** Records a sample the police took: its kind and laboratory code, never the biometric data. */
export async function recordSample(input: Record<string, unknown>): Promise<ChangeOutcome> {
  const ref = checkRef(input);
  const kind = oneOf(SAMPLE_KINDS, input.kind);
  if (!ref) return refused('identityCheckId');
  if (!kind) return refused('kind');
  const result = await queryGraph(RecordSampleMutation, { input: { ...ref, kind, sampleCode: requiredText(input.sampleCode), collectedAt: instant(input.collectedAt) } });
  return outcome(result, (data) => data.recordSample);
}

/** Starts comparing the collected samples. */
export async function startComparison(input: Record<string, unknown>): Promise<ChangeOutcome> {
  const ref = checkRef(input);
  if (!ref) return refused('identityCheckId');
  const result = await queryGraph(StartComparisonMutation, ref);
  return outcome(result, (data) => data.startComparison);
}

/** Records the police result (a match names the verified identity). */
export async function recordIdentityResult(input: Record<string, unknown>): Promise<ChangeOutcome> {
  const ref = checkRef(input);
  const outcomeValue = oneOf(IDENTITY_CHECK_OUTCOMES, input.outcome);
  if (!ref) return refused('identityCheckId');
  if (!outcomeValue) return refused('outcome');
  const matched = outcomeValue === 'MATCHED';
  const result = await queryGraph(RecordIdentityResultMutation, {
    input: {
      ...ref,
      outcome: outcomeValue,
      verifiedName: matched ? text(input.verifiedName) : undefined,
      verifiedIdNumber: matched ? text(input.verifiedIdNumber) : undefined,
      householdRegistration: matched ? text(input.householdRegistration) : undefined,
    },
  });
  return outcome(result, (data) => data.recordIdentityResult);
}
