/**
 * Merging two records of one person and removing a record created in error (center staff only).
 * Both read the records through the caller's person visibility, so a protected victim the caller
 * is not entitled to answers like an unknown id, as does a record already merged or removed. A
 * merge moves everything of the merged record to the survivor (cases, settlements, placements,
 * tracing, help at temporary points, resolved reports, access grants), fills the survivor's blanks
 * with what the merged record knew, and tells the other agencies (`person.merged`); a removal ends
 * the record (`person.removed`). The record itself stays, ended, for the audit trail.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { ChangeRefused, hasRole, isBadText, isUuid, resultHelpers, ROLES, runChange, type ChangeScope } from '@lifeline/subgraph-runtime';
import { Person } from '../entities/person.entity';
import { personVisibility } from './access';
import { publishPersonFacts, publishPersonMerged, publishPersonRemoved } from './person-exchange';
import { mergedIdentityStatus, mergeRefusal, removalRefusal, type PersonRecordFacts } from './person-record.workflow';
import { type UserErrorCode } from './vocabulary';

export type MergePersonsResult =
  | { __typename: 'PersonsMerged'; person: Person; mergedPersonId: string; movedCases: number }
  | { __typename: 'InputRejected'; field: string; code: UserErrorCode; message: string }
  | { __typename: 'VersionConflict'; code: 'VERSION_CONFLICT'; field: null; currentVersion: number; message: string }
  | { __typename: 'RecordNotFound'; code: 'NOT_FOUND'; field: null; message: string };

export type RemovePersonResult =
  | { __typename: 'PersonRemoved'; personId: string; removedAt: Date }
  | { __typename: 'InputRejected'; field: string; code: UserErrorCode; message: string }
  | { __typename: 'VersionConflict'; code: 'VERSION_CONFLICT'; field: null; currentVersion: number; message: string }
  | { __typename: 'RecordNotFound'; code: 'NOT_FOUND'; field: null; message: string };

const { rejected, notFound } = resultHelpers<'InputRejected', 'RecordNotFound', UserErrorCode>({ rejected: 'InputRejected', notFound: 'RecordNotFound' });
const conflict = () => ({ __typename: 'VersionConflict' as const, code: 'VERSION_CONFLICT' as const, field: null, currentVersion: -1, message: 'Someone else changed one of the records meanwhile: read them again and retry.' });

class Refusal extends ChangeRefused<MergePersonsResult | RemovePersonResult> {}

/** A reason is required: it is the "why" of the record's end. */
function reasonRejected(reason: string): ReturnType<typeof rejected> | null {
  if (!reason) return rejected('reason', 'REQUIRED', 'Say why the record ends (e.g. which check showed the two are one person).');
  if (isBadText(reason, 500)) return rejected('reason', 'INVALID_TEXT', 'The reason must be at most 500 characters, without control or invisible characters.');
  return null;
}

/** The person as the caller sees her (locked for the change), with what the rules need. */
async function visibleRecord(tx: EntityManager, scope: ChangeScope, personId: string): Promise<{ person: Person; facts: PersonRecordFacts } | null> {
  if (!isUuid(personId)) return null;
  const visible = personVisibility(scope.caller);
  const [row] = await tx.getConnection().execute<Array<Record<string, unknown>>>(
    `select p.* from person p where p.id = ? and ${visible.sql} for update of p`,
    [personId, ...visible.params],
    'all',
    tx.getTransactionContext(),
  );
  if (!row) return null;
  const [counts] = await tx.getConnection().execute<Array<{ open_cases: number; active_settlements: number }>>(
    `select (select count(*) from rescue_case where person_id = ? and status in ('RECEIVED', 'MEDICAL_TREATMENT', 'IN_CARE'))::int as open_cases,
            (select count(*) from settlement where person_id = ? and status in ('PROPOSED', 'APPROVED', 'SETTLED'))::int as active_settlements`,
    [personId, personId],
    'all',
    tx.getTransactionContext(),
  );
  const person = tx.merge(Person, tx.map(Person, row), { refresh: true });
  return {
    person,
    facts: { id: person.id, idNumber: person.idNumber, identityStatus: person.identityStatus, openCases: Number(counts?.open_cases ?? 0), activeSettlements: Number(counts?.active_settlements ?? 0) },
  };
}

/** The tables whose rows name a person, moved to the survivor by a merge (one-per-person rows are handled apart). */
const MOVED_ROWS = [
  ['rescue_case', 'person_id', 'RescueCase'],
  ['settlement', 'person_id', 'Settlement'],
  ['shelter_placement', 'person_id', 'ShelterPlacement'],
  ['emergency_help', 'person_id', 'EmergencyHelp'],
  ['missing_person_report', 'resolved_person_id', 'MissingPersonReport'],
] as const;

/** The identity fields a survivor takes from the merged record where she has none. */
const FILLED_FIELDS = ['name', 'namePinyin', 'nameInitials', 'birthDate', 'phone', 'dialectRegion', 'features', 'nationality', 'identityCheckId', 'identityVerifiedAt'] as const;

/** Merges the record `personId` into `intoPersonId`: the survivor gets her cases and everything else of the merged record. */
export async function mergePersons(scope: ChangeScope, input: { personId: string; intoPersonId: string; reason: string }): Promise<MergePersonsResult> {
  const now = scope.now ?? new Date();
  const reason = input.reason.trim();
  if (!hasRole(scope.caller, ROLES.CENTER_STAFF)) return notFound('person');
  const badReason = reasonRejected(reason);
  if (badReason) return badReason;
  if (input.personId === input.intoPersonId) return rejected('intoPersonId', 'SAME_PERSON', 'A record cannot be merged into itself: choose the other record of this person.');
  return runChange<MergePersonsResult>(
    scope.em,
    async (tx) => {
      const from = await visibleRecord(tx, scope, input.personId);
      if (!from) throw new Refusal(notFound('person to merge'));
      const into = await visibleRecord(tx, scope, input.intoPersonId);
      if (!into) throw new Refusal(notFound('surviving person'));
      const refusal = mergeRefusal(from.facts, into.facts);
      if (refusal) throw new Refusal(rejected(refusal.field, refusal.code, refusal.message));
      const connection = tx.getConnection();
      const ctx = tx.getTransactionContext();
      const moved: Array<{ recordType: string; id: string }> = [];
      for (const [table, column, recordType] of MOVED_ROWS) {
        const rows = await connection.execute<Array<{ id: string }>>(`update ${table} set ${column} = ? where ${column} = ? returning id`, [into.person.id, from.person.id], 'all', ctx);
        moved.push(...rows.map((row) => ({ recordType, id: row.id })));
      }
      // A settlement that now names the survivor has changed, and so has an event whose help now
      // names her (its people helped may count her once where they counted two): a partner's sync
      // reads them again.
      const movedOf = (recordType: string) => moved.filter((row) => row.recordType === recordType).map((row) => row.id);
      if (movedOf('Settlement').length) await connection.execute(`update settlement set updated_at = ? where id in (?)`, [now, movedOf('Settlement')], 'all', ctx);
      if (movedOf('EmergencyHelp').length) {
        await connection.execute(
          `update emergency_event set updated_at = ? where id in (select p.event_id from emergency_point p join emergency_help h on h.point_id = p.id where h.id in (?))`,
          [now, movedOf('EmergencyHelp')],
          'all',
          ctx,
        );
      }
      // One tracing record per person: the survivor keeps the earlier of each step.
      await connection.execute(
        `update tracing_record t set notice_published_at = least(t.notice_published_at, f.notice_published_at), dna_requested_at = least(t.dna_requested_at, f.dna_requested_at)
           from tracing_record f where t.person_id = ? and f.person_id = ?`,
        [into.person.id, from.person.id],
        'all',
        ctx,
      );
      await connection.execute(
        `update tracing_record set person_id = ? where person_id = ? and not exists (select 1 from tracing_record s where s.person_id = ?)`,
        [into.person.id, from.person.id, into.person.id],
        'all',
        ctx,
      );
      await connection.execute(`delete from tracing_record where person_id = ?`, [from.person.id], 'all', ctx);
      // Whoever was entitled to the merged record is entitled to the survivor.
      await connection.execute(
        `update person_access_grant g set person_id = ? where g.person_id = ? and not exists (select 1 from person_access_grant s where s.person_id = ? and s.grantee = g.grantee)`,
        [into.person.id, from.person.id, into.person.id],
        'all',
        ctx,
      );
      await connection.execute(`delete from person_access_grant where person_id = ?`, [from.person.id], 'all', ctx);
      const survivor = into.person;
      const merged = from.person;
      const filled = FILLED_FIELDS.filter((field) => survivor[field] == null && merged[field] != null);
      for (const field of filled) Object.assign(survivor, { [field]: merged[field] });
      if (merged.idNumber && !survivor.idNumber) {
        const idNumber = merged.idNumber;
        // The number is unique: it leaves the merged record before the survivor takes it.
        merged.idNumber = null;
        await tx.flush();
        survivor.idNumber = idNumber;
        filled.push('idNumber' as never);
      }
      survivor.identityStatus = mergedIdentityStatus(merged.identityStatus, survivor.identityStatus);
      survivor.confidential = survivor.confidential || merged.confidential;
      Object.assign(merged, { recordStatus: 'MERGED', mergedIntoId: survivor.id, recordEndedAt: now, recordEndedBy: scope.caller.id, recordEndReason: reason });
      await tx.flush();
      // The survivor's facts first (her county and protection follow her new cases and grants), then the merge.
      await publishPersonFacts(tx, [survivor.id], now);
      await publishPersonMerged(tx, merged.id, survivor.id, now);
      await scope.audit.appendWithin(tx, [
        { operation: 'MERGE', recordType: 'Person', recordId: merged.id, fields: ['recordStatus', 'mergedInto'], purpose: `merged into ${survivor.id}: ${reason}`, outcome: 'ALLOWED' },
        { operation: 'UPDATE', recordType: 'Person', recordId: survivor.id, fields: [...filled, 'identityStatus'], purpose: `took the records of ${merged.id}`, outcome: 'ALLOWED' },
        ...moved.map((row) => ({ operation: 'UPDATE', recordType: row.recordType, recordId: row.id, fields: ['person'], purpose: `person ${merged.id} merged into ${survivor.id}`, outcome: 'ALLOWED' as const })),
      ]);
      return { __typename: 'PersonsMerged', person: survivor, mergedPersonId: merged.id, movedCases: moved.filter((row) => row.recordType === 'RescueCase').length };
    },
    conflict,
  );
}

/** Removes a record created in error: it exists for no one any more, in any agency. */
export async function removePerson(scope: ChangeScope, input: { personId: string; reason: string }): Promise<RemovePersonResult> {
  const now = scope.now ?? new Date();
  const reason = input.reason.trim();
  if (!hasRole(scope.caller, ROLES.CENTER_STAFF)) return notFound('person');
  const badReason = reasonRejected(reason);
  if (badReason) return badReason;
  return runChange<RemovePersonResult>(
    scope.em,
    async (tx) => {
      const record = await visibleRecord(tx, scope, input.personId);
      if (!record) throw new Refusal(notFound('person'));
      const refusal = removalRefusal(record.facts);
      if (refusal) throw new Refusal(rejected(refusal.field, refusal.code, refusal.message));
      Object.assign(record.person, { recordStatus: 'REMOVED', recordEndedAt: now, recordEndedBy: scope.caller.id, recordEndReason: reason });
      await tx.flush();
      await publishPersonRemoved(tx, record.person.id, now);
      await scope.audit.appendWithin(tx, [{ operation: 'DELETE', recordType: 'Person', recordId: record.person.id, fields: ['recordStatus'], purpose: `removed as created in error: ${reason}`, outcome: 'ALLOWED' }]);
      return { __typename: 'PersonRemoved', personId: record.person.id, removedAt: now };
    },
    conflict,
  );
}
