/**
 * Settlements against the database. A station proposes a long-stay unidentified person in its
 * care; the regional center alone approves, relying on a police identity re-check (public security
 * holds the check; civil affairs keeps its reference and the approver's statement) or declines;
 * the station records the placement at a welfare institution, which exits the rescue case as
 * SETTLED through the rescue-case workflow; when the identity is found the settlement is revoked
 * and the person goes home. At most one active settlement per person (a partial unique index).
 */
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { ChangeRefused, isBadText, isUuid, resultHelpers, ROLES, runChange, withIdempotency, type ChangeScope } from '@lifeline/subgraph-runtime';
import { Escort } from '../entities/escort.entity';
import { MissingPersonReport } from '../entities/missing-person-report.entity';
import { RescueCase } from '../entities/rescue-case.entity';
import { Settlement } from '../entities/settlement.entity';
import { provinceOf } from './escort.workflow';
import { mayWorkOn } from './access';
import { exitRescueCase, type RescueCaseResult } from './rescue-case.service';
import { settlementEligibility, checkSettlementStep } from './settlement.workflow';
import { publishTracingMatchConfirmed } from './tracing-exchange';
import { applyTracingMatch } from './tracing.service';
import { ACTIVE_SETTLEMENT_STATUSES, type IdentityFoundBy, type SettlementIneligibility, type SettlementStatus, type WelfareInstitutionLevel, type UserErrorCode } from './vocabulary';

type Rejected = { __typename: 'InputRejected'; field: string; code: UserErrorCode; message: string };
export type SettlementResult =
  | { __typename: 'SettlementChanged'; settlement: Settlement }
  | Rejected
  | { __typename: 'NotEligibleForSettlement'; code: SettlementIneligibility; field: null; reason: SettlementIneligibility; message: string }
  | { __typename: 'SettlementStepRefused'; code: 'STEP_NOT_ALLOWED'; field: null; currentStatus: SettlementStatus; message: string }
  | { __typename: 'VersionConflict'; code: 'VERSION_CONFLICT'; field: null; currentVersion: number; message: string }
  | { __typename: 'RecordNotFound'; code: 'NOT_FOUND'; field: null; message: string };

class Refusal extends ChangeRefused<SettlementResult> {}
const { rejected, notFound, isRejected } = resultHelpers<'InputRejected', 'RecordNotFound', UserErrorCode>({ rejected: 'InputRejected', notFound: 'RecordNotFound' });

export type SettlementScope = ChangeScope;

const DIVISION = /^[1-8][0-9]{5}$/;
const TEXT_MAX = 1000;

/** A required free text, trimmed; or why it is refused. */
function required(field: string, value: string | null | undefined, what: string): string | Rejected {
  const text = value?.trim() ?? '';
  if (!text) return rejected(field, 'REQUIRED', what);
  if (isBadText(text, TEXT_MAX)) return rejected(field, 'TEXT', `At most ${TEXT_MAX} characters, without control or invisible characters.`);
  return text;
}


function run(scope: SettlementScope, work: (tx: EntityManager) => Promise<SettlementResult>): Promise<SettlementResult> {
  return runChange(scope.em, work, () => ({ __typename: 'VersionConflict', code: 'VERSION_CONFLICT', field: null, currentVersion: -1, message: 'Someone else changed the settlement meanwhile: read it again.' }));
}

async function loadSettlement(tx: EntityManager, scope: SettlementScope, id: string, expectedVersion: number): Promise<Settlement> {
  if (!isUuid(id)) throw new Refusal(notFound('settlement'));
  const rows = await tx.getConnection().execute<Array<{ id: string }>>(`select id from settlement where id = ? for update`, [id], 'all', tx.getTransactionContext());
  if (rows.length === 0) throw new Refusal(notFound('settlement'));
  const settlement = await tx.findOneOrFail(Settlement, { id }, { populate: ['person', 'rescueCase', 'rescueCase.station'] });
  if (!mayWorkOn(scope.caller, { person: settlement.person, station: settlement.rescueCase.station })) throw new Refusal(notFound('settlement'));
  if (settlement.version !== expectedVersion) {
    throw new Refusal({ __typename: 'VersionConflict', code: 'VERSION_CONFLICT', field: null, currentVersion: settlement.version, message: `The settlement is at version ${settlement.version}, not ${expectedVersion}: read it again.` });
  }
  return settlement;
}

/** Refuses a step the settlement's workflow does not allow from where it stands. */
function checkStep(settlement: Settlement, to: SettlementStatus): void {
  const check = checkSettlementStep(settlement.status, to);
  if (!check.ok) throw new Refusal({ __typename: 'SettlementStepRefused', code: 'STEP_NOT_ALLOWED', field: null, currentStatus: settlement.status, message: check.message });
}

/**
 * Moves a settlement on when its workflow allows it. Every change of a settlement is a step, so
 * this is where `updatedAt` moves: a partner's sync then sees the settlement again, in the order it
 * changed.
 */
function step(settlement: Settlement, to: SettlementStatus, now: Date): void {
  checkStep(settlement, to);
  settlement.status = to;
  settlement.updatedAt = now;
}

/** A refused exit of the rescue case, as the settlement's answer. */
function caseExitRefused(exit: Exclude<RescueCaseResult, { __typename: 'RescueCaseChanged' }>): SettlementResult {
  switch (exit.__typename) {
    case 'TransitionRefused':
      return rejected('settlementId', 'CASE_NOT_IN_CARE', `The person's rescue case is ${exit.currentStatus}: ${exit.message}`);
    case 'ZoneFull':
      return notFound('rescue case');
    default:
      return exit;
  }
}

const changed = (settlement: Settlement): SettlementResult => ({ __typename: 'SettlementChanged', settlement });
const duplicate: SettlementResult = { __typename: 'NotEligibleForSettlement', code: 'ACTIVE_SETTLEMENT', field: null, reason: 'ACTIVE_SETTLEMENT', message: 'A settlement of this person is already proposed, approved or in force.' };

/** A station proposes settling a long-stay unidentified person in its care. */
export async function proposeSettlement(scope: SettlementScope, input: { rescueCaseId: string; note: string; idempotencyKey?: string | null }): Promise<SettlementResult> {
  const now = scope.now ?? new Date();
  const note = required('note', input.note, 'Say why settlement is proposed: tracing done, time in care, the person’s needs.');
  if (isRejected(note)) return note;
  if (!isUuid(input.rescueCaseId)) return notFound('rescue case');
  return run(scope, (tx) =>
    withIdempotency<SettlementResult>(tx, scope.caller, {
      operation: 'proposeSettlement',
      key: input.idempotencyKey,
      request: input,
      rejected,
      created: (result) => (result.__typename === 'SettlementChanged' ? { type: 'Settlement', id: result.settlement.id } : null),
      replay: async (id) => {
        const settlement = await tx.findOne(Settlement, { id }, { populate: ['person', 'rescueCase', 'rescueCase.station'] });
        return settlement && mayWorkOn(scope.caller, { person: settlement.person, station: settlement.rescueCase.station }) ? changed(settlement) : notFound('settlement');
      },
      create: async () => {
        const rescueCase = await tx.findOne(RescueCase, { id: input.rescueCaseId }, { populate: ['station', 'person'] });
        if (!rescueCase || !mayWorkOn(scope.caller, rescueCase)) throw new Refusal(notFound('rescue case'));
        const active = await tx.count(Settlement, { person: rescueCase.person, status: { $in: [...ACTIVE_SETTLEMENT_STATUSES] } });
        const eligibility = settlementEligibility(rescueCase, rescueCase.person, active > 0, now);
        if (!eligibility.ok) throw new Refusal({ __typename: 'NotEligibleForSettlement', code: eligibility.reason, field: null, reason: eligibility.reason, message: eligibility.message });
        const settlement = tx.create(Settlement, { person: rescueCase.person, rescueCase, status: 'PROPOSED', proposedBy: scope.caller.id, proposedAt: now, proposalNote: note, updatedAt: now });
        try {
          await tx.flush();
        } catch (error) {
          if (error instanceof UniqueConstraintViolationException) throw new Refusal(duplicate);
          throw error;
        }
        await scope.audit.appendWithin(tx, [{ operation: 'CREATE', recordType: 'Settlement', recordId: settlement.id, fields: ['status', 'proposalNote'], outcome: 'ALLOWED' }]);
        return changed(settlement);
      },
    }, now),
  );
}

export interface DecideSettlementInput {
  settlementId: string;
  expectedVersion: number;
  approve: boolean;
  identityCheckId?: string | null;
  recheckFoundNoRegistration?: boolean | null;
  recheckNote?: string | null;
  declineReason?: string | null;
}

/** The regional center approves (relying on the police re-check) or declines a proposal. */
export async function decideSettlement(scope: SettlementScope, input: DecideSettlementInput): Promise<SettlementResult> {
  const now = scope.now ?? new Date();
  if (!scope.caller.roles.includes(ROLES.CENTER_STAFF)) return { __typename: 'RecordNotFound', code: 'NOT_FOUND', field: null, message: 'Only the regional center decides settlements.' };
  let statement: string | null = null;
  let declineReason: string | null = null;
  if (input.approve) {
    if (!input.identityCheckId) return rejected('identityCheckId', 'REQUIRED', 'Approval needs the police identity re-check (reason SETTLEMENT_RECHECK).');
    if (!isUuid(input.identityCheckId)) return rejected('identityCheckId', 'INVALID_ID', 'Not a valid identity-check id.');
    if (input.recheckFoundNoRegistration !== true) {
      return rejected('recheckFoundNoRegistration', 'RECHECK_NOT_CLEAR', 'Approve only when the re-check found no existing household registration; otherwise decline and trace the family.');
    }
    const recheckNote = input.recheckNote?.trim() || null;
    if (recheckNote && (isBadText(recheckNote, TEXT_MAX))) return rejected('recheckNote', 'TEXT', `At most ${TEXT_MAX} characters.`);
    statement = `复核未发现已有户籍登记 (re-check found no existing registration)${recheckNote ? `: ${recheckNote}` : ''}`;
  } else {
    const reason = required('declineReason', input.declineReason, 'A decline carries the center’s reason.');
    if (isRejected(reason)) return reason;
    declineReason = reason;
  }
  return run(scope, async (tx) => {
    const settlement = await loadSettlement(tx, scope, input.settlementId, input.expectedVersion);
    step(settlement, input.approve ? 'APPROVED' : 'DECLINED', now);
    Object.assign(settlement, {
      decidedBy: scope.caller.id,
      decidedAt: now,
      declineReason,
      identityRecheckId: input.approve ? input.identityCheckId : null,
      recheckStatement: statement,
    });
    await tx.flush();
    await scope.audit.appendWithin(tx, [{ operation: 'TRANSITION', recordType: 'Settlement', recordId: settlement.id, fields: ['status', input.approve ? 'identityRecheck' : 'declineReason'], outcome: 'ALLOWED' }]);
    return changed(settlement);
  });
}

/** Records the placement at a welfare institution; the case exits SETTLED through the rescue-case workflow. */
export async function settlePerson(
  scope: SettlementScope,
  input: { settlementId: string; expectedVersion: number; institutionLevel: WelfareInstitutionLevel; institutionName: string; householdRegistrationRef: string },
): Promise<SettlementResult> {
  const now = scope.now ?? new Date();
  const institutionName = required('institutionName', input.institutionName, 'Name the welfare institution.');
  if (isRejected(institutionName)) return institutionName;
  const registration = required('householdRegistrationRef', input.householdRegistrationRef, 'Give the reference of the collective household registration.');
  if (isRejected(registration)) return registration;
  return run(scope, async (tx) => {
    const settlement = await loadSettlement(tx, scope, input.settlementId, input.expectedVersion);
    // The case exits only on an APPROVED settlement (it reads the stored one): the step follows the exit.
    checkStep(settlement, 'SETTLED');
    const exit = await exitRescueCase(
      { em: tx, caller: scope.caller, audit: scope.audit, now },
      { rescueCaseId: settlement.rescueCase.id, expectedVersion: settlement.rescueCase.version, reason: 'SETTLED', settlementId: settlement.id, note: `落户安置于${institutionName} (${input.institutionLevel}), 集体户口 ${registration}` },
    );
    if (exit.__typename !== 'RescueCaseChanged') throw new Refusal(caseExitRefused(exit));
    step(settlement, 'SETTLED', now);
    Object.assign(settlement, { institutionLevel: input.institutionLevel, institutionName, householdRegistrationRef: registration, settledAt: now, settledBy: scope.caller.id });
    await tx.flush();
    await scope.audit.appendWithin(tx, [{ operation: 'TRANSITION', recordType: 'Settlement', recordId: settlement.id, fields: ['status', 'institutionName', 'householdRegistrationRef'], outcome: 'ALLOWED' }]);
    return changed(settlement);
  });
}

export interface RevokeSettlementInput {
  settlementId: string;
  expectedVersion: number;
  reason: string;
  identityFoundBy: IdentityFoundBy;
  identityFoundReference: string;
  goingHomeArrangement: string;
  escortDestinationDivision?: string | null;
  escortDestination?: string | null;
}

/** Revokes a settlement because the identity was found; the person goes home, with an escort if requested. */
export async function revokeSettlement(scope: SettlementScope, input: RevokeSettlementInput): Promise<SettlementResult> {
  const now = scope.now ?? new Date();
  const reason = required('reason', input.reason, 'Say why the settlement is revoked.');
  if (isRejected(reason)) return reason;
  const arrangement = required('goingHomeArrangement', input.goingHomeArrangement, 'Record how the person goes home (who collects them, when, how).');
  if (isRejected(arrangement)) return arrangement;
  if (!isUuid(input.identityFoundReference)) {
    return rejected('identityFoundReference', 'INVALID_ID', input.identityFoundBy === 'TRACING_MATCH' ? 'Give the id of the matched missing-person report.' : 'Give the id of the police identity check.');
  }
  const wantsEscort = input.escortDestinationDivision != null || input.escortDestination != null;
  let destination: string | null = null;
  if (wantsEscort) {
    if (!DIVISION.test(input.escortDestinationDivision ?? '')) return rejected('escortDestinationDivision', 'FORMAT', 'The escort destination is a 6-digit division code.');
    const text = required('escortDestination', input.escortDestination, 'Name the destination of the escort.');
    if (isRejected(text)) return text;
    destination = text;
  }
  return run(scope, async (tx) => {
    const settlement = await loadSettlement(tx, scope, input.settlementId, input.expectedVersion);
    step(settlement, 'REVOKED', now);
    const audit = [{ operation: 'TRANSITION', recordType: 'Settlement', recordId: settlement.id, fields: ['status', 'revokeReason', 'identityFoundBy', 'goingHomeArrangement'], outcome: 'ALLOWED' as const }];
    if (input.identityFoundBy === 'TRACING_MATCH') {
      const report = await tx.findOne(MissingPersonReport, { id: input.identityFoundReference });
      if (!report) throw new Refusal(notFound('missing-person report'));
      if (report.resolvedPerson && report.resolvedPerson.id !== settlement.person.id) {
        throw new Refusal(rejected('identityFoundReference', 'RESOLVED', 'This report is already resolved to someone else.'));
      }
      if (!report.resolvedPerson) {
        applyTracingMatch(settlement.person, report, now);
        await publishTracingMatchConfirmed(tx, settlement.person.id, report.name, now);
        audit.push({ operation: 'UPDATE', recordType: 'Person', recordId: settlement.person.id, fields: ['name', 'identityStatus'], outcome: 'ALLOWED' });
      }
    }
    let escort: Escort | null = null;
    if (wantsEscort) {
      const division = input.escortDestinationDivision!;
      escort = tx.create(Escort, {
        rescueCase: settlement.rescueCase,
        destinationDivision: division,
        destination: destination!,
        crossProvince: provinceOf(division) !== provinceOf(settlement.rescueCase.station.jurisdiction),
        status: 'REQUESTED',
        requestedBy: scope.caller.id,
        createdAt: now,
        updatedAt: now,
      });
      audit.push({ operation: 'CREATE', recordType: 'Escort', recordId: escort.id, fields: ['status'], outcome: 'ALLOWED' });
    }
    Object.assign(settlement, {
      revokedAt: now,
      revokedBy: scope.caller.id,
      revokeReason: reason,
      identityFoundBy: input.identityFoundBy,
      identityFoundReference: input.identityFoundReference,
      goingHomeArrangement: arrangement,
      escort,
    });
    await tx.flush();
    await scope.audit.appendWithin(tx, audit);
    return changed(settlement);
  });
}
