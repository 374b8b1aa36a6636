/**
 * Loads the foreign-affairs office's slice of the synthetic demo region into an empty database:
 * the entrustments with their terms (version 1, and a second version for the first one in
 * progress: an amendment), their history, and the center's deliveries, consistent with each
 * status: accepted ones have been accepted, those in progress have deliveries below the caps,
 * fulfilled ones reach the total cap, revoked ones give a reason, and expired ones are stored
 * as they stood when the window passed (reads show them EXPIRED). Deterministic.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { buildDemoRegion, type DemoAidEntrustment, type DemoRegion } from '@lifeline/demo-region';
import { AidDelivery } from '../entities/aid-delivery.entity';
import { AidEntrustmentEvent } from '../entities/aid-entrustment-event.entity';
import { AidEntrustmentVersion } from '../entities/aid-entrustment-version.entity';
import { AidEntrustment } from '../entities/aid-entrustment.entity';
import { EntrustedAidItem } from '../entities/entrusted-aid-item.entity';
import { chinaDate } from '../domain/aid-entrustment.workflow';
import { type AidEntrustmentAction, type AidEntrustmentStatus, type AidItemKind } from '../domain/vocabulary';

const HOUR = 3_600_000;
const OFFICER = 'fao.officer';
const CENTER_STAFF = 'center.staff';

/** What each kind of aid costs per unit in the demo, in fen. */
const UNIT_FEN: Record<AidItemKind, number> = { FOOD: 3_000, LODGING: 12_000, COMMUNICATION: 5_000, DOMESTIC_TICKET: 45_000, INTERNATIONAL_TICKET: 380_000 };

interface PlannedDelivery {
  kind: AidItemKind;
  amountFen: number;
}

/** The deliveries of an entrustment in `status`, within its caps (exactly the total for FULFILLED). */
function plannedDeliveries(e: DemoAidEntrustment, status: AidEntrustmentStatus): PlannedDelivery[] {
  if (status === 'FULFILLED') {
    const out: PlannedDelivery[] = [];
    let left = e.totalCapFen;
    for (const item of e.items) {
      const amount = Math.min(item.capFen, left);
      if (amount > 0) out.push({ kind: item.kind, amountFen: amount });
      left -= amount;
    }
    return out;
  }
  if (status === 'IN_PROGRESS' || status === 'EXPIRED') {
    const food = e.items.find((i) => i.kind === 'FOOD')!;
    const lodging = e.items.find((i) => i.kind === 'LODGING');
    const out: PlannedDelivery[] = [{ kind: 'FOOD', amountFen: Math.min(food.capFen, 3 * UNIT_FEN.FOOD) }];
    if (lodging && status === 'IN_PROGRESS') out.push({ kind: 'LODGING', amountFen: Math.min(lodging.capFen, 2 * UNIT_FEN.LODGING) });
    return out;
  }
  return [];
}

/** Seeds the demo entrustments unless some already exist. */
export async function seedDemoRegion(em: EntityManager, region: DemoRegion = buildDemoRegion()): Promise<void> {
  if ((await em.count(AidEntrustment, {})) > 0) return;
  const names = new Map(region.persons.map((p) => [p.id, p.name]));
  const center = region.stations.find((s) => s.kind === 'REGIONAL_CENTER')!;
  const orgUnit = `${region.city.code}-foreign-affairs-office`;
  const amendedId = region.aidEntrustments.find((e) => e.status === 'IN_PROGRESS')?.id;
  let receipt = 0;
  let revoked = 0;
  await em.transactional(async (tx) => {
    for (const e of region.aidEntrustments) {
      // Of the revoked ones, the first was revoked after the center accepted it, the next before.
      if (e.status === 'REVOKED') revoked += 1;
      const accepted = e.status !== 'ISSUED' && !(e.status === 'REVOKED' && revoked % 2 === 0);
      const acceptedAt = new Date(e.issuedAt.getTime() + 2 * HOUR);
      const planned = plannedDeliveries(e, e.status);
      // Nobody writes EXPIRED when a window passes: reads derive it (see effectiveStatus).
      const stored: AidEntrustmentStatus = e.status === 'EXPIRED' ? (planned.length > 0 ? 'IN_PROGRESS' : 'ACCEPTED') : e.status;
      const amended = e.id === amendedId;
      const lodgingRaise = 50_000;
      const entrustment = tx.create(AidEntrustment, {
        id: e.id,
        documentNumber: e.documentNumber,
        issuingOffice: e.issuingOffice,
        issuingOrgUnit: orgUnit,
        issuedBy: OFFICER,
        personId: e.personId,
        beneficiaryName: names.get(e.personId) ?? 'UNKNOWN',
        nationality: e.nationality,
        passportNumber: e.passportNumber,
        entryStatus: 'LEGAL_STAY',
        status: stored,
        statusReason: e.status === 'REVOKED' ? '受益人已由公安机关接手处置，委托撤销' : null,
        totalCapFen: BigInt(amended ? e.totalCapFen + lodgingRaise : e.totalCapFen),
        validFrom: e.validFrom,
        validUntil: amended ? new Date(e.validUntil.getTime() + 240 * HOUR) : e.validUntil,
        termsVersion: amended ? 2 : 1,
        issuedAt: e.issuedAt,
        acceptedAt: accepted ? acceptedAt : null,
        acceptedBy: accepted ? CENTER_STAFF : null,
        createdAt: e.issuedAt,
      });
      const event = (action: AidEntrustmentAction, from: AidEntrustmentStatus | null, to: AidEntrustmentStatus, at: Date, actor: string, reason: string | null = null) =>
        tx.create(AidEntrustmentEvent, { entrustment, action, fromStatus: from, toStatus: to, at, actor, reason });
      tx.create(AidEntrustmentVersion, { entrustment, number: 1, totalCapFen: BigInt(e.totalCapFen), validFrom: e.validFrom, validUntil: e.validUntil, reason: null, createdAt: e.issuedAt, createdBy: OFFICER });
      for (const item of e.items) tx.create(EntrustedAidItem, { entrustment, termsVersion: 1, kind: item.kind, capFen: BigInt(item.capFen) });
      event('ISSUED', null, 'ISSUED', e.issuedAt, OFFICER);
      if (accepted) event('ACCEPTED', 'ISSUED', 'ACCEPTED', acceptedAt, CENTER_STAFF);
      let at = acceptedAt;
      for (const [index, delivery] of planned.entries()) {
        at = new Date(acceptedAt.getTime() + (index + 1) * 6 * HOUR);
        if (index === 0) event('DELIVERY_STARTED', 'ACCEPTED', 'IN_PROGRESS', at, CENTER_STAFF);
        receipt += 1;
        tx.create(AidDelivery, {
          entrustment,
          kind: delivery.kind,
          quantity: Math.max(1, Math.round(delivery.amountFen / UNIT_FEN[delivery.kind])),
          amountFen: BigInt(delivery.amountFen),
          deliveredOn: chinaDate(at),
          receiptNumber: `ZX-${chinaDate(at).replace(/-/g, '')}-${String(receipt).padStart(4, '0')}`,
          deliveredBy: CENTER_STAFF,
          stationId: center.id,
          recordedAt: at,
        });
      }
      if (amended) {
        const amendedAt = new Date(at.getTime() + 3 * HOUR);
        const reason = '受益人返程航班推迟，延长住宿并顺延有效期';
        tx.create(AidEntrustmentVersion, { entrustment, number: 2, totalCapFen: entrustment.totalCapFen, validFrom: e.validFrom, validUntil: entrustment.validUntil, reason, createdAt: amendedAt, createdBy: OFFICER });
        for (const item of e.items) {
          tx.create(EntrustedAidItem, { entrustment, termsVersion: 2, kind: item.kind, capFen: BigInt(item.kind === 'LODGING' ? item.capFen + lodgingRaise : item.capFen) });
        }
        event('AMENDED', stored, stored, amendedAt, OFFICER, reason);
      }
      if (e.status === 'FULFILLED') event('FULFILLED', 'IN_PROGRESS', 'FULFILLED', new Date(at.getTime() + 1000), CENTER_STAFF, 'the caps are reached');
      if (e.status === 'REVOKED') event('REVOKED', accepted ? 'ACCEPTED' : 'ISSUED', 'REVOKED', new Date(e.issuedAt.getTime() + 20 * HOUR), OFFICER, entrustment.statusReason);
    }
  });
}
