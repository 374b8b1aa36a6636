/**
 * Escorts home against the database. Stations request and run them; only the regional center
 * decides cross-province requests. Every step is checked (state, version, jurisdiction, role),
 * audited, and answered with a typed result; when it fails, nothing is stored.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { ChangeRefused, resultHelpers, ROLES, runChange, withIdempotency, type ChangeScope } from '@lifeline/subgraph-runtime';
import { Escort } from '../entities/escort.entity';
import { EscortLeg } from '../entities/escort-leg.entity';
import { RescueCase } from '../entities/rescue-case.entity';
import { RescueCaseEvent } from '../entities/rescue-case-event.entity';
import { checkEscortStep, provinceOf } from './escort.workflow';
import { mayWorkOn } from './access';
import { type EscortStatus, type TravelMode, type UserErrorCode } from './vocabulary';

export type EscortResult =
  | { __typename: 'EscortChanged'; escort: Escort }
  | { __typename: 'InputRejected'; field: string; code: UserErrorCode; message: string }
  | { __typename: 'EscortStepRefused'; code: 'STEP_NOT_ALLOWED'; field: null; currentStatus: EscortStatus; message: string }
  | { __typename: 'VersionConflict'; code: 'VERSION_CONFLICT'; field: null; currentVersion: number; message: string }
  | { __typename: 'RecordNotFound'; code: 'NOT_FOUND'; field: null; message: string };

const results = resultHelpers<'InputRejected', 'RecordNotFound', UserErrorCode>({ rejected: 'InputRejected', notFound: 'RecordNotFound' });
const rejected = results.rejected;
const notFound = results.notFound('escort (or case)');

/** A refusal of this service's changes (see runChange). */
class Refusal extends ChangeRefused<EscortResult> {}

export type EscortScope = ChangeScope;

const DIVISION = /^[1-8][0-9]{5}$/;
const TEXT_MAX = 500;
const text = (value: string | null | undefined) => value?.trim() || null;


function run(scope: EscortScope, work: (tx: EntityManager) => Promise<EscortResult>): Promise<EscortResult> {
  return runChange(scope.em, work, () => ({ __typename: 'VersionConflict', code: 'VERSION_CONFLICT', field: null, currentVersion: -1, message: 'Someone else changed the escort meanwhile: read it again.' }));
}

async function loadEscort(tx: EntityManager, scope: EscortScope, id: string, expectedVersion: number): Promise<Escort> {
  const escort = await tx.findOne(Escort, { id }, { populate: ['rescueCase', 'rescueCase.station', 'rescueCase.person'] });
  if (!escort || !mayWorkOn(scope.caller, escort.rescueCase)) throw new Refusal(notFound);
  if (escort.version !== expectedVersion) {
    throw new Refusal({ __typename: 'VersionConflict', code: 'VERSION_CONFLICT', field: null, currentVersion: escort.version, message: `The escort is at version ${escort.version}, not ${expectedVersion}: read it again.` });
  }
  return escort;
}

/**
 * Moves an escort on when its workflow allows it. Every change of an escort is a step, so this is
 * where `updatedAt` moves: a partner's sync then sees the escort again, in the order it changed.
 */
function step(escort: Escort, to: EscortStatus, now: Date): void {
  const check = checkEscortStep(escort.status, escort.crossProvince, to);
  if (!check.ok) throw new Refusal({ __typename: 'EscortStepRefused', code: 'STEP_NOT_ALLOWED', field: null, currentStatus: escort.status, message: check.message });
  escort.status = to;
  escort.updatedAt = now;
}

/** A station asks to escort a person in its care home. */
export async function requestEscort(scope: EscortScope, input: { rescueCaseId: string; destinationDivision: string; destination: string; idempotencyKey?: string | null }): Promise<EscortResult> {
  const destination = text(input.destination);
  if (!DIVISION.test(input.destinationDivision)) return rejected('destinationDivision', 'FORMAT', 'The destination is a 6-digit division code.');
  if (!destination || destination.length > TEXT_MAX) return rejected('destination', 'TEXT', `Name the destination in at most ${TEXT_MAX} characters.`);
  return run(scope, (tx) =>
    withIdempotency<EscortResult>(tx, scope.caller, {
      operation: 'requestEscort',
      key: input.idempotencyKey,
      request: input,
      rejected,
      created: (result) => (result.__typename === 'EscortChanged' ? { type: 'Escort', id: result.escort.id } : null),
      replay: async (id) => {
        const escort = await tx.findOne(Escort, { id }, { populate: ['rescueCase', 'rescueCase.station', 'rescueCase.person'] });
        return escort && mayWorkOn(scope.caller, escort.rescueCase) ? { __typename: 'EscortChanged', escort } : notFound;
      },
      create: async () => {
        const now = scope.now ?? new Date();
        const rescueCase = await tx.findOne(RescueCase, { id: input.rescueCaseId }, { populate: ['station', 'person'] });
        if (!rescueCase || !mayWorkOn(scope.caller, rescueCase)) throw new Refusal(notFound);
        if (rescueCase.status !== 'IN_CARE') throw new Refusal(rejected('rescueCaseId', 'NOT_IN_CARE', `Only a person in care is escorted home; the case is ${rescueCase.status}.`));
        const open = await tx.count(Escort, { rescueCase, status: { $nin: ['DECLINED', 'COMPLETED'] } });
        if (open > 0) throw new Refusal(rejected('rescueCaseId', 'DUPLICATE', 'An escort for this case is already under way.'));
        const escort = tx.create(Escort, {
          rescueCase,
          destinationDivision: input.destinationDivision,
          destination,
          crossProvince: provinceOf(input.destinationDivision) !== provinceOf(rescueCase.station.jurisdiction),
          status: 'REQUESTED',
          requestedBy: scope.caller.id,
          createdAt: now,
          updatedAt: now,
        });
        await tx.flush();
        await scope.audit.appendWithin(tx, [{ operation: 'CREATE', recordType: 'Escort', recordId: escort.id, fields: ['status'], outcome: 'ALLOWED' }]);
        return { __typename: 'EscortChanged', escort };
      },
    }, scope.now),
  );
}

/** The regional center decides a cross-province request. */
export async function decideEscort(
  scope: EscortScope,
  input: { escortId: string; expectedVersion: number; approve: boolean; reason?: string | null; guidance?: string | null },
): Promise<EscortResult> {
  const reason = text(input.reason);
  const guidance = text(input.guidance);
  if (!input.approve && (!reason || !guidance)) return rejected(reason ? 'guidance' : 'reason', 'REQUIRED', 'A decline carries the center’s reason and guidance for the station.');
  if ((reason?.length ?? 0) > TEXT_MAX || (guidance?.length ?? 0) > TEXT_MAX) return rejected('reason', 'TEXT', `At most ${TEXT_MAX} characters each.`);
  if (!scope.caller.roles.includes(ROLES.CENTER_STAFF)) return { __typename: 'RecordNotFound', code: 'NOT_FOUND', field: null, message: 'Only the regional center decides cross-province escorts.' };
  return run(scope, async (tx) => {
    const escort = await loadEscort(tx, scope, input.escortId, input.expectedVersion);
    step(escort, input.approve ? 'APPROVED' : 'DECLINED', scope.now ?? new Date());
    Object.assign(escort, { decidedBy: scope.caller.id, declineReason: input.approve ? null : reason, declineGuidance: input.approve ? null : guidance });
    await tx.flush();
    await scope.audit.appendWithin(tx, [{ operation: 'TRANSITION', recordType: 'Escort', recordId: escort.id, fields: ['status'], outcome: 'ALLOWED' }]);
    return { __typename: 'EscortChanged', escort };
  });
}

export interface LegInput {
  fromPlace: string;
  toPlace: string;
  mode: TravelMode;
  tickets?: string | null;
  escortStaff: string;
  departAt: Date;
  costFen: number;
}

/** Arranges the legs (route, tickets, staff, cost). */
export async function scheduleEscort(scope: EscortScope, input: { escortId: string; expectedVersion: number; legs: LegInput[] }): Promise<EscortResult> {
  if (input.legs.length === 0 || input.legs.length > 10) return rejected('legs', 'COUNT', 'An escort has 1 to 10 legs.');
  for (const [i, leg] of input.legs.entries()) {
    if (!Number.isInteger(leg.costFen) || leg.costFen < 0 || leg.costFen > 10_000_000) return rejected(`legs.${i}.costFen`, 'AMOUNT', 'A cost is a whole number of fen from 0 to 10,000,000.');
    for (const [field, value] of [['fromPlace', leg.fromPlace], ['toPlace', leg.toPlace], ['escortStaff', leg.escortStaff]] as const) {
      if (!text(value) || value.length > TEXT_MAX) return rejected(`legs.${i}.${field}`, 'TEXT', `Required, at most ${TEXT_MAX} characters.`);
    }
    if (i > 0 && leg.departAt.getTime() < input.legs[i - 1]!.departAt.getTime()) return rejected(`legs.${i}.departAt`, 'ORDER', 'Each leg departs after the one before.');
  }
  return run(scope, async (tx) => {
    const escort = await loadEscort(tx, scope, input.escortId, input.expectedVersion);
    step(escort, 'SCHEDULED', scope.now ?? new Date());
    input.legs.forEach((leg, i) =>
      tx.create(EscortLeg, { escort, sequence: i + 1, fromPlace: leg.fromPlace.trim(), toPlace: leg.toPlace.trim(), mode: leg.mode, tickets: text(leg.tickets), escortStaff: leg.escortStaff.trim(), departAt: leg.departAt, costFen: BigInt(leg.costFen) }),
    );
    await tx.flush();
    await scope.audit.appendWithin(tx, [{ operation: 'TRANSITION', recordType: 'Escort', recordId: escort.id, fields: ['status', 'legs'], outcome: 'ALLOWED' }]);
    return { __typename: 'EscortChanged', escort };
  });
}

/** Moves an escort on; completing it closes the case as ESCORTED_HOME. */
export async function advanceEscort(
  scope: EscortScope,
  input: { escortId: string; expectedVersion: number; to: EscortStatus; receivingAgency?: string | null; handoverRecord?: string | null },
): Promise<EscortResult> {
  const now = scope.now ?? new Date();
  if (!['IN_TRANSIT', 'HANDED_OVER', 'COMPLETED'].includes(input.to)) return rejected('to', 'NOT_A_STEP', 'Use IN_TRANSIT, HANDED_OVER or COMPLETED here.');
  if (input.to === 'HANDED_OVER' && (!text(input.receivingAgency) || !text(input.handoverRecord))) {
    return rejected(text(input.receivingAgency) ? 'handoverRecord' : 'receivingAgency', 'REQUIRED', 'A hand-over names the receiving agency and the record it signed.');
  }
  return run(scope, async (tx) => {
    const escort = await loadEscort(tx, scope, input.escortId, input.expectedVersion);
    step(escort, input.to, now);
    if (input.to === 'HANDED_OVER') Object.assign(escort, { receivingAgency: text(input.receivingAgency), handoverRecord: text(input.handoverRecord), handedOverAt: now });
    if (input.to === 'COMPLETED') {
      const rescueCase = escort.rescueCase;
      if (rescueCase.status === 'IN_CARE') {
        rescueCase.status = 'EXITED';
        rescueCase.exitAt = now;
        rescueCase.exitReason = 'ESCORTED_HOME';
        tx.create(RescueCaseEvent, { rescueCase, fromStatus: 'IN_CARE', toStatus: 'EXITED', at: now, actor: scope.caller.id, reason: `ESCORTED_HOME: handed over to ${escort.receivingAgency} (${escort.handoverRecord})` });
      }
    }
    await tx.flush();
    await scope.audit.appendWithin(tx, [{ operation: 'TRANSITION', recordType: 'Escort', recordId: escort.id, fields: ['status'], outcome: 'ALLOWED' }]);
    return { __typename: 'EscortChanged', escort };
  });
}
