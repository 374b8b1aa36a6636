/**
 * Loads civil affairs' slice of the synthetic demo region (stations, persons, rescue cases and
 * their events) into an empty database. Deterministic: the same region every time.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { CARE_ZONE_NAMES, buildDemoRegion, type DemoRegion } from '@lifeline/demo-region';
import { publishPersonFacts } from '../domain/person-exchange';
import { CareZone } from '../entities/care-zone.entity';
import { MissingPersonReport } from '../entities/missing-person-report.entity';
import { Person } from '../entities/person.entity';
import { PublicHoliday } from '../entities/public-holiday.entity';
import { PersonAccessGrant } from '../entities/person-access-grant.entity';
import { RescueCase } from '../entities/rescue-case.entity';
import { RescueCaseEvent } from '../entities/rescue-case-event.entity';
import { Shelter } from '../entities/shelter.entity';
import { Station } from '../entities/station.entity';
import { StreetReport } from '../entities/street-report.entity';
import { distanceMeters } from '../domain/dispatch.workflow';
import { ZonePlace } from '../entities/zone-place.entity';
import { type CareZoneKind } from '../domain/vocabulary';
import { seedEmergencyAid, seedSettlements } from './emergency-and-settlement.seeder';
import { seedShelter, SHELTER_PLACES } from './shelter.seeder';

const CONFIDENTIAL_CATEGORIES = new Set(['DV_VICTIM', 'TRAFFICKING_VICTIM']);

/** Places per zone at the center and at a county station (the shelter has its own record). */
const ZONE_PLACES: Record<'REGIONAL_CENTER' | 'COUNTY_STATION', Partial<Record<CareZoneKind, number>>> = {
  REGIONAL_CENTER: { MEN: 40, WOMEN: 20, MINORS: 10, ELDERLY_DISABLED: 30, MEDICAL_OBSERVATION: 16 },
  COUNTY_STATION: { MEN: 12, WOMEN: 6, MINORS: 4, ELDERLY_DISABLED: 8, MEDICAL_OBSERVATION: 4 },
};

/** Seeds the demo region unless stations already exist. */
export async function seedDemoRegion(em: EntityManager, region: DemoRegion = buildDemoRegion()): Promise<void> {
  if ((await em.count(Station, {})) > 0) return;
  await em.transactional(async (tx) => {
    const stations = new Map<string, Station>();
    // Parents come before children in the region's list; insert in that order.
    for (const s of region.stations) {
      const station = tx.create(Station, {
        id: s.id,
        name: s.name,
        level: s.level,
        kind: s.kind,
        jurisdiction: s.jurisdiction,
        jurisdictionName: s.jurisdictionName,
        parent: s.parentId ? stations.get(s.parentId) ?? tx.getReference(Station, s.parentId) : null,
        address: s.address,
        isOpen: s.isOpen,
        latitude: s.latitude,
        longitude: s.longitude,
        createdAt: region.now,
      });
      stations.set(s.id, station);
    }
    // Protected: DV and trafficking victims, and anyone with a live shelter referral.
    const referred = new Set(region.shelterReferrals.filter((r) => r.status !== 'DECLINED').map((r) => r.personId));
    const persons = new Map<string, Person>();
    for (const p of region.persons) {
      const initials = p.namePinyin ? p.namePinyin.split(' ').map((syllable) => syllable[0]).join('') : null;
      persons.set(
        p.id,
        tx.create(Person, {
          id: p.id,
          name: p.name,
          namePinyin: p.namePinyin,
          nameInitials: initials,
          sex: p.sex,
          birthDate: p.birthDate,
          estimatedAgeMin: p.estimatedAgeMin,
          estimatedAgeMax: p.estimatedAgeMax,
          idNumber: p.idNumber,
          phone: p.phone,
          dialectRegion: p.dialectRegion,
          features: p.features,
          identityStatus: p.identityStatus,
          nationality: p.nationality,
          confidential: CONFIDENTIAL_CATEGORIES.has(p.category) || referred.has(p.id),
          createdAt: p.createdAt,
          updatedAt: p.createdAt,
        }),
      );
    }
    // The referring caseworker (or officer) of each referral may see her victim.
    const granted = new Set<string>();
    for (const referral of region.shelterReferrals) {
      const key = `${referral.personId}|${referral.referringCaseworker}`;
      if (granted.has(key)) continue;
      granted.add(key);
      tx.create(PersonAccessGrant, {
        person: persons.get(referral.personId)!,
        grantee: referral.referringCaseworker,
        reason: `shelter referral ${referral.id}`,
        grantedAt: referral.submittedAt,
      });
    }
    const center = region.stations.find((s) => s.kind === 'REGIONAL_CENTER')!;
    const shelter = tx.create(Shelter, {
      name: `${region.city.name}反家暴庇护中心`,
      station: stations.get(center.id)!,
      address: `${region.city.name}(庇护地址保密,演示数据)`,
      contactPhone: '13800000000',
      totalPlaces: SHELTER_PLACES,
    });
    const sheltered = seedShelter(tx, region, shelter, stations.get(center.id)!, persons);
    // Care zones with their places; every person in care holds one place.
    const freePlaces = new Map<string, ZonePlace[]>();
    for (const s of region.stations) {
      if (s.kind !== 'REGIONAL_CENTER' && s.kind !== 'COUNTY_STATION') continue;
      for (const [kind, planned] of Object.entries(ZONE_PLACES[s.kind]) as Array<[CareZoneKind, number]>) {
        const occupied = region.rescueCases.filter((c) => c.stationId === s.id && c.status === 'IN_CARE' && c.zone === kind).length;
        const places = Math.max(planned, occupied + 2);
        const zone = tx.create(CareZone, { station: stations.get(s.id)!, kind, name: CARE_ZONE_NAMES[kind], places });
        freePlaces.set(`${s.id}|${kind}`, Array.from({ length: places }, (_, i) => tx.create(ZonePlace, { zone, number: i + 1 })));
      }
    }
    seedStreetReports(tx, region, stations);
    seedMissingPersonReports(tx, region);
    for (const [date, name] of PUBLIC_HOLIDAYS_2026) tx.create(PublicHoliday, { date, name });
    const cases = new Map<string, RescueCase>();
    for (const c of region.rescueCases) {
      const place =
        c.status === 'IN_CARE' && c.zone === 'DV_SHELTER'
          ? sheltered.placeOf(c.personId)
          : c.status === 'IN_CARE' && c.zone
            ? (freePlaces.get(`${c.stationId}|${c.zone}`)?.shift() ?? null)
            : null;
      const rescueCase = tx.create(RescueCase, {
        place,
        id: c.id,
        person: persons.get(c.personId)!,
        station: stations.get(c.stationId)!,
        status: c.status,
        intakeSource: c.intakeSource,
        intakeAt: c.intakeAt,
        zone: c.zone,
        exitAt: c.exitAt,
        exitReason: c.exitReason,
        createdAt: c.intakeAt,
      });
      cases.set(c.id, rescueCase);
      for (const e of c.events) {
        tx.create(RescueCaseEvent, { id: e.id, rescueCase, fromStatus: e.fromStatus, toStatus: e.toStatus, at: e.at, actor: e.actor, reason: e.reason });
      }
      cases.set(c.id, rescueCase);
    }
    seedEmergencyAid(tx, region, stations);
    seedSettlements(tx, region, cases);
    sheltered.linkCases(tx, cases);
    // The other agencies learn of every person (and who is protected) from these first events.
    await tx.flush();
    await publishPersonFacts(tx, [...persons.keys()], new Date());
  });
}

const MINUTE = 60_000;
const SOURCES = ['POLICE_110', 'CITY_MANAGEMENT', 'HOTLINE', 'PATROL', 'WALK_IN'] as const;
const CLOSURES = ['RESCUED_INTO_STATION', 'RESCUED_INTO_STATION', 'HELP_DECLINED', 'REFERRED', 'FALSE_REPORT'] as const;

/**
 * Street reports over the last 30 days in every district (closed, with on-scene times around the
 * 30-minute target) and a few still open at each step, for the dispatch board. Deterministic.
 */
function seedStreetReports(tx: EntityManager, region: DemoRegion, stations: Map<string, Station>): void {
  const units = region.stations.filter((s) => s.isOpen && ['OUTREACH_TEAM', 'COUNTY_STATION', 'SERVICE_POINT', 'TEMPORARY_POINT'].includes(s.kind));
  const counties = region.stations.filter((s) => s.kind === 'COUNTY_STATION');
  counties.forEach((county, c) => {
    const prefix = county.jurisdiction.replace(/(00)+$/, '');
    const local = units.filter((u) => u.jurisdiction.startsWith(prefix));
    for (let i = 0; i < 14; i++) {
      const k = c * 14 + i;
      const latitude = county.latitude + (((k * 37) % 21) - 10) / 1000;
      const longitude = county.longitude + (((k * 53) % 21) - 10) / 1000;
      const nearest = local
        .map((u) => ({ u, meters: distanceMeters({ latitude, longitude }, u) }))
        .sort((a, b) => a.meters - b.meters)[0]!;
      const open = i >= 11;
      const reportedAt = new Date(region.now.getTime() - (open ? (i - 10) * 17 * MINUTE : ((k * 131) % (30 * 24 * 60) + 60) * MINUTE));
      const toScene = 8 + ((k * 11) % 40);
      const report = tx.create(StreetReport, {
        source: SOURCES[k % SOURCES.length]!,
        description: ['桥洞下有一名老人露宿', '车站广场有人衣着单薄', '路边有一名疑似走失人员', '商场门口有人乞讨'][k % 4]!,
        latitude,
        longitude,
        address: `${county.jurisdictionName}${['人民路', '江滨大道', '火车站广场', '建设街'][k % 4]}${(k % 90) + 1}号附近`,
        district: county.jurisdiction,
        status: open ? (['REPORTED', 'ACCEPTED', 'DISPATCHED'] as const)[i - 11]! : 'CLOSED',
        reportedAt,
        acceptedAt: open && i === 11 ? null : new Date(reportedAt.getTime() + 3 * MINUTE),
        lastChangedBy: 'center.staff',
      });
      if (!open || i === 13) {
        report.dispatchedAt = new Date(reportedAt.getTime() + 6 * MINUTE);
        report.dispatchedTo = stations.get(nearest.u.id)!;
        report.dispatchDistanceMeters = nearest.meters;
      }
      if (!open) {
        report.onSceneAt = new Date(reportedAt.getTime() + toScene * MINUTE);
        report.verifiedAt = new Date(reportedAt.getTime() + (toScene + 10) * MINUTE);
        report.closedAt = new Date(reportedAt.getTime() + (toScene + 40) * MINUTE);
        report.closure = CLOSURES[k % CLOSURES.length]!;
      }
    }
  });
}

/** 2026 public holidays (configurable data: add next year's rows the same way). */
const PUBLIC_HOLIDAYS_2026: ReadonlyArray<[string, string]> = [
  ['2026-01-01', '元旦'],
  ['2026-02-16', '春节'], ['2026-02-17', '春节'], ['2026-02-18', '春节'], ['2026-02-19', '春节'], ['2026-02-20', '春节'],
  ['2026-04-06', '清明节'],
  ['2026-05-01', '劳动节'], ['2026-05-04', '劳动节'], ['2026-05-05', '劳动节'],
  ['2026-06-19', '端午节'],
  ['2026-09-25', '中秋节'],
  ['2026-10-01', '国庆节'], ['2026-10-02', '国庆节'], ['2026-10-05', '国庆节'], ['2026-10-06', '国庆节'], ['2026-10-07', '国庆节'],
];

const REPORT_NAMES = ['刘建军', '陈桂兰', '杨国强', '赵秀珍', '黄志明', '周玉梅', '吴德胜', '徐凤英', '孙卫东', '马淑芬', '朱家豪', '胡秀云'];
const REPORT_PINYIN = ['liu jian jun', 'chen gui lan', 'yang guo qiang', 'zhao xiu zhen', 'huang zhi ming', 'zhou yu mei', 'wu de sheng', 'xu feng ying', 'sun wei dong', 'ma shu fen', 'zhu jia hao', 'hu xiu yun'];

/**
 * Missing-person reports: some describe unidentified persons in care (the same sex, an age in
 * their estimate, their dialect and features, last seen near where they were found, before), the
 * rest describe no one here. Deterministic.
 */
function seedMissingPersonReports(tx: EntityManager, region: DemoRegion): void {
  const stationOf = new Map(region.stations.map((s) => [s.id, s]));
  const inCare = region.rescueCases.filter((c) => c.status === 'IN_CARE');
  const unidentified = region.persons.filter(
    (p) => p.identityStatus === 'UNIDENTIFIED' && p.category !== 'DV_VICTIM' && p.category !== 'TRAFFICKING_VICTIM' && p.features && inCare.some((c) => c.personId === p.id),
  );
  unidentified.slice(0, 8).forEach((person, i) => {
    const rescueCase = inCare.find((c) => c.personId === person.id)!;
    const station = stationOf.get(rescueCase.stationId)!;
    const age = Math.round(((person.estimatedAgeMin ?? 40) + (person.estimatedAgeMax ?? 50)) / 2);
    tx.create(MissingPersonReport, {
      name: REPORT_NAMES[i]!,
      namePinyin: REPORT_PINYIN[i]!,
      sex: person.sex === 'UNKNOWN' ? 'MALE' : person.sex,
      ageWhenMissing: age,
      lastSeenAt: new Date(rescueCase.intakeAt.getTime() - (20 + i * 9) * 86_400_000),
      lastSeenDivision: station.jurisdiction.slice(0, 6),
      lastSeenPlace: `${station.jurisdictionName}一带`,
      dialectRegion: person.dialectRegion,
      features: `${person.features}。家属补充:走失时神情恍惚`,
      reportedBy: `${station.jurisdictionName}公安分局`,
    });
  });
  for (let i = 8; i < REPORT_NAMES.length; i++) {
    tx.create(MissingPersonReport, {
      name: REPORT_NAMES[i]!,
      namePinyin: REPORT_PINYIN[i]!,
      sex: i % 2 === 0 ? 'MALE' : 'FEMALE',
      ageWhenMissing: 20 + i * 3,
      lastSeenAt: new Date(region.now.getTime() - (200 + i * 30) * 86_400_000),
      lastSeenDivision: '440100',
      lastSeenPlace: '外省某市火车站',
      dialectRegion: '粤语',
      features: ['戴眼镜,短发', '身材瘦小,左耳有痣', '穿蓝色工装', '右腿微跛'][i % 4]!,
      reportedBy: '外省公安机关协查',
    });
  }
}
