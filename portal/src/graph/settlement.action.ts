'use server';
/**
 * Settlement changes from the portal's forms, as server actions: the station proposes, settles
 * and revokes; the center decides. Each answers the form with the typed result of the graph.
 */
import { revalidatePath } from 'next/cache';
import { type RevokeSettlementInput, type WelfareInstitutionLevel } from '@/gql/graphql';
import { changeAnswer, type ChangeAnswer } from './change-answer';
import { queryGraph } from './graph-client';
import { DecideSettlementMutation, ProposeSettlementMutation, RevokeSettlementMutation, SettlePersonMutation } from './settlement.query';

const PAGE = '/settlements';
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

export async function proposeSettlement(input: { rescueCaseId: string; note: string; idempotencyKey?: string }): Promise<ChangeAnswer> {
  const result = await queryGraph(ProposeSettlementMutation, { input: { rescueCaseId: input.rescueCaseId, note: input.note, idempotencyKey: text(input.idempotencyKey) } });
  revalidatePath(PAGE);
  return changeAnswer(result, 'proposeSettlement', 'SettlementChanged');
}

export async function decideSettlement(input: {
  settlementId: string;
  expectedVersion: number;
  approve: boolean;
  identityCheckId?: string;
  recheckFoundNoRegistration?: boolean;
  recheckNote?: string;
  declineReason?: string;
}): Promise<ChangeAnswer> {
  const result = await queryGraph(DecideSettlementMutation, {
    input: {
      settlementId: input.settlementId,
      expectedVersion: input.expectedVersion,
      approve: input.approve,
      identityCheckId: input.identityCheckId ?? null,
      recheckFoundNoRegistration: input.recheckFoundNoRegistration ?? null,
      recheckNote: text(input.recheckNote),
      declineReason: text(input.declineReason),
    },
  });
  revalidatePath(PAGE);
  return changeAnswer(result, 'decideSettlement', 'SettlementChanged');
}

export async function settlePerson(input: {
  settlementId: string;
  expectedVersion: number;
  institutionLevel: WelfareInstitutionLevel;
  institutionName: string;
  householdRegistrationRef: string;
}): Promise<ChangeAnswer> {
  const result = await queryGraph(SettlePersonMutation, { input });
  revalidatePath(PAGE);
  return changeAnswer(result, 'settlePerson', 'SettlementChanged');
}

export async function revokeSettlement(input: RevokeSettlementInput): Promise<ChangeAnswer> {
  const result = await queryGraph(RevokeSettlementMutation, {
    input: {
      ...input,
      escortDestinationDivision: text(input.escortDestinationDivision),
      escortDestination: text(input.escortDestination),
    },
  });
  revalidatePath(PAGE);
  return changeAnswer(result, 'revokeSettlement', 'SettlementChanged');
}
