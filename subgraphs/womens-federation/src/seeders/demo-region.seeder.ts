/**
 * Loads the women's federation's slice of the synthetic demo region (shelter referrals) into an
 * empty database. Deterministic: the same region every time.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { buildDemoRegion, type DemoRegion } from '@lifeline/demo-region';
import { ShelterReferral } from '../entities/shelter-referral.entity';

/** Seeds the demo referrals unless some already exist. */
export async function seedDemoRegion(em: EntityManager, region: DemoRegion = buildDemoRegion()): Promise<void> {
  if ((await em.count(ShelterReferral, {})) > 0) return;
  await em.transactional(async (tx) => {
    for (const r of region.shelterReferrals) {
      tx.create(ShelterReferral, {
        id: r.id,
        personId: r.personId,
        victimType: r.victimType,
        riskLevel: r.riskLevel,
        status: r.status,
        referringOrganisation: r.referringOrganisation,
        referringCaseworker: r.referringCaseworker,
        accompanyingChildren: r.accompanyingChildren,
        submittedAt: r.submittedAt,
        createdAt: r.submittedAt,
      });
    }
  });
}
