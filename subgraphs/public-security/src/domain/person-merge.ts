/**
 * Public security's side of a merge in civil affairs (`person.merged`): two records were one
 * person, so the police's records of the merged one (identity checks, status checks, notifications
 * to the foreign-affairs office, the tracing-confirmed identity) now name the surviving record,
 * and `person { id }` on them answers the survivor. Runs in the consumer's transaction.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { appendAudit, exchangeCaller } from '@lifeline/subgraph-runtime';

export const CIVIL_AFFAIRS_EXCHANGE = exchangeCaller('civil-affairs');

/** The tables whose rows name a person by `person_id`, with the record type the audit names. */
const PERSON_RECORDS = [
  ['identity_check', 'IdentityCheck'],
  ['foreign_national_status_check', 'ForeignNationalStatusCheck'],
  ['foreign_affairs_notification', 'ForeignAffairsNotification'],
] as const;

/** Re-points the merged person's records to the survivor; the newer tracing confirmation of the two is kept. */
export async function repointPersonRecords(tx: EntityManager, fromPersonId: string, intoPersonId: string, eventId: string): Promise<number> {
  const connection = tx.getConnection();
  const ctx = tx.getTransactionContext();
  const entries = [];
  let moved = 0;
  for (const [table, recordType] of PERSON_RECORDS) {
    const rows = await connection.execute<Array<{ id: string }>>(`update ${table} set person_id = ? where person_id = ? returning id`, [intoPersonId, fromPersonId], 'all', ctx);
    moved += rows.length;
    entries.push(...rows.map((row) => ({ operation: 'UPDATE' as const, recordType, recordId: row.id, fields: ['personId'], purpose: 'person records merged', outcome: 'ALLOWED' as const })));
  }
  // One confirmation per person: the survivor keeps the newer of the two.
  await connection.execute(
    `delete from tracing_confirmation t using tracing_confirmation f
      where f.person_id = ? and t.person_id = ? and t.confirmed_at <= f.confirmed_at`,
    [fromPersonId, intoPersonId],
    'all',
    ctx,
  );
  const confirmations = await connection.execute<Array<{ person_id: string }>>(
    `update tracing_confirmation set person_id = ? where person_id = ? and not exists (select 1 from tracing_confirmation s where s.person_id = ?) returning person_id`,
    [intoPersonId, fromPersonId, intoPersonId],
    'all',
    ctx,
  );
  await connection.execute(`delete from tracing_confirmation where person_id = ?`, [fromPersonId], 'all', ctx);
  if (confirmations.length > 0) entries.push({ operation: 'UPDATE' as const, recordType: 'TracingConfirmation', recordId: intoPersonId, fields: ['personId'], purpose: 'person records merged', outcome: 'ALLOWED' as const });
  if (entries.length > 0) await appendAudit(tx, CIVIL_AFFAIRS_EXCHANGE, eventId, entries);
  return moved;
}
