/**
 * Foreign-national status checks (DOMAIN.md §3): a station asks the police to check a suspected
 * foreign national in its care; the police conclude it once. A legal entry or residence notifies
 * the foreign-affairs office (a notification it lists and acknowledges); an illegal stay records
 * the police hand-over, which the station cites when it exits the rescue case as HANDED_OVER.
 * Each change validates its input, checks the state machine, version and the caller's scope, runs
 * in one transaction with its event and audit line, and answers with a typed result; when it
 * fails, nothing is stored. One open status check per person is kept by a partial unique index.
 */
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { ChangeRefused, isUuid, personVisibleTo, rejectionHelpers, runChange, withIdempotency, type Caller, type ChangeScope } from '@lifeline/subgraph-runtime';
import { ForeignAffairsNotification } from '../entities/foreign-affairs-notification.entity';
import { ForeignNationalStatusCheck } from '../entities/foreign-national-status-check.entity';
import { ForeignNationalStatusCheckEvent } from '../entities/foreign-national-status-check-event.entity';
import { PoliceHandOver } from '../entities/police-hand-over.entity';
import { notificationScope, statusCheckScope } from './access';
import { publishLegalStatusFound } from './foreign-national-exchange';
import { notifiesForeignAffairs, parseOutcome, parseStatusCheckRequest, statusCheckTransition, type HandOverFields } from './foreign-national-status-check.workflow';
import { type ForeignNationalOutcome, type ForeignNationalStatus, type UserErrorCode } from './vocabulary';

type InputRejected = { __typename: 'IdentityCheckInputRejected'; field: string; code: UserErrorCode; message: string };

export type StatusCheckResult =
  | { __typename: 'ForeignNationalStatusCheckChanged'; statusCheck: ForeignNationalStatusCheck }
  | InputRejected
  | { __typename: 'ForeignNationalStatusCheckRefused'; code: 'VERSION_CONFLICT' | 'STEP_NOT_ALLOWED'; field: null; currentStatus: ForeignNationalStatus; currentVersion: number; message: string };

export type NotificationResult =
  | { __typename: 'ForeignAffairsNotificationAcknowledged'; notification: ForeignAffairsNotification }
  | InputRejected
  | { __typename: 'ForeignAffairsNotificationRefused'; code: 'ALREADY_ACKNOWLEDGED'; field: null; acknowledgedAt: Date | null; acknowledgedBy: string | null; message: string };

const { rejected, isRejected } = rejectionHelpers<'IdentityCheckInputRejected', UserErrorCode>('IdentityCheckInputRejected');

class StatusCheckRefusal extends ChangeRefused<StatusCheckResult> {}
class NotificationRefusal extends ChangeRefused<NotificationResult> {}

export { type ChangeScope };

const TEXT_MAX = 500;
const DUPLICATE_MESSAGE = 'This person already has an open status check: wait for the police to conclude it.';

function note(text: string | null | undefined): string | null | InputRejected {
  const trimmed = text?.trim() || null;
  if (trimmed && trimmed.length > TEXT_MAX) return rejected('note', 'TEXT', `The note must be at most ${TEXT_MAX} characters.`);
  return trimmed;
}

function appendEvent(tx: EntityManager, check: ForeignNationalStatusCheck, from: ForeignNationalStatus | null, to: ForeignNationalStatus, caller: Caller, at: Date, text: string | null) {
  tx.create(ForeignNationalStatusCheckEvent, { statusCheck: check, fromStatus: from, toStatus: to, at, actor: caller.id, note: text });
}

export interface StatusCheckRequestInput {
  personId: string;
  requestingStationId: string;
  nationality: string;
  passportNumber: string;
  mrzLines?: readonly string[] | null;
  note?: string | null;
  idempotencyKey?: string | null;
}

/** A station's request; the jurisdiction is the caller's own, never taken from input. */
export async function requestForeignNationalStatusCheck(scope: ChangeScope, input: StatusCheckRequestInput): Promise<StatusCheckResult> {
  const now = scope.now ?? new Date();
  if (!isUuid(input.personId)) return rejected('personId', 'INVALID_ID', 'personId is not a valid id.');
  if (!isUuid(input.requestingStationId)) return rejected('requestingStationId', 'INVALID_ID', 'requestingStationId is not a valid id.');
  if (!scope.caller.jurisdiction) return rejected('requestingStationId', 'NO_JURISDICTION', 'Your account has no jurisdiction to request status checks for.');
  const documents = parseStatusCheckRequest(input, now);
  if (!documents.ok) return rejected(documents.problem.field, documents.problem.code, documents.problem.message);
  const text = note(input.note);
  if (isRejected(text)) return text;
  return runChange<StatusCheckResult>(
    scope.em,
    (tx) =>
      withIdempotency<StatusCheckResult>(tx, scope.caller, {
        operation: 'requestForeignNationalStatusCheck',
        key: input.idempotencyKey,
        request: input,
        rejected,
        created: (result) => (result.__typename === 'ForeignNationalStatusCheckChanged' ? { type: 'ForeignNationalStatusCheck', id: result.statusCheck.id } : null),
        replay: async (id) => {
          const visible = statusCheckScope(scope.caller);
          const check = visible === null ? null : await tx.findOne(ForeignNationalStatusCheck, { $and: [visible, { id }] });
          return check ? { __typename: 'ForeignNationalStatusCheckChanged', statusCheck: check } : rejected('idempotencyKey', 'NOT_FOUND', 'The status check this key created is no longer visible to you.');
        },
        create: async () => {
          // Only a person civil affairs recorded, and not a protected victim hidden from the caller.
          if (!(await personVisibleTo(tx, scope.caller, input.personId))) throw new StatusCheckRefusal(rejected('personId', 'NOT_FOUND', 'No person with that id is visible to you.'));
          if ((await tx.count(ForeignNationalStatusCheck, { personId: input.personId, status: 'REQUESTED' })) > 0) {
            throw new StatusCheckRefusal(rejected('personId', 'DUPLICATE', DUPLICATE_MESSAGE));
          }
          const check = tx.create(ForeignNationalStatusCheck, {
            personId: input.personId,
            requestingStationId: input.requestingStationId,
            requestingJurisdiction: scope.caller.jurisdiction!,
            ...documents.value,
            status: 'REQUESTED',
            requestedAt: now,
            requestedBy: scope.caller.id,
          });
          appendEvent(tx, check, null, 'REQUESTED', scope.caller, now, text);
          try {
            await tx.flush();
          } catch (error) {
            // Two requests at once: the partial unique index lets only one stand.
            if (error instanceof UniqueConstraintViolationException) throw new StatusCheckRefusal(rejected('personId', 'DUPLICATE', DUPLICATE_MESSAGE));
            throw error;
          }
          await scope.audit.appendWithin(tx, [{ operation: 'CREATE', recordType: 'ForeignNationalStatusCheck', recordId: check.id, fields: ['status', 'nationality', 'passportNumber'], outcome: 'ALLOWED' }]);
          return { __typename: 'ForeignNationalStatusCheckChanged', statusCheck: check };
        },
      }, now),
    () => rejected('personId', 'DUPLICATE', DUPLICATE_MESSAGE),
  );
}

export interface StatusOutcomeInput {
  statusCheckId: string;
  expectedVersion: number;
  outcome: ForeignNationalOutcome;
  handOver?: HandOverFields | null;
  note?: string | null;
}

/** The police outcome: a legal status notifies the foreign-affairs office, an illegal stay records the hand-over. */
export async function recordForeignNationalStatus(scope: ChangeScope, input: StatusOutcomeInput): Promise<StatusCheckResult> {
  const now = scope.now ?? new Date();
  const text = note(input.note);
  if (isRejected(text)) return text;
  return runChange<StatusCheckResult>(
    scope.em,
    async (tx) => {
      const visible = statusCheckScope(scope.caller);
      const check = isUuid(input.statusCheckId) && visible !== null ? await tx.findOne(ForeignNationalStatusCheck, { $and: [visible, { id: input.statusCheckId }] }) : null;
      if (!check) throw new StatusCheckRefusal(rejected('statusCheckId', 'NOT_FOUND', 'No status check with that id is visible to you.'));
      const refused = (code: 'VERSION_CONFLICT' | 'STEP_NOT_ALLOWED', message: string) =>
        new StatusCheckRefusal({ __typename: 'ForeignNationalStatusCheckRefused', code, field: null, currentStatus: check.status, currentVersion: check.version, message });
      if (check.version !== input.expectedVersion) throw refused('VERSION_CONFLICT', `The status check is at version ${check.version}, not ${input.expectedVersion}: read it again and retry.`);
      const allowed = statusCheckTransition(check.status, input.outcome);
      if (!allowed.ok) throw refused('STEP_NOT_ALLOWED', allowed.message);
      const parsed = parseOutcome(input.outcome, input.handOver, check.requestedAt, now);
      if (!parsed.ok) throw new StatusCheckRefusal(rejected(parsed.problem.field, parsed.problem.code, parsed.problem.message));
      const from = check.status;
      Object.assign(check, { status: input.outcome, concludedAt: now, concludedBy: scope.caller.id });
      appendEvent(tx, check, from, input.outcome, scope.caller, now, text);
      const audited = [{ operation: 'TRANSITION', recordType: 'ForeignNationalStatusCheck', recordId: check.id, fields: ['status'], outcome: 'ALLOWED' as const }];
      if (notifiesForeignAffairs(input.outcome)) {
        const notification = tx.create(ForeignAffairsNotification, { statusCheck: check, personId: check.personId, status: input.outcome, nationality: check.nationality, notifiedAt: now });
        audited.push({ operation: 'CREATE', recordType: 'ForeignAffairsNotification', recordId: notification.id, fields: ['status'], outcome: 'ALLOWED' });
      }
      if (parsed.handOver) {
        if ((await tx.count(PoliceHandOver, { recordNumber: parsed.handOver.recordNumber })) > 0) throw new StatusCheckRefusal(rejected('handOver.recordNumber', 'DUPLICATE', 'This hand-over record number is already recorded.'));
        const handOver = tx.create(PoliceHandOver, { statusCheck: check, ...parsed.handOver, officer: scope.caller.id });
        audited.push({ operation: 'CREATE', recordType: 'PoliceHandOver', recordId: handOver.id, fields: ['recordNumber', 'policeUnit', 'handedOverAt'], outcome: 'ALLOWED' });
      }
      try {
        await tx.flush();
      } catch (error) {
        if (error instanceof UniqueConstraintViolationException) throw new StatusCheckRefusal(rejected('handOver.recordNumber', 'DUPLICATE', 'This hand-over record number is already recorded.'));
        throw error;
      }
      // The notification reaches the foreign-affairs office's own records over the exchange.
      await publishLegalStatusFound(tx, check);
      await scope.audit.appendWithin(tx, audited);
      return { __typename: 'ForeignNationalStatusCheckChanged', statusCheck: check };
    },
    () => rejected('expectedVersion', 'VERSION_CONFLICT', 'Someone else changed the status check meanwhile: read it again and retry.'),
  );
}

/** A foreign-affairs officer acknowledges a notification, once. */
export async function acknowledgeForeignAffairsNotification(scope: ChangeScope, input: { id: string; note?: string | null }): Promise<NotificationResult> {
  const now = scope.now ?? new Date();
  const text = note(input.note);
  if (isRejected(text)) return text;
  const alreadyDone = (n: ForeignAffairsNotification): NotificationResult => ({
    __typename: 'ForeignAffairsNotificationRefused', code: 'ALREADY_ACKNOWLEDGED', field: null,
    acknowledgedAt: n.acknowledgedAt,
    acknowledgedBy: n.acknowledgedBy,
    message: `The notification was already acknowledged by ${n.acknowledgedBy ?? 'someone'}.`,
  });
  return runChange<NotificationResult>(
    scope.em,
    async (tx) => {
      const visible = notificationScope(scope.caller);
      const notification = isUuid(input.id) && visible !== null ? await tx.findOne(ForeignAffairsNotification, { $and: [visible, { id: input.id }] }) : null;
      if (!notification) throw new NotificationRefusal(rejected('id', 'NOT_FOUND', 'No notification with that id is visible to you.'));
      if (notification.acknowledgedAt) throw new NotificationRefusal(alreadyDone(notification));
      Object.assign(notification, { acknowledgedAt: now, acknowledgedBy: scope.caller.id, acknowledgementNote: text });
      await tx.flush();
      await scope.audit.appendWithin(tx, [{ operation: 'UPDATE', recordType: 'ForeignAffairsNotification', recordId: notification.id, fields: ['acknowledgedAt', 'acknowledgedBy'], outcome: 'ALLOWED' }]);
      return { __typename: 'ForeignAffairsNotificationAcknowledged', notification };
    },
    // Two officers at once: optimistic locking lets the first stand; the second learns who.
    () => ({ __typename: 'ForeignAffairsNotificationRefused', code: 'ALREADY_ACKNOWLEDGED', field: null, acknowledgedAt: null, acknowledgedBy: null, message: 'Someone else acknowledged the notification meanwhile.' }),
  );
}
