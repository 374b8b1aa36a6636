/**
 * Emergency aid against the database: events declared and ended, temporary points opened and
 * closed by civil-affairs staff of their jurisdiction (county staff in their county, the center
 * city-wide), help recorded at open points, and the people helped per point per day. Every change
 * is checked (state, times, version, jurisdiction), audited, and answered with a typed result;
 * when it fails, nothing is stored.
 */
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { ChangeRefused, isBadText, isUuid, resultHelpers, runChange, withIdempotency, type Caller, type ChangeScope } from '@lifeline/subgraph-runtime';
import { EmergencyEvent } from '../entities/emergency-event.entity';
import { EmergencyHelp } from '../entities/emergency-help.entity';
import { EmergencyPoint } from '../entities/emergency-point.entity';
import { Person } from '../entities/person.entity';
import { Station } from '../entities/station.entity';
import { aidFlags, checkEventEnd, checkHelpAt, checkPointClosing, checkPointOpening, COUNTY_CODE, POINT_DISTRICT, type EmergencyCheck } from './emergency.workflow';
import { coversDivision, personVisibility, workPrefix } from './access';
import { type EmergencyAidKind, type EmergencyKind, type EmergencyState, type Sex, type UserErrorCode } from './vocabulary';

type Rejected = { __typename: 'InputRejected'; field: string; code: UserErrorCode; message: string };
type StepRefused = { __typename: 'EmergencyStepRefused'; code: 'STEP_NOT_ALLOWED'; field: null; currentState: EmergencyState; message: string };
type Conflict = { __typename: 'VersionConflict'; code: 'VERSION_CONFLICT'; field: null; currentVersion: number; message: string };
type NotFound = { __typename: 'RecordNotFound'; code: 'NOT_FOUND'; field: null; message: string };

export type EmergencyEventResult = { __typename: 'EmergencyEventChanged'; event: EmergencyEvent } | Rejected | StepRefused | Conflict | NotFound;
export type EmergencyPointResult = { __typename: 'EmergencyPointChanged'; point: EmergencyPoint } | Rejected | StepRefused | Conflict | NotFound;
export type EmergencyHelpResult = { __typename: 'EmergencyHelpRecorded'; help: EmergencyHelp; point: EmergencyPoint } | Rejected | StepRefused | NotFound;

/** People helped at one point on one local day. */
export interface EmergencyHelpCountView {
  pointId: string;
  day: string;
  peopleHelped: number;
  food: number;
  lodging: number;
  clothing: number;
}

class Refusal extends ChangeRefused<never> {}
const refuse = (result: Rejected | StepRefused | Conflict | NotFound): never => {
  throw new Refusal(result as never);
};
const { rejected, notFound, isRejected } = resultHelpers<'InputRejected', 'RecordNotFound', UserErrorCode>({ rejected: 'InputRejected', notFound: 'RecordNotFound' });
const conflict = (what: string, current: number, expected: number): Conflict => ({
  __typename: 'VersionConflict', code: 'VERSION_CONFLICT', field: null,
  currentVersion: current,
  message: `The ${what} is at version ${current}, not ${expected}: read it again and retry.`,
});

/** Turns a failed check into the typed answer. */
function answerCheck(check: EmergencyCheck): Rejected | StepRefused | null {
  if (check.ok) return null;
  return check.kind === 'state' ? { __typename: 'EmergencyStepRefused', code: 'STEP_NOT_ALLOWED', field: null, currentState: check.state, message: check.message } : rejected(check.field, check.code, check.message);
}

export type EmergencyScope = ChangeScope;

const TEXT_MAX = 500;

/** A trimmed free text, null when empty; a rejection when too long or with invisible characters. */
function cleanText(field: string, value: string | null | undefined, max = TEXT_MAX): string | null | Rejected {
  const text = value?.trim() || null;
  if (text && (isBadText(text, max))) return rejected(field, 'TEXT', `At most ${max} characters, without control or invisible characters.`);
  return text;
}


function run<T>(scope: EmergencyScope, what: string, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return runChange(scope.em, work, () => ({ __typename: 'VersionConflict', code: 'VERSION_CONFLICT', field: null, currentVersion: -1, message: `Someone else changed the ${what} meanwhile: read it again.` }) as T);
}

/** Locks one row for the rest of the transaction (`update` to change it, `share` to rely on it). */
async function lockRow(tx: EntityManager, table: 'emergency_event' | 'emergency_point', id: string, mode: 'update' | 'share'): Promise<boolean> {
  const rows = await tx.getConnection().execute<Array<{ id: string }>>(`select id from ${table} where id = ? for ${mode}`, [id], 'all', tx.getTransactionContext());
  return rows.length > 0;
}

/**
 * Marks an event changed — by one of its points (opened or closed) or help recorded at one, all
 * part of what the event answers — so a partner's sync reads it again, without a new version: the
 * staff's `expectedVersion` to end it still holds. The update locks the event's row before any
 * point's, the order every change here takes, so two changes never wait on each other; it also
 * keeps the event from ending meanwhile. Whether there was such an event.
 */
async function touchEvent(tx: EntityManager, of: { eventId: string } | { pointId: string }, now: Date): Promise<boolean> {
  const [where, id] = 'eventId' in of ? ['id = ?', of.eventId] : ['id = (select event_id from emergency_point where id = ?)', of.pointId];
  const rows = await tx.getConnection().execute<Array<{ id: string }>>(`update emergency_event set updated_at = ? where ${where} returning id`, [now, id], 'all', tx.getTransactionContext());
  return rows.length > 0;
}

export interface DeclareEventInput {
  kind: EmergencyKind;
  name: string;
  description?: string | null;
  districts: readonly string[];
  startedAt?: Date | null;
  idempotencyKey?: string | null;
}

/** Declares an event in districts the caller covers. */
export async function declareEmergencyEvent(scope: EmergencyScope, input: DeclareEventInput): Promise<EmergencyEventResult> {
  const now = scope.now ?? new Date();
  const name = cleanText('name', input.name, 200);
  if (isRejected(name)) return name;
  if (!name) return rejected('name', 'REQUIRED', 'Name the event as announced.');
  const description = cleanText('description', input.description, 2000);
  if (isRejected(description)) return description;
  const districts = [...new Set(input.districts.map((d) => d.trim()))];
  if (districts.length === 0 || districts.length > 50) return rejected('districts', 'COUNT', 'Name 1 to 50 affected districts or counties.');
  const bad = districts.find((d) => !COUNTY_CODE.test(d));
  if (bad !== undefined) return rejected('districts', 'FORMAT', `${bad} is not a district or county code (6 digits, not the city itself).`);
  if (workPrefix(scope.caller) === null) return notFound('jurisdiction');
  const outside = districts.find((d) => !coversDivision(scope.caller, d));
  if (outside) return rejected('districts', 'OUTSIDE_JURISDICTION', `${outside} is outside your jurisdiction: the regional center declares events there.`);
  const startedAt = input.startedAt ?? now;
  if (startedAt.getTime() > now.getTime() + 60_000) return rejected('startedAt', 'FUTURE', 'The start is in the future: declare the event when it begins.');
  return run(scope, 'event', (tx) =>
    withIdempotency<EmergencyEventResult>(tx, scope.caller, {
      operation: 'declareEmergencyEvent',
      key: input.idempotencyKey,
      request: input,
      rejected,
      created: (result) => (result.__typename === 'EmergencyEventChanged' ? { type: 'EmergencyEvent', id: result.event.id } : null),
      replay: async (id) => {
        const event = await tx.findOne(EmergencyEvent, { id });
        return event && event.districts.some((d) => coversDivision(scope.caller, d)) ? { __typename: 'EmergencyEventChanged', event } : notFound('emergency event');
      },
      create: async () => {
        const event = tx.create(EmergencyEvent, { kind: input.kind, name, description, districts, startedAt, declaredBy: scope.caller.id, createdAt: now, updatedAt: now });
        await tx.flush();
        await scope.audit.appendWithin(tx, [{ operation: 'CREATE', recordType: 'EmergencyEvent', recordId: event.id, fields: ['kind', 'name', 'districts', 'startedAt'], outcome: 'ALLOWED' }]);
        return { __typename: 'EmergencyEventChanged', event } as EmergencyEventResult;
      },
    }, now),
  );
}

/** Ends an event; the caller must cover all its districts. Points still open close with it. */
export async function endEmergencyEvent(scope: EmergencyScope, input: { eventId: string; expectedVersion: number; endedAt?: Date | null; reason: string }): Promise<EmergencyEventResult> {
  const now = scope.now ?? new Date();
  const reason = cleanText('reason', input.reason);
  if (isRejected(reason)) return reason;
  if (!reason) return rejected('reason', 'REQUIRED', 'Say why the event ends.');
  if (!isUuid(input.eventId)) return notFound('emergency event');
  const endedAt = input.endedAt ?? now;
  return run(scope, 'event', async (tx) => {
    if (!(await lockRow(tx, 'emergency_event', input.eventId, 'update'))) refuse(notFound('emergency event'));
    const event = await tx.findOneOrFail(EmergencyEvent, { id: input.eventId });
    if (!event.districts.some((d) => coversDivision(scope.caller, d))) refuse(notFound('emergency event'));
    if (!event.districts.every((d) => coversDivision(scope.caller, d))) {
      refuse(rejected('eventId', 'OUTSIDE_JURISDICTION', 'The event spans districts outside your jurisdiction: the regional center ends it.'));
    }
    if (event.version !== input.expectedVersion) refuse(conflict('event', event.version, input.expectedVersion));
    const [activity] = await tx.getConnection().execute<Array<{ last: Date | null }>>(
      `select greatest(max(p.opened_at), max(p.closed_at), max(h.helped_at)) as last from emergency_point p left join emergency_help h on h.point_id = p.id where p.event_id = ?`,
      [event.id],
      'all',
      tx.getTransactionContext(),
    );
    const last = activity?.last ? new Date(activity.last) : null;
    const answer = answerCheck(checkEventEnd(event, endedAt, last, now));
    if (answer) refuse(answer);
    const open = await tx.find(EmergencyPoint, { event, closedAt: null }, { populate: ['station'] });
    for (const point of open) {
      Object.assign(point, { closedAt: endedAt, closedBy: scope.caller.id, closeReason: `event ended: ${reason}` });
      point.station.isOpen = false;
    }
    Object.assign(event, { endedAt, endedBy: scope.caller.id, endReason: reason, updatedAt: now });
    await tx.flush();
    await scope.audit.appendWithin(tx, [
      { operation: 'TRANSITION', recordType: 'EmergencyEvent', recordId: event.id, fields: ['endedAt', 'endReason'], outcome: 'ALLOWED' },
      ...open.map((point) => ({ operation: 'TRANSITION', recordType: 'EmergencyPoint', recordId: point.id, fields: ['closedAt', 'closeReason'], outcome: 'ALLOWED' as const })),
    ]);
    return { __typename: 'EmergencyEventChanged', event } as EmergencyEventResult;
  });
}

export interface OpenPointInput {
  eventId: string;
  stationId?: string | null;
  newPoint?: { name: string; address: string; district: string; latitude?: number | null; longitude?: number | null } | null;
  openedAt?: Date | null;
  note?: string | null;
  idempotencyKey?: string | null;
}

/** The point a retried opening's first answer named, as the caller may still see it. */
async function replayPoint(tx: EntityManager, caller: Caller, id: string): Promise<EmergencyPointResult> {
  const point = await tx.findOne(EmergencyPoint, { id }, { populate: ['station'] });
  return point && coversDivision(caller, point.station.jurisdiction) ? { __typename: 'EmergencyPointChanged', point } : notFound('temporary point');
}

/** Opens a temporary point for an event: an existing temporary-point station, or a new one. */
export async function openEmergencyPoint(scope: EmergencyScope, input: OpenPointInput): Promise<EmergencyPointResult> {
  const now = scope.now ?? new Date();
  if ((input.stationId == null) === (input.newPoint == null)) return rejected('stationId', 'ONE_OF', 'Give either stationId (an existing temporary point) or newPoint, not both.');
  const note = cleanText('note', input.note);
  if (isRejected(note)) return note;
  const fresh = input.newPoint;
  if (fresh) {
    for (const field of ['name', 'address'] as const) {
      const value = cleanText(`newPoint.${field}`, fresh[field], 200);
      if (isRejected(value)) return value;
      if (!value) return rejected(`newPoint.${field}`, 'REQUIRED', 'Name the point and give its address.');
    }
    if (!POINT_DISTRICT.test(fresh.district)) return rejected('newPoint.district', 'FORMAT', 'The district is a county/district code (6 digits) or a township code (9 digits).');
    if (fresh.latitude != null && (fresh.latitude < -90 || fresh.latitude > 90)) return rejected('newPoint.latitude', 'RANGE', 'A latitude lies between -90 and 90.');
    if (fresh.longitude != null && (fresh.longitude < -180 || fresh.longitude > 180)) return rejected('newPoint.longitude', 'RANGE', 'A longitude lies between -180 and 180.');
    if ((fresh.latitude == null) !== (fresh.longitude == null)) return rejected('newPoint.longitude', 'ONE_OF', 'Give both coordinates or neither.');
  }
  if (!isUuid(input.eventId)) return notFound('emergency event');
  if (input.stationId != null && !isUuid(input.stationId)) return notFound('station');
  const openedAt = input.openedAt ?? now;
  return run(scope, 'point', (tx) =>
    withIdempotency<EmergencyPointResult>(tx, scope.caller, {
      operation: 'openEmergencyPoint',
      key: input.idempotencyKey,
      request: input,
      rejected,
      created: (result) => (result.__typename === 'EmergencyPointChanged' ? { type: 'EmergencyPoint', id: result.point.id } : null),
      replay: (id) => replayPoint(tx, scope.caller, id),
      create: async () => {
        // Locks the event (it cannot end while a point is opening) and marks it changed.
        if (!(await touchEvent(tx, { eventId: input.eventId }, now))) refuse(notFound('emergency event'));
        const event = await tx.findOneOrFail(EmergencyEvent, { id: input.eventId });
        if (!event.districts.some((d) => coversDivision(scope.caller, d))) refuse(notFound('emergency event'));
        const answer = answerCheck(checkPointOpening(event, openedAt, now));
        if (answer) refuse(answer);
        const division = fresh ? fresh.district : null;
        let station: Station;
        if (input.stationId) {
          const found = await tx.findOne(Station, { id: input.stationId });
          if (!found || !coversDivision(scope.caller, found.jurisdiction)) refuse(notFound('station'));
          station = found!;
          if (station.kind !== 'TEMPORARY_POINT') refuse(rejected('stationId', 'NOT_A_TEMPORARY_POINT', `This station is a ${station.kind}: only a temporary point opens for an event.`));
          if (!event.districts.some((d) => station.jurisdiction.startsWith(d))) refuse(rejected('stationId', 'OUTSIDE_EVENT', 'The station lies outside the districts of the event.'));
          if ((await tx.count(EmergencyPoint, { station, closedAt: null })) > 0) refuse(rejected('stationId', 'ALREADY_OPEN', 'This temporary point is already open for an event: close it first.'));
        } else {
          if (!coversDivision(scope.caller, division!)) refuse(rejected('newPoint.district', 'OUTSIDE_JURISDICTION', 'The point lies outside your jurisdiction.'));
          if (!event.districts.some((d) => division!.startsWith(d))) refuse(rejected('newPoint.district', 'OUTSIDE_EVENT', 'The point lies outside the districts of the event.'));
          const county = division!.slice(0, 6);
          const nearby = await tx.find(Station, { jurisdiction: { $in: [division!, county] } }, { orderBy: { level: 'desc' } });
          const parent = nearby.find((s) => s.kind === 'COUNTY_STATION' && s.jurisdiction === county) ?? (await tx.findOne(Station, { kind: 'REGIONAL_CENTER' }));
          const named = nearby.find((s) => s.jurisdiction === division) ?? parent;
          if (!parent || !named) refuse(rejected('newPoint.district', 'UNKNOWN_DISTRICT', 'No station of the network serves this district.'));
          station = tx.create(Station, {
            name: fresh!.name.trim(),
            level: division!.length === 9 ? 'TOWNSHIP' : 'COUNTY',
            kind: 'TEMPORARY_POINT',
            jurisdiction: division!,
            jurisdictionName: named!.jurisdictionName,
            parent,
            address: fresh!.address.trim(),
            latitude: fresh!.latitude ?? null,
            longitude: fresh!.longitude ?? null,
            isOpen: false,
            createdAt: now,
          });
        }
        station.isOpen = true;
        const point = tx.create(EmergencyPoint, { event, station, openedAt, openedBy: scope.caller.id, openNote: note });
        try {
          await tx.flush();
        } catch (error) {
          if (error instanceof UniqueConstraintViolationException) refuse(rejected('stationId', 'ALREADY_OPEN', 'This temporary point is already open for an event: close it first.'));
          throw error;
        }
        await scope.audit.appendWithin(tx, [
          { operation: 'CREATE', recordType: 'EmergencyPoint', recordId: point.id, fields: ['station', 'openedAt'], outcome: 'ALLOWED' },
          { operation: 'UPDATE', recordType: 'Station', recordId: station.id, fields: input.stationId ? ['isOpen'] : ['name', 'address', 'jurisdiction', 'isOpen'], outcome: 'ALLOWED' },
        ]);
        return { __typename: 'EmergencyPointChanged', point } as EmergencyPointResult;
      },
    }, now),
  );
}

/** Closes a temporary point; its station is no longer open. */
export async function closeEmergencyPoint(scope: EmergencyScope, input: { pointId: string; expectedVersion: number; closedAt?: Date | null; reason: string }): Promise<EmergencyPointResult> {
  const now = scope.now ?? new Date();
  const reason = cleanText('reason', input.reason);
  if (isRejected(reason)) return reason;
  if (!reason) return rejected('reason', 'REQUIRED', 'Say why the point closes.');
  if (!isUuid(input.pointId)) return notFound('temporary point');
  const closedAt = input.closedAt ?? now;
  return run(scope, 'point', async (tx) => {
    await touchEvent(tx, { pointId: input.pointId }, now);
    if (!(await lockRow(tx, 'emergency_point', input.pointId, 'update'))) refuse(notFound('temporary point'));
    const point = await tx.findOneOrFail(EmergencyPoint, { id: input.pointId }, { populate: ['station'] });
    if (!coversDivision(scope.caller, point.station.jurisdiction)) refuse(notFound('temporary point'));
    if (point.version !== input.expectedVersion) refuse(conflict('point', point.version, input.expectedVersion));
    const [help] = await tx.getConnection().execute<Array<{ last: Date | null }>>(`select max(helped_at) as last from emergency_help where point_id = ?`, [point.id], 'all', tx.getTransactionContext());
    const answer = answerCheck(checkPointClosing(point, closedAt, help?.last ? new Date(help.last) : null, now));
    if (answer) refuse(answer);
    Object.assign(point, { closedAt, closedBy: scope.caller.id, closeReason: reason });
    point.station.isOpen = false;
    await tx.flush();
    await scope.audit.appendWithin(tx, [{ operation: 'TRANSITION', recordType: 'EmergencyPoint', recordId: point.id, fields: ['closedAt', 'closeReason'], outcome: 'ALLOWED' }]);
    return { __typename: 'EmergencyPointChanged', point } as EmergencyPointResult;
  });
}

export interface RecordHelpInput {
  pointId: string;
  kinds: readonly EmergencyAidKind[];
  personId?: string | null;
  sex?: Sex | null;
  estimatedAge?: number | null;
  helpedAt?: Date | null;
  note?: string | null;
  idempotencyKey?: string | null;
}

/** Records one person helped at an open point. */
export async function recordEmergencyHelp(scope: EmergencyScope, input: RecordHelpInput): Promise<EmergencyHelpResult> {
  const now = scope.now ?? new Date();
  const flags = aidFlags(input.kinds);
  if (!flags) return rejected('kinds', 'REQUIRED', 'Say what was given: food, lodging or clothing.');
  const note = cleanText('note', input.note);
  if (isRejected(note)) return note;
  if (input.personId != null && (input.sex != null || input.estimatedAge != null)) return rejected('personId', 'ONE_OF', 'Link a recorded person, or describe an anonymous one by sex and age, not both.');
  if (input.personId == null && input.sex == null) return rejected('sex', 'REQUIRED', 'An anonymous entry gives at least the sex (UNKNOWN when it could not be established).');
  if (input.estimatedAge != null && (!Number.isInteger(input.estimatedAge) || input.estimatedAge < 0 || input.estimatedAge > 120)) {
    return rejected('estimatedAge', 'AGE_RANGE', 'An estimated age is a whole number of years from 0 to 120.');
  }
  if (!isUuid(input.pointId)) return notFound('temporary point');
  if (input.personId != null && !isUuid(input.personId)) return notFound('person');
  const helpedAt = input.helpedAt ?? now;
  return run(scope, 'point', (tx) =>
    withIdempotency<EmergencyHelpResult>(tx, scope.caller, {
      operation: 'recordEmergencyHelp',
      key: input.idempotencyKey,
      request: input,
      rejected,
      created: (result) => (result.__typename === 'EmergencyHelpRecorded' ? { type: 'EmergencyHelp', id: result.help.id } : null),
      replay: async (id) => {
        const help = await tx.findOne(EmergencyHelp, { id }, { populate: ['point', 'point.station'] });
        return help && coversDivision(scope.caller, help.point.station.jurisdiction) ? { __typename: 'EmergencyHelpRecorded', help, point: help.point } : notFound('temporary point');
      },
      create: async () => {
        // Marks the event changed, then shares the point's lock: it cannot close while help is being recorded.
        await touchEvent(tx, { pointId: input.pointId }, now);
        if (!(await lockRow(tx, 'emergency_point', input.pointId, 'share'))) refuse(notFound('temporary point'));
        const point = await tx.findOneOrFail(EmergencyPoint, { id: input.pointId }, { populate: ['station'] });
        if (!coversDivision(scope.caller, point.station.jurisdiction)) refuse(notFound('temporary point'));
        const answer = answerCheck(checkHelpAt(point, helpedAt, now));
        if (answer) refuse(answer);
        let person: string | null = null;
        if (input.personId) {
          const visible = personVisibility(scope.caller);
          const rows = await tx.getConnection().execute<Array<{ id: string }>>(`select p.id from person p where p.id = ? and ${visible.sql}`, [input.personId, ...visible.params], 'all', tx.getTransactionContext());
          if (rows.length === 0) refuse(notFound('person'));
          person = rows[0]!.id;
        }
        const help = tx.create(EmergencyHelp, {
          point,
          helpedAt,
          ...flags,
          person: person ? tx.getReference(Person, person) : null,
          sex: person ? null : (input.sex ?? null),
          estimatedAge: person ? null : (input.estimatedAge ?? null),
          recordedBy: scope.caller.id,
          recordedAt: now,
          note,
        });
        await tx.flush();
        await scope.audit.appendWithin(tx, [{ operation: 'CREATE', recordType: 'EmergencyHelp', recordId: help.id, fields: ['kinds', ...(person ? ['person'] : ['sex', 'estimatedAge'])], outcome: 'ALLOWED' }]);
        return { __typename: 'EmergencyHelpRecorded', help, point } as EmergencyHelpResult;
      },
    }, now),
  );
}
