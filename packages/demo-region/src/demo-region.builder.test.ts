import {
  isIso3166Alpha3,
  parseChineseMobile,
  parsePersonName,
  parseResidentIdNumber,
} from '@lifeline/identity-documents';
import { defaultDemoNow, demoRegionAnchor } from './demo-anchor.config';
import { buildDemoRegion } from './demo-region.builder';
import type {
  AidEntrustmentStatus,
  CareZoneKind,
  DemoRegion,
  DemoRescueCase,
  ExitReason,
  IdentityCheckReason,
  IdentityCheckStatus,
  RescueCaseStatus,
  RiskLevel,
  ShelterReferralStatus,
} from './demo-region.types';

const DAY_MS = 86_400_000;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const CASE_STATUSES: RescueCaseStatus[] = ['RECEIVED', 'MEDICAL_TREATMENT', 'HANDED_TO_POLICE', 'REFUSED', 'IN_CARE', 'EXITED'];
const EXIT_REASONS: ExitReason[] = [
  'LEFT_VOLUNTARILY', 'RETURNED_HOME', 'ESCORTED_HOME', 'ABSCONDED', 'TERMINATED', 'TRANSFERRED', 'SETTLED', 'DECEASED', 'HANDED_OVER',
];
const CHECK_STATUSES: IdentityCheckStatus[] = ['REQUESTED', 'SAMPLE_COLLECTED', 'COMPARING', 'MATCHED', 'NO_MATCH', 'INCONCLUSIVE'];
const CHECK_REASONS: IdentityCheckReason[] = ['UNIDENTIFIED_PERSON', 'CLAIMED_IDENTITY', 'SUSPECTED_FOREIGN_NATIONAL', 'SETTLEMENT_RECHECK'];
const REFERRAL_STATUSES: ShelterReferralStatus[] = [
  'SUBMITTED', 'ACCEPTED', 'DECLINED', 'ADMITTED', 'EXTENDED', 'DISCHARGED', 'REFERRED_OUT', 'CLOSED',
];
const RISK_LEVELS: RiskLevel[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const ENTRUSTMENT_STATUSES: AidEntrustmentStatus[] = ['ISSUED', 'ACCEPTED', 'IN_PROGRESS', 'FULFILLED', 'REVOKED', 'EXPIRED'];
const ZONES: CareZoneKind[] = ['MEN', 'WOMEN', 'MINORS', 'ELDERLY_DISABLED', 'MEDICAL_OBSERVATION', 'DV_SHELTER'];

function tally<T extends string>(values: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

describe('buildDemoRegion', () => {
  let region: DemoRegion;
  beforeAll(() => {
    region = buildDemoRegion();
  });
  const stationById = () => new Map(region.stations.map((s) => [s.id, s]));
  const personById = () => new Map(region.persons.map((p) => [p.id, p]));
  const casesOf = (personId: string): DemoRescueCase[] => region.rescueCases.filter((c) => c.personId === personId);

  describe('determinism', () => {
    const anchor = new Date('2031-03-14T02:00:00Z');

    it('gives a deep-equal region for the same seed and anchor', () => {
      expect(buildDemoRegion()).toEqual(region);
      expect(buildDemoRegion({ seed: 7, now: anchor })).toEqual(buildDemoRegion({ seed: 7, now: new Date(anchor.getTime()) }));
    });

    it('gives a different region for a different seed', () => {
      const other = buildDemoRegion({ seed: 7 });
      expect(other.persons.map((p) => p.id)).not.toEqual(region.persons.map((p) => p.id));
      expect(other.persons.map((p) => p.name)).not.toEqual(region.persons.map((p) => p.name));
    });

    it('uses the documented defaults: seed 20261129, 240 persons, as of the current hour unless LIFELINE_DEMO_NOW pins it', () => {
      expect(region.seed).toBe(20261129);
      expect(region.persons).toHaveLength(240);
      expect(region.now).toEqual(defaultDemoNow());
      expect(region.now.getTime()).toBeLessThanOrEqual(Date.now());
      expect(demoRegionAnchor(new Date('2031-03-14T02:59:59.999Z'))).toEqual(anchor);
      expect(() => demoRegionAnchor(Number.NaN)).toThrow(RangeError);
    });

    it('records the anchor it picks in the environment, so processes started later build the same region', () => {
      const env: NodeJS.ProcessEnv = {};
      const picked = defaultDemoNow(env, () => Date.parse('2031-03-14T02:41:07Z'));
      expect(picked).toEqual(anchor);
      expect(env.LIFELINE_DEMO_NOW).toBe('2031-03-14T02:00:00.000Z');
      // Later, in another process that inherited it: the same anchor, whatever its clock says.
      expect(defaultDemoNow(env, () => Date.parse('2031-03-14T05:00:00Z'))).toEqual(anchor);
      expect(defaultDemoNow({ LIFELINE_DEMO_NOW: '2027-01-01T08:30:00+08:00' })).toEqual(new Date('2027-01-01T00:30:00Z'));
    });

    it('refuses a LIFELINE_DEMO_NOW that is not an ISO 8601 instant, saying what to set', () => {
      for (const bad of ['yesterday', '2027-13-01T00:00:00Z', '1700000000000', '2027-01-01']) {
        expect(() => defaultDemoNow({ LIFELINE_DEMO_NOW: bad })).toThrow(/LIFELINE_DEMO_NOW must be an ISO 8601 instant/);
      }
    });

    it('dates everything relative to its anchor: a year later, the same records, every instant a year later, the same statuses', () => {
      const DAYS = 366;
      const shift = DAYS * DAY_MS;
      const now = buildDemoRegion({ now: anchor });
      const later = buildDemoRegion({ now: new Date(anchor.getTime() + shift) });
      expect(later.persons.map((p) => p.id)).toEqual(now.persons.map((p) => p.id));
      expect(later.rescueCases.map((c) => [c.id, c.status, c.intakeAt.getTime() - shift])).toEqual(now.rescueCases.map((c) => [c.id, c.status, c.intakeAt.getTime()]));
      expect(later.identityChecks.map((c) => [c.id, c.status, c.requestedAt.getTime() - shift])).toEqual(now.identityChecks.map((c) => [c.id, c.status, c.requestedAt.getTime()]));
      expect(later.shelterReferrals.map((r) => [r.id, r.status, r.submittedAt.getTime() - shift])).toEqual(now.shelterReferrals.map((r) => [r.id, r.status, r.submittedAt.getTime()]));
      expect(later.aidEntrustments.map((e) => [e.id, e.status, e.validUntil.getTime() - shift])).toEqual(now.aidEntrustments.map((e) => [e.id, e.status, e.validUntil.getTime()]));
      // Open entrustments are still open at the later anchor, expired ones expired.
      for (const e of later.aidEntrustments) {
        if (e.status === 'EXPIRED') expect(e.validUntil.getTime()).toBeLessThan(later.now.getTime());
        if (['ISSUED', 'ACCEPTED', 'IN_PROGRESS'].includes(e.status)) expect(e.validUntil.getTime()).toBeGreaterThan(later.now.getTime());
      }
      expect(later.aidEntrustments.filter((e) => ['ISSUED', 'ACCEPTED', 'IN_PROGRESS'].includes(e.status)).length).toBeGreaterThan(0);
    });

    it('builds other population sizes and refuses too small ones', () => {
      expect(buildDemoRegion({ persons: 100 }).persons).toHaveLength(100);
      expect(buildDemoRegion({ persons: 500 }).persons).toHaveLength(500);
      expect(() => buildDemoRegion({ persons: 10 })).toThrow(RangeError);
      expect(() => buildDemoRegion({ now: new Date(Number.NaN) })).toThrow(RangeError);
    });
  });

  describe('identifiers and references', () => {
    it('gives every record a unique v4-looking UUID', () => {
      const ids = [
        ...region.stations.map((s) => s.id),
        ...region.persons.map((p) => p.id),
        ...region.rescueCases.flatMap((c) => [c.id, ...c.events.map((e) => e.id)]),
        ...region.identityChecks.flatMap((c) => [c.id, ...c.samples.map((s) => s.id)]),
        ...region.shelterReferrals.map((r) => r.id),
        ...region.aidEntrustments.map((a) => a.id),
      ];
      for (const id of ids) expect(id).toMatch(UUID_V4);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('only refers to persons and stations that exist', () => {
      const stations = stationById();
      const persons = personById();
      for (const station of region.stations) {
        if (station.parentId !== null) expect(stations.has(station.parentId)).toBe(true);
      }
      for (const c of region.rescueCases) {
        expect(persons.has(c.personId)).toBe(true);
        expect(stations.has(c.stationId)).toBe(true);
      }
      for (const check of region.identityChecks) {
        expect(persons.has(check.personId)).toBe(true);
        expect(stations.has(check.requestingStationId)).toBe(true);
      }
      for (const r of region.shelterReferrals) expect(persons.has(r.personId)).toBe(true);
      for (const a of region.aidEntrustments) expect(persons.has(a.personId)).toBe(true);
    });

    it('never dates anything after now', () => {
      const now = region.now.getTime();
      const instants = [
        ...region.persons.map((p) => p.createdAt),
        ...region.rescueCases.flatMap((c) => [c.intakeAt, ...(c.exitAt ? [c.exitAt] : []), ...c.events.map((e) => e.at)]),
        ...region.identityChecks.flatMap((c) => [c.requestedAt, ...(c.concludedAt ? [c.concludedAt] : []), ...c.samples.map((s) => s.collectedAt)]),
        ...region.shelterReferrals.map((r) => r.submittedAt),
        ...region.aidEntrustments.flatMap((a) => [a.issuedAt, a.validFrom]),
      ];
      for (const instant of instants) expect(instant.getTime()).toBeLessThanOrEqual(now);
    });
  });

  describe('the network', () => {
    it('has a fictional city with at least 7 districts and counties under it', () => {
      expect(region.city).toEqual({ code: '379900', name: '江临市', kind: 'CITY' });
      expect(region.divisions.length).toBeGreaterThanOrEqual(7);
      for (const d of region.divisions) expect(d.code).toMatch(/^3799\d{2}$/);
      expect(new Set(region.divisions.map((d) => d.code)).size).toBe(region.divisions.length);
      expect(region.divisions.some((d) => d.kind === 'DISTRICT' && d.name.endsWith('区'))).toBe(true);
      expect(region.divisions.some((d) => d.kind === 'COUNTY' && d.name.endsWith('县'))).toBe(true);
    });

    it('has one regional center at the top', () => {
      const centers = region.stations.filter((s) => s.kind === 'REGIONAL_CENTER');
      expect(centers).toHaveLength(1);
      expect(centers[0]).toMatchObject({ level: 'CITY', jurisdiction: '379900', parentId: null, name: '江临市救助管理站' });
      expect(region.stations.filter((s) => s.parentId === null)).toHaveLength(1);
    });

    it('has a county station in every district and county, reporting to the center', () => {
      const center = region.stations.find((s) => s.kind === 'REGIONAL_CENTER')!;
      for (const division of region.divisions) {
        const stations = region.stations.filter((s) => s.kind === 'COUNTY_STATION' && s.jurisdiction === division.code);
        expect(stations).toHaveLength(1);
        expect(stations[0]).toMatchObject({ level: 'COUNTY', parentId: center.id, name: `${division.name}救助管理站` });
      }
    });

    it('has 2 or 3 township service points per county and some village points', () => {
      const stations = stationById();
      for (const division of region.divisions) {
        const county = region.stations.find((s) => s.kind === 'COUNTY_STATION' && s.jurisdiction === division.code)!;
        const points = region.stations.filter((s) => s.kind === 'SERVICE_POINT' && s.level === 'TOWNSHIP' && s.parentId === county.id);
        expect(points.length).toBeGreaterThanOrEqual(2);
        expect(points.length).toBeLessThanOrEqual(3);
        for (const p of points) expect(p.jurisdiction).toMatch(new RegExp(`^${division.code}\\d{3}$`));
      }
      const villages = region.stations.filter((s) => s.level === 'VILLAGE');
      expect(villages.length).toBeGreaterThanOrEqual(3);
      for (const v of villages) {
        expect(v.jurisdiction).toMatch(/^\d{12}$/);
        expect(v.jurisdiction.startsWith(stations.get(v.parentId!)!.jurisdiction)).toBe(true);
      }
    });

    it('has two temporary points (one closed), consultation points and two outreach teams', () => {
      const temporary = region.stations.filter((s) => s.kind === 'TEMPORARY_POINT');
      expect(temporary).toHaveLength(2);
      expect(temporary.filter((s) => !s.isOpen)).toHaveLength(1);
      const consultation = region.stations.filter((s) => s.kind === 'CONSULTATION_POINT');
      expect(consultation.length).toBeGreaterThanOrEqual(1);
      expect(consultation.length).toBeLessThanOrEqual(2);
      const outreach = region.stations.filter((s) => s.kind === 'OUTREACH_TEAM');
      expect(outreach).toHaveLength(2);
      for (const team of outreach) {
        expect(['CITY', 'COUNTY']).toContain(team.level);
        expect(team.address).toBeNull();
      }
      expect(region.stations.filter((s) => s.kind !== 'TEMPORARY_POINT').every((s) => s.isOpen)).toBe(true);
    });

    it('places every station near the city centre and names it in Chinese', () => {
      for (const s of region.stations) {
        expect(Math.abs(s.latitude - 30.6)).toBeLessThan(0.6);
        expect(Math.abs(s.longitude - 114.3)).toBeLessThan(0.6);
        expect(s.name).toMatch(/[\u4e00-\u9fff]/);
        expect(s.jurisdictionName).toMatch(/[\u4e00-\u9fff]/);
      }
    });
  });

  describe('persons', () => {
    it('spreads the categories like the stations see them', () => {
      const counts = tally(region.persons.map((p) => p.category));
      expect((counts.get('ROUGH_SLEEPER') ?? 0) + (counts.get('STRANDED') ?? 0)).toBeGreaterThan(120);
      expect(counts.get('UNIDENTIFIED_PATIENT')).toBe(36);
      expect(counts.get('MINOR')).toBeGreaterThanOrEqual(5);
      expect(counts.get('DV_VICTIM')).toBe(10);
      expect(counts.get('TRAFFICKING_VICTIM')).toBe(4);
      expect(counts.get('FOREIGN_NATIONAL')).toBe(10);
      expect(new Set(region.persons.map((p) => p.identityStatus))).toEqual(new Set(['UNIDENTIFIED', 'CLAIMED', 'VERIFIED']));
    });

    it('records unidentified persons by estimated age, features and dialect only', () => {
      const unidentified = region.persons.filter((p) => p.identityStatus === 'UNIDENTIFIED');
      expect(unidentified.length).toBeGreaterThan(20);
      for (const p of unidentified) {
        expect(p).toMatchObject({ name: null, namePinyin: null, birthDate: null, idNumber: null, phone: null });
        expect(p.estimatedAgeMin).toBeLessThanOrEqual(p.estimatedAgeMax!);
        expect(p.estimatedAgeMin).toBeGreaterThan(0);
        expect(p.features).toMatch(/身高约\d+厘米/);
      }
      expect(unidentified.filter((p) => p.dialectRegion !== null).length).toBeGreaterThan(unidentified.length / 2);
    });

    it('gives identified Chinese persons a valid name, its pinyin and a matching ID number', () => {
      const divisionCodes = new Set(region.divisions.map((d) => d.code));
      const identified = region.persons.filter((p) => p.identityStatus !== 'UNIDENTIFIED' && p.category !== 'FOREIGN_NATIONAL');
      expect(identified.length).toBeGreaterThan(100);
      for (const p of identified) {
        expect(parsePersonName(p.name!)).toEqual({ ok: true, value: p.name });
        expect(p.namePinyin).toMatch(/^[a-zü]+( [a-zü]+)+$/);
        const id = parseResidentIdNumber(p.idNumber!, { today: region.now });
        expect(id).toEqual({
          ok: true,
          value: { idNumber: p.idNumber, areaCode: expect.any(String), birthDate: p.birthDate, sex: p.sex },
        });
        if (id.ok) expect(divisionCodes.has(id.value.areaCode)).toBe(true);
      }
      const idNumbers = region.persons.flatMap((p) => (p.idNumber ? [p.idNumber] : []));
      expect(new Set(idNumbers).size).toBe(idNumbers.length);
    });

    it('includes names with the middle dot and rare CJK characters', () => {
      const names = region.persons.map((p) => p.name);
      expect(names).toContain('买买提·艾力');
      expect(region.persons.find((p) => p.name === '买买提·艾力')!.namePinyin).toBe('mai mai ti ai li');
      expect(names.some((name) => name !== null && /[\u{20000}-\u{3134F}]/u.test(name))).toBe(true);
    });

    it('gives foreign nationals English names, an ISO nationality and a passport number', () => {
      const foreign = region.persons.filter((p) => p.category === 'FOREIGN_NATIONAL');
      for (const p of foreign) {
        expect(p.name).toMatch(/^[A-Za-z' -]+$/);
        expect(isIso3166Alpha3(p.nationality!)).toBe(true);
        expect(p.nationality).not.toBe('CHN');
        expect(p.passportNumber).toMatch(/^[A-Z0-9]{8,10}$/);
        expect(p.idNumber).toBeNull();
        expect(p.namePinyin).toBeNull();
      }
      expect(new Set(foreign.map((p) => p.passportNumber)).size).toBe(foreign.length);
      expect(region.persons.filter((p) => p.category !== 'FOREIGN_NATIONAL').every((p) => p.nationality === null)).toBe(true);
    });

    it('gives some persons valid Chinese mobile numbers', () => {
      const phones = region.persons.flatMap((p) => (p.phone ? [p.phone] : []));
      expect(phones.length).toBeGreaterThan(30);
      for (const phone of phones) expect(parseChineseMobile(phone)).toEqual({ ok: true, value: phone });
    });

    it('dates a person from the intake of their first case', () => {
      for (const p of region.persons) {
        const first = Math.min(...casesOf(p.id).map((c) => c.intakeAt.getTime()));
        expect(p.createdAt.getTime()).toBe(first);
      }
    });
  });

  describe('rescue cases', () => {
    it('gives every person a case, and about 15% an older exited one', () => {
      const perPerson = tally(region.rescueCases.map((c) => c.personId));
      expect(perPerson.size).toBe(region.persons.length);
      const repeat = [...perPerson.values()].filter((n) => n === 2).length;
      expect(repeat).toBeGreaterThanOrEqual(30);
      expect(repeat).toBeLessThanOrEqual(42);
      for (const p of region.persons) {
        const cases = casesOf(p.id).sort((a, b) => a.intakeAt.getTime() - b.intakeAt.getTime());
        if (cases.length === 2) {
          expect(cases[0]!.status).toBe('EXITED');
          expect(cases[0]!.exitAt!.getTime()).toBeLessThan(cases[1]!.intakeAt.getTime());
        }
      }
    });

    it('represents every status, mostly in care or exited', () => {
      const counts = tally(region.rescueCases.map((c) => c.status));
      for (const status of CASE_STATUSES) expect(counts.get(status) ?? 0).toBeGreaterThanOrEqual(5);
      const inCare = counts.get('IN_CARE')!;
      const exited = counts.get('EXITED')!;
      expect(inCare + exited).toBeGreaterThan(region.rescueCases.length * 0.8);
    });

    it('represents every exit reason and every care zone', () => {
      const reasons = new Set(region.rescueCases.map((c) => c.exitReason));
      for (const reason of EXIT_REASONS) expect(reasons).toContain(reason);
      const zones = new Set(region.rescueCases.map((c) => c.zone));
      for (const zone of ZONES) expect(zones).toContain(zone);
    });

    it('keeps each case history consistent: intake first, ordered, chained, ending in the status', () => {
      for (const c of region.rescueCases) {
        expect(c.events[0]).toMatchObject({ fromStatus: null, toStatus: 'RECEIVED', at: c.intakeAt });
        for (let i = 1; i < c.events.length; i += 1) {
          expect(c.events[i]!.fromStatus).toBe(c.events[i - 1]!.toStatus);
          expect(c.events[i]!.toStatus).not.toBe(c.events[i]!.fromStatus);
          expect(c.events[i]!.at.getTime()).toBeGreaterThan(c.events[i - 1]!.at.getTime());
        }
        expect(c.events.at(-1)!.toStatus).toBe(c.status);
        for (const e of c.events) {
          expect(['center.staff', 'county.staff']).toContain(e.actor);
          expect(e.reason).toBeTruthy();
        }
      }
    });

    it('sets exit time and reason exactly for exited cases, and a zone exactly for cases that reached care', () => {
      for (const c of region.rescueCases) {
        if (c.status === 'EXITED') {
          expect(c.exitReason).not.toBeNull();
          expect(c.exitAt).toEqual(c.events.at(-1)!.at);
        } else {
          expect(c.exitAt).toBeNull();
          expect(c.exitReason).toBeNull();
        }
        expect(c.zone !== null).toBe(c.events.some((e) => e.toStatus === 'IN_CARE'));
      }
    });

    it('takes intakes from the last 120 days, with long stays among them', () => {
      const now = region.now.getTime();
      const persons = personById();
      const latest = new Map<string, DemoRescueCase>();
      for (const c of region.rescueCases) {
        const seen = latest.get(c.personId);
        if (!seen || seen.intakeAt < c.intakeAt) latest.set(c.personId, c);
      }
      for (const c of latest.values()) expect(now - c.intakeAt.getTime()).toBeLessThanOrEqual(120 * DAY_MS);
      const open = region.rescueCases.filter((c) => c.status === 'IN_CARE');
      expect(open.filter((c) => now - c.intakeAt.getTime() > 10 * DAY_MS).length).toBeGreaterThan(20);
      const longStayUnidentified = open.filter(
        (c) => persons.get(c.personId)!.identityStatus === 'UNIDENTIFIED' && now - c.intakeAt.getTime() > 90 * DAY_MS,
      );
      expect(longStayUnidentified.length).toBeGreaterThanOrEqual(3);
    });

    it('shelters DV and trafficking victims only at the regional center, and nobody else in the shelter', () => {
      const stations = stationById();
      const persons = personById();
      for (const c of region.rescueCases) {
        const { category } = persons.get(c.personId)!;
        const victim = category === 'DV_VICTIM' || category === 'TRAFFICKING_VICTIM';
        if (victim) expect(stations.get(c.stationId)!.kind).toBe('REGIONAL_CENTER');
        if (c.zone === 'DV_SHELTER') {
          expect(victim).toBe(true);
          expect(stations.get(c.stationId)!.kind).toBe('REGIONAL_CENTER');
        }
        if (victim && c.zone !== null) expect(c.zone).toBe('DV_SHELTER');
      }
    });

    it('keeps classified care: minors apart, women never with men', () => {
      const persons = personById();
      for (const c of region.rescueCases) {
        const p = persons.get(c.personId)!;
        if (p.category === 'MINOR' && c.zone !== null) expect(c.zone).toBe('MINORS');
        if (p.sex === 'FEMALE') expect(c.zone).not.toBe('MEN');
        if (p.sex === 'MALE') expect(c.zone).not.toBe('WOMEN');
      }
    });

    it('closed the temporary point after its event', () => {
      const closed = region.stations.find((s) => s.kind === 'TEMPORARY_POINT' && !s.isOpen)!;
      for (const c of region.rescueCases.filter((rc) => rc.stationId === closed.id)) expect(c.status).toBe('EXITED');
    });
  });

  describe('identity checks', () => {
    it('represents every status and reason', () => {
      const statuses = new Set(region.identityChecks.map((c) => c.status));
      for (const status of CHECK_STATUSES) expect(statuses).toContain(status);
      const reasons = new Set(region.identityChecks.map((c) => c.reason));
      for (const reason of CHECK_REASONS) expect(reasons).toContain(reason);
    });

    it('checks every foreign national and most persons not verified at intake', () => {
      const checked = new Set(region.identityChecks.map((c) => c.personId));
      for (const p of region.persons.filter((p) => p.category === 'FOREIGN_NATIONAL')) expect(checked.has(p.id)).toBe(true);
      const pending = region.persons.filter((p) => p.identityStatus !== 'VERIFIED' && p.category !== 'FOREIGN_NATIONAL');
      expect(pending.filter((p) => checked.has(p.id)).length).toBeGreaterThan(pending.length * 0.75);
    });

    it('records a verified identity for matches and makes the person VERIFIED with it', () => {
      const persons = personById();
      const matched = region.identityChecks.filter((c) => c.status === 'MATCHED');
      expect(matched.length).toBeGreaterThanOrEqual(5);
      for (const check of matched) {
        const person = persons.get(check.personId)!;
        expect(person.identityStatus).toBe('VERIFIED');
        expect(check.verifiedName).toBe(person.name);
        if (check.reason !== 'SUSPECTED_FOREIGN_NATIONAL') {
          expect(check.verifiedIdNumber).toBe(person.idNumber);
          expect(check.householdRegistration).toMatch(/^江临市/);
        }
      }
      for (const check of region.identityChecks.filter((c) => c.status !== 'MATCHED')) {
        expect(check).toMatchObject({ verifiedName: null, verifiedIdNumber: null, householdRegistration: null });
      }
    });

    it('concludes exactly the finished checks, with samples taken in between', () => {
      const codes: string[] = [];
      for (const check of region.identityChecks) {
        const concluded = ['MATCHED', 'NO_MATCH', 'INCONCLUSIVE'].includes(check.status);
        expect(check.concludedAt !== null).toBe(concluded);
        if (check.concludedAt) expect(check.concludedAt.getTime()).toBeGreaterThan(check.requestedAt.getTime());
        expect(check.samples.length === 0).toBe(check.status === 'REQUESTED');
        for (const sample of check.samples) {
          expect(sample.sampleCode).toMatch(/^(DNA|FP|FACE)-20\d{2}-\d{6}$/);
          expect(sample.sampleCode.startsWith(sample.kind === 'FINGERPRINT' ? 'FP-' : `${sample.kind}-`)).toBe(true);
          expect(sample.collectedAt.getTime()).toBeGreaterThan(check.requestedAt.getTime());
          if (check.concludedAt) expect(sample.collectedAt.getTime()).toBeLessThan(check.concludedAt.getTime());
          codes.push(sample.sampleCode);
        }
      }
      expect(new Set(codes).size).toBe(codes.length);
    });

    it('never matches a settled person (re-checked before settlement)', () => {
      const settled = region.rescueCases.filter((c) => c.exitReason === 'SETTLED');
      for (const c of settled) {
        const checks = region.identityChecks.filter((check) => check.personId === c.personId);
        expect(checks.some((check) => check.reason === 'SETTLEMENT_RECHECK' && check.status === 'NO_MATCH')).toBe(true);
        expect(checks.every((check) => check.status !== 'MATCHED')).toBe(true);
      }
    });
  });

  describe('shelter referrals', () => {
    it('gives every DV and trafficking victim one or two referrals of the right type', () => {
      const victims = region.persons.filter((p) => p.category === 'DV_VICTIM' || p.category === 'TRAFFICKING_VICTIM');
      for (const victim of victims) {
        const referrals = region.shelterReferrals.filter((r) => r.personId === victim.id);
        expect(referrals.length).toBeGreaterThanOrEqual(1);
        expect(referrals.length).toBeLessThanOrEqual(2);
        for (const r of referrals) {
          expect(r.victimType).toBe(victim.category === 'DV_VICTIM' ? 'DOMESTIC_VIOLENCE' : 'TRAFFICKING');
        }
      }
      // Besides the victims, one foreign national in care was trafficked and is referred (accepted).
      const others = region.shelterReferrals.filter((r) => !victims.some((v) => v.id === r.personId));
      expect(others).toHaveLength(1);
      expect(others[0]).toEqual(expect.objectContaining({ victimType: 'TRAFFICKING', status: 'ACCEPTED', referringCaseworker: 'police.officer' }));
      const foreigner = region.persons.find((p) => p.id === others[0]!.personId)!;
      expect(foreigner.category).toBe('FOREIGN_NATIONAL');
      expect(region.aidEntrustments.some((e) => e.personId === foreigner.id)).toBe(true);
      expect(region.identityChecks.some((c) => c.personId === foreigner.id)).toBe(true);
    });

    it('represents every status and risk level, mostly from wf.caseworker', () => {
      const statuses = new Set(region.shelterReferrals.map((r) => r.status));
      for (const status of REFERRAL_STATUSES) expect(statuses).toContain(status);
      const risks = new Set(region.shelterReferrals.map((r) => r.riskLevel));
      for (const risk of RISK_LEVELS) expect(risks).toContain(risk);
      const byCaseworker = tally(region.shelterReferrals.map((r) => r.referringCaseworker));
      expect(byCaseworker.get('wf.caseworker')! * 2).toBeGreaterThan(region.shelterReferrals.length);
      expect(region.shelterReferrals.some((r) => r.accompanyingChildren > 0)).toBe(true);
    });

    it('shelters exactly the victims whose referral was admitted or extended', () => {
      for (const r of region.shelterReferrals.filter((ref) => ref.status === 'ADMITTED' || ref.status === 'EXTENDED')) {
        const cases = casesOf(r.personId);
        expect(cases.some((c) => c.status === 'IN_CARE' && c.zone === 'DV_SHELTER')).toBe(true);
      }
    });
  });

  describe('aid entrustments', () => {
    it('gives every foreign national one entrustment, some two, for their own passport', () => {
      const persons = personById();
      const foreign = region.persons.filter((p) => p.category === 'FOREIGN_NATIONAL');
      const perPerson = tally(region.aidEntrustments.map((a) => a.personId));
      for (const p of foreign) expect(perPerson.get(p.id)).toBeGreaterThanOrEqual(1);
      expect([...perPerson.values()].some((n) => n === 2)).toBe(true);
      for (const a of region.aidEntrustments) {
        const p = persons.get(a.personId)!;
        expect(p.category).toBe('FOREIGN_NATIONAL');
        expect(a.nationality).toBe(p.nationality);
        expect(a.passportNumber).toBe(p.passportNumber);
      }
    });

    it('represents every status and both offices, with document numbers unique per office', () => {
      const statuses = new Set(region.aidEntrustments.map((a) => a.status));
      for (const status of ENTRUSTMENT_STATUSES) expect(statuses).toContain(status);
      expect(new Set(region.aidEntrustments.map((a) => a.issuingOffice))).toEqual(
        new Set(['FOREIGN_AFFAIRS_OFFICE', 'HK_MACAO_TAIWAN_AFFAIRS_OFFICE']),
      );
      const keys = region.aidEntrustments.map((a) => `${a.issuingOffice}|${a.documentNumber}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const a of region.aidEntrustments) expect(a.documentNumber).toMatch(/^(外办委|台港澳办委)〔20\d{2}〕\d{3}号$/);
    });

    it('caps aid in whole fen, the total no more than the items', () => {
      for (const a of region.aidEntrustments) {
        expect(a.items.length).toBeGreaterThanOrEqual(1);
        const sum = a.items.reduce((total, item) => total + item.capFen, 0);
        for (const item of a.items) expect(Number.isInteger(item.capFen) && item.capFen > 0).toBe(true);
        expect(Number.isInteger(a.totalCapFen)).toBe(true);
        expect(a.totalCapFen).toBeGreaterThan(0);
        expect(a.totalCapFen).toBeLessThanOrEqual(sum);
        expect(new Set(a.items.map((item) => item.kind)).size).toBe(a.items.length);
      }
    });

    it('keeps validity consistent with the status', () => {
      const now = region.now.getTime();
      for (const a of region.aidEntrustments) {
        expect(a.validFrom.getTime()).toBeLessThan(a.validUntil.getTime());
        if (a.status === 'EXPIRED') expect(a.validUntil.getTime()).toBeLessThan(now);
        if (['ISSUED', 'ACCEPTED', 'IN_PROGRESS'].includes(a.status)) expect(a.validUntil.getTime()).toBeGreaterThan(now);
      }
    });
  });
});
