'use server';
/** The changes of a rescue case from intake to exit, as server actions (each answers a ChangeOutcome). */
import {
  CARE_SERVICE_KINDS,
  EXIT_REASONS,
  INTAKE_SOURCES,
  REGISTRABLE_ZONES,
  SCREENING_OUTCOMES,
} from '@/lib/rescue-operations.vocabulary';
import { SEXES } from '@/lib/vocabulary';
import type { RescueCaseChangeResultFragment } from '@/gql/graphql';
import type { ChangeOutcome } from './change-outcome';
import { readChangeOutcome } from './change-outcome.read';
import { instant, integerOf, oneOf, requiredText, text } from './change-input.reader';
import { queryGraph, type GraphResult } from './graph-client';
import {
  ExitRescueCaseMutation,
  ExtendStayMutation,
  ReceivePersonMutation,
  RecordCareServiceMutation,
  ScreenRescueCaseMutation,
} from './rescue-case.query';

const refused = (field: string): ChangeOutcome => ({ ok: false, refusal: { kind: 'InputRejected', field, code: 'REQUIRED' } });

function outcome<TData>(result: GraphResult<TData>, pick: (data: TData) => RescueCaseChangeResultFragment): ChangeOutcome {
  return readChangeOutcome(result, pick, (answer) => (answer.__typename === 'RescueCaseChanged' ? answer.rescueCase.id : null));
}

/** The case and the version the user read, or `undefined`. */
function caseRef(input: Record<string, unknown>): { rescueCaseId: string; expectedVersion: number } | undefined {
  const rescueCaseId = text(input.rescueCaseId);
  const expectedVersion = integerOf(input.expectedVersion);
  return rescueCaseId && expectedVersion !== undefined ? { rescueCaseId, expectedVersion } : undefined;
}

/** Receives a new person at a station: a rescue case opens in RECEIVED. */
export async function receivePerson(input: Record<string, unknown>): Promise<ChangeOutcome> {
  const stationId = text(input.stationId);
  const source = oneOf(INTAKE_SOURCES, input.source);
  const person = (typeof input.person === 'object' && input.person !== null ? input.person : {}) as Record<string, unknown>;
  const sex = oneOf(SEXES, person.sex);
  if (!stationId) return refused('stationId');
  if (!source) return refused('source');
  if (!sex) return refused('person.sex');
  const age = (name: string) => {
    const raw = person[name];
    if (raw === undefined || raw === null || raw === '') return undefined;
    return integerOf(raw) ?? -1; // not a whole number: the graph names the field
  };
  const result = await queryGraph(ReceivePersonMutation, {
    input: {
      stationId,
      source,
      intakeAt: instant(input.intakeAt),
      handoverRecord: text(input.handoverRecord),
      idempotencyKey: text(input.idempotencyKey),
      person: {
        sex,
        name: text(person.name),
        birthDate: text(person.birthDate),
        estimatedAgeMin: age('estimatedAgeMin'),
        estimatedAgeMax: age('estimatedAgeMax'),
        idNumber: text(person.idNumber),
        phone: text(person.phone),
        dialectRegion: text(person.dialectRegion),
        features: text(person.features),
      },
    },
  });
  return outcome(result, (data) => data.receivePerson);
}

/** Records the screening of a received person (registration names the zone). */
export async function screenRescueCase(input: Record<string, unknown>): Promise<ChangeOutcome> {
  const ref = caseRef(input);
  const outcomeValue = oneOf(SCREENING_OUTCOMES, input.outcome);
  if (!ref) return refused('rescueCaseId');
  if (!outcomeValue) return refused('outcome');
  const zone = outcomeValue === 'REGISTERED' ? oneOf(REGISTRABLE_ZONES, input.zone) : undefined;
  if (outcomeValue === 'REGISTERED' && !zone) return refused('zone');
  const result = await queryGraph(ScreenRescueCaseMutation, { input: { ...ref, outcome: outcomeValue, zone, reason: text(input.reason) } });
  return outcome(result, (data) => data.screenRescueCase);
}

/** Extends a stay past the standard 10 days, until a date, with the filed reason. */
export async function extendStay(input: Record<string, unknown>): Promise<ChangeOutcome> {
  const ref = caseRef(input);
  const until = instant(input.until);
  if (!ref) return refused('rescueCaseId');
  if (!until) return refused('until');
  const result = await queryGraph(ExtendStayMutation, { input: { ...ref, until, reason: requiredText(input.reason) } });
  return outcome(result, (data) => data.extendStay);
}

/** Records a service given to the person in care. */
export async function recordCareService(input: Record<string, unknown>): Promise<ChangeOutcome> {
  const rescueCaseId = text(input.rescueCaseId);
  const kind = oneOf(CARE_SERVICE_KINDS, input.kind);
  if (!rescueCaseId) return refused('rescueCaseId');
  if (!kind) return refused('kind');
  const result = await queryGraph(RecordCareServiceMutation, { input: { rescueCaseId, kind, note: text(input.note), idempotencyKey: text(input.idempotencyKey) } });
  return outcome(result, (data) => data.recordCareService);
}

/** Records the person leaving care, with the exit category and a note. */
export async function exitRescueCase(input: Record<string, unknown>): Promise<ChangeOutcome> {
  const ref = caseRef(input);
  const reason = oneOf(EXIT_REASONS, input.reason);
  if (!ref) return refused('rescueCaseId');
  if (!reason) return refused('reason');
  const result = await queryGraph(ExitRescueCaseMutation, { input: { ...ref, reason, note: requiredText(input.note) } });
  return outcome(result, (data) => data.exitRescueCase);
}
