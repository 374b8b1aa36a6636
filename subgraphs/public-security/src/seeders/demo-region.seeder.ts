/**
 * Loads public security's slice of the synthetic demo region (identity checks and their samples)
 * into an empty database. Deterministic: the same region every time.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { buildDemoRegion, type DemoRegion } from '@lifeline/demo-region';
import { BiometricSample } from '../entities/biometric-sample.entity';
import { IdentityCheck } from '../entities/identity-check.entity';

/** Seeds the demo identity checks unless some already exist. */
export async function seedDemoRegion(em: EntityManager, region: DemoRegion = buildDemoRegion()): Promise<void> {
  if ((await em.count(IdentityCheck, {})) > 0) return;
  const jurisdictionOf = new Map(region.stations.map((s) => [s.id, s.jurisdiction]));
  await em.transactional(async (tx) => {
    for (const c of region.identityChecks) {
      const check = tx.create(IdentityCheck, {
        id: c.id,
        personId: c.personId,
        requestingStationId: c.requestingStationId,
        requestingJurisdiction: jurisdictionOf.get(c.requestingStationId)!,
        reason: c.reason,
        status: c.status,
        requestedAt: c.requestedAt,
        concludedAt: c.concludedAt,
        verifiedName: c.verifiedName,
        verifiedIdNumber: c.verifiedIdNumber,
        householdRegistration: c.householdRegistration,
        createdAt: c.requestedAt,
      });
      for (const s of c.samples) {
        tx.create(BiometricSample, { id: s.id, identityCheck: check, kind: s.kind, sampleCode: s.sampleCode, collectedBy: s.collectedBy, collectedAt: s.collectedAt });
      }
    }
  });
}
