'use server';
/**
 * The entrustment changes as server actions: the form's values go to the gateway with the
 * user's token; the answer is the typed result turned into something a form can show (the
 * graph's own message, which says what to do), and the pages that show the entrustment are
 * rendered again.
 */
import { revalidatePath } from 'next/cache';
import type { AidItemKind, AidBeneficiaryEntryStatus, IssuingOffice, RecordAidDeliveryInput } from '@/gql/graphql';
import { queryGraph } from './graph-client';
import {
  AcceptAidEntrustmentMutation,
  AmendAidEntrustmentMutation,
  CloseAidEntrustmentMutation,
  IssueAidEntrustmentMutation,
  RecordAidDeliveryMutation,
  RevokeAidEntrustmentMutation,
} from './aid-entrustment-work.query';

/** What a change answers to the form. */
export type AidChangeOutcome =
  | { ok: true; id: string | null }
  | { ok: false; kind: string; code: string | null; field: string | null; message: string; remaining: { yuan: string } | null; currentVersion: number | null };

type Answer =
  | { __typename?: string; aidEntrustment?: { id: string }; delivery?: { id: string }; field?: string | null; code?: string; message?: string; remaining?: { yuan: string }; currentVersion?: number }
  | null
  | undefined;

function outcome(answer: Answer, errors: ReadonlyArray<{ message: string; extensions?: { code?: string } }>, entrustmentId: string | null): AidChangeOutcome {
  if (!answer) return { ok: false, kind: errors[0]?.extensions?.code ?? 'UNAVAILABLE', code: null, field: null, message: errors[0]?.message ?? 'No answer', remaining: null, currentVersion: null };
  if (answer.__typename === 'AidEntrustmentChanged' || answer.__typename === 'AidDeliveryRecorded') {
    const id = answer.aidEntrustment?.id ?? entrustmentId;
    revalidatePath('/aid-entrustments');
    if (id) revalidatePath(`/aid-entrustments/${id}`);
    return { ok: true, id };
  }
  const kind = answer.__typename ?? 'UNKNOWN';
  return {
    ok: false,
    kind,
    code: answer.code ?? null,
    field: answer.field ?? null,
    message: answer.message ?? '',
    remaining: answer.remaining ?? null,
    currentVersion: answer.currentVersion ?? null,
  };
}

export interface AidItemValue {
  kind: AidItemKind;
  capFen: number;
}

export interface IssueValues {
  documentNumber: string;
  issuingOffice: IssuingOffice;
  personId?: string | null;
  beneficiaryName: string;
  nationality: string;
  passportNumber: string;
  mrzLine1?: string | null;
  mrzLine2?: string | null;
  entryStatus: AidBeneficiaryEntryStatus;
  statusCheckId?: string | null;
  items: AidItemValue[];
  totalCapFen: number;
  validFrom: string;
  validUntil: string;
  /** One per submission of the form (kept for its retries). */
  idempotencyKey?: string;
}

/** Issues an entrustment (foreign-affairs officers). */
export async function issueAidEntrustment(values: IssueValues): Promise<AidChangeOutcome> {
  const input = { ...values, personId: values.personId || null, mrzLine1: values.mrzLine1 || null, mrzLine2: values.mrzLine2 || null, statusCheckId: values.statusCheckId || null };
  const result = await queryGraph(IssueAidEntrustmentMutation, { input });
  return outcome(result.data?.issueAidEntrustment, result.errors, null);
}

export interface AmendValues {
  entrustmentId: string;
  expectedVersion: number;
  items: AidItemValue[];
  totalCapFen: number;
  validFrom: string;
  validUntil: string;
  reason: string;
}

/** Amends the terms (a new version). */
export async function amendAidEntrustment(values: AmendValues): Promise<AidChangeOutcome> {
  const result = await queryGraph(AmendAidEntrustmentMutation, { input: values });
  return outcome(result.data?.amendAidEntrustment, result.errors, values.entrustmentId);
}

/** The center accepts an entrustment. */
export async function acceptAidEntrustment(id: string): Promise<AidChangeOutcome> {
  const result = await queryGraph(AcceptAidEntrustmentMutation, { id });
  return outcome(result.data?.acceptAidEntrustment, result.errors, id);
}

/** The office revokes an entrustment. */
export async function revokeAidEntrustment(id: string, reason: string): Promise<AidChangeOutcome> {
  const result = await queryGraph(RevokeAidEntrustmentMutation, { id, reason });
  return outcome(result.data?.revokeAidEntrustment, result.errors, id);
}

/** The office closes an entrustment as fulfilled. */
export async function closeAidEntrustment(id: string, reason: string): Promise<AidChangeOutcome> {
  const result = await queryGraph(CloseAidEntrustmentMutation, { id, reason });
  return outcome(result.data?.closeAidEntrustment, result.errors, id);
}

/** The delivery the form records: the graph's input (its idempotency key one per submission of the form, kept for its retries). */
export type DeliveryValues = RecordAidDeliveryInput & { entrustmentId: string };

/** The center records a delivery. */
export async function recordAidDelivery(values: DeliveryValues): Promise<AidChangeOutcome> {
  const result = await queryGraph(RecordAidDeliveryMutation, { input: values });
  return outcome(result.data?.recordAidDelivery, result.errors, values.entrustmentId);
}
