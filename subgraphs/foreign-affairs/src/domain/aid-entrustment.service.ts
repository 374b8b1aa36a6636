/**
 * The changes the foreign-affairs office and the center make to entrustments: issue, amend (a new
 * version of the terms, never an overwrite), accept, revoke, close. Each validates its input,
 * locks the entrustment's row (`for update`, so that a delivery racing an amendment waits),
 * checks the workflow and the caller's office, stores an event and an audit line in the same
 * transaction, and answers with a typed result; when it fails, nothing is stored.
 */
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { ChangeRefused, isUuid, personVisibleTo, resultHelpers, runChange, withIdempotency, type Caller, type ChangeScope } from '@lifeline/subgraph-runtime';
import { AidEntrustmentEvent } from '../entities/aid-entrustment-event.entity';
import { AidEntrustmentVersion } from '../entities/aid-entrustment-version.entity';
import { AidEntrustment } from '../entities/aid-entrustment.entity';
import { EntrustedAidItem } from '../entities/entrusted-aid-item.entity';
import { acceptsForCenter, isIssuingOfficer, officesOf, visibleEntrustments } from './access';
import { confirmationReason, latestLegalStatus, PUBLIC_SECURITY_EXCHANGE } from './legal-status';
import {
  capsOf,
  checkAmendmentAgainstDelivered,
  checkChange,
  isFulfilled,
  rejected,
  validateBeneficiary,
  validateDocumentNumber,
  validateReason,
  validateTerms,
  type AidCaps,
  type AidTerms,
  type BeneficiaryInput,
  type CapExceeded,
  type Refusal as WorkflowRefusal,
  type Rejection,
} from './aid-entrustment.workflow';
import { type Fen } from './money';
import { type AidEntrustmentAction, type AidEntrustmentStatus, type AidItemKind, type IssuingOffice, type UserErrorCode } from './vocabulary';

export type AidEntrustmentResult =
  | { __typename: 'AidEntrustmentChanged'; aidEntrustment: AidEntrustment }
  | Rejection
  | WorkflowRefusal
  | { __typename: 'AidEntrustmentVersionConflict'; code: 'VERSION_CONFLICT'; field: null; currentVersion: number; message: string }
  | { __typename: 'AidRecordNotFound'; code: 'NOT_FOUND'; field: null; message: string };

export type AidDeliveryOutcome = Rejection | WorkflowRefusal | CapExceeded | { __typename: 'AidRecordNotFound'; code: 'NOT_FOUND'; field: null; message: string };

export const notFound = resultHelpers<'AidInputRejected', 'AidRecordNotFound', UserErrorCode>({ rejected: 'AidInputRejected', notFound: 'AidRecordNotFound' }).notFound('entrustment');

/** A refusal of this service's changes (see runChange). */
export class AidRefusal<T> extends ChangeRefused<T> {}

export { type ChangeScope };

/** Whether `value` can be an id (anything else is simply not found). */
export const isId = (value: string): boolean => isUuid(value);

function inTransaction(scope: ChangeScope, work: (tx: EntityManager) => Promise<AidEntrustmentResult>): Promise<AidEntrustmentResult> {
  return runChange(scope.em, work, () => ({ __typename: 'AidEntrustmentVersionConflict', code: 'VERSION_CONFLICT', field: null, currentVersion: -1, message: 'Someone else changed the entrustment meanwhile: read it again and retry.' }));
}

/**
 * Loads the entrustment visible to the caller and locks its row for the rest of the transaction
 * (deliveries and amendments of one entrustment run one after the other).
 */
export async function lockVisible(tx: EntityManager, caller: Caller, id: string, now: Date): Promise<AidEntrustment | null> {
  const scope = visibleEntrustments(caller, now);
  if (scope === null || !isId(id)) return null;
  return tx.findOne(AidEntrustment, { $and: [{ id }, scope] }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

/** The entrustment visible to the caller, unlocked (a replayed answer only reads it). */
export async function findVisible(tx: EntityManager, caller: Caller, id: string, now: Date): Promise<AidEntrustment | null> {
  const scope = visibleEntrustments(caller, now);
  return scope === null ? null : tx.findOne(AidEntrustment, { $and: [{ id }, scope] });
}

/** What was delivered so far, per kind, read inside the transaction (after the row lock). */
export async function deliveredByKind(tx: EntityManager, entrustmentId: string): Promise<Map<AidItemKind, Fen>> {
  // sum(bigint) is numeric: read as text, so that no sum is rounded on its way to a bigint.
  const rows = await tx.execute<Array<{ kind: AidItemKind; fen: string }>>('select kind, sum(amount_fen)::text as fen from aid_delivery where entrustment_id = ? group by kind', [entrustmentId]);
  return new Map(rows.map((row) => [row.kind, BigInt(row.fen)]));
}

/** The current terms' items. */
export async function currentItems(tx: EntityManager, entrustment: AidEntrustment): Promise<EntrustedAidItem[]> {
  return tx.find(EntrustedAidItem, { entrustment, termsVersion: entrustment.termsVersion });
}

/** Appends an event to the entrustment's history. */
export function appendEvent(tx: EntityManager, entrustment: AidEntrustment, action: AidEntrustmentAction, from: AidEntrustmentStatus | null, to: AidEntrustmentStatus, caller: Caller, at: Date, reason: string | null = null): void {
  tx.create(AidEntrustmentEvent, { entrustment, action, fromStatus: from, toStatus: to, at, actor: caller.id, reason });
}

function writeTerms(tx: EntityManager, entrustment: AidEntrustment, number: number, terms: AidCaps & Pick<AidTerms, 'validFrom' | 'validUntil'>, caller: Caller, at: Date, reason: string | null): void {
  tx.create(AidEntrustmentVersion, { entrustment, number, totalCapFen: terms.totalCapFen, validFrom: terms.validFrom, validUntil: terms.validUntil, reason, createdAt: at, createdBy: caller.id });
  for (const item of terms.items) tx.create(EntrustedAidItem, { entrustment, termsVersion: number, kind: item.kind, capFen: item.capFen });
}

export interface IssueAidEntrustmentInput extends BeneficiaryInput {
  documentNumber: string;
  issuingOffice: IssuingOffice;
  personId?: string | null;
  statusCheckId?: string | null;
  items: AidTerms['items'];
  totalCapFen: number;
  validFrom: Date;
  validUntil: Date;
  idempotencyKey?: string | null;
}

/** The office issues an entrustment: status ISSUED with its terms as version 1. */
export async function issueAidEntrustment(scope: ChangeScope, input: IssueAidEntrustmentInput): Promise<AidEntrustmentResult> {
  const now = scope.now ?? new Date();
  const { caller } = scope;
  if (!officesOf(caller).includes(input.issuingOffice)) return rejected('issuingOffice', 'NOT_YOUR_OFFICE', 'Your office does not issue entrustments for this issuing office.');
  const documentProblem = validateDocumentNumber(input.documentNumber);
  if (documentProblem) return documentProblem;
  if (input.personId != null && !isId(input.personId)) return rejected('personId', 'ID', 'The person id is not a valid id.');
  if (input.statusCheckId != null && !isId(input.statusCheckId)) return rejected('statusCheckId', 'ID', 'The status check id is not a valid id.');
  const beneficiary = validateBeneficiary(input, now);
  if (!beneficiary.ok) return beneficiary.result;
  const terms: AidTerms = { items: input.items, totalCapFen: input.totalCapFen, validFrom: input.validFrom, validUntil: input.validUntil };
  const termsProblem = validateTerms(terms, now);
  if (termsProblem) return termsProblem;
  const documentNumber = input.documentNumber.trim();
  const duplicate = rejected('documentNumber', 'DUPLICATE', `${documentNumber} was already issued by this office: each document number is used once.`);
  return inTransaction(scope, (tx) =>
    withIdempotency<AidEntrustmentResult>(tx, scope.caller, {
      operation: 'issueAidEntrustment',
      key: input.idempotencyKey,
      request: input,
      rejected,
      created: (result) => (result.__typename === 'AidEntrustmentChanged' ? { type: 'AidEntrustment', id: result.aidEntrustment.id } : null),
      replay: async (id) => {
        const earlier = await findVisible(tx, caller, id, now);
        return earlier ? { __typename: 'AidEntrustmentChanged', aidEntrustment: earlier } : notFound;
      },
      create: async () => {
        // Only a person civil affairs recorded, and not a protected victim hidden from the caller.
        if (input.personId != null && !(await personVisibleTo(tx, scope.caller, input.personId))) {
          throw new AidRefusal(rejected('personId', 'NOT_FOUND', 'No person with that id is visible to you.'));
        }
        if ((await tx.count(AidEntrustment, { issuingOffice: input.issuingOffice, documentNumber })) > 0) throw new AidRefusal(duplicate);
        // Pending confirmation, while the police already found her stay legal: confirmed from the start.
        const found = input.personId != null && beneficiary.value.entryStatus === 'PENDING_CONFIRMATION' ? await latestLegalStatus(tx, input.personId) : null;
        const entrustment = tx.create(AidEntrustment, {
          documentNumber,
          issuingOffice: input.issuingOffice,
          issuingOrgUnit: caller.orgUnit!,
          issuedBy: caller.id,
          personId: input.personId ?? null,
          ...beneficiary.value,
          statusCheckId: input.statusCheckId ?? found?.statusCheckId ?? null,
          ...(found ? { entryStatus: 'LEGAL_STAY' as const } : {}),
          status: 'ISSUED',
          totalCapFen: BigInt(terms.totalCapFen),
          validFrom: terms.validFrom,
          validUntil: terms.validUntil,
          termsVersion: 1,
          issuedAt: now,
          createdAt: now,
        });
        writeTerms(tx, entrustment, 1, { ...terms, ...capsOf(terms) }, caller, now, null);
        appendEvent(tx, entrustment, 'ISSUED', null, 'ISSUED', caller, now);
        // A millisecond later, so the history (ordered by time) reads issue, then confirmation.
        if (found) appendEvent(tx, entrustment, 'STATUS_CONFIRMED', 'ISSUED', 'ISSUED', PUBLIC_SECURITY_EXCHANGE, new Date(now.getTime() + 1), confirmationReason(found));
        try {
          await tx.flush();
        } catch (error) {
          // Two officers issuing the same number at once: the unique index decides.
          if (error instanceof UniqueConstraintViolationException) throw new AidRefusal(duplicate);
          throw error;
        }
        await scope.audit.appendWithin(tx, [{ operation: 'CREATE', recordType: 'AidEntrustment', recordId: entrustment.id, fields: ['status', 'beneficiaryName', 'passportNumber', 'items', 'totalCapFen', 'validUntil'], outcome: 'ALLOWED' }]);
        return { __typename: 'AidEntrustmentChanged', aidEntrustment: entrustment };
      },
    }, now),
  );
}

export interface AmendAidEntrustmentInput extends AidTerms {
  entrustmentId: string;
  expectedVersion: number;
  reason: string;
}

/** The office amends the terms: a new version (the earlier stay), never below what was delivered. */
export async function amendAidEntrustment(scope: ChangeScope, input: AmendAidEntrustmentInput): Promise<AidEntrustmentResult> {
  const now = scope.now ?? new Date();
  const reasonProblem = validateReason('reason', input.reason);
  if (reasonProblem) return reasonProblem;
  const termsProblem = validateTerms(input, now);
  if (termsProblem) return termsProblem;
  return inTransaction(scope, async (tx) => {
    const entrustment = await lockVisible(tx, scope.caller, input.entrustmentId, now);
    if (!entrustment || !isIssuingOfficer(scope.caller, entrustment)) throw new AidRefusal(notFound);
    if (entrustment.termsVersion !== input.expectedVersion) {
      throw new AidRefusal({ __typename: 'AidEntrustmentVersionConflict', code: 'VERSION_CONFLICT', field: null, currentVersion: entrustment.termsVersion, message: `The entrustment was amended since you read it (now version ${entrustment.termsVersion}): read it again and retry.` });
    }
    const refusal = checkChange(entrustment, 'AMEND', now);
    if (refusal) throw new AidRefusal(refusal);
    const delivered = await deliveredByKind(tx, entrustment.id);
    const caps = capsOf(input);
    const below = checkAmendmentAgainstDelivered(caps, delivered, entrustment.status);
    if (below) throw new AidRefusal(below);
    const number = entrustment.termsVersion + 1;
    writeTerms(tx, entrustment, number, { ...input, ...caps }, scope.caller, now, input.reason.trim());
    entrustment.termsVersion = number;
    entrustment.totalCapFen = caps.totalCapFen;
    entrustment.validFrom = input.validFrom;
    entrustment.validUntil = input.validUntil;
    const from = entrustment.status;
    appendEvent(tx, entrustment, 'AMENDED', from, from, scope.caller, now, input.reason.trim());
    if (from === 'IN_PROGRESS' && isFulfilled(caps, delivered)) {
      entrustment.status = 'FULFILLED';
      appendEvent(tx, entrustment, 'FULFILLED', from, 'FULFILLED', scope.caller, now, 'the amended caps are reached');
    }
    await tx.flush();
    await scope.audit.appendWithin(tx, [{ operation: 'UPDATE', recordType: 'AidEntrustment', recordId: entrustment.id, fields: ['items', 'totalCapFen', 'validFrom', 'validUntil', 'version'], outcome: 'ALLOWED', purpose: input.reason.trim() }]);
    return { __typename: 'AidEntrustmentChanged', aidEntrustment: entrustment };
  });
}

type StatusChange = 'ACCEPT' | 'REVOKE' | 'CLOSE';

const CHANGES: Record<StatusChange, { to: AidEntrustmentStatus; action: AidEntrustmentAction; mayDo: (caller: Caller, e: AidEntrustment) => boolean }> = {
  ACCEPT: { to: 'ACCEPTED', action: 'ACCEPTED', mayDo: (caller) => acceptsForCenter(caller) },
  REVOKE: { to: 'REVOKED', action: 'REVOKED', mayDo: isIssuingOfficer },
  CLOSE: { to: 'FULFILLED', action: 'CLOSED', mayDo: isIssuingOfficer },
};

/** Accepts (the center), revokes or closes as fulfilled (the issuing office) an entrustment. */
export async function changeAidEntrustmentStatus(scope: ChangeScope, entrustmentId: string, change: StatusChange, reason: string | null): Promise<AidEntrustmentResult> {
  const now = scope.now ?? new Date();
  if (change !== 'ACCEPT') {
    const reasonProblem = validateReason('reason', reason ?? '');
    if (reasonProblem) return reasonProblem;
  }
  const { to, action, mayDo } = CHANGES[change];
  return inTransaction(scope, async (tx) => {
    const entrustment = await lockVisible(tx, scope.caller, entrustmentId, now);
    if (!entrustment || !mayDo(scope.caller, entrustment)) throw new AidRefusal(notFound);
    const refusal = checkChange(entrustment, change, now);
    if (refusal) throw new AidRefusal(refusal);
    const from = entrustment.status;
    entrustment.status = to;
    if (change === 'ACCEPT') {
      entrustment.acceptedAt = now;
      entrustment.acceptedBy = scope.caller.id;
    } else {
      entrustment.statusReason = reason!.trim();
    }
    appendEvent(tx, entrustment, action, from, to, scope.caller, now, reason?.trim() ?? null);
    await tx.flush();
    await scope.audit.appendWithin(tx, [{ operation: 'TRANSITION', recordType: 'AidEntrustment', recordId: entrustment.id, fields: ['status'], outcome: 'ALLOWED', ...(reason ? { purpose: reason.trim() } : {}) }]);
    return { __typename: 'AidEntrustmentChanged', aidEntrustment: entrustment };
  });
}
