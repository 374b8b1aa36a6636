/**
 * What the women's federation tells civil affairs about its shelter referrals (DOMAIN.md §4: only
 * what the shelter's job needs): that a referral was submitted, by whom and for what party, and
 * that it was withdrawn or closed. Called inside the transaction of each change, after its flush,
 * so the change and its event commit (or roll back) together. The victim's name, ID number, phone,
 * the children's ages and the caseworker's notes stay here; shelter staff read them in the
 * referral when they receive her.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { publish } from '@lifeline/subgraph-runtime';
import { type ShelterReferral } from '../entities/shelter-referral.entity';

const OWNER = 'womens-federation';

/** Publishes `referral.submitted` for a referral just stored. */
export async function publishReferralSubmitted(tx: EntityManager, referral: ShelterReferral): Promise<void> {
  await publish(tx, OWNER, {
    type: 'referral.submitted',
    subjectId: referral.id,
    occurredAt: referral.submittedAt,
    payload: {
      referralId: referral.id,
      referringCaseworker: referral.referringCaseworker,
      referringOrganisation: referral.referringOrganisation,
      victimType: referral.victimType,
      riskLevel: referral.riskLevel,
      accompanyingChildren: referral.accompanyingChildren,
      needs: [...referral.needs],
      submittedAt: referral.submittedAt.toISOString(),
    },
  });
}

/** Publishes `referral.withdrawn` or `referral.closed` for a file that just took that step. */
export async function publishReferralFileEnded(tx: EntityManager, referral: ShelterReferral, to: 'WITHDRAWN' | 'CLOSED', at: Date): Promise<void> {
  await publish(tx, OWNER, {
    type: to === 'WITHDRAWN' ? 'referral.withdrawn' : 'referral.closed',
    subjectId: referral.id,
    occurredAt: at,
    payload: { referralId: referral.id, at: at.toISOString() },
  });
}
