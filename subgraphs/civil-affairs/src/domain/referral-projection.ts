/**
 * The women's federation's shelter referrals as civil affairs knows them: kept from its events
 * (`referral.submitted`, `referral.withdrawn`, `referral.closed`) in `shelter_referral_projection`,
 * never from what shelter staff type. The shelter answers only a referral that arrived and is still
 * open; the referring caseworker it grants the victim to is the one the women's federation named.
 *
 * A referral withdrawn or closed while the shelter holds places for it (accepted, not admitted)
 * frees them: the placement is closed with a note, as when an accepted victim never comes. Once
 * she is admitted, her stay is the shelter's to end (a withdrawn referral never puts a victim out):
 * the placement shows the file's status for the staff to act on.
 */
import { LockMode } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { appendAudit, exchangeCaller, ExchangeRejection, type ExchangeHandlers, type ProjectionDefinition, type ReceivedEvent } from '@lifeline/subgraph-runtime';
import { ShelterPlacement } from '../entities/shelter-placement.entity';
import { ShelterReferralProjection } from '../entities/shelter-referral-projection.entity';
import { type ReferralFileStatus } from './vocabulary';

/** Who the audit trail names for changes the exchange applies on the women's federation's word. */
const WOMENS_FEDERATION_EXCHANGE = exchangeCaller('womens-federation');

/** The note on a placement closed because its referral ended before the victim came. */
const RELEASE_NOTE: Record<Exclude<ReferralFileStatus, 'SUBMITTED'>, string> = {
  WITHDRAWN: '转介方已撤回转介,预留床位已释放',
  CLOSED: '转介方已结案,预留床位已释放',
};

/** What a `referral.submitted` event tells civil affairs, as the projection keeps it. */
function submittedFacts(facts: ReceivedEvent<'referral.submitted'>['payload']) {
  return {
    referringCaseworker: facts.referringCaseworker,
    referringOrganisation: facts.referringOrganisation,
    victimType: facts.victimType,
    riskLevel: facts.riskLevel,
    accompanyingChildren: facts.accompanyingChildren,
    needs: [...facts.needs],
    submittedAt: new Date(facts.submittedAt),
  };
}

/** Records a submitted referral. */
export async function applyReferralSubmitted(tx: EntityManager, event: ReceivedEvent<'referral.submitted'>): Promise<void> {
  const facts = event.payload;
  if (facts.referralId !== event.subjectId) throw new ExchangeRejection('referral.submitted names another referral than its subject');
  const known = { ...submittedFacts(facts), updatedAt: event.occurredAt };
  const existing = await lockReferral(tx, facts.referralId);
  if (existing) tx.assign(existing, known);
  else tx.create(ShelterReferralProjection, { id: facts.referralId, ...known, fileStatus: 'SUBMITTED' });
  await tx.flush();
}

/** Records that the caseworker withdrew or closed her file, and frees places held for a victim who is not coming. */
async function applyFileEnded(tx: EntityManager, event: ReceivedEvent<'referral.withdrawn' | 'referral.closed'>, to: 'WITHDRAWN' | 'CLOSED'): Promise<void> {
  const facts = event.payload;
  if (facts.referralId !== event.subjectId) throw new ExchangeRejection(`${event.type} names another referral than its subject`);
  const referral = await lockReferral(tx, facts.referralId);
  if (!referral) throw new ExchangeRejection(`${event.type} for referral ${facts.referralId}, never submitted to civil affairs`);
  const at = new Date(facts.at);
  referral.fileStatus = to;
  referral.fileEndedAt = at;
  referral.updatedAt = event.occurredAt;
  const placement = await tx.findOne(ShelterPlacement, { referralId: referral.id }, { populate: ['holds'] });
  const released = placement?.status === 'ACCEPTED';
  if (placement && released) {
    placement.status = 'CLOSED';
    placement.endNote = RELEASE_NOTE[to];
    for (const hold of placement.holds.getItems()) if (hold.releasedAt === null) hold.releasedAt = at;
  }
  await tx.flush();
  if (placement && released) {
    await appendAudit(tx, WOMENS_FEDERATION_EXCHANGE, event.eventId, [
      { operation: 'TRANSITION', recordType: 'ShelterPlacement', recordId: placement.id, fields: ['status', 'places'], purpose: `referral ${referral.id} ${to.toLowerCase()}`, outcome: 'ALLOWED' },
    ]);
  }
}

/** What civil affairs applies from the women's federation's feed. */
export const womensFederationHandlers: ExchangeHandlers = {
  'referral.submitted': applyReferralSubmitted,
  'referral.withdrawn': (tx, event) => applyFileEnded(tx, event, 'WITHDRAWN'),
  'referral.closed': (tx, event) => applyFileEnded(tx, event, 'CLOSED'),
};

/** A projected referral in the shape the reconciliation compares (dates as ISO strings). */
function referralRow(row: Omit<ShelterReferralProjection, 'id' | 'updatedAt'>): Record<string, unknown> {
  return {
    referringCaseworker: row.referringCaseworker,
    referringOrganisation: row.referringOrganisation,
    victimType: row.victimType,
    riskLevel: row.riskLevel,
    accompanyingChildren: row.accompanyingChildren,
    needs: [...row.needs].join(' '),
    submittedAt: row.submittedAt.toISOString(),
    fileStatus: row.fileStatus,
    fileEndedAt: row.fileEndedAt ? row.fileEndedAt.toISOString() : null,
  };
}

/** The referral projection as the exchange's rebuild and reconciliation commands see it. */
export const referralProjection: ProjectionDefinition = {
  description: "the women's federation's shelter referrals: who referred, party size, risk, needs and the file's status",
  tables: ['shelter_referral_projection'],
  fold(events) {
    const rows = new Map<string, Omit<ShelterReferralProjection, 'id' | 'updatedAt'>>();
    for (const event of events) {
      if (event.type === 'referral.submitted') {
        const facts = (event as ReceivedEvent<'referral.submitted'>).payload;
        const before = rows.get(facts.referralId);
        rows.set(facts.referralId, {
          ...submittedFacts(facts),
          fileStatus: before?.fileStatus ?? 'SUBMITTED',
          fileEndedAt: before?.fileEndedAt ?? null,
        });
      } else if (event.type === 'referral.withdrawn' || event.type === 'referral.closed') {
        const facts = (event as ReceivedEvent<'referral.withdrawn'>).payload;
        const row = rows.get(facts.referralId);
        if (row) rows.set(facts.referralId, { ...row, fileStatus: event.type === 'referral.withdrawn' ? 'WITHDRAWN' : 'CLOSED', fileEndedAt: new Date(facts.at) });
      }
    }
    return new Map([...rows].map(([id, row]) => [id, referralRow(row)]));
  },
  async load(em) {
    const rows = await em.find(ShelterReferralProjection, {}, { disableIdentityMap: true });
    return new Map(rows.map((row) => [row.id, referralRow(row)]));
  },
};

/**
 * The referral the shelter is answering, locked for the rest of the transaction (so a withdrawal
 * applied meanwhile waits for the answer and then sees it): null when it never arrived.
 */
export function lockReferral(tx: EntityManager, referralId: string): Promise<ShelterReferralProjection | null> {
  return tx.findOne(ShelterReferralProjection, { id: referralId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
}
