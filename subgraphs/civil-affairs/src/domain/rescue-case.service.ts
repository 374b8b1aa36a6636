/**
 * The rescue-case changes staff make: receive a person, screen, register into a zone, exit. Each
 * change validates its input (DOMAIN.md §5), checks the state machine and the caller's
 * jurisdiction, runs in one transaction with its event and audit line, and answers with a typed
 * result; when it fails, nothing is stored.
 */
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { parseChineseMobile, parseE164, parsePersonName, parseResidentIdNumber } from '@lifeline/identity-documents';
import { ChangeRefused, isBadText, isCalendarDate, resultHelpers, runChange, withIdempotency, type Caller, type ChangeScope } from '@lifeline/subgraph-runtime';
import { CareService } from '../entities/care-service.entity';
import { CareZone } from '../entities/care-zone.entity';
import { Person } from '../entities/person.entity';
import { RescueCase } from '../entities/rescue-case.entity';
import { RescueCaseEvent } from '../entities/rescue-case-event.entity';
import { Settlement } from '../entities/settlement.entity';
import { publishPersonFacts } from './person-exchange';
import { Station } from '../entities/station.entity';
import { ZonePlace } from '../entities/zone-place.entity';
import { coversDivision, mayWorkOn } from './access';
import { nameSearchKeys } from './person-name';
import { checkTransition, classifiedZone, SCREENING_TARGET, zoneMismatch, type ScreeningOutcome } from './rescue-case.workflow';
import { MAX_EXTENSION_DAYS } from './stay-clock';
import { type CareServiceKind, type CareZoneKind, type ExitReason, type IntakeSource, type RescueCaseStatus, type Sex, type UserErrorCode } from './vocabulary';

export type RescueCaseResult =
  | { __typename: 'RescueCaseChanged'; rescueCase: RescueCase }
  | { __typename: 'InputRejected'; field: string; code: UserErrorCode; message: string }
  | { __typename: 'TransitionRefused'; code: 'STEP_NOT_ALLOWED'; field: null; currentStatus: RescueCaseStatus; message: string }
  | { __typename: 'ZoneFull'; code: 'ZONE_FULL'; field: null; zone: CareZoneKind; message: string }
  | { __typename: 'VersionConflict'; code: 'VERSION_CONFLICT'; field: null; currentVersion: number; message: string }
  | { __typename: 'RecordNotFound'; code: 'NOT_FOUND'; field: null; message: string };

const { rejected, notFound } = resultHelpers<'InputRejected', 'RecordNotFound', UserErrorCode>({ rejected: 'InputRejected', notFound: 'RecordNotFound' });

/** Thrown inside a transaction to roll it back and answer with the result. */
/** A refusal of this service's changes (see runChange). */
class Refusal extends ChangeRefused<RescueCaseResult> {}

export { type ChangeScope };

/** Whether the caller works at (or above) the station (the access module's station work). */
const coversStation = (caller: Caller, station: Station): boolean => coversDivision(caller, station.jurisdiction);

export interface PersonDetails {
  name?: string | null;
  sex: Sex;
  birthDate?: string | null;
  estimatedAgeMin?: number | null;
  estimatedAgeMax?: number | null;
  idNumber?: string | null;
  phone?: string | null;
  dialectRegion?: string | null;
  features?: string | null;
}

const FREE_TEXT_MAX = 2000;

/** Validates what a station knows of a new person; the cleaned values, or the first problem. */
export function validatePersonDetails(input: PersonDetails, now: Date): { ok: true; value: Omit<Person, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'confidential' | 'identityCheckId' | 'identityVerifiedAt' | 'recordStatus' | 'mergedIntoId' | 'recordEndedAt' | 'recordEndedBy' | 'recordEndReason'> } | { ok: false; result: ReturnType<typeof rejected> } {
  let name: string | null = null;
  if (input.name != null && input.name.trim() !== '') {
    const parsed = parsePersonName(input.name);
    if (!parsed.ok) return { ok: false, result: rejected('person.name', parsed.error.code, parsed.error.message) };
    name = parsed.value;
  }
  let idNumber: string | null = null;
  let birthDate = input.birthDate ?? null;
  let sex = input.sex;
  if (input.idNumber != null && input.idNumber.trim() !== '') {
    const parsed = parseResidentIdNumber(input.idNumber, { today: now });
    if (!parsed.ok) return { ok: false, result: rejected('person.idNumber', parsed.error.code, parsed.error.message) };
    idNumber = parsed.value.idNumber;
    if (birthDate && birthDate !== parsed.value.birthDate) {
      return { ok: false, result: rejected('person.birthDate', 'MISMATCH', 'The date of birth differs from the one in the ID number.') };
    }
    birthDate = parsed.value.birthDate;
    if (sex === 'UNKNOWN') sex = parsed.value.sex;
  }
  if (birthDate) {
    if (!isCalendarDate(birthDate)) return { ok: false, result: rejected('person.birthDate', 'BIRTH_DATE', 'The date of birth is not a real date.') };
    if (birthDate > now.toISOString().slice(0, 10)) return { ok: false, result: rejected('person.birthDate', 'BIRTH_DATE', 'The date of birth is in the future.') };
  }
  const { estimatedAgeMin: min = null, estimatedAgeMax: max = null } = input;
  for (const [field, value] of [['person.estimatedAgeMin', min], ['person.estimatedAgeMax', max]] as const) {
    if (value != null && (!Number.isInteger(value) || value < 0 || value > 120)) return { ok: false, result: rejected(field, 'AGE_RANGE', 'An estimated age is a whole number of years from 0 to 120.') };
  }
  if (min != null && max != null && min > max) return { ok: false, result: rejected('person.estimatedAgeMax', 'AGE_RANGE', 'The upper estimated age is below the lower one.') };
  let phone: string | null = null;
  if (input.phone != null && input.phone.trim() !== '') {
    const parsed = input.phone.trim().startsWith('+') && !input.phone.trim().startsWith('+86') ? parseE164(input.phone) : parseChineseMobile(input.phone);
    if (!parsed.ok) return { ok: false, result: rejected('person.phone', parsed.error.code, parsed.error.message) };
    phone = parsed.value;
  }
  for (const [field, value] of [['person.dialectRegion', input.dialectRegion], ['person.features', input.features]] as const) {
    if (value != null && isBadText(value, FREE_TEXT_MAX)) {
      return { ok: false, result: rejected(field, 'TEXT', `Free text must be at most ${FREE_TEXT_MAX} characters, without control or invisible characters.`) };
    }
  }
  return {
    ok: true,
    value: {
      name,
      ...nameSearchKeys(name),
      sex,
      birthDate,
      estimatedAgeMin: birthDate ? null : min,
      estimatedAgeMax: birthDate ? null : max,
      idNumber,
      phone,
      dialectRegion: input.dialectRegion?.trim() || null,
      features: input.features?.trim() || null,
      identityStatus: idNumber ? 'CLAIMED' : 'UNIDENTIFIED',
      nationality: null,
    },
  };
}

function appendEvent(tx: EntityManager, rescueCase: RescueCase, from: RescueCaseStatus | null, to: RescueCaseStatus, caller: Caller, at: Date, reason: string | null) {
  tx.create(RescueCaseEvent, { rescueCase, fromStatus: from, toStatus: to, at, actor: caller.id, reason });
}

/** Runs a change in a transaction; a Refusal rolls it back and becomes the answer. */
function inTransaction(scope: ChangeScope, work: (tx: EntityManager) => Promise<RescueCaseResult>): Promise<RescueCaseResult> {
  return runChange(scope.em, work, () => ({ __typename: 'VersionConflict', code: 'VERSION_CONFLICT', field: null, currentVersion: -1, message: 'Someone else changed the case meanwhile: read it again and retry.' }));
}

export interface ReceivePersonInput {
  stationId: string;
  source: IntakeSource;
  personId?: string | null;
  person?: PersonDetails | null;
  intakeAt?: Date | null;
  handoverRecord?: string | null;
  idempotencyKey?: string | null;
}

/**
 * Receives a person at a station: a new rescue case in RECEIVED, with its intake event. With an
 * idempotency key, the same request sent again returns the case the first one created.
 */
export async function receivePerson(scope: ChangeScope, input: ReceivePersonInput): Promise<RescueCaseResult> {
  const now = scope.now ?? new Date();
  if ((input.personId == null) === (input.person == null)) return rejected('personId', 'ONE_OF', 'Give either personId (someone already recorded) or person (someone new), not both.');
  const intakeAt = input.intakeAt ?? now;
  if (intakeAt.getTime() > now.getTime() + 60_000) return rejected('intakeAt', 'FUTURE', 'The intake time is in the future.');
  if (input.source === 'POLICE_HANDOVER' && !input.handoverRecord?.trim()) return rejected('handoverRecord', 'REQUIRED', 'A police hand-over needs the hand-over record number.');
  let details: ReturnType<typeof validatePersonDetails> | null = null;
  if (input.person) {
    details = validatePersonDetails(input.person, now);
    if (!details.ok) return details.result;
  }
  return inTransaction(scope, (tx) =>
    withIdempotency<RescueCaseResult>(tx, scope.caller, {
      operation: 'receivePerson',
      key: input.idempotencyKey,
      request: input,
      rejected,
      create: () => receiveInTransaction(tx, scope, input, details, intakeAt, now),
      created: (result) => (result.__typename === 'RescueCaseChanged' ? { type: 'RescueCase', id: result.rescueCase.id } : null),
      replay: (id) => replayCase(tx, scope, id),
    }, now),
  );
}

/** The case a retried request's first answer named, as the caller may still work on it. */
async function replayCase(tx: EntityManager, scope: ChangeScope, id: string): Promise<RescueCaseResult> {
  const earlier = await tx.findOne(RescueCase, { id }, { populate: ['station', 'person'] });
  if (!earlier || !mayWorkOn(scope.caller, earlier)) throw new Refusal(notFound('rescue case'));
  return { __typename: 'RescueCaseChanged', rescueCase: earlier };
}

/** The intake itself, in the transaction (after the key, if any, was claimed). */
async function receiveInTransaction(tx: EntityManager, scope: ChangeScope, input: ReceivePersonInput, details: ReturnType<typeof validatePersonDetails> | null, intakeAt: Date, now: Date): Promise<RescueCaseResult> {
  const station = await tx.findOne(Station, { id: input.stationId });
  if (!station || !coversStation(scope.caller, station)) throw new Refusal(notFound('station'));
  if (!station.isOpen) throw new Refusal(rejected('stationId', 'CLOSED', 'The station is closed.'));
  let person: Person;
  if (details?.ok) {
    if (details.value.idNumber && (await tx.count(Person, { idNumber: details.value.idNumber })) > 0) {
      throw new Refusal(rejected('person.idNumber', 'DUPLICATE', 'A person with this ID number is already recorded: receive them by personId.'));
    }
    person = tx.create(Person, { ...details.value, createdAt: now, updatedAt: now });
  } else {
    const existing = await tx.findOne(Person, { id: input.personId! });
    if (!existing || existing.confidential || existing.recordStatus !== 'ACTIVE') throw new Refusal(notFound('person'));
    const open = await tx.count(RescueCase, { person: existing, status: { $in: ['RECEIVED', 'MEDICAL_TREATMENT', 'IN_CARE'] } });
    if (open > 0) throw new Refusal(rejected('personId', 'ALREADY_IN_CARE', 'This person already has an open rescue case.'));
    person = existing;
  }
  const rescueCase = tx.create(RescueCase, {
    person,
    station,
    status: 'RECEIVED',
    intakeSource: input.source,
    intakeAt,
    handoverRecord: input.handoverRecord?.trim() || null,
    createdAt: now,
  });
  appendEvent(tx, rescueCase, null, 'RECEIVED', scope.caller, intakeAt, input.source === 'POLICE_HANDOVER' ? `police hand-over ${rescueCase.handoverRecord}` : null);
  try {
    await tx.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw new Refusal(rejected('person.idNumber', 'DUPLICATE', 'A person with this ID number is already recorded: receive them by personId.'));
    }
    throw error;
  }
  // A new person, or one whose current case moved to another county: the other agencies learn of it.
  await publishPersonFacts(tx, [person.id], now);
  await scope.audit.appendWithin(tx, [{ operation: 'CREATE', recordType: 'RescueCase', recordId: rescueCase.id, fields: ['status'], outcome: 'ALLOWED' }]);
  return { __typename: 'RescueCaseChanged', rescueCase };
}

async function loadForChange(tx: EntityManager, scope: ChangeScope, id: string, expectedVersion: number): Promise<RescueCase> {
  const rescueCase = await tx.findOne(RescueCase, { id }, { populate: ['station', 'person'] });
  if (!rescueCase || !mayWorkOn(scope.caller, rescueCase)) throw new Refusal(notFound('rescue case'));
  if (rescueCase.version !== expectedVersion) {
    throw new Refusal({ __typename: 'VersionConflict', code: 'VERSION_CONFLICT', field: null, currentVersion: rescueCase.version, message: `The case is at version ${rescueCase.version}, not ${expectedVersion}: read it again and retry.` });
  }
  return rescueCase;
}

/**
 * Takes a free place in the zone for the case, or refuses with ZoneFull. The place row is locked
 * (`skip locked` passes over places another registration holds). Under READ COMMITTED the search
 * reads one snapshot: a registration that committed into a place between that snapshot and the
 * lock is not seen by it, so once the lock is held a new statement (a new snapshot) checks the
 * place is still free, and the search goes on past it if not.
 */
async function takePlace(tx: EntityManager, rescueCase: RescueCase, kind: CareZoneKind): Promise<void> {
  const zone = await tx.findOne(CareZone, { station: rescueCase.station, kind });
  if (!zone) throw new Refusal(rejected('zone', 'NO_SUCH_ZONE', `This station has no ${kind} zone.`));
  const connection = tx.getConnection();
  const passed: string[] = [];
  for (;;) {
    const [free] = await connection.execute<Array<{ id: string }>>(
      `select zp.id from zone_place zp where zp.zone_id = ? and zp.id <> all(?::uuid[]) and not exists (select 1 from rescue_case rc where rc.place_id = zp.id and rc.status = 'IN_CARE') order by zp.number limit 1 for update of zp skip locked`,
      [zone.id, `{${passed.join(',')}}`],
      'all',
      tx.getTransactionContext(),
    );
    if (!free) throw new Refusal({ __typename: 'ZoneFull', code: 'ZONE_FULL', field: null, zone: kind, message: `The ${kind} zone of this station has no free place: transfer the person or choose another zone.` });
    const [taken] = await connection.execute<Array<{ id: string }>>(
      `select rc.id from rescue_case rc where rc.place_id = ? and rc.status = 'IN_CARE' limit 1`,
      [free.id],
      'all',
      tx.getTransactionContext(),
    );
    if (!taken) {
      rescueCase.place = tx.getReference(ZonePlace, free.id);
      rescueCase.zone = kind;
      return;
    }
    passed.push(free.id);
  }
}

export interface ScreenInput {
  rescueCaseId: string;
  expectedVersion: number;
  outcome: ScreeningOutcome;
  zone?: CareZoneKind | null;
  reason?: string | null;
}

/** Records screening (or registration after treatment). */
export async function screenRescueCase(scope: ChangeScope, input: ScreenInput): Promise<RescueCaseResult> {
  const now = scope.now ?? new Date();
  const reason = input.reason?.trim() || null;
  if ((input.outcome === 'REFUSED' || input.outcome === 'HANDED_TO_POLICE') && !reason) return rejected('reason', 'REQUIRED', 'Refusing aid or handing to the police needs a written reason.');
  if (input.zone === 'DV_SHELTER') return rejected('zone', 'NOT_ASSIGNABLE', 'The DV shelter is assigned only through a shelter referral.');
  if (input.zone && input.outcome !== 'REGISTERED') return rejected('zone', 'NOT_APPLICABLE', 'A zone is chosen only when registering into care.');
  return inTransaction(scope, async (tx) => {
    const rescueCase = await loadForChange(tx, scope, input.rescueCaseId, input.expectedVersion);
    const from = rescueCase.status;
    const to = SCREENING_TARGET[input.outcome];
    const check = checkTransition(from, to);
    if (!check.ok) throw new Refusal({ __typename: 'TransitionRefused', code: 'STEP_NOT_ALLOWED', field: null, currentStatus: from, message: check.message });
    if (to === 'IN_CARE') {
      // A zone staff chose must fit the person (minors apart from adults, men apart from women).
      const mismatch = input.zone ? zoneMismatch(rescueCase.person, input.zone, now) : null;
      if (mismatch) throw new Refusal(rejected('zone', 'ZONE_MISMATCH', mismatch));
      await takePlace(tx, rescueCase, input.zone ?? classifiedZone(rescueCase.person, now));
    }
    rescueCase.status = to;
    appendEvent(tx, rescueCase, from, to, scope.caller, now, reason);
    await tx.flush();
    await scope.audit.appendWithin(tx, [{ operation: 'TRANSITION', recordType: 'RescueCase', recordId: rescueCase.id, fields: ['status', ...(to === 'IN_CARE' ? ['zone'] : [])], outcome: 'ALLOWED' }]);
    return { __typename: 'RescueCaseChanged', rescueCase };
  });
}

export interface ExitInput {
  rescueCaseId: string;
  expectedVersion: number;
  reason: ExitReason;
  note: string;
  /** For SETTLED: the approved settlement being carried out (never from the API: only settlePerson sets it). */
  settlementId?: string;
}

/** Records a person leaving care; the place is released. */
export async function exitRescueCase(scope: ChangeScope, input: ExitInput): Promise<RescueCaseResult> {
  const now = scope.now ?? new Date();
  const note = input.note.trim();
  if (!note) return rejected('note', 'REQUIRED', 'Say what happened (declaration, ticket, hand-over…).');
  if (isBadText(note, FREE_TEXT_MAX)) return rejected('note', 'TEXT', `The note must be at most ${FREE_TEXT_MAX} characters, without control characters.`);
  return inTransaction(scope, async (tx) => {
    const rescueCase = await loadForChange(tx, scope, input.rescueCaseId, input.expectedVersion);
    const from = rescueCase.status;
    const check = checkTransition(from, 'EXITED');
    if (!check.ok) throw new Refusal({ __typename: 'TransitionRefused', code: 'STEP_NOT_ALLOWED', field: null, currentStatus: from, message: check.message });
    if (input.reason === 'SETTLED' && (!input.settlementId || (await tx.count(Settlement, { id: input.settlementId, rescueCase, status: 'APPROVED' })) === 0)) {
      throw new Refusal(rejected('reason', 'SETTLEMENT_REQUIRED', 'A person is settled only through an approved settlement: record the placement on the settlement.'));
    }
    rescueCase.status = 'EXITED';
    rescueCase.exitAt = now;
    rescueCase.exitReason = input.reason;
    appendEvent(tx, rescueCase, from, 'EXITED', scope.caller, now, `${input.reason}: ${note}`);
    await tx.flush();
    await scope.audit.appendWithin(tx, [{ operation: 'TRANSITION', recordType: 'RescueCase', recordId: rescueCase.id, fields: ['status', 'exitReason'], outcome: 'ALLOWED' }]);
    return { __typename: 'RescueCaseChanged', rescueCase };
  });
}

export interface ExtendInput {
  rescueCaseId: string;
  expectedVersion: number;
  until: Date;
  reason: string;
}

/** Extends a stay past the standard 10 days; the filed reason goes into the case's events. */
export async function extendStay(scope: ChangeScope, input: ExtendInput): Promise<RescueCaseResult> {
  const now = scope.now ?? new Date();
  const reason = input.reason.trim();
  if (!reason) return rejected('reason', 'REQUIRED', 'An extension needs the reason filed with the civil-affairs bureau.');
  if (isBadText(reason, FREE_TEXT_MAX)) return rejected('reason', 'TEXT', `At most ${FREE_TEXT_MAX} characters, without control characters.`);
  if (input.until.getTime() <= now.getTime()) return rejected('until', 'PAST', 'An extension runs until a time after now.');
  if (input.until.getTime() > now.getTime() + MAX_EXTENSION_DAYS * 86_400_000) return rejected('until', 'TOO_LONG', `An extension is at most ${MAX_EXTENSION_DAYS} days at a time.`);
  return inTransaction(scope, async (tx) => {
    const rescueCase = await loadForChange(tx, scope, input.rescueCaseId, input.expectedVersion);
    if (rescueCase.status !== 'IN_CARE') throw new Refusal({ __typename: 'TransitionRefused', code: 'STEP_NOT_ALLOWED', field: null, currentStatus: rescueCase.status, message: `Only a stay in care can be extended; the case is ${rescueCase.status}.` });
    rescueCase.extendedUntil = input.until;
    appendEvent(tx, rescueCase, 'IN_CARE', 'IN_CARE', scope.caller, now, `stay extended until ${input.until.toISOString().slice(0, 10)}: ${reason}`);
    await tx.flush();
    await scope.audit.appendWithin(tx, [{ operation: 'UPDATE', recordType: 'RescueCase', recordId: rescueCase.id, fields: ['extendedUntil'], outcome: 'ALLOWED' }]);
    return { __typename: 'RescueCaseChanged', rescueCase };
  });
}

/** Records a service given to a person in care. */
export async function recordCareService(scope: ChangeScope, input: { rescueCaseId: string; kind: CareServiceKind; note?: string | null; idempotencyKey?: string | null }): Promise<RescueCaseResult> {
  const now = scope.now ?? new Date();
  const note = input.note?.trim() || null;
  if (note && isBadText(note, FREE_TEXT_MAX)) return rejected('note', 'TEXT', `At most ${FREE_TEXT_MAX} characters, without control characters.`);
  let service: CareService | null = null;
  return inTransaction(scope, (tx) =>
    withIdempotency<RescueCaseResult>(tx, scope.caller, {
      operation: 'recordCareService',
      key: input.idempotencyKey,
      request: input,
      rejected,
      created: () => (service ? { type: 'CareService', id: service.id } : null),
      replay: async (id) => {
        const earlier = await tx.findOne(CareService, { id });
        return earlier ? replayCase(tx, scope, earlier.rescueCase.id) : notFound('rescue case');
      },
      create: async () => {
        const rescueCase = await tx.findOne(RescueCase, { id: input.rescueCaseId }, { populate: ['station', 'person'] });
        if (!rescueCase || !mayWorkOn(scope.caller, rescueCase)) throw new Refusal(notFound('rescue case'));
        if (rescueCase.status !== 'IN_CARE' && rescueCase.status !== 'MEDICAL_TREATMENT') {
          throw new Refusal({ __typename: 'TransitionRefused', code: 'STEP_NOT_ALLOWED', field: null, currentStatus: rescueCase.status, message: `Services are recorded for persons in care; the case is ${rescueCase.status}.` });
        }
        service = tx.create(CareService, { rescueCase, kind: input.kind, givenAt: now, givenBy: scope.caller.id, note });
        await tx.flush();
        await scope.audit.appendWithin(tx, [{ operation: 'CREATE', recordType: 'CareService', recordId: rescueCase.id, fields: ['kind'], outcome: 'ALLOWED' }]);
        return { __typename: 'RescueCaseChanged', rescueCase };
      },
    }, now),
  );
}
