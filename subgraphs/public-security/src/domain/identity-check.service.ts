/**
 * Identity-check changes: a station requests, the police record samples, compare and conclude.
 * Each change validates its input, checks the state machine, version and the caller's
 * jurisdiction, runs in one transaction with its event and audit line, and answers with a typed
 * result; when it fails, nothing is stored. No biometric data is ever accepted: only codes.
 */
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { parsePersonName, parseResidentIdNumber } from '@lifeline/identity-documents';
import { ChangeRefused, isUuid, personVisibleTo, rejectionHelpers, ROLES, runChange, withIdempotency, type Caller, type ChangeScope } from '@lifeline/subgraph-runtime';
import { BiometricSample } from '../entities/biometric-sample.entity';
import { IdentityCheck } from '../entities/identity-check.entity';
import { IdentityCheckEvent } from '../entities/identity-check-event.entity';
import { identityCheckScope } from './access';
import { publishIdentityVerified } from './identity-exchange';
import { checkTransition, resultDueAt } from './identity-check.workflow';
import { type IdentityCheckReason, type IdentityCheckStatus, type SampleKind, type UserErrorCode } from './vocabulary';

export type IdentityCheckResult =
  | { __typename: 'IdentityCheckChanged'; identityCheck: IdentityCheck }
  | { __typename: 'IdentityCheckInputRejected'; field: string; code: UserErrorCode; message: string }
  | { __typename: 'IdentityCheckRefused'; code: 'VERSION_CONFLICT' | 'STEP_NOT_ALLOWED'; field: null; currentStatus: IdentityCheckStatus; currentVersion: number; message: string };

const { rejected } = rejectionHelpers<'IdentityCheckInputRejected', UserErrorCode>('IdentityCheckInputRejected');

/** A refusal of this service's changes (see runChange). */
class Refusal extends ChangeRefused<IdentityCheckResult> {}

export { type ChangeScope };

const SAMPLE_CODE = /^[A-Z0-9][A-Z0-9-]{3,39}$/;
const TEXT_MAX = 500;

function inTransaction(scope: ChangeScope, work: (tx: EntityManager) => Promise<IdentityCheckResult>): Promise<IdentityCheckResult> {
  return runChange(scope.em, work, () => rejected('expectedVersion', 'VERSION_CONFLICT', 'Someone else changed the check meanwhile: read it again and retry.'));
}

function appendEvent(tx: EntityManager, check: IdentityCheck, from: IdentityCheckStatus | null, to: IdentityCheckStatus, caller: Caller, at: Date, note: string | null) {
  tx.create(IdentityCheckEvent, { identityCheck: check, fromStatus: from, toStatus: to, at, actor: caller.id, note });
}

export interface RequestInput {
  personId: string;
  requestingStationId: string;
  reason: IdentityCheckReason;
  note?: string | null;
  idempotencyKey?: string | null;
}

const PERSON_NOT_FOUND = 'No person with that id is visible to you.';

/** A station's request; the jurisdiction is the caller's own, never taken from input. */
export async function requestIdentityCheck(scope: ChangeScope, input: RequestInput): Promise<IdentityCheckResult> {
  const now = scope.now ?? new Date();
  if (!isUuid(input.personId)) return rejected('personId', 'INVALID_ID', 'personId is not a valid id.');
  if (!isUuid(input.requestingStationId)) return rejected('requestingStationId', 'INVALID_ID', 'requestingStationId is not a valid id.');
  if (!scope.caller.jurisdiction) return rejected('requestingStationId', 'NO_JURISDICTION', 'Your account has no jurisdiction to request checks for.');
  const note = input.note?.trim() || null;
  if (note && note.length > TEXT_MAX) return rejected('note', 'TEXT', `The note must be at most ${TEXT_MAX} characters.`);
  return inTransaction(scope, (tx) =>
    withIdempotency<IdentityCheckResult>(tx, scope.caller, {
      operation: 'requestIdentityCheck',
      key: input.idempotencyKey,
      request: input,
      rejected,
      created: (result) => (result.__typename === 'IdentityCheckChanged' ? { type: 'IdentityCheck', id: result.identityCheck.id } : null),
      replay: async (id) => {
        const visible = identityCheckScope(scope.caller);
        const check = visible === null ? null : await tx.findOne(IdentityCheck, { $and: [visible, { id }] });
        return check ? { __typename: 'IdentityCheckChanged', identityCheck: check } : rejected('idempotencyKey', 'NOT_FOUND', 'The identity check this key created is no longer visible to you.');
      },
      create: async () => {
        // Only a person civil affairs recorded, and not a protected victim hidden from the caller.
        if (!(await personVisibleTo(tx, scope.caller, input.personId))) throw new Refusal(rejected('personId', 'NOT_FOUND', PERSON_NOT_FOUND));
        const open = await tx.count(IdentityCheck, { personId: input.personId, reason: input.reason, status: { $in: ['REQUESTED', 'SAMPLE_COLLECTED', 'COMPARING'] } });
        if (open > 0) throw new Refusal(rejected('personId', 'DUPLICATE', 'An open check with the same reason already exists for this person.'));
        const check = tx.create(IdentityCheck, {
          personId: input.personId,
          requestingStationId: input.requestingStationId,
          requestingJurisdiction: scope.caller.jurisdiction!,
          reason: input.reason,
          status: 'REQUESTED',
          requestedAt: now,
          resultDueAt: resultDueAt(now),
          createdAt: now,
        });
        appendEvent(tx, check, null, 'REQUESTED', scope.caller, now, note);
        try {
          await tx.flush();
        } catch (error) {
          // Two requests at once: the partial unique index lets only one stand.
          if (error instanceof UniqueConstraintViolationException) throw new Refusal(rejected('personId', 'DUPLICATE', 'An open check with the same reason already exists for this person.'));
          throw error;
        }
        await scope.audit.appendWithin(tx, [{ operation: 'CREATE', recordType: 'IdentityCheck', recordId: check.id, fields: ['status'], outcome: 'ALLOWED' }]);
        return { __typename: 'IdentityCheckChanged', identityCheck: check };
      },
    }, now),
  );
}

async function loadForChange(tx: EntityManager, scope: ChangeScope, id: string, expectedVersion: number, to: IdentityCheckStatus): Promise<IdentityCheck> {
  const visible = identityCheckScope(scope.caller);
  const check = isUuid(id) && visible !== null ? await tx.findOne(IdentityCheck, { $and: [visible, { id }] }) : null;
  if (!check) throw new Refusal(rejected('identityCheckId', 'NOT_FOUND', 'No identity check with that id is visible to you.'));
  if (check.version !== expectedVersion) {
    throw new Refusal({ __typename: 'IdentityCheckRefused', code: 'VERSION_CONFLICT', field: null, currentStatus: check.status, currentVersion: check.version, message: `The check is at version ${check.version}, not ${expectedVersion}: read it again and retry.` });
  }
  const allowed = checkTransition(check.status, to);
  if (!allowed.ok) throw new Refusal({ __typename: 'IdentityCheckRefused', code: 'STEP_NOT_ALLOWED', field: null, currentStatus: check.status, currentVersion: check.version, message: allowed.message });
  return check;
}

export interface SampleInput {
  identityCheckId: string;
  expectedVersion: number;
  kind: SampleKind;
  sampleCode: string;
  collectedAt?: Date | null;
}

/** Records a sample taken (its code only). */
export async function recordSample(scope: ChangeScope, input: SampleInput): Promise<IdentityCheckResult> {
  const now = scope.now ?? new Date();
  const code = input.sampleCode.trim().toUpperCase();
  if (!SAMPLE_CODE.test(code)) return rejected('sampleCode', 'FORMAT', 'A sample code is 4 to 40 letters, digits and hyphens.');
  const collectedAt = input.collectedAt ?? now;
  if (collectedAt.getTime() > now.getTime() + 60_000) return rejected('collectedAt', 'FUTURE', 'The collection time is in the future.');
  return inTransaction(scope, async (tx) => {
    const check = await loadForChange(tx, scope, input.identityCheckId, input.expectedVersion, 'SAMPLE_COLLECTED');
    if (collectedAt.getTime() < check.requestedAt.getTime()) throw new Refusal(rejected('collectedAt', 'BEFORE_REQUEST', 'A sample cannot be collected before the check was requested.'));
    if ((await tx.count(BiometricSample, { sampleCode: code })) > 0) throw new Refusal(rejected('sampleCode', 'DUPLICATE', 'This sample code is already recorded.'));
    tx.create(BiometricSample, { identityCheck: check, kind: input.kind, sampleCode: code, collectedBy: scope.caller.id, collectedAt });
    const from = check.status;
    check.status = 'SAMPLE_COLLECTED';
    // A further sample leaves the status as it was: the check still changed (its samples, its
    // events), so its version and `updatedAt` move, a partner's sync and the change feed see it,
    // and two officers adding samples at once meet a version conflict.
    check.updatedAt = now;
    appendEvent(tx, check, from, 'SAMPLE_COLLECTED', scope.caller, now, `${input.kind} sample`);
    try {
      await tx.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new Refusal(rejected('sampleCode', 'DUPLICATE', 'This sample code is already recorded.'));
      throw error;
    }
    await scope.audit.appendWithin(tx, [{ operation: 'UPDATE', recordType: 'IdentityCheck', recordId: check.id, fields: ['samples', 'status'], outcome: 'ALLOWED' }]);
    return { __typename: 'IdentityCheckChanged', identityCheck: check };
  });
}

/** The police start comparing the samples. */
export async function startComparison(scope: ChangeScope, input: { identityCheckId: string; expectedVersion: number }): Promise<IdentityCheckResult> {
  const now = scope.now ?? new Date();
  return inTransaction(scope, async (tx) => {
    const check = await loadForChange(tx, scope, input.identityCheckId, input.expectedVersion, 'COMPARING');
    const from = check.status;
    check.status = 'COMPARING';
    appendEvent(tx, check, from, 'COMPARING', scope.caller, now, null);
    await tx.flush();
    await scope.audit.appendWithin(tx, [{ operation: 'TRANSITION', recordType: 'IdentityCheck', recordId: check.id, fields: ['status'], outcome: 'ALLOWED' }]);
    return { __typename: 'IdentityCheckChanged', identityCheck: check };
  });
}

export interface ResultInput {
  identityCheckId: string;
  expectedVersion: number;
  outcome: 'MATCHED' | 'NO_MATCH' | 'INCONCLUSIVE';
  verifiedName?: string | null;
  verifiedIdNumber?: string | null;
  householdRegistration?: string | null;
}

/** The police result; a match carries the verified identity. */
export async function recordIdentityResult(scope: ChangeScope, input: ResultInput): Promise<IdentityCheckResult> {
  const now = scope.now ?? new Date();
  let verifiedName: string | null = null;
  let verifiedIdNumber: string | null = null;
  let householdRegistration: string | null = null;
  if (input.outcome === 'MATCHED') {
    if (!input.verifiedName?.trim()) return rejected('verifiedName', 'REQUIRED', 'A match needs the verified name.');
    const name = parsePersonName(input.verifiedName);
    if (!name.ok) return rejected('verifiedName', name.error.code, name.error.message);
    verifiedName = name.value;
    if (input.verifiedIdNumber?.trim()) {
      const id = parseResidentIdNumber(input.verifiedIdNumber, { today: now });
      if (!id.ok) return rejected('verifiedIdNumber', id.error.code, id.error.message);
      verifiedIdNumber = id.value.idNumber;
    }
    householdRegistration = input.householdRegistration?.trim() || null;
    if (householdRegistration && householdRegistration.length > TEXT_MAX) return rejected('householdRegistration', 'TEXT', `At most ${TEXT_MAX} characters.`);
  } else if (input.verifiedName || input.verifiedIdNumber || input.householdRegistration) {
    return rejected('outcome', 'NOT_APPLICABLE', 'Only a match carries a verified identity.');
  }
  return inTransaction(scope, async (tx) => {
    const check = await loadForChange(tx, scope, input.identityCheckId, input.expectedVersion, input.outcome);
    const from = check.status;
    Object.assign(check, { status: input.outcome, concludedAt: now, verifiedName, verifiedIdNumber, householdRegistration });
    appendEvent(tx, check, from, input.outcome, scope.caller, now, null);
    await tx.flush();
    if (input.outcome === 'MATCHED') await publishIdentityVerified(tx, check);
    await scope.audit.appendWithin(tx, [{ operation: 'TRANSITION', recordType: 'IdentityCheck', recordId: check.id, fields: ['status', 'verifiedName', 'verifiedIdNumber'], outcome: 'ALLOWED' }]);
    return { __typename: 'IdentityCheckChanged', identityCheck: check };
  });
}

/** Who may request checks (stations) and who may record police work. */
export const REQUESTERS = [ROLES.CENTER_STAFF, ROLES.STATION_STAFF] as const;
export const POLICE = [ROLES.POLICE_OFFICER, ROLES.FORENSIC_OFFICER] as const;
