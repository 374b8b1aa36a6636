/**
 * The shelter's slice of the demo region: the DV-shelter zone at the center with its rooms
 * (standard and family rooms) and places, and the shelter's record of every answered referral,
 * consistent with the referral's status and the victim's rescue case: accepted and staying
 * victims hold their places (the victim's own place is her case's place), those who left hold
 * none, declined ones have their reason.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { CARE_ZONE_NAMES, type DemoRegion } from '@lifeline/demo-region';
import { CareZone } from '../entities/care-zone.entity';
import { type Person } from '../entities/person.entity';
import { type RescueCase } from '../entities/rescue-case.entity';
import { type Shelter } from '../entities/shelter.entity';
import { ShelterPlaceHold } from '../entities/shelter-place-hold.entity';
import { ShelterPlacement } from '../entities/shelter-placement.entity';
import { ShelterRoom } from '../entities/shelter-room.entity';
import { type Station } from '../entities/station.entity';
import { ZonePlace } from '../entities/zone-place.entity';
import { choosePlaces, type FreePlace } from '../domain/shelter-capacity';
import { standardStayEnd } from '../domain/shelter-placement.workflow';
import { type ShelterRoomKind } from '../domain/vocabulary';

/** The shelter's rooms: four standard rooms of two and two family rooms (15 places). */
export const SHELTER_ROOMS: Array<[label: string, kind: ShelterRoomKind, places: number]> = [
  ['S1', 'STANDARD', 2],
  ['S2', 'STANDARD', 2],
  ['S3', 'STANDARD', 2],
  ['S4', 'STANDARD', 2],
  ['F1', 'FAMILY', 3],
  ['F2', 'FAMILY', 4],
];
export const SHELTER_PLACES = SHELTER_ROOMS.reduce((sum, [, , places]) => sum + places, 0);

const DECLINE_REASONS = ['评估为低风险,已转介社区妇女之家临时安置', '本人当日改变主意,未前往庇护中心', '当日庇护中心已满,已协调临时安置点'];
const HOUR = 3_600_000;

export interface SeededShelter {
  /** The victim's own place, for her rescue case in the shelter zone. */
  placeOf(personId: string): ZonePlace | null;
  /** Links each placement to the victim's rescue case once the cases exist. */
  linkCases(tx: EntityManager, cases: Map<string, RescueCase>): void;
}

/** Seeds the shelter zone, rooms, places and placements. */
export function seedShelter(tx: EntityManager, region: DemoRegion, shelter: Shelter, center: Station, persons: Map<string, Person>): SeededShelter {
  const zone = tx.create(CareZone, { station: center, kind: 'DV_SHELTER', name: CARE_ZONE_NAMES.DV_SHELTER, places: SHELTER_PLACES });
  const free: Array<FreePlace & { entity: ZonePlace }> = [];
  let number = 0;
  for (const [label, kind, places] of SHELTER_ROOMS) {
    const room = tx.create(ShelterRoom, { zone, label, kind });
    for (let i = 0; i < places; i++) {
      const entity = tx.create(ZonePlace, { zone, number: ++number, room });
      free.push({ id: entity.id, number, roomId: room.id, roomLabel: label, roomKind: kind, entity });
    }
  }
  const victimPlaces = new Map<string, ZonePlace>();
  const placements: Array<{ placement: ShelterPlacement; personId: string }> = [];
  region.shelterReferrals.forEach((r, i) => {
    if (r.status === 'SUBMITTED') return;
    const cases = region.rescueCases.filter((c) => c.personId === r.personId).sort((a, b) => b.intakeAt.getTime() - a.intakeAt.getTime());
    const stay = cases.find((c) => c.stationId === center.id && c.zone === 'DV_SHELTER') ?? null;
    const decidedAt = new Date(r.submittedAt.getTime() + HOUR);
    const placement = tx.create(ShelterPlacement, {
      referralId: r.id,
      shelter,
      status: r.status as ShelterPlacement['status'],
      partySize: 1 + r.accompanyingChildren,
      children: r.accompanyingChildren,
      referringCaseworker: r.referringCaseworker,
      referringOrganisation: r.referringOrganisation,
      decidedBy: 'shelter.staff',
      decidedAt,
      declineReason: r.status === 'DECLINED' ? DECLINE_REASONS[i % DECLINE_REASONS.length]! : null,
    });
    const stayed = r.status !== 'ACCEPTED' && r.status !== 'DECLINED';
    if (stayed) {
      placement.person = persons.get(r.personId) ?? null;
      const admittedAt = stay?.intakeAt ?? decidedAt;
      placement.admittedAt = admittedAt;
      placement.stayUntil = r.status === 'EXTENDED' ? new Date(region.now.getTime() + 20 * 24 * HOUR) : standardStayEnd(admittedAt);
      if (r.status === 'EXTENDED') placement.extensionReason = '等待人身安全保护令裁定及过渡住房安排';
      if (stay?.exitAt) {
        placement.endedAt = stay.exitAt;
        placement.endNote = r.status === 'REFERRED_OUT' ? '转介至过渡性住房' : '本人离开庇护中心,已回访';
        if (r.status === 'REFERRED_OUT') placement.referredOutTo = '江临市住房保障中心过渡性住房';
      }
    }
    if (r.status === 'ACCEPTED' || r.status === 'ADMITTED' || r.status === 'EXTENDED') {
      const chosen = choosePlaces(free, placement.partySize);
      if (!chosen) throw new Error('The demo shelter has too few places for its placements.');
      chosen.forEach((place, k) => {
        const entity = free.splice(free.findIndex((f) => f.id === place.id), 1)[0]!.entity;
        tx.create(ShelterPlaceHold, { placement, place: entity, forVictim: k === 0, heldAt: decidedAt });
        if (k === 0 && r.status !== 'ACCEPTED') victimPlaces.set(r.personId, entity);
      });
    }
    placements.push({ placement, personId: r.personId });
  });
  return {
    placeOf: (personId) => victimPlaces.get(personId) ?? null,
    linkCases(_tx, cases) {
      for (const { placement, personId } of placements) {
        if (!placement.person) continue;
        const stay = [...cases.values()]
          .filter((c) => c.person.id === personId && c.zone === 'DV_SHELTER')
          .sort((a, b) => b.intakeAt.getTime() - a.intakeAt.getTime())[0];
        if (!stay) continue;
        placement.rescueCase = stay;
        if (placement.status === 'EXTENDED') stay.extendedUntil = placement.stayUntil;
      }
    },
  };
}
