import { residentIdCheckCharacter } from '@lifeline/identity-documents';
import { ExchangeDeadLetter, ExchangeOutboxEvent, readEvent, ROLES, type ApplyOutcome, type ExchangeAgency, type ReceivedEvent } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, testExchangeConsumer, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { randomUUID } from 'node:crypto';
import { type SubgraphContext } from '../src/context';
import { CareZone } from '../src/entities/care-zone.entity';
import { Shelter } from '../src/entities/shelter.entity';
import { ShelterRoom } from '../src/entities/shelter-room.entity';
import { Station } from '../src/entities/station.entity';
import { ZonePlace } from '../src/entities/zone-place.entity';
import { referralProjection, womensFederationHandlers } from '../src/domain/referral-projection';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;
let shelterId: string;
let raceShelterId: string;
const staff = testCaller({ id: 'test.shelter.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.SHELTER_STAFF], jurisdiction: '379900' });
const centerStaff = testCaller({ id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });
const caseworker = testCaller({ id: 'test.caseworker', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER] });
const otherCaseworker = testCaller({ id: 'other.caseworker', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER] });

const idNumber = (first17: string) => first17 + residentIdCheckCharacter(first17);

/** A shelter of its own (rooms: label, kind, places), so the demo region's figures stay untouched. */
async function createShelter(jurisdiction: string, rooms: Array<[string, 'STANDARD' | 'FAMILY', number]>): Promise<string> {
  const em = subgraph.orm.em.fork();
  const station = em.create(Station, { name: `测试庇护站${jurisdiction}`, level: 'CITY', kind: 'REGIONAL_CENTER', jurisdiction, jurisdictionName: '测试市' });
  const total = rooms.reduce((sum, [, , n]) => sum + n, 0);
  const zone = em.create(CareZone, { station, kind: 'DV_SHELTER', name: '庇护区', places: total });
  let number = 0;
  for (const [label, kind, places] of rooms) {
    const room = em.create(ShelterRoom, { zone, label, kind });
    for (let i = 0; i < places; i++) em.create(ZonePlace, { zone, number: ++number, room });
  }
  const shelter = em.create(Shelter, { name: `测试庇护中心${jurisdiction}`, station, address: '保密', contactPhone: '13800000001', totalPlaces: total });
  await em.flush();
  return shelter.id;
}

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  shelterId = await createShelter('379700', [['S1', 'STANDARD', 2], ['S2', 'STANDARD', 2], ['F1', 'FAMILY', 3], ['F2', 'FAMILY', 4]]);
  raceShelterId = await createShelter('379600', [['S1', 'STANDARD', 2], ['S2', 'STANDARD', 3]]);
});
afterAll(() => subgraph.close());

const PLACEMENT = `id referralId status partySize children referringCaseworker referringOrganisation referralFileStatus endNote version declineReason stayUntil extensionReason places { room placeNumber forVictim } person { id } rescueCase { id status zone }`;
const RESULT = /* GraphQL */ `
  __typename
  ... on ShelterPlacementChanged { placement { ${PLACEMENT} } }
  ... on InputRejected { field code message }
  ... on PlacementStepRefused { currentStatus message }
  ... on NoCapacity { requested free message }
  ... on VersionConflict { currentVersion message }
  ... on RecordNotFound { message }
`;
type Placement = { id: string; referralId: string; status: string; partySize: number; referringCaseworker: string; referringOrganisation: string; referralFileStatus: string | null; endNote: string | null; version: number; declineReason: string | null; stayUntil: string | null; places: Array<{ room: string; placeNumber: number; forVictim: boolean }>; person: { id: string } | null; rescueCase: { id: string; status: string; zone: string } | null };
type Result = { __typename: string; placement?: Placement; field?: string; code?: string; currentStatus?: string; requested?: number; free?: number; message?: string };

/** The women's federation's feed, fed by hand as a transport would (positions continue across calls). */
let position = 2_000_000;
function deliverFrom(source: ExchangeAgency, batch: unknown[]): Promise<ApplyOutcome[]> {
  const consumer = testExchangeConsumer(subgraph.orm, definition.name, source, womensFederationHandlers);
  return consumer.deliver(batch);
}
function referralEvent(type: 'referral.submitted' | 'referral.withdrawn' | 'referral.closed', referralId: string, subjectSeq: number, payload: Record<string, unknown>, owner = 'womens-federation') {
  return { position: String(++position), eventId: randomUUID(), type, owner, subjectType: 'ShelterReferral', subjectId: referralId, subjectSeq, occurredAt: new Date().toISOString(), payloadVersion: 1, payload: { referralId, ...payload } };
}
const submitted = (referralId: string, facts: { children?: number; caseworker?: string; organisation?: string } = {}) =>
  referralEvent('referral.submitted', referralId, 1, {
    referringCaseworker: facts.caseworker ?? 'test.caseworker',
    referringOrganisation: facts.organisation ?? '测试区妇女联合会',
    victimType: 'DOMESTIC_VIOLENCE',
    riskLevel: 'HIGH',
    accompanyingChildren: facts.children ?? 0,
    needs: ['COUNSELLING'],
    submittedAt: new Date().toISOString(),
  });
const fileEnded = (type: 'referral.withdrawn' | 'referral.closed', referralId: string, subjectSeq = 2) => referralEvent(type, referralId, subjectSeq, { at: new Date().toISOString() });

/**
 * A referral the women's federation submitted and civil affairs received over the exchange (its
 * party, caseworker and organisation are the event's), as the shelter's answer names it.
 */
async function answer(overrides: { children?: number; caseworker?: string; organisation?: string; shelterId?: string } = {}) {
  const referralId = randomUUID();
  expect(await deliverFrom('womens-federation', [submitted(referralId, overrides)])).toEqual(['APPLIED']);
  return { referralId, shelterId: overrides.shelterId ?? shelterId };
}
async function run<K extends string>(name: K, mutation: string, variables: Record<string, unknown>, caller = staff): Promise<Result> {
  const response = await subgraph.execute<Record<K, Result>>(mutation, variables, caller);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data![name];
}
const accept = (input: Record<string, unknown>, caller = staff) => run('acceptShelterReferral', `mutation($input: ShelterReferralAnswerInput!) { acceptShelterReferral(input: $input) { ${RESULT} } }`, { input }, caller);
const decline = (input: Record<string, unknown>, reason: string) => run('declineShelterReferral', `mutation($input: ShelterReferralAnswerInput!, $reason: String!) { declineShelterReferral(input: $input, reason: $reason) { ${RESULT} } }`, { input, reason });
const admit = (input: Record<string, unknown>) => run('admitToShelter', `mutation($input: AdmitToShelterInput!) { admitToShelter(input: $input) { ${RESULT} } }`, { input });
const extend = (placementId: string, expectedVersion: number, until: Date, reason: string) =>
  run('extendShelterStay', `mutation($id: ID!, $v: Int!, $until: DateTime!, $reason: String!) { extendShelterStay(placementId: $id, expectedVersion: $v, until: $until, reason: $reason) { ${RESULT} } }`, { id: placementId, v: expectedVersion, until: until.toISOString(), reason });
const discharge = (placementId: string, expectedVersion: number, note: string) =>
  run('dischargeFromShelter', `mutation($id: ID!, $v: Int!, $note: String!) { dischargeFromShelter(placementId: $id, expectedVersion: $v, note: $note) { ${RESULT} } }`, { id: placementId, v: expectedVersion, note });
const close = (placementId: string, expectedVersion: number) =>
  run('closeShelterPlacement', `mutation($id: ID!, $v: Int!) { closeShelterPlacement(placementId: $id, expectedVersion: $v) { ${RESULT} } }`, { id: placementId, v: expectedVersion });

const counts = async () => {
  const [row] = await subgraph.orm.em.fork().getConnection().execute<Array<Record<string, string>>>(
    `select (select count(*) from shelter_placement) as placements, (select count(*) from shelter_place_hold where released_at is null) as holds,
            (select count(*) from person) as persons, (select count(*) from rescue_case) as cases, (select count(*) from person_access_grant) as grants`,
  );
  return row;
};
const shelterCounts = async (id = shelterId, caller = centerStaff) => {
  const response = await subgraph.execute<{ shelters: Array<{ id: string; freePlaces: number; freeFamilyRooms: number }> }>(`{ shelters { id freePlaces freeFamilyRooms } }`, undefined, caller);
  return response.data!.shelters.find((s) => s.id === id)!;
};

describe('accepting a referral', () => {
  it('reserves in one step a place for the victim and each child, in one family room, and the network sees the places taken', async () => {
    const before = await shelterCounts();
    const result = await accept(await answer({ children: 2 }));
    expect(result.__typename).toBe('ShelterPlacementChanged');
    const placement = result.placement!;
    expect(placement).toMatchObject({ status: 'ACCEPTED', partySize: 3 });
    expect(placement.places).toHaveLength(3);
    expect(new Set(placement.places.map((p) => p.room))).toEqual(new Set(['F1']));
    expect(placement.places.filter((p) => p.forVictim)).toHaveLength(1);
    const after = await shelterCounts();
    expect(after.freePlaces).toBe(before.freePlaces - 3);
    expect(after.freeFamilyRooms).toBe(before.freeFamilyRooms - 1);
    await close(placement.id, placement.version);
  });

  it('gives a woman alone a standard place, keeping the family rooms free', async () => {
    const result = await accept(await answer());
    expect(result.placement!.places[0]!.room).toMatch(/^S/);
    await close(result.placement!.id, result.placement!.version);
  });

  it('refuses a referral accepted twice, with where it stands, and stores nothing more', async () => {
    const input = await answer();
    const first = await accept(input);
    const before = await counts();
    const again = await accept(input);
    expect(again).toMatchObject({ __typename: 'PlacementStepRefused', currentStatus: 'ACCEPTED' });
    const declined = await decline(input, '重复');
    expect(declined).toMatchObject({ __typename: 'PlacementStepRefused', currentStatus: 'ACCEPTED' });
    expect(await counts()).toEqual(before);
    await close(first.placement!.id, first.placement!.version);
  });

  it('answers NoCapacity when the party does not fit, and reserves nothing', async () => {
    const before = await counts();
    const result = await accept(await answer({ children: 8, shelterId: raceShelterId }));
    expect(result).toMatchObject({ __typename: 'NoCapacity', requested: 9 });
    expect(await counts()).toEqual(before);
  });

  it('refuses callers who are not shelter staff, and stores nothing', async () => {
    const before = await counts();
    for (const caller of [centerStaff, caseworker]) {
      const response = await subgraph.execute(`mutation($input: ShelterReferralAnswerInput!) { acceptShelterReferral(input: $input) { __typename } }`, { input: await answer() }, caller);
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await counts()).toEqual(before);
  });
});

describe("the referral as the women's federation sent it", () => {
  const ACCEPT_TYPED = `mutation($input: ShelterReferralAnswerInput!) { acceptShelterReferral(input: $input) { ${RESULT} } }`;
  const projected = async (referralId: string) => {
    const [row] = await subgraph.orm.em.fork().getConnection().execute<Array<{ file_status: string }>>(`select file_status from shelter_referral_projection where id = ?`, [referralId]);
    return row?.file_status ?? null;
  };

  it('answers a referral that never reached civil affairs (a made-up id, or one not arrived yet) as not found, and stores nothing', async () => {
    const before = await counts();
    const madeUp = { referralId: randomUUID(), shelterId };
    expect(await accept(madeUp)).toMatchObject({ __typename: 'RecordNotFound', message: 'No referral with that id is visible to you.' });
    expect(await decline(madeUp, '无此转介')).toMatchObject({ __typename: 'RecordNotFound', message: 'No referral with that id is visible to you.' });
    // The same answer when the staff type the facts of a referral themselves.
    const typed = { ...madeUp, children: 0, referringCaseworker: 'test.caseworker', referringOrganisation: '测试区妇女联合会' };
    expect(await run('acceptShelterReferral', ACCEPT_TYPED, { input: typed })).toMatchObject({ __typename: 'RecordNotFound' });
    expect(await counts()).toEqual(before);
    expect(await projected(madeUp.referralId)).toBeNull();
  });

  it('takes the caseworker, organisation and party size from the referral, never from what the staff type', async () => {
    const input = await answer({ children: 2, caseworker: 'test.caseworker', organisation: '测试区妇女联合会' });
    const forged = { ...input, children: 0, referringCaseworker: 'forger.user', referringOrganisation: '伪造单位' };
    const accepted = (await run('acceptShelterReferral', ACCEPT_TYPED, { input: forged })).placement!;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', partySize: 3, referringCaseworker: 'test.caseworker', referringOrganisation: '测试区妇女联合会', referralFileStatus: 'SUBMITTED' });
    const admitted = (await admit({ placementId: accepted.id, expectedVersion: accepted.version, person: { name: '钱晓梅', sex: 'FEMALE' } })).placement!;
    const PERSON = `query($id: ID!) { person(id: $id) { id } }`;
    const forger = testCaller({ id: 'forger.user', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER] });
    expect((await subgraph.execute<{ person: unknown }>(PERSON, { id: admitted.person!.id }, forger)).data!.person).toBeNull();
    expect((await subgraph.execute<{ person: unknown }>(PERSON, { id: admitted.person!.id }, caseworker)).data!.person).toEqual({ id: admitted.person!.id });
    const [grants] = await subgraph.orm.em.fork().getConnection().execute<Array<{ grantees: string[] }>>(`select array_agg(grantee) as grantees from person_access_grant where person_id = ?`, [admitted.person!.id]);
    expect(grants!.grantees).toEqual(['test.caseworker']);
    const discharged = (await discharge(admitted.id, admitted.version, '已离开')).placement!;
    await close(discharged.id, discharged.version);
  });

  it.each(['referral.withdrawn', 'referral.closed'] as const)('refuses to answer a referral after %s, and stores nothing', async (type) => {
    const input = await answer({ children: 1 });
    expect(await deliverFrom('womens-federation', [fileEnded(type, input.referralId)])).toEqual(['APPLIED']);
    const code = type === 'referral.withdrawn' ? 'REFERRAL_WITHDRAWN' : 'REFERRAL_CLOSED';
    const before = await counts();
    const free = (await shelterCounts()).freePlaces;
    expect(await accept(input)).toMatchObject({ __typename: 'InputRejected', field: 'referralId', code });
    expect(await decline(input, '已撤回')).toMatchObject({ __typename: 'InputRejected', field: 'referralId', code });
    expect(await counts()).toEqual(before);
    expect((await shelterCounts()).freePlaces).toBe(free);
  });

  it('releases the places held for an accepted referral when it is withdrawn, and the victim can no longer be admitted on it', async () => {
    const free = (await shelterCounts()).freePlaces;
    const accepted = (await accept(await answer({ children: 1 }))).placement!;
    expect((await shelterCounts()).freePlaces).toBe(free - 2);
    expect(await deliverFrom('womens-federation', [fileEnded('referral.withdrawn', accepted.referralId)])).toEqual(['APPLIED']);
    expect((await shelterCounts()).freePlaces).toBe(free);
    const [placement] = (await subgraph.execute<{ shelterPlacements: Placement[] }>(`{ shelterPlacements(status: CLOSED, first: 100) { ${PLACEMENT} } }`, undefined, staff)).data!.shelterPlacements.filter((p) => p.id === accepted.id);
    expect(placement).toMatchObject({ status: 'CLOSED', places: [], referralFileStatus: 'WITHDRAWN', endNote: expect.stringContaining('撤回') });
    const before = await counts();
    expect(await admit({ placementId: accepted.id, expectedVersion: placement!.version, person: { sex: 'FEMALE', name: '孙晓' } })).toMatchObject({ __typename: 'PlacementStepRefused', currentStatus: 'CLOSED' });
    expect(await counts()).toEqual(before);
  });

  it('keeps an admitted victim in the shelter when her referral is withdrawn, and shows the staff the withdrawal', async () => {
    const accepted = (await accept(await answer())).placement!;
    const admitted = (await admit({ placementId: accepted.id, expectedVersion: accepted.version, person: { sex: 'FEMALE', name: '周晓兰' } })).placement!;
    expect(await deliverFrom('womens-federation', [fileEnded('referral.withdrawn', accepted.referralId)])).toEqual(['APPLIED']);
    const [placement] = (await subgraph.execute<{ shelterPlacements: Placement[] }>(`{ shelterPlacements(status: ADMITTED, first: 100) { ${PLACEMENT} } }`, undefined, staff)).data!.shelterPlacements.filter((p) => p.id === accepted.id);
    expect(placement).toMatchObject({ status: 'ADMITTED', version: admitted.version, referralFileStatus: 'WITHDRAWN', rescueCase: { status: 'IN_CARE' } });
    expect(placement!.places).toHaveLength(1);
    const discharged = (await discharge(admitted.id, admitted.version, '已离开')).placement!;
    await close(discharged.id, discharged.version);
  });

  it('folds the events into the same rows as the projection holds, so the reconciliation finds no drift until a row is changed by hand', async () => {
    const a = randomUUID();
    const b = randomUUID();
    const events = [submitted(a, { children: 2 }), submitted(b, { caseworker: 'other.caseworker' }), fileEnded('referral.withdrawn', b), fileEnded('referral.closed', b, 3)];
    expect(await deliverFrom('womens-federation', events)).toEqual(['APPLIED', 'APPLIED', 'APPLIED', 'APPLIED']);
    const received = events.map((raw) => (readEvent(raw, 'womens-federation') as { event: ReceivedEvent }).event);
    const folded = referralProjection.fold(received);
    const stored = await referralProjection.load(subgraph.orm.em.fork());
    expect(folded.get(b)).toMatchObject({ referringCaseworker: 'other.caseworker', fileStatus: 'CLOSED' });
    expect(stored.get(a)).toEqual(folded.get(a));
    expect(stored.get(b)).toEqual(folded.get(b));
    await subgraph.orm.em.fork().getConnection().execute(`update shelter_referral_projection set referring_caseworker = 'forger.user' where id = ?`, [a]);
    expect((await referralProjection.load(subgraph.orm.em.fork())).get(a)).not.toEqual(folded.get(a));
  });

  it('sends to the dead letters a withdrawal of a referral never submitted, and referral events from any agency but the women\'s federation', async () => {
    const before = await counts();
    const letters = await subgraph.orm.em.fork().count(ExchangeDeadLetter, {});
    const unknown = randomUUID();
    expect(await deliverFrom('womens-federation', [fileEnded('referral.withdrawn', unknown, 1)])).toEqual(['DEAD_LETTER']);
    const forgedId = randomUUID();
    expect(await deliverFrom('public-security', [referralEvent('referral.submitted', forgedId, 1, { referringCaseworker: 'forger.user', referringOrganisation: 'x', victimType: 'DOMESTIC_VIOLENCE', riskLevel: 'LOW', accompanyingChildren: 0, needs: [], submittedAt: new Date().toISOString() }, 'public-security')])).toEqual(['DEAD_LETTER']);
    expect(await subgraph.orm.em.fork().count(ExchangeDeadLetter, {})).toBe(letters + 2);
    expect(await projected(unknown)).toBeNull();
    expect(await projected(forgedId)).toBeNull();
    expect(await accept({ referralId: forgedId, shelterId })).toMatchObject({ __typename: 'RecordNotFound' });
    expect(await counts()).toEqual(before);
  });
});

describe('declining a referral', () => {
  it('needs a reason; without one nothing is stored', async () => {
    const before = await counts();
    expect(await decline(await answer(), '  ')).toMatchObject({ __typename: 'InputRejected', field: 'reason', code: 'REQUIRED' });
    expect(await counts()).toEqual(before);
  });

  it('records the reason and holds no place; a declined referral cannot be admitted', async () => {
    const before = await shelterCounts();
    const declined = (await decline(await answer(), '评估为低风险,已转介社区临时安置')).placement!;
    expect(declined).toMatchObject({ status: 'DECLINED', declineReason: '评估为低风险,已转介社区临时安置', places: [] });
    expect((await shelterCounts()).freePlaces).toBe(before.freePlaces);
    const countsBefore = await counts();
    const admitted = await admit({ placementId: declined.id, expectedVersion: declined.version, person: { sex: 'FEMALE', name: '测试' } });
    expect(admitted).toMatchObject({ __typename: 'PlacementStepRefused', currentStatus: 'DECLINED' });
    expect(await counts()).toEqual(countsBefore);
  });
});

describe('the stay', () => {
  it('admits the victim as a protected person in care on her reserved place, grants the caseworker access, extends, discharges and frees the places', async () => {
    const accepted = (await accept(await answer({ children: 1 }))).placement!;
    const victimPlace = accepted.places.find((p) => p.forVictim)!;
    const admitted = await admit({ placementId: accepted.id, expectedVersion: accepted.version, person: { name: '赵晓燕', sex: 'FEMALE', idNumber: idNumber('37990219900101002') } });
    expect(admitted.__typename).toBe('ShelterPlacementChanged');
    const stay = admitted.placement!;
    expect(stay).toMatchObject({ status: 'ADMITTED', rescueCase: { status: 'IN_CARE', zone: 'DV_SHELTER' } });
    expect(Date.parse(stay.stayUntil!) - Date.now()).toBeGreaterThan(9.9 * 86_400_000);
    const [row] = await subgraph.orm.em.fork().getConnection().execute<Array<{ confidential: boolean; number: number }>>(
      `select p.confidential, zp.number from person p join rescue_case rc on rc.person_id = p.id join zone_place zp on zp.id = rc.place_id where p.id = ?`,
      [stay.person!.id],
    );
    expect(row).toEqual({ confidential: true, number: victimPlace.placeNumber });

    // The referring caseworker sees her; center staff and another caseworker find nobody.
    const PERSON = `query($id: ID!) { person(id: $id) { id } }`;
    expect((await subgraph.execute<{ person: { id: string } | null }>(PERSON, { id: stay.person!.id }, caseworker)).data!.person).toEqual({ id: stay.person!.id });
    expect((await subgraph.execute<{ person: unknown }>(PERSON, { id: stay.person!.id }, centerStaff)).data!.person).toBeNull();
    expect((await subgraph.execute<{ person: unknown }>(PERSON, { id: stay.person!.id }, otherCaseworker)).data!.person).toBeNull();

    const before = await counts();
    expect(await extend(stay.id, stay.version, new Date(Date.now() + 20 * 86_400_000), ' ')).toMatchObject({ __typename: 'InputRejected', field: 'reason' });
    expect(await extend(stay.id, stay.version, new Date(Date.now() - 1000), '等待保护令')).toMatchObject({ __typename: 'InputRejected', field: 'until' });
    expect(await counts()).toEqual(before);
    const extended = (await extend(stay.id, stay.version, new Date(Date.now() + 20 * 86_400_000), '等待人身安全保护令裁定')).placement!;
    expect(extended.status).toBe('EXTENDED');
    expect(await close(extended.id, extended.version)).toMatchObject({ __typename: 'PlacementStepRefused', currentStatus: 'EXTENDED' });

    const free = (await shelterCounts()).freePlaces;
    const discharged = (await discharge(extended.id, extended.version, '本人返回娘家,已回访')).placement!;
    expect(discharged).toMatchObject({ status: 'DISCHARGED', places: [], rescueCase: { status: 'EXITED' } });
    expect((await shelterCounts()).freePlaces).toBe(free + 2);

    // Her caseworker's entitlement ends with the stay, here and in the other agencies: the newest
    // protection event names nobody besides the shelter staff, and she stays protected.
    expect((await subgraph.execute<{ person: unknown }>(PERSON, { id: stay.person!.id }, caseworker)).data!.person).toBeNull();
    const protection = await subgraph.orm.em
      .fork()
      .find(ExchangeOutboxEvent, { subjectId: stay.person!.id, type: { $like: 'person.protection-%' } }, { orderBy: { subjectSeq: 'desc' } });
    expect(protection.map((e) => [e.type, e.payload])).toEqual([
      ['person.protection-started', { personId: stay.person!.id, entitledUsernames: [] }],
      ['person.protection-started', { personId: stay.person!.id, entitledUsernames: [caseworker.id] }],
    ]);
    expect((await close(discharged.id, discharged.version)).placement!.status).toBe('CLOSED');
  });

  it('refuses an admission with a bad ID number or a stale version, and changes nothing', async () => {
    const accepted = (await accept(await answer())).placement!;
    const before = await counts();
    const good = idNumber('37990219900101002');
    const bad = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
    expect(await admit({ placementId: accepted.id, expectedVersion: accepted.version, person: { sex: 'FEMALE', idNumber: bad } })).toMatchObject({ __typename: 'InputRejected', field: 'person.idNumber' });
    expect(await admit({ placementId: accepted.id, expectedVersion: accepted.version + 5, person: { sex: 'FEMALE' } })).toMatchObject({ __typename: 'VersionConflict', currentVersion: accepted.version });
    expect(await admit({ placementId: randomUUID(), expectedVersion: 1, person: { sex: 'FEMALE' } })).toMatchObject({ __typename: 'RecordNotFound' });
    expect(await counts()).toEqual(before);
    await close(accepted.id, accepted.version);
  });

  it('releases the reserved places when an accepted victim never comes and the record is closed', async () => {
    const free = (await shelterCounts()).freePlaces;
    const accepted = (await accept(await answer({ children: 1 }))).placement!;
    expect((await shelterCounts()).freePlaces).toBe(free - 2);
    await close(accepted.id, accepted.version);
    expect((await shelterCounts()).freePlaces).toBe(free);
  });
});

describe('the placement across the graph', () => {
  const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ShelterReferral { id placement { status } } } }`;

  it("shows the referring caseworker her referral's status, and nobody else but the shelter staff", async () => {
    const input = await answer();
    await accept(input);
    const read = async (caller: typeof staff) =>
      (await subgraph.execute<{ _entities: Array<{ placement: { status: string } | null }> }>(ENTITIES, { r: [{ __typename: 'ShelterReferral', id: input.referralId }] }, caller)).data!._entities[0]!.placement;
    expect(await read(caseworker)).toEqual({ status: 'ACCEPTED' });
    expect(await read(staff)).toEqual({ status: 'ACCEPTED' });
    expect(await read(otherCaseworker)).toBeNull();
    const outsider = await subgraph.execute<{ _entities: Array<{ placement: unknown } | null> }>(ENTITIES, { r: [{ __typename: 'ShelterReferral', id: input.referralId }] }, testCaller({ id: 'test.caseworker', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.FAO_OFFICER] }));
    expect(outsider.data!._entities[0]?.placement ?? null).toBeNull();
  });

  it('keeps everything but the status from the caseworker', async () => {
    const input = await answer();
    await accept(input);
    const response = await subgraph.execute(`query($r: [_Any!]!) { _entities(representations: $r) { ... on ShelterReferral { placement { status places { room } partySize } } } }`, { r: [{ __typename: 'ShelterReferral', id: input.referralId }] }, caseworker);
    expect(response.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
  });

  it('keeps the rooms from everyone but the shelter staff', async () => {
    const response = await subgraph.execute<{ shelters: Array<{ rooms: unknown }> }>(`{ shelters { rooms { label freePlaces } } }`, undefined, centerStaff);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists placements with their places in as many statements for 1 as for all', async () => {
    const LIST = `query($n: Int!) { shelterPlacements(status: ADMITTED, first: $n) { id status places { room placeNumber } person { id } rescueCase { id } } }`;
    const two = await subgraph.queries.during(() => subgraph.execute(LIST, { n: 1 }, staff));
    const all = await subgraph.queries.during(() => subgraph.execute<{ shelterPlacements: unknown[] }>(LIST, { n: 100 }, staff));
    expect(all.result.data!.shelterPlacements.length).toBeGreaterThanOrEqual(3);
    expect(all.statements).toBe(two.statements);
  });
});

describe('the capacity race', () => {
  it('lets exactly as many of 30 concurrent acceptances succeed as there are places; the rest get NoCapacity and nothing partial is stored', async () => {
    const free = (await shelterCounts(raceShelterId)).freePlaces;
    expect(free).toBe(5);
    const before = await counts();
    const inputs = [];
    for (let i = 0; i < 30; i++) inputs.push(await answer({ shelterId: raceShelterId }));
    const results = await Promise.all(inputs.map((input) => accept(input)));
    const won = results.filter((r) => r.__typename === 'ShelterPlacementChanged');
    expect(won).toHaveLength(5);
    expect(results.filter((r) => r.__typename === 'NoCapacity')).toHaveLength(25);
    const after = await counts();
    expect(Number(after!.placements) - Number(before!.placements)).toBe(5);
    expect(Number(after!.holds) - Number(before!.holds)).toBe(5);
    expect(new Set(won.map((r) => r.placement!.places[0]!.placeNumber)).size).toBe(5);
    expect((await shelterCounts(raceShelterId)).freePlaces).toBe(0);
  });

  it('fits parties of two competing for the last places: no place is held twice', async () => {
    const id = await createShelter('379500', [['S1', 'STANDARD', 3], ['F1', 'FAMILY', 4]]);
    const inputs = [];
    for (let i = 0; i < 10; i++) inputs.push(await answer({ shelterId: id, children: 1 }));
    const results = await Promise.all(inputs.map((input) => accept(input)));
    expect(results.filter((r) => r.__typename === 'ShelterPlacementChanged')).toHaveLength(3);
    const [row] = await subgraph.orm.em.fork().getConnection().execute<Array<{ held: string; distinct: string }>>(
      `select count(*) as held, count(distinct h.place_id) as distinct from shelter_place_hold h join shelter_placement p on p.id = h.placement_id where p.shelter_id = ? and h.released_at is null`,
      [id],
    );
    expect(row).toEqual({ held: '6', distinct: '6' });
  });
});
