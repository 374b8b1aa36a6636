/**
 * Public security's foreign-national status checks for the demo region's foreign nationals: one
 * found legally entered whose notification the foreign-affairs office acknowledged, one legally
 * entered whose notification is still waiting, one found illegal and handed over to the police
 * (the person whose rescue case exited HANDED_OVER), and one still waiting for the police.
 * Deterministic: ids derive from the person ids, times from the rescue cases.
 */
import { createHash } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type DemoPerson, type DemoRegion, type DemoRescueCase } from '@lifeline/demo-region';
import { publishLegalStatusFound } from '../domain/foreign-national-exchange';
import { ForeignAffairsNotification } from '../entities/foreign-affairs-notification.entity';
import { ForeignNationalStatusCheck } from '../entities/foreign-national-status-check.entity';
import { ForeignNationalStatusCheckEvent } from '../entities/foreign-national-status-check-event.entity';
import { PoliceHandOver } from '../entities/police-hand-over.entity';
import { type ForeignNationalStatus } from '../domain/vocabulary';

const HOUR = 3_600_000;

/** A stable UUID (version-4 layout) for a seeded record. */
function seededId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('/')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

interface Planned {
  person: DemoPerson;
  rescueCase: DemoRescueCase;
  outcome: ForeignNationalStatus;
  acknowledged: boolean;
}

/** Picks the foreign nationals the demo tells a status-check story about. */
function plan(region: DemoRegion): Planned[] {
  const foreign = region.persons.filter((p) => p.category === 'FOREIGN_NATIONAL' && p.nationality && p.passportNumber);
  const caseOf = (p: DemoPerson) => region.rescueCases.filter((c) => c.personId === p.id).sort((a, b) => b.intakeAt.getTime() - a.intakeAt.getTime())[0];
  const withCase = foreign.map((person) => ({ person, rescueCase: caseOf(person)! })).filter((e) => e.rescueCase);
  const planned: Planned[] = [];
  const take = (pick: (e: (typeof withCase)[number]) => boolean, outcome: ForeignNationalStatus, acknowledged = false) => {
    const entry = withCase.find((e) => pick(e) && !planned.some((p) => p.person.id === e.person.id));
    if (entry) planned.push({ ...entry, outcome, acknowledged });
  };
  take((e) => e.rescueCase.exitReason === 'HANDED_OVER', 'ILLEGAL');
  take((e) => e.person.identityStatus === 'VERIFIED' && e.rescueCase.status === 'IN_CARE', 'LEGAL_ENTRY', true);
  take((e) => e.rescueCase.status === 'IN_CARE' || e.rescueCase.status === 'RECEIVED', 'LEGAL_ENTRY');
  take((e) => e.rescueCase.status === 'HANDED_TO_POLICE', 'REQUESTED');
  return planned;
}

/** Seeds the demo status checks unless some already exist. */
export async function seedForeignNationalStatusChecks(em: EntityManager, region: DemoRegion): Promise<void> {
  if ((await em.count(ForeignNationalStatusCheck, {})) > 0) return;
  const stationOf = new Map(region.stations.map((s) => [s.id, s]));
  await em.transactional(async (tx) => {
    const found: ForeignNationalStatusCheck[] = [];
    for (const { person, rescueCase, outcome, acknowledged } of plan(region)) {
      const station = stationOf.get(rescueCase.stationId)!;
      const requestedAt = new Date(rescueCase.intakeAt.getTime() + HOUR);
      const latest = (rescueCase.exitAt ?? region.now).getTime();
      const concluded = outcome === 'REQUESTED' ? null : new Date(Math.min(requestedAt.getTime() + 2 * HOUR, latest - HOUR / 2));
      const requestedBy = station.kind === 'REGIONAL_CENTER' ? 'center.staff' : 'county.staff';
      const check = tx.create(ForeignNationalStatusCheck, {
        id: seededId('foreign-national-status-check', person.id),
        personId: person.id,
        requestingStationId: station.id,
        requestingJurisdiction: station.jurisdiction,
        nationality: person.nationality!,
        passportNumber: person.passportNumber!,
        mrzVerified: false,
        status: outcome,
        requestedAt,
        requestedBy,
        concludedAt: concluded,
        concludedBy: concluded ? 'police.officer' : null,
      });
      tx.create(ForeignNationalStatusCheckEvent, { statusCheck: check, fromStatus: null, toStatus: 'REQUESTED', at: requestedAt, actor: requestedBy, note: '自称外籍,持护照,请核查入境及居留情况' });
      if (!concluded) continue;
      const notes: Record<string, string> = { LEGAL_ENTRY: '出入境记录可查,签证在有效期内', ILLEGAL: '签证已逾期,非法居留' };
      tx.create(ForeignNationalStatusCheckEvent, { statusCheck: check, fromStatus: 'REQUESTED', toStatus: outcome, at: concluded, actor: 'police.officer', note: notes[outcome] ?? null });
      if (outcome === 'ILLEGAL') {
        tx.create(PoliceHandOver, {
          id: seededId('police-hand-over', person.id),
          statusCheck: check,
          recordNumber: `JLGA-YJ-${concluded.toISOString().slice(0, 10).replace(/-/g, '')}-${person.id.slice(0, 4).toUpperCase()}`,
          policeUnit: '江临市公安局出入境管理支队',
          officer: 'police.officer',
          handedOverAt: new Date(latest - HOUR / 4),
        });
      } else {
        tx.create(ForeignAffairsNotification, {
          id: seededId('foreign-affairs-notification', person.id),
          statusCheck: check,
          personId: person.id,
          status: outcome,
          nationality: person.nationality!,
          notifiedAt: concluded,
          acknowledgedAt: acknowledged ? new Date(concluded.getTime() + HOUR) : null,
          acknowledgedBy: acknowledged ? 'fao.officer' : null,
          acknowledgementNote: acknowledged ? '已与当事人联系,拟出具书面委托' : null,
        });
        found.push(check);
      }
    }
    await tx.flush();
    // The seeded legal statuses reach foreign affairs as a live conclusion's would, oldest first.
    for (const check of found.sort((a, b) => a.concludedAt!.getTime() - b.concludedAt!.getTime())) await publishLegalStatusFound(tx, check);
  });
}
