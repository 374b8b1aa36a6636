/**
 * Family tracing for unidentified persons in care: the steps taken (public notice, DNA request),
 * candidate matches, and a person's confirmation of a match, which resolves the identity, closes the
 * report and tells the station. The work list with its clocks is `tracing-work.list.ts`.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { isUuid, resultHelpers, type Caller, entityFromRow } from '@lifeline/subgraph-runtime';
import { MissingPersonReport } from '../entities/missing-person-report.entity';
import { Person } from '../entities/person.entity';
import { PublicHoliday } from '../entities/public-holiday.entity';
import { RescueCase } from '../entities/rescue-case.entity';
import { RescueCaseEvent } from '../entities/rescue-case-event.entity';
import { StationNotification } from '../entities/station-notification.entity';
import { TracingRecord } from '../entities/tracing-record.entity';
import { caseVisibility, personVisibility } from './access';
import { type ChangeScope, type RescueCaseResult } from './rescue-case.service';
import { type TracingClocks } from './tracing-clock';
import { publishTracingMatchConfirmed } from './tracing-exchange';
import { findTracingCandidates, type TracingCandidate } from './tracing-matcher';
import { type UserErrorCode } from './vocabulary';

const notFound = resultHelpers<'InputRejected', 'RecordNotFound', UserErrorCode>({ rejected: 'InputRejected', notFound: 'RecordNotFound' }).notFound('unidentified person in care');

/** The public holidays the working-day clock skips, as `YYYY-MM-DD`. */
export async function holidays(em: EntityManager): Promise<Set<string>> {
  return new Set((await em.find(PublicHoliday, {})).map((h) => String(h.date).slice(0, 10)));
}

/** The open case of a visible, unidentified person in the caller's jurisdiction. */
async function openCaseOf(em: EntityManager, caller: Caller, personId: string): Promise<RescueCase | null> {
  if (!isUuid(personId)) return null;
  const persons = personVisibility(caller);
  const cases = caseVisibility(caller);
  const [row] = await em.getConnection().execute<Array<Record<string, unknown>>>(
    `select rc.* from rescue_case rc join person p on p.id = rc.person_id join station s on s.id = rc.station_id
     where p.id = ? and rc.status in ('RECEIVED', 'MEDICAL_TREATMENT', 'IN_CARE') and ${persons.sql} and (${cases.sql})
     order by rc.intake_at desc limit 1`,
    [personId, ...persons.params, ...cases.params],
  );
  return row ? entityFromRow(em, RescueCase, row) : null;
}

export interface TracingStatusView extends TracingClocks {
  person: Person;
  rescueCase: RescueCase;
  noticePublishedAt: Date | null;
  dnaRequestedAt: Date | null;
}

/** Records a tracing step for an unidentified person in care. */
export async function recordTracingStep(scope: ChangeScope, personId: string, step: 'NOTICE' | 'DNA_REQUEST'): Promise<RescueCaseResult> {
  const now = scope.now ?? new Date();
  const rescueCase = await openCaseOf(scope.em, scope.caller, personId);
  if (!rescueCase) return notFound;
  const person = await scope.em.findOneOrFail(Person, { id: personId });
  if (person.identityStatus !== 'UNIDENTIFIED') return { __typename: 'InputRejected', field: 'personId', code: 'IDENTIFIED', message: 'The person is no longer unidentified.' };
  if (step === 'NOTICE' && person.confidential) {
    return { __typename: 'InputRejected', field: 'personId', code: 'PROTECTED', message: 'A protected victim never gets a public tracing notice.' };
  }
  await scope.em.transactional(async (tx) => {
    const record = (await tx.findOne(TracingRecord, { person: personId })) ?? tx.create(TracingRecord, { person: tx.getReference(Person, personId) });
    if (step === 'NOTICE') record.noticePublishedAt ??= now;
    else record.dnaRequestedAt ??= now;
    await tx.flush();
    await scope.audit.appendWithin(tx, [{ operation: 'UPDATE', recordType: 'TracingRecord', recordId: personId, fields: [step === 'NOTICE' ? 'noticePublishedAt' : 'dnaRequestedAt'], outcome: 'ALLOWED' }]);
  });
  return { __typename: 'RescueCaseChanged', rescueCase };
}

/** Candidates for a visible, unidentified person in care. */
export async function tracingCandidates(em: EntityManager, caller: Caller, personId: string, first: number): Promise<TracingCandidate[]> {
  const rescueCase = await openCaseOf(em, caller, personId);
  if (!rescueCase) return [];
  const person = await em.findOneOrFail(Person, { id: personId });
  const station = await em.findOneOrFail(RescueCase, { id: rescueCase.id }, { populate: ['station'] });
  const county = station.station.jurisdiction.slice(0, 6);
  return findTracingCandidates(em, person, { foundAt: rescueCase.intakeAt, foundDivision: county }, first);
}

/** Resolves a person's identity from a confirmed missing-person report (also used when a settlement is revoked). */
export function applyTracingMatch(person: Person, report: MissingPersonReport, now: Date): void {
  report.resolvedPerson = person;
  report.resolvedAt = now;
  person.name = report.name;
  person.namePinyin = report.namePinyin;
  person.nameInitials = report.namePinyin ? report.namePinyin.split(' ').map((s) => s[0]).join('') : null;
  person.birthDate = person.birthDate ?? report.birthDate;
  // Claimed until the police verify it (an identity check).
  person.identityStatus = 'CLAIMED';
}

/** A person's confirmation that a report is this person: identity resolved, report closed, station told. */
export async function confirmTracingMatch(scope: ChangeScope, personId: string, reportId: string): Promise<RescueCaseResult> {
  const now = scope.now ?? new Date();
  const rescueCase = await openCaseOf(scope.em, scope.caller, personId);
  if (!rescueCase) return notFound;
  if (!isUuid(reportId)) return { __typename: 'InputRejected', field: 'missingPersonReportId', code: 'INVALID_ID', message: 'Not a valid id.' };
  return scope.em.transactional(async (tx): Promise<RescueCaseResult> => {
    const person = await tx.findOneOrFail(Person, { id: personId });
    const report = await tx.findOne(MissingPersonReport, { id: reportId });
    if (!report) return { __typename: 'RecordNotFound', code: 'NOT_FOUND', field: null, message: 'No missing-person report with that id.' };
    if (report.resolvedPerson) return { __typename: 'InputRejected', field: 'missingPersonReportId', code: 'RESOLVED', message: 'This report is already resolved.' };
    if (person.identityStatus !== 'UNIDENTIFIED') return { __typename: 'InputRejected', field: 'personId', code: 'IDENTIFIED', message: 'The person is no longer unidentified.' };
    applyTracingMatch(person, report, now);
    const caseInTx = await tx.findOneOrFail(RescueCase, { id: rescueCase.id }, { populate: ['station'] });
    tx.create(RescueCaseEvent, { rescueCase: caseInTx, fromStatus: caseInTx.status, toStatus: caseInTx.status, at: now, actor: scope.caller.id, reason: `family tracing: matched missing-person report ${report.id}` });
    tx.create(StationNotification, { station: caseInTx.station, message: `寻亲比对已确认: ${report.name} (报告 ${report.id})`, subjectId: person.id, createdAt: now });
    await tx.flush();
    // The police's identity-check queue shows the claimed identity (public security's own copy).
    await publishTracingMatchConfirmed(tx, person.id, report.name, now);
    await scope.audit.appendWithin(tx, [
      { operation: 'UPDATE', recordType: 'Person', recordId: person.id, fields: ['name', 'identityStatus'], purpose: 'family tracing', outcome: 'ALLOWED' },
      { operation: 'UPDATE', recordType: 'MissingPersonReport', recordId: report.id, fields: ['resolvedPerson'], outcome: 'ALLOWED' },
    ]);
    return { __typename: 'RescueCaseChanged', rescueCase: caseInTx };
  });
}
