/**
 * Loads the foreign-affairs office's slice of the synthetic demo region (aid entrustments and
 * their items) into an empty database. Deterministic: the same region every time.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { buildDemoRegion, type DemoRegion } from '@lifeline/demo-region';
import { AidEntrustment } from '../entities/aid-entrustment.entity';
import { EntrustedAidItem } from '../entities/entrusted-aid-item.entity';

/** Seeds the demo entrustments unless some already exist. */
export async function seedDemoRegion(em: EntityManager, region: DemoRegion = buildDemoRegion()): Promise<void> {
  if ((await em.count(AidEntrustment, {})) > 0) return;
  await em.transactional(async (tx) => {
    for (const e of region.aidEntrustments) {
      const entrustment = tx.create(AidEntrustment, {
        id: e.id,
        documentNumber: e.documentNumber,
        issuingOffice: e.issuingOffice,
        personId: e.personId,
        nationality: e.nationality,
        passportNumber: e.passportNumber,
        status: e.status,
        totalCapFen: e.totalCapFen,
        validFrom: e.validFrom,
        validUntil: e.validUntil,
        issuedAt: e.issuedAt,
        createdAt: e.issuedAt,
      });
      for (const item of e.items) tx.create(EntrustedAidItem, { entrustment, kind: item.kind, capFen: item.capFen });
    }
  });
}
