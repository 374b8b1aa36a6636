/**
 * The women's federation's side of civil affairs' merges and removals: its referrals name the
 * victim as civil affairs recorded her. A merge re-points them to the surviving record (`person
 * { id }` answers the survivor); a removed record is no one, so its referrals name no person any
 * more (the caseworker's file stands on its own: the victim as she described her). The federation
 * keeps no other projection of civil affairs' persons: its own rules decide who sees a referral.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { appendAudit, exchangeCaller, type ExchangeHandlers } from '@lifeline/subgraph-runtime';

const CIVIL_AFFAIRS_EXCHANGE = exchangeCaller('civil-affairs');

async function relinkReferrals(tx: EntityManager, eventId: string, fromPersonId: string, intoPersonId: string | null, purpose: string): Promise<void> {
  const rows = await tx
    .getConnection()
    .execute<Array<{ id: string }>>('update shelter_referral set person_id = ? where person_id = ? returning id', [intoPersonId, fromPersonId], 'all', tx.getTransactionContext());
  if (rows.length === 0) return;
  await appendAudit(
    tx,
    CIVIL_AFFAIRS_EXCHANGE,
    eventId,
    rows.map((row) => ({ operation: 'UPDATE' as const, recordType: 'ShelterReferral', recordId: row.id, fields: ['person'], purpose, outcome: 'ALLOWED' as const })),
  );
}

/** What the women's federation applies from civil affairs' feed. */
export const civilAffairsHandlers: ExchangeHandlers = {
  'person.merged': (tx, event) => relinkReferrals(tx, event.eventId, event.payload.personId, event.payload.intoPersonId, 'person records merged'),
  'person.removed': (tx, event) => relinkReferrals(tx, event.eventId, event.payload.personId, null, 'person record removed'),
};
