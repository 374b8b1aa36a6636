/**
 * Demo data for emergency aid and settlement, derived deterministically from the demo region:
 * an ongoing cold wave with two temporary points (the railway station's point and a gymnasium
 * opened for it) and four days of help, an ended flood with its closed point; and settlements:
 * the region's settled persons (approved on their police re-check), proposals for the long-stay
 * persons already re-checked, the other long-stay persons left eligible.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { type DemoRegion } from '@lifeline/demo-region';
import { EmergencyEvent } from '../entities/emergency-event.entity';
import { EmergencyHelp } from '../entities/emergency-help.entity';
import { EmergencyPoint } from '../entities/emergency-point.entity';
import { type RescueCase } from '../entities/rescue-case.entity';
import { Settlement } from '../entities/settlement.entity';
import { Station } from '../entities/station.entity';
import { type Sex } from '../domain/vocabulary';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SEXES: Sex[] = ['MALE', 'MALE', 'FEMALE', 'MALE', 'UNKNOWN'];

/** The year and month an event began, as announced locally (China time): `2026年11月`. */
function announcedMonth(at: Date): string {
  const local = new Date(at.getTime() + 8 * HOUR);
  return `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月`;
}

/** The cold wave and the flood with their points and help. */
export function seedEmergencyAid(tx: EntityManager, region: DemoRegion, stations: Map<string, Station>): void {
  const railwayPoint = region.stations.find((s) => s.kind === 'TEMPORARY_POINT' && s.isOpen)!;
  const floodPoint = region.stations.find((s) => s.kind === 'TEMPORARY_POINT' && !s.isOpen)!;
  const linjiang = region.stations.find((s) => s.kind === 'COUNTY_STATION' && s.jurisdiction === '379902')!;
  const gulou = region.stations.find((s) => s.jurisdiction === '379902003')!;

  const coldStart = new Date(region.now.getTime() - 4 * DAY);
  const cold = tx.create(EmergencyEvent, {
    kind: 'COLD_WAVE',
    name: `${region.city.name}${announcedMonth(coldStart)}寒潮应急救助`,
    description: '寒潮蓝色预警,最低气温-6℃:开放临时救助点,街面巡查劝导露宿人员入站避寒',
    districts: ['379902', '379903'],
    startedAt: coldStart,
    declaredBy: 'center.staff',
    createdAt: coldStart,
    // Help is recorded until the demo's present: the event changed with the last of it.
    updatedAt: region.now,
  });
  const gym = tx.create(Station, {
    name: '临江区鼓楼体育馆寒潮临时救助点',
    level: 'TOWNSHIP',
    kind: 'TEMPORARY_POINT',
    jurisdiction: gulou.jurisdiction,
    jurisdictionName: gulou.jurisdictionName,
    parent: stations.get(linjiang.id)!,
    address: `${region.city.name}临江区鼓楼街道体育馆路8号`,
    isOpen: true,
    latitude: gulou.latitude,
    longitude: gulou.longitude,
    createdAt: coldStart,
  });
  const points = [
    tx.create(EmergencyPoint, { event: cold, station: stations.get(railwayPoint.id)!, openedAt: new Date(coldStart.getTime() + 2 * HOUR), openedBy: 'county.staff', openNote: '24小时开放:热食、棉被、临时床位' }),
    tx.create(EmergencyPoint, { event: cold, station: gym, openedAt: new Date(coldStart.getTime() + 6 * HOUR), openedBy: 'center.staff', openNote: '夜间开放:床位60张' }),
  ];
  points.forEach((point, p) => {
    for (let day = 0; day < 4; day++) {
      const people = 5 + ((day * 5 + p * 3) % 7);
      for (let i = 0; i < people; i++) {
        const k = p * 100 + day * 20 + i;
        // Evenings and nights, China time (UTC+8): 18:00 to 04:00 local.
        const helpedAt = new Date(coldStart.getTime() + day * DAY + 2 * HOUR + ((k * 37) % (10 * 60)) * 60_000);
        if (helpedAt.getTime() < point.openedAt.getTime() || helpedAt.getTime() > region.now.getTime()) continue;
        tx.create(EmergencyHelp, {
          point,
          helpedAt,
          food: k % 4 !== 3,
          lodging: k % 3 !== 0 || k % 4 === 3,
          clothing: k % 5 === 0,
          sex: SEXES[k % SEXES.length]!,
          estimatedAge: 25 + ((k * 13) % 50),
          recordedBy: p === 0 ? 'county.staff' : 'center.staff',
          recordedAt: helpedAt,
          note: k % 6 === 0 ? '劝导入站避寒' : null,
        });
      }
    }
  });

  const floodStart = new Date(region.now.getTime() - 150 * DAY);
  const flood = tx.create(EmergencyEvent, {
    kind: 'FLOOD',
    name: `白沙县${announcedMonth(floodStart).slice(0, 5)}汛期应急救助`,
    description: '强降雨致城关镇部分居民和过往旅客滞留',
    districts: ['379922'],
    startedAt: floodStart,
    endedAt: new Date(floodStart.getTime() + 3 * DAY),
    declaredBy: 'center.staff',
    endedBy: 'center.staff',
    endReason: '汛情解除,滞留人员均已安置或返乡',
    createdAt: floodStart,
    updatedAt: new Date(floodStart.getTime() + 3 * DAY),
  });
  const floodPointRecord = tx.create(EmergencyPoint, {
    event: flood,
    station: stations.get(floodPoint.id)!,
    openedAt: new Date(floodStart.getTime() + HOUR),
    openedBy: 'center.staff',
    openNote: '体育馆临时安置',
    closedAt: new Date(floodStart.getTime() + 3 * DAY),
    closedBy: 'center.staff',
    closeReason: 'event ended: 汛情解除',
  });
  for (let i = 0; i < 9; i++) {
    const helpedAt = new Date(floodStart.getTime() + 2 * HOUR + i * 7 * HOUR);
    tx.create(EmergencyHelp, { point: floodPointRecord, helpedAt, food: true, lodging: i % 2 === 0, clothing: false, sex: SEXES[i % SEXES.length]!, estimatedAge: 30 + i * 4, recordedBy: 'center.staff', recordedAt: helpedAt });
  }
}

/** Settlements of the settled persons and proposals for the long-stay persons already re-checked. */
export function seedSettlements(tx: EntityManager, region: DemoRegion, cases: Map<string, RescueCase>): void {
  const recheckOf = (personId: string) => region.identityChecks.find((c) => c.personId === personId && c.reason === 'SETTLEMENT_RECHECK') ?? null;
  const settled = region.rescueCases.filter((c) => c.exitReason === 'SETTLED');
  settled.forEach((c, i) => {
    const recheck = recheckOf(c.personId);
    const exitAt = c.exitAt!;
    const decidedAt = recheck?.concludedAt ? new Date(Math.min(recheck.concludedAt.getTime() + DAY, exitAt.getTime() - HOUR)) : new Date(exitAt.getTime() - 7 * DAY);
    tx.create(Settlement, {
      person: cases.get(c.id)!.person,
      rescueCase: cases.get(c.id)!,
      status: 'SETTLED',
      proposedBy: 'county.staff',
      proposedAt: new Date((recheck?.requestedAt ?? decidedAt).getTime() - 2 * DAY),
      proposalNote: '入站逾3个月,寻亲公告、DNA比对均无结果,本人无法表达身份信息',
      decidedBy: 'center.staff',
      decidedAt,
      identityRecheckId: recheck?.id ?? null,
      recheckStatement: '复核未发现已有户籍登记 (re-check found no existing registration): 公安复核比对未比中',
      institutionLevel: i === 2 ? 'COUNTY' : 'CITY',
      institutionName: i === 2 ? '白沙县社会福利中心' : `${region.city.name}社会福利院`,
      householdRegistrationRef: `${region.city.name.slice(0, 2)}公户〔2026〕${String(11 + i).padStart(3, '0')}号`,
      settledAt: exitAt,
      settledBy: 'center.staff',
      updatedAt: exitAt,
    });
  });
  const persons = new Map(region.persons.map((p) => [p.id, p]));
  const longStay = region.rescueCases.filter(
    (c) =>
      c.status === 'IN_CARE' &&
      persons.get(c.personId)!.identityStatus === 'UNIDENTIFIED' &&
      !['DV_VICTIM', 'TRAFFICKING_VICTIM'].includes(persons.get(c.personId)!.category) &&
      region.now.getTime() - c.intakeAt.getTime() > 90 * DAY,
  );
  for (const c of longStay) {
    const recheck = recheckOf(c.personId);
    if (!recheck) continue; // still eligible: the station has not proposed yet
    tx.create(Settlement, {
      person: cases.get(c.id)!.person,
      rescueCase: cases.get(c.id)!,
      status: 'PROPOSED',
      proposedBy: 'county.staff',
      proposedAt: new Date(recheck.requestedAt.getTime() - DAY),
      proposalNote: '入站逾3个月仍无法查明身份,已申请公安复核,拟送福利机构落户安置',
      updatedAt: new Date(recheck.requestedAt.getTime() - DAY),
    });
  }
}
