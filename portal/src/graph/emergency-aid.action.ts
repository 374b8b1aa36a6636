'use server';
/**
 * Emergency-aid changes from the portal's forms, as server actions: each calls the graph with the
 * signed-in user's token and answers the form with the typed result; the page is read again.
 */
import { revalidatePath } from 'next/cache';
import { type EmergencyAidKind, type EmergencyKind, type Sex } from '@/gql/graphql';
import { changeAnswer, type ChangeAnswer } from './change-answer';
import {
  CloseEmergencyPointMutation,
  DeclareEmergencyEventMutation,
  EndEmergencyEventMutation,
  OpenEmergencyPointMutation,
  RecordEmergencyHelpMutation,
} from './emergency-aid.query';
import { queryGraph } from './graph-client';

const PAGE = '/emergency-events';
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

export async function declareEmergencyEvent(input: { kind: EmergencyKind; name: string; districts: string[]; description?: string; idempotencyKey?: string }): Promise<ChangeAnswer> {
  const result = await queryGraph(DeclareEmergencyEventMutation, {
    input: { kind: input.kind, name: input.name, districts: input.districts, description: text(input.description), idempotencyKey: text(input.idempotencyKey) },
  });
  revalidatePath(PAGE);
  return changeAnswer(result, 'declareEmergencyEvent', 'EmergencyEventChanged');
}

export async function endEmergencyEvent(input: { eventId: string; expectedVersion: number; reason: string }): Promise<ChangeAnswer> {
  const result = await queryGraph(EndEmergencyEventMutation, { input });
  revalidatePath(PAGE);
  return changeAnswer(result, 'endEmergencyEvent', 'EmergencyEventChanged');
}

export async function openEmergencyPoint(input: {
  eventId: string;
  stationId?: string;
  newPoint?: { name: string; address: string; district: string };
  note?: string;
  idempotencyKey?: string;
}): Promise<ChangeAnswer> {
  const result = await queryGraph(OpenEmergencyPointMutation, {
    input: { eventId: input.eventId, stationId: input.stationId ?? null, newPoint: input.newPoint ?? null, note: text(input.note), idempotencyKey: text(input.idempotencyKey) },
  });
  revalidatePath(PAGE);
  return changeAnswer(result, 'openEmergencyPoint', 'EmergencyPointChanged');
}

export async function closeEmergencyPoint(input: { pointId: string; expectedVersion: number; reason: string }): Promise<ChangeAnswer> {
  const result = await queryGraph(CloseEmergencyPointMutation, { input });
  revalidatePath(PAGE);
  return changeAnswer(result, 'closeEmergencyPoint', 'EmergencyPointChanged');
}

export async function recordEmergencyHelp(input: { pointId: string; kinds: EmergencyAidKind[]; sex: Sex; estimatedAge?: number | null; note?: string; idempotencyKey?: string }): Promise<ChangeAnswer> {
  const result = await queryGraph(RecordEmergencyHelpMutation, {
    input: { pointId: input.pointId, kinds: input.kinds, sex: input.sex, estimatedAge: input.estimatedAge ?? null, note: text(input.note), idempotencyKey: text(input.idempotencyKey) },
  });
  revalidatePath(PAGE);
  return changeAnswer(result, 'recordEmergencyHelp', 'EmergencyHelpRecorded');
}
