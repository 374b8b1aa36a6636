/**
 * The women's-federation changes: submitting a shelter referral (idempotent per submitter and
 * key), withdrawing or closing it, and tracking referral-out services. Each runs in one
 * transaction with its audit line and answers with a typed result; when it fails, nothing is stored.
 */
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { ChangeRefused, isBadText, resultHelpers, runChange, withIdempotency, type Caller, type ChangeScope } from '@lifeline/subgraph-runtime';
import { maySubmit, serviceTrackingScope } from './access';
import { ReferralService } from '../entities/referral-service.entity';
import { ShelterReferral } from '../entities/shelter-referral.entity';
import { ShelterReferralChild } from '../entities/shelter-referral-child.entity';
import { publishReferralFileEnded, publishReferralSubmitted } from './referral-exchange';
import { checkFileStep, checkServiceStep, submissionFingerprint, validateSubmission, type SubmissionInput } from './shelter-referral.workflow';
import { type ReferralFileStatus, type ReferralServiceKind, type ReferralServiceStatus, REFERRAL_SERVICE_KINDS, type UserErrorCode } from './vocabulary';

export type ReferralResult =
  | { __typename: 'ShelterReferralChanged'; shelterReferral: ShelterReferral; replayed: boolean }
  | { __typename: 'ReferralInputRejected'; field: string; code: UserErrorCode; message: string }
  | { __typename: 'ReferralStepRefused'; code: 'STEP_NOT_ALLOWED'; field: null; currentStatus: ReferralFileStatus; message: string }
  | { __typename: 'IdempotencyConflict'; code: 'REUSED'; field: null; existingReferralId: string; message: string }
  | { __typename: 'ReferralVersionConflict'; code: 'VERSION_CONFLICT'; field: null; currentVersion: number; message: string }
  | { __typename: 'ReferralNotFound'; code: 'NOT_FOUND'; field: null; message: string };

export type ServiceResult =
  | { __typename: 'ReferralServiceChanged'; referralService: ReferralService }
  | { __typename: 'ReferralInputRejected'; field: string; code: UserErrorCode; message: string }
  | { __typename: 'ServiceStepRefused'; code: 'STEP_NOT_ALLOWED'; field: null; currentStatus: ReferralServiceStatus; message: string }
  | { __typename: 'ReferralVersionConflict'; code: 'VERSION_CONFLICT'; field: null; currentVersion: number; message: string }
  | { __typename: 'ReferralNotFound'; code: 'NOT_FOUND'; field: null; message: string };

export { type ChangeScope };

class Refusal<T> extends ChangeRefused<T> {}

const { rejected, notFound } = resultHelpers<'ReferralInputRejected', 'ReferralNotFound', UserErrorCode>({ rejected: 'ReferralInputRejected', notFound: 'ReferralNotFound' });
const TEXT_MAX = 2000;
const badText = (value: string) => isBadText(value, TEXT_MAX);


/** The answer for a submission whose key was used before: the same referral, or a conflict. */
async function replay(em: EntityManager, caller: Caller, key: string, fingerprint: string): Promise<ReferralResult | null> {
  const existing = await em.fork().findOne(ShelterReferral, { referringCaseworker: caller.id, idempotencyKey: key });
  if (!existing) return null;
  if (existing.contentHash !== fingerprint) {
    return { __typename: 'IdempotencyConflict', code: 'REUSED', field: null, existingReferralId: existing.id, message: 'This idempotency key was already used for a different referral: use a new key for a new referral.' };
  }
  return { __typename: 'ShelterReferralChanged', shelterReferral: existing, replayed: true };
}

/**
 * Submits a referral. The same key from the same submitter gives one referral, also when two
 * requests race: the unique index lets one insert win and the other finds it (insert-or-return).
 */
export async function submitShelterReferral(scope: ChangeScope, input: SubmissionInput): Promise<ReferralResult> {
  const now = scope.now ?? new Date();
  if (!maySubmit(scope.caller)) return notFound('referral desk');
  const checked = validateSubmission(input, scope.caller.id, now);
  if (!checked.ok) return { __typename: 'ReferralInputRejected', ...checked.rejection };
  const value = checked.value;
  const fingerprint = submissionFingerprint(value, input.risk.assessedAt != null);
  const earlier = await replay(scope.em, scope.caller, value.idempotencyKey, fingerprint);
  if (earlier) return earlier;
  try {
    return await runChange<ReferralResult>(
      scope.em,
      async (tx) => {
        const { children, ...fields } = value;
        const referral = tx.create(ShelterReferral, {
          ...fields,
          status: 'SUBMITTED',
          referringCaseworker: scope.caller.id,
          accompanyingChildren: children.length,
          contentHash: fingerprint,
          submittedAt: now,
          createdAt: now,
          updatedAt: now,
        });
        children.forEach((child, i) => tx.create(ShelterReferralChild, { referral, position: i + 1, ageYears: child.ageYears, sex: child.sex }));
        await tx.flush();
        // Civil affairs learns of it in the same transaction: the shelter answers only what it received.
        await publishReferralSubmitted(tx, referral);
        await scope.audit.appendWithin(tx, [{ operation: 'CREATE', recordType: 'ShelterReferral', recordId: referral.id, fields: ['status', 'victim', 'risk', 'children', 'consent'], outcome: 'ALLOWED' }]);
        return { __typename: 'ShelterReferralChanged', shelterReferral: referral, replayed: false };
      },
      () => ({ __typename: 'ReferralVersionConflict', code: 'VERSION_CONFLICT', field: null, currentVersion: -1, message: 'The referral changed meanwhile: read it again and retry.' }),
    );
  } catch (error) {
    // The twin request inserted first: answer with its referral (or the conflict).
    if (error instanceof UniqueConstraintViolationException) {
      const twin = await replay(scope.em, scope.caller, value.idempotencyKey, fingerprint);
      if (twin) return twin;
    }
    throw error;
  }
}

async function loadOwnReferral(tx: EntityManager, caller: Caller, id: string, expectedVersion: number): Promise<ShelterReferral> {
  const referral = await tx.findOne(ShelterReferral, { id, referringCaseworker: caller.id });
  if (!referral || !maySubmit(caller)) throw new Refusal<ReferralResult>(notFound('referral of yours'));
  if (referral.version !== expectedVersion) {
    throw new Refusal<ReferralResult>({ __typename: 'ReferralVersionConflict', code: 'VERSION_CONFLICT', field: null, currentVersion: referral.version, message: `The referral is at version ${referral.version}, not ${expectedVersion}: read it again and retry.` });
  }
  return referral;
}

/** The caseworker withdraws her referral (before the stay) or closes her file, with an optional reason. */
export async function changeReferralFile(scope: ChangeScope, input: { referralId: string; expectedVersion: number; to: 'WITHDRAWN' | 'CLOSED'; reason?: string | null }): Promise<ReferralResult> {
  const reason = input.reason?.trim() || null;
  if (input.to === 'WITHDRAWN' && !reason) return rejected('reason', 'REQUIRED', 'Say why the referral is withdrawn (the shelter reads it).');
  if (reason && badText(reason)) return rejected('reason', 'TEXT', `At most ${TEXT_MAX} characters, without control characters.`);
  return runChange<ReferralResult>(
    scope.em,
    async (tx) => {
      const referral = await loadOwnReferral(tx, scope.caller, input.referralId, input.expectedVersion);
      const check = checkFileStep(referral.status, input.to);
      if (!check.ok) throw new Refusal<ReferralResult>({ __typename: 'ReferralStepRefused', code: 'STEP_NOT_ALLOWED', field: null, currentStatus: referral.status, message: check.message });
      referral.status = input.to;
      referral.statusReason = reason;
      await tx.flush();
      await publishReferralFileEnded(tx, referral, input.to, scope.now ?? new Date());
      await scope.audit.appendWithin(tx, [{ operation: 'TRANSITION', recordType: 'ShelterReferral', recordId: referral.id, fields: ['status'], outcome: 'ALLOWED' }]);
      return { __typename: 'ShelterReferralChanged', shelterReferral: referral, replayed: false };
    },
    () => ({ __typename: 'ReferralVersionConflict', code: 'VERSION_CONFLICT', field: null, currentVersion: -1, message: 'The referral changed meanwhile: read it again and retry.' }),
  );
}

/** Requests a referral-out service (legal aid, counselling, medical, protection order, housing). */
export async function requestReferralService(scope: ChangeScope, input: { referralId: string; kind: ReferralServiceKind; provider: string; idempotencyKey?: string | null }): Promise<ServiceResult> {
  const now = scope.now ?? new Date();
  const provider = input.provider.trim();
  if (!(REFERRAL_SERVICE_KINDS as readonly string[]).includes(input.kind)) return rejected('kind', 'UNKNOWN', 'Not a known referral-out service.');
  if (!provider || badText(provider)) return rejected('provider', 'REQUIRED', 'Name who provides the service (a legal-aid center, a court, a hospital …).');
  return runChange<ServiceResult>(
    scope.em,
    (tx) =>
      withIdempotency<ServiceResult>(tx, scope.caller, {
        operation: 'requestReferralService',
        key: input.idempotencyKey,
        request: input,
        rejected,
        created: (result) => (result.__typename === 'ReferralServiceChanged' ? { type: 'ReferralService', id: result.referralService.id } : null),
        replay: async (id) => {
          const service = await tx.findOne(ReferralService, { id });
          const where = service ? serviceTrackingScope(scope.caller, service.referral.id) : null;
          return service && where && (await tx.count(ShelterReferral, where)) > 0 ? { __typename: 'ReferralServiceChanged', referralService: service } : notFound('referral service');
        },
        create: async () => {
          const where = serviceTrackingScope(scope.caller, input.referralId);
          const referral = where ? await tx.findOne(ShelterReferral, where) : null;
          if (!referral) throw new Refusal<ServiceResult>(notFound('referral'));
          const service = tx.create(ReferralService, { referral, kind: input.kind, status: 'REQUESTED', provider, requestedBy: scope.caller.id, requestedAt: now });
          await tx.flush();
          await scope.audit.appendWithin(tx, [{ operation: 'CREATE', recordType: 'ReferralService', recordId: service.id, fields: ['kind', 'status'], outcome: 'ALLOWED' }]);
          return { __typename: 'ReferralServiceChanged', referralService: service };
        },
      }, now),
    () => ({ __typename: 'ReferralVersionConflict', code: 'VERSION_CONFLICT', field: null, currentVersion: -1, message: 'The service changed meanwhile: read it again and retry.' }),
  );
}

/** Moves a referral-out service on: under way, or its outcome recorded (an outcome needs its text). */
export async function advanceReferralService(scope: ChangeScope, input: { serviceId: string; expectedVersion: number; to: 'IN_PROGRESS' | 'OUTCOME_RECORDED'; outcome?: string | null }): Promise<ServiceResult> {
  const now = scope.now ?? new Date();
  const outcome = input.outcome?.trim() || null;
  if (input.to === 'OUTCOME_RECORDED' && !outcome) return rejected('outcome', 'REQUIRED', 'Record what came of the service (granted, refused, appointment kept …).');
  if (outcome && badText(outcome)) return rejected('outcome', 'TEXT', `At most ${TEXT_MAX} characters, without control characters.`);
  return runChange<ServiceResult>(
    scope.em,
    async (tx) => {
      const service = await tx.findOne(ReferralService, { id: input.serviceId }, { populate: ['referral'] });
      const where = service ? serviceTrackingScope(scope.caller, service.referral.id) : null;
      if (!service || !where || (where.referringCaseworker && service.referral.referringCaseworker !== where.referringCaseworker)) throw new Refusal<ServiceResult>(notFound('referral-out service'));
      if (service.version !== input.expectedVersion) {
        throw new Refusal<ServiceResult>({ __typename: 'ReferralVersionConflict', code: 'VERSION_CONFLICT', field: null, currentVersion: service.version, message: `The service is at version ${service.version}, not ${input.expectedVersion}: read it again and retry.` });
      }
      const check = checkServiceStep(service.status, input.to);
      if (!check.ok) throw new Refusal<ServiceResult>({ __typename: 'ServiceStepRefused', code: 'STEP_NOT_ALLOWED', field: null, currentStatus: service.status, message: check.message });
      service.status = input.to;
      if (input.to === 'IN_PROGRESS') service.startedAt = now;
      else {
        service.outcome = outcome;
        service.outcomeAt = now;
        service.outcomeBy = scope.caller.id;
      }
      await tx.flush();
      await scope.audit.appendWithin(tx, [{ operation: 'TRANSITION', recordType: 'ReferralService', recordId: service.id, fields: ['status', ...(outcome ? ['outcome'] : [])], outcome: 'ALLOWED' }]);
      return { __typename: 'ReferralServiceChanged', referralService: service };
    },
    () => ({ __typename: 'ReferralVersionConflict', code: 'VERSION_CONFLICT', field: null, currentVersion: -1, message: 'The service changed meanwhile: read it again and retry.' }),
  );
}
