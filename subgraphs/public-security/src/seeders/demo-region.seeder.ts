/**
 * Loads public security's slice of the synthetic demo region (identity checks and their samples,
 * foreign-national status checks with their notifications and hand-overs)
 * into an empty database. Deterministic: the same region every time.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { buildDemoRegion, type DemoRegion } from '@lifeline/demo-region';
import { BiometricSample } from '../entities/biometric-sample.entity';
import { IdentityCheck } from '../entities/identity-check.entity';
import { IdentityCheckEvent } from '../entities/identity-check-event.entity';
import { resultDueAt } from '../domain/identity-check.workflow';
import { publishIdentityVerified } from '../domain/identity-exchange';
import { seedForeignNationalStatusChecks } from './foreign-national-status-check.seeder';

/** Seeds the demo identity checks and foreign-national status checks, each unless some already exist. */
export async function seedDemoRegion(em: EntityManager, region: DemoRegion = buildDemoRegion()): Promise<void> {
  await seedIdentityChecks(em, region);
  await seedForeignNationalStatusChecks(em, region);
}

async function seedIdentityChecks(em: EntityManager, region: DemoRegion): Promise<void> {
  if ((await em.count(IdentityCheck, {})) > 0) return;
  const jurisdictionOf = new Map(region.stations.map((s) => [s.id, s.jurisdiction]));
  await em.transactional(async (tx) => {
    const matched: IdentityCheck[] = [];
    for (const c of region.identityChecks) {
      const check = tx.create(IdentityCheck, {
        id: c.id,
        personId: c.personId,
        requestingStationId: c.requestingStationId,
        requestingJurisdiction: jurisdictionOf.get(c.requestingStationId)!,
        reason: c.reason,
        status: c.status,
        requestedAt: c.requestedAt,
        resultDueAt: resultDueAt(c.requestedAt),
        concludedAt: c.concludedAt,
        verifiedName: c.verifiedName,
        verifiedIdNumber: c.verifiedIdNumber,
        householdRegistration: c.householdRegistration,
        createdAt: c.requestedAt,
      });
      if (check.status === 'MATCHED') matched.push(check);
      // The history as far as the demo region tells it: the request, the samples, the result.
      tx.create(IdentityCheckEvent, { identityCheck: check, fromStatus: null, toStatus: 'REQUESTED', at: c.requestedAt, actor: 'county.staff', note: null });
      if (c.concludedAt) tx.create(IdentityCheckEvent, { identityCheck: check, fromStatus: 'COMPARING', toStatus: c.status, at: c.concludedAt, actor: 'forensic.officer', note: null });
      for (const s of c.samples) {
        tx.create(BiometricSample, { id: s.id, identityCheck: check, kind: s.kind, sampleCode: s.sampleCode, collectedBy: s.collectedBy, collectedAt: s.collectedAt });
      }
    }
    await tx.flush();
    // The demo's matches reach civil affairs as live ones do, oldest first.
    for (const check of matched.sort((a, b) => a.concludedAt!.getTime() - b.concludedAt!.getTime())) await publishIdentityVerified(tx, check);
  });
}
