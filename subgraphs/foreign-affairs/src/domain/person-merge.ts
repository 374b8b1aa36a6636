/**
 * Foreign affairs' side of civil affairs' merges and removals. A merge re-points the merged
 * record's entrustments to the surviving record (`person { id }` answers the survivor, and her
 * county scopes them). A removed record's entrustments are detached from it: the office's written
 * entrustment stands on its own (it names the foreign national and her passport), so it stays
 * listed, naming no person (the city's, for county scoping) — unless she was a protected victim,
 * whose entrustments stay hidden with her. The police's legal-status findings of the merged record
 * count as the survivor's (see legal-status.ts): her entrustments still pending confirmation are
 * confirmed by them.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { appendAudit, exchangeCaller, personProjectionHandlersWith, type ExchangeHandlers, type ReceivedEvent } from '@lifeline/subgraph-runtime';
import { confirmationReason, confirmPendingEntrustments, latestLegalStatus } from './legal-status';

const CIVIL_AFFAIRS_EXCHANGE = exchangeCaller('civil-affairs');

async function moveEntrustments(tx: EntityManager, eventId: string, purpose: string, sql: string, params: unknown[]): Promise<number> {
  const rows = await tx.getConnection().execute<Array<{ id: string }>>(sql, params, 'all', tx.getTransactionContext());
  if (rows.length > 0) {
    await appendAudit(
      tx,
      CIVIL_AFFAIRS_EXCHANGE,
      eventId,
      rows.map((row) => ({ operation: 'UPDATE' as const, recordType: 'AidEntrustment', recordId: row.id, fields: ['personId'], purpose, outcome: 'ALLOWED' as const })),
    );
  }
  return rows.length;
}

/** What foreign affairs applies of civil affairs' persons: the projection, and its entrustments following merges and removals. */
/** Moves the merged record's entrustments to the survivor, then confirms hers still pending on a finding either record had. */
async function mergeRecords(tx: EntityManager, from: string, into: string, event: ReceivedEvent<'person.merged'>): Promise<void> {
  await moveEntrustments(tx, event.eventId, 'person records merged', 'update aid_entrustment set person_id = ? where person_id = ? returning id', [into, from]);
  await tx.flush();
  const finding = await latestLegalStatus(tx, into);
  if (!finding) return;
  const confirmed = await confirmPendingEntrustments(tx, into, finding);
  await tx.flush();
  if (confirmed.length > 0) {
    await appendAudit(
      tx,
      CIVIL_AFFAIRS_EXCHANGE,
      event.eventId,
      confirmed.map((e) => ({ operation: 'UPDATE' as const, recordType: 'AidEntrustment', recordId: e.id, fields: ['entryStatus', 'statusCheck'], purpose: confirmationReason(finding), outcome: 'ALLOWED' as const })),
    );
  }
}

export const civilAffairsHandlers: ExchangeHandlers = personProjectionHandlersWith({
  merged: mergeRecords,
  removed: (tx, personId, event) =>
    moveEntrustments(
      tx,
      event.eventId,
      'person record removed',
      `update aid_entrustment set person_id = null
        where person_id = ? and not exists (select 1 from person_projection pp where pp.id = ? and pp.protected) returning id`,
      [personId, personId],
    ),
});
