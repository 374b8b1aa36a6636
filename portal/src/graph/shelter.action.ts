'use server';
/**
 * The shelter-referral changes as server actions: the form's values go to the portal's server and
 * from there, with the session's token, to the gateway. Each answers `{ ok: true, id }` or the
 * refusal by code, field and state (invalid input, no capacity, already answered …).
 */
import { revalidatePath } from 'next/cache';
import type { ChangeRefusal } from './change-outcome';
import { refusalOfAnswer, refusalOfErrors, type TypedResult } from './change-outcome.read';
import { queryGraph, type GraphError } from './graph-client';
import {
  AcceptShelterReferralMutation,
  AdmitToShelterMutation,
  CloseShelterPlacementMutation,
  DeclineShelterReferralMutation,
  DischargeFromShelterMutation,
  ExtendShelterStayMutation,
  SubmitShelterReferralMutation,
  WithdrawShelterReferralMutation,
} from './shelter.query';
import type { AdmitToShelterInput, ShelterReferralAnswerInput, SubmitShelterReferralInput } from '@/gql/graphql';

export type ActionOutcome = { ok: true; id?: string } | { ok: false; refusal: ChangeRefusal };

/** A result union's answer: the change, or why not (by code, field and state). */
function outcome(result: TypedResult | null | undefined, changed: string, errors: readonly GraphError[], id?: string): ActionOutcome {
  if (!result) return { ok: false, refusal: refusalOfErrors(errors) };
  if (result.__typename === changed) return { ok: true, id };
  return { ok: false, refusal: refusalOfAnswer(result) ?? { kind: 'Failed' } };
}

/** Submits a referral (the client made up the idempotency key once for this form). */
export async function submitReferralAction(input: SubmitShelterReferralInput): Promise<ActionOutcome> {
  const { data, errors } = await queryGraph(SubmitShelterReferralMutation, { input });
  const result = data?.submitShelterReferral;
  const id = result?.__typename === 'ShelterReferralChanged' ? result.shelterReferral.id : undefined;
  revalidatePath('/shelter-referrals');
  return outcome(result, 'ShelterReferralChanged', errors, id);
}

export async function withdrawReferralAction(id: string, version: number, reason: string): Promise<ActionOutcome> {
  const { data, errors } = await queryGraph(WithdrawShelterReferralMutation, { id, version, reason });
  revalidatePath(`/shelter-referrals/${id}`);
  return outcome(data?.withdrawShelterReferral, 'ShelterReferralChanged', errors);
}

export async function acceptReferralAction(input: ShelterReferralAnswerInput): Promise<ActionOutcome> {
  const { data, errors } = await queryGraph(AcceptShelterReferralMutation, { input });
  revalidatePath(`/shelter-referrals/${input.referralId}`);
  return outcome(data?.acceptShelterReferral, 'ShelterPlacementChanged', errors);
}

export async function declineReferralAction(input: ShelterReferralAnswerInput, reason: string): Promise<ActionOutcome> {
  const { data, errors } = await queryGraph(DeclineShelterReferralMutation, { input, reason });
  revalidatePath(`/shelter-referrals/${input.referralId}`);
  return outcome(data?.declineShelterReferral, 'ShelterPlacementChanged', errors);
}

export async function admitAction(referralId: string, input: AdmitToShelterInput): Promise<ActionOutcome> {
  const { data, errors } = await queryGraph(AdmitToShelterMutation, { input });
  revalidatePath(`/shelter-referrals/${referralId}`);
  return outcome(data?.admitToShelter, 'ShelterPlacementChanged', errors);
}

export async function extendAction(referralId: string, id: string, version: number, days: number, reason: string): Promise<ActionOutcome> {
  const until = new Date(Date.now() + Math.max(1, Math.min(90, Math.round(days))) * 86_400_000).toISOString();
  const { data, errors } = await queryGraph(ExtendShelterStayMutation, { id, version, until, reason });
  revalidatePath(`/shelter-referrals/${referralId}`);
  return outcome(data?.extendShelterStay, 'ShelterPlacementChanged', errors);
}

export async function dischargeAction(referralId: string, id: string, version: number, note: string): Promise<ActionOutcome> {
  const { data, errors } = await queryGraph(DischargeFromShelterMutation, { id, version, note });
  revalidatePath(`/shelter-referrals/${referralId}`);
  return outcome(data?.dischargeFromShelter, 'ShelterPlacementChanged', errors);
}

export async function closePlacementAction(referralId: string, id: string, version: number): Promise<ActionOutcome> {
  const { data, errors } = await queryGraph(CloseShelterPlacementMutation, { id, version, note: null });
  revalidatePath(`/shelter-referrals/${referralId}`);
  return outcome(data?.closeShelterPlacement, 'ShelterPlacementChanged', errors);
}
