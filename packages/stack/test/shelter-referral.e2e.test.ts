/**
 * A shelter referral across agencies, through the real gateway and the real subgraph processes:
 * the women's-federation caseworker submits, the referral reaches civil affairs over the exchange,
 * the shelter staff accept (places reserved), admit, extend, discharge and close in civil affairs,
 * and the caseworker following her referral sees each step as its status (ShelterReferral.status
 * requires civil affairs' placement status), while nobody else sees the referral or the placement.
 * What the shelter answers is the referral the women's federation sent: a made-up referral id or
 * a withdrawn referral is refused, and the caseworker entitled to the victim is the one who
 * referred her, whatever the staff type, until the stay ends.
 */
import { randomUUID } from 'node:crypto';
import { buildDemoRegion } from '@lifeline/demo-region';
import { gatewayCaller } from './support/graph';
import { referralInput } from './support/referral-input';

describe('a shelter referral end to end, through the gateway', () => {
  const as = gatewayCaller().reader;

  const STATUS = `query($id: ID!) { shelterReferral(id: $id) { id status } }`;
  type Status = { shelterReferral: { id: string; status: string } | null };
  const PLACEMENT = `placement { id status version partySize places { room placeNumber forVictim } }`;
  type Placement = { id: string; status: string; version: number; partySize: number; places: Array<{ room: string; forVictim: boolean }> };
  const SHELTER_ANSWER = `__typename ... on ShelterPlacementChanged { ${PLACEMENT} } ... on PlacementStepRefused { currentStatus } ... on InputRejected { field code } ... on RecordNotFound { message }`;
  type Answer = { __typename: string; placement?: Placement & { referringCaseworker: string }; currentStatus?: string; field?: string; code?: string; message?: string };
  const ACCEPT_ANY = `mutation($input: ShelterReferralAnswerInput!) { acceptShelterReferral(input: $input) { ${SHELTER_ANSWER} ... on ShelterPlacementChanged { placement { referringCaseworker } } } }`;
  const DECLINE_ANY = `mutation($input: ShelterReferralAnswerInput!, $reason: String!) { declineShelterReferral(input: $input, reason: $reason) { ${SHELTER_ANSWER} } }`;
  const SUBMIT_ANY = `mutation($input: SubmitShelterReferralInput!) { submitShelterReferral(input: $input) { __typename ... on ShelterReferralChanged { shelterReferral { id version } } } }`;
  const submitAs = async (username: string, overrides: Record<string, unknown> = {}) => {
    const res = await as(username)<{ submitShelterReferral: { shelterReferral: { id: string; version: number } } }>(SUBMIT_ANY, { input: referralInput(overrides) });
    expect(res.errors).toBeUndefined();
    return res.data!.submitShelterReferral.shelterReferral;
  };
  /** Answers a referral as the shelter staff once it reached civil affairs (until then it is not found). */
  const answerOnArrival = async (mutation: string, variables: Record<string, unknown>, field: string): Promise<Answer> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const res = await as('shelter.staff')<Record<string, Answer>>(mutation, variables);
      expect(res.errors).toBeUndefined();
      const answer = res.data![field]!;
      if (answer.__typename !== 'RecordNotFound') return answer;
      if (Date.now() > deadline) throw new Error(`the referral never reached civil affairs: ${JSON.stringify(variables)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  /**
   * Waits until civil affairs applied every women's-federation event published so far: a new
   * referral, published after them, arrives (the exchange applies a source's events in order). It
   * is declined, so it holds no place.
   */
  const exchangeCaughtUp = async (shelterId: string) => {
    const marker = await submitAs('wf.caseworker');
    const declined = await answerOnArrival(DECLINE_ANY, { input: { referralId: marker.id, shelterId }, reason: '测试标记' }, 'declineShelterReferral');
    expect(declined.__typename).toBe('ShelterPlacementChanged');
  };
  const PERSON = `query($id: ID!) { person(id: $id) { id } }`;
  const seesPerson = async (username: string, id: string) => {
    const res = await as(username)<{ person: { id: string } | null }>(PERSON, { id });
    expect(res.errors).toBeUndefined();
    return res.data!.person?.id === id;
  };

  const changed = <T extends Record<string, { __typename: string; placement?: Placement; message?: string }>>(data: T | null | undefined, field: keyof T) => {
    const result = data?.[field];
    if (result?.__typename !== 'ShelterPlacementChanged') throw new Error(`expected a change, got ${JSON.stringify(result)}`);
    return result.placement!;
  };

  it('moves from submission to closing, and the caseworker sees every step as it happens', async () => {
    const caseworker = as('wf.caseworker');
    const shelterStaff = as('shelter.staff');
    const centerStaff = as('center.staff');

    const input = {
      idempotencyKey: randomUUID(),
      victim: { name: '韩雪梅', age: 31, phone: '13700001111' },
      victimType: 'DOMESTIC_VIOLENCE',
      risk: { level: 'HIGH', factors: ['THREATS_TO_KILL'] },
      children: [{ ageYears: 5, sex: 'FEMALE' }],
      needs: ['CHILDCARE', 'COUNSELLING'],
      referringOrganisation: '江临市妇女联合会',
      consent: { givenBy: 'VICTIM', method: 'WRITTEN', at: new Date(Date.now() - 600_000).toISOString() },
    };
    const SUBMIT = `mutation($input: SubmitShelterReferralInput!) { submitShelterReferral(input: $input) { __typename ... on ShelterReferralChanged { replayed shelterReferral { id status } } } }`;
    type Submitted = { submitShelterReferral: { __typename: string; replayed: boolean; shelterReferral: { id: string; status: string } } };
    const [first, twin] = await Promise.all([caseworker<Submitted>(SUBMIT, { input }), caseworker<Submitted>(SUBMIT, { input })]);
    expect(first.errors).toBeUndefined();
    const referral = first.data!.submitShelterReferral.shelterReferral;
    expect(referral.status).toBe('SUBMITTED');
    expect(twin.data!.submitShelterReferral.shelterReferral.id).toBe(referral.id);
    expect([first, twin].filter((r) => r.data!.submitShelterReferral.replayed)).toHaveLength(1);

    // Nobody else finds it; the center sees the shelter's room as counts only.
    expect((await centerStaff<Status>(STATUS, { id: referral.id })).data!.shelterReferral).toBeNull();
    const SHELTERS = `{ shelters { id freePlaces freeFamilyRooms } }`;
    type Shelters = { shelters: Array<{ id: string; freePlaces: number; freeFamilyRooms: number }> };
    const freeBefore = (await centerStaff<Shelters>(SHELTERS)).data!.shelters[0]!;

    // The shelter staff read the referral and accept: one family room for mother and child.
    const incoming = await shelterStaff<{ shelterReferral: { status: string; referringCaseworker: string; referringOrganisation: string; accompanyingChildren: number; victim: { name: string } } }>(
      `query($id: ID!) { shelterReferral(id: $id) { status referringCaseworker referringOrganisation accompanyingChildren victim { name } } }`,
      { id: referral.id },
    );
    expect(incoming.data!.shelterReferral).toMatchObject({ status: 'SUBMITTED', referringCaseworker: 'wf.caseworker', accompanyingChildren: 1, victim: { name: '韩雪梅' } });

    // A made-up referral id is not found, whatever the staff type about it, and reserves nothing.
    const forged = { referralId: randomUUID(), shelterId: freeBefore.id, children: 0, referringCaseworker: 'police.officer', referringOrganisation: '伪造单位' };
    const refused = await shelterStaff<{ acceptShelterReferral: Answer }>(ACCEPT_ANY, { input: forged });
    expect(refused.data!.acceptShelterReferral).toMatchObject({ __typename: 'RecordNotFound' });
    // No record of it at the shelter (its free places are not compared here: the shelter suites,
    // running beside this one on the same stack, may place or release people there meanwhile).
    const records = await shelterStaff<{ shelterPlacementsConnection: { edges: Array<{ node: { referralId: string } }> } }>(
      `{ shelterPlacementsConnection(first: 100) { edges { node { referralId } } } }`,
    );
    expect(records.errors).toBeUndefined();
    expect(records.data!.shelterPlacementsConnection.edges.map((e) => e.node.referralId)).not.toContain(forged.referralId);

    // Once the referral reached civil affairs, the answer names it and the shelter: the party,
    // the caseworker and the organisation are the referral's, not what the staff type.
    const answer = { referralId: referral.id, shelterId: freeBefore.id };
    const ACCEPT = `mutation($input: ShelterReferralAnswerInput!) { acceptShelterReferral(input: $input) { __typename ... on ShelterPlacementChanged { ${PLACEMENT} } ... on PlacementStepRefused { currentStatus } } }`;
    const onArrival = await answerOnArrival(ACCEPT_ANY, { input: { ...answer, children: 0, referringCaseworker: 'police.officer', referringOrganisation: '伪造单位' } }, 'acceptShelterReferral');
    expect(onArrival).toMatchObject({ __typename: 'ShelterPlacementChanged', placement: { referringCaseworker: 'wf.caseworker' } });
    const accepted = onArrival.placement!;
    expect(accepted.partySize).toBe(2);
    expect(new Set(accepted.places.map((p) => p.room)).size).toBe(1);
    const again = await shelterStaff<{ acceptShelterReferral: { __typename: string; currentStatus: string } }>(ACCEPT, { input: answer });
    expect(again.data!.acceptShelterReferral).toEqual({ __typename: 'PlacementStepRefused', currentStatus: 'ACCEPTED' });
    expect((await caseworker<Status>(STATUS, { id: referral.id })).data!.shelterReferral!.status).toBe('ACCEPTED');
    expect((await centerStaff<Shelters>(SHELTERS)).data!.shelters[0]!.freePlaces).toBe(freeBefore.freePlaces - 2);

    // The caseworker reads her referral's status and nothing else of the shelter's record.
    const nosy = await caseworker<unknown>(`query($id: ID!) { shelterReferral(id: $id) { placement { status partySize places { room } } } }`, { id: referral.id });
    expect(nosy.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    expect(nosy.text).not.toMatch(/"room"\s*:\s*"/);

    const ADMIT = `mutation($input: AdmitToShelterInput!) { admitToShelter(input: $input) { __typename ... on ShelterPlacementChanged { placement { id status version partySize places { room placeNumber forVictim } person { id } } } } }`;
    const admitted = changed(
      (await shelterStaff<{ admitToShelter: { __typename: string; placement?: Placement & { person: { id: string } } } }>(ADMIT, { input: { placementId: accepted.id, expectedVersion: accepted.version, person: { name: '韩雪梅', sex: 'FEMALE', phone: '13700001111' } } })).data,
      'admitToShelter',
    ) as Placement & { person: { id: string } };
    expect((await caseworker<Status>(STATUS, { id: referral.id })).data!.shelterReferral!.status).toBe('ADMITTED');
    // The referring caseworker, and only she, reads the victim: not the officer the staff typed, not the center.
    const victimId = admitted.person.id;
    expect(await seesPerson('wf.caseworker', victimId)).toBe(true);
    expect(await seesPerson('police.officer', victimId)).toBe(false);
    expect(await seesPerson('center.staff', victimId)).toBe(false);

    const EXTEND = `mutation($id: ID!, $v: Int!, $until: DateTime!) { extendShelterStay(placementId: $id, expectedVersion: $v, until: $until, reason: "等待保护令裁定") { __typename ... on ShelterPlacementChanged { ${PLACEMENT} } } }`;
    const extended = changed((await shelterStaff<{ extendShelterStay: { __typename: string; placement?: Placement } }>(EXTEND, { id: admitted.id, v: admitted.version, until: new Date(Date.now() + 15 * 86_400_000).toISOString() })).data, 'extendShelterStay');
    expect((await caseworker<Status>(STATUS, { id: referral.id })).data!.shelterReferral!.status).toBe('EXTENDED');

    const DISCHARGE = `mutation($id: ID!, $v: Int!) { dischargeFromShelter(placementId: $id, expectedVersion: $v, note: "已回娘家居住") { __typename ... on ShelterPlacementChanged { ${PLACEMENT} } } }`;
    const discharged = changed((await shelterStaff<{ dischargeFromShelter: { __typename: string; placement?: Placement } }>(DISCHARGE, { id: extended.id, v: extended.version })).data, 'dischargeFromShelter');
    expect(discharged.places).toEqual([]);
    expect((await caseworker<Status>(STATUS, { id: referral.id })).data!.shelterReferral!.status).toBe('DISCHARGED');
    expect((await centerStaff<Shelters>(SHELTERS)).data!.shelters[0]!.freePlaces).toBe(freeBefore.freePlaces);
    // Her entitlement ended with the stay.
    expect(await seesPerson('wf.caseworker', victimId)).toBe(false);
    expect(await seesPerson('shelter.staff', victimId)).toBe(true);

    const CLOSE = `mutation($id: ID!, $v: Int!) { closeShelterPlacement(placementId: $id, expectedVersion: $v) { __typename ... on ShelterPlacementChanged { ${PLACEMENT} } } }`;
    changed((await shelterStaff<{ closeShelterPlacement: { __typename: string; placement?: Placement } }>(CLOSE, { id: discharged.id, v: discharged.version })).data, 'closeShelterPlacement');
    expect((await caseworker<Status>(STATUS, { id: referral.id })).data!.shelterReferral!.status).toBe('CLOSED');
  });

  it("brings the demo region's referrals to civil affairs over the exchange: each seeded placement answers a referral the women's federation sent", async () => {
    const seeded = buildDemoRegion().shelterReferrals.filter((r) => r.status !== 'SUBMITTED');
    expect(seeded.length).toBeGreaterThan(0);
    const expected = new Map(seeded.map((r) => [r.id, r.status === 'CLOSED' ? 'CLOSED' : 'SUBMITTED']));
    const deadline = Date.now() + 30_000;
    for (;;) {
      const list = await as('shelter.staff')<{ shelterPlacements: Array<{ referralId: string; referralFileStatus: string | null; referringCaseworker: string }> }>(
        `{ shelterPlacements(first: 100) { referralId referralFileStatus referringCaseworker } }`,
      );
      expect(list.errors).toBeUndefined();
      const found = new Map(list.data!.shelterPlacements.filter((p) => expected.has(p.referralId)).map((p) => [p.referralId, p.referralFileStatus]));
      expect(found.size).toBe(expected.size);
      if ([...expected].every(([id, status]) => found.get(id) === status)) break;
      if (Date.now() > deadline) throw new Error(`seeded referrals not projected: ${JSON.stringify([...expected].filter(([id, status]) => found.get(id) !== status))}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });

  it("shows the caseworker's list the shelter's answers of the demo referrals", async () => {
    const list = await as('wf.caseworker')<{ shelterReferrals: Array<{ status: string }> }>(`{ shelterReferrals(first: 100) { id status } }`);
    expect(list.errors).toBeUndefined();
    const statuses = new Set(list.data!.shelterReferrals.map((r) => r.status));
    for (const status of ['ADMITTED', 'EXTENDED', 'CLOSED']) expect(statuses).toContain(status);
  });

  it('lets a police officer follow the referral she made, and a decline reach her as DECLINED', async () => {
    const police = as('police.officer');
    const submitted = await police<{ submitShelterReferral: { shelterReferral: { id: string } } }>(
      `mutation($input: SubmitShelterReferralInput!) { submitShelterReferral(input: $input) { ... on ShelterReferralChanged { shelterReferral { id } } } }`,
      { input: { idempotencyKey: randomUUID(), victim: { age: 25, ageEstimated: true }, victimType: 'TRAFFICKING', risk: { level: 'CRITICAL' }, referringOrganisation: '江临市公安局反拐工作办公室', consent: { givenBy: 'VICTIM', method: 'VERBAL_WITNESSED', at: new Date().toISOString() } } },
    );
    const id = submitted.data!.submitShelterReferral.shelterReferral.id;
    const shelterId = (await as('shelter.staff')<{ shelters: Array<{ id: string }> }>(`{ shelters { id } }`)).data!.shelters[0]!.id;
    const declined = await answerOnArrival(DECLINE_ANY, { input: { referralId: id, shelterId }, reason: '已安排至省级反拐庇护点' }, 'declineShelterReferral');
    expect(declined.__typename).toBe('ShelterPlacementChanged');
    expect((await police<Status>(STATUS, { id })).data!.shelterReferral!.status).toBe('DECLINED');
    expect((await as('wf.caseworker')<Status>(STATUS, { id })).data!.shelterReferral).toBeNull();
  });

  it('refuses a referral withdrawn before the answer, and releases the places of one withdrawn after acceptance', async () => {
    const caseworker = as('wf.caseworker');
    const shelterStaff = as('shelter.staff');
    const SHELTERS = `{ shelters { id freePlaces } }`;
    const shelter = (await shelterStaff<{ shelters: Array<{ id: string; freePlaces: number }> }>(SHELTERS)).data!.shelters[0]!;
    const freePlaces = async () => (await shelterStaff<{ shelters: Array<{ id: string; freePlaces: number }> }>(SHELTERS)).data!.shelters[0]!.freePlaces;
    const WITHDRAW = `mutation($id: ID!, $v: Int!) { withdrawShelterReferral(referralId: $id, expectedVersion: $v, reason: "本人已由亲属接走") { __typename ... on ShelterReferralChanged { shelterReferral { version } } } }`;

    // Withdrawn before the shelter answered: both answers are refused, nothing is reserved.
    const early = await submitAs('wf.caseworker');
    expect((await caseworker<{ withdrawShelterReferral: { __typename: string } }>(WITHDRAW, { id: early.id, v: early.version })).data!.withdrawShelterReferral.__typename).toBe('ShelterReferralChanged');
    await exchangeCaughtUp(shelter.id);
    const free = await freePlaces();
    const accept = await shelterStaff<{ acceptShelterReferral: Answer }>(ACCEPT_ANY, { input: { referralId: early.id, shelterId: shelter.id } });
    expect(accept.data!.acceptShelterReferral).toMatchObject({ __typename: 'InputRejected', field: 'referralId', code: 'REFERRAL_WITHDRAWN' });
    const decline = await shelterStaff<{ declineShelterReferral: Answer }>(DECLINE_ANY, { input: { referralId: early.id, shelterId: shelter.id }, reason: '已撤回' });
    expect(decline.data!.declineShelterReferral).toMatchObject({ __typename: 'InputRejected', code: 'REFERRAL_WITHDRAWN' });
    expect(await freePlaces()).toBe(free);
    expect((await caseworker<Status>(STATUS, { id: early.id })).data!.shelterReferral!.status).toBe('WITHDRAWN');

    // Withdrawn after acceptance, before she came: the places are released and she cannot be admitted on it.
    const late = await submitAs('wf.caseworker', { children: [{ ageYears: 7, sex: 'MALE' }] });
    const accepted = await answerOnArrival(ACCEPT_ANY, { input: { referralId: late.id, shelterId: shelter.id } }, 'acceptShelterReferral');
    expect(accepted).toMatchObject({ __typename: 'ShelterPlacementChanged', placement: { partySize: 2, status: 'ACCEPTED' } });
    expect(await freePlaces()).toBe(free - 2);
    expect((await caseworker<{ withdrawShelterReferral: { __typename: string } }>(WITHDRAW, { id: late.id, v: late.version })).data!.withdrawShelterReferral.__typename).toBe('ShelterReferralChanged');
    await exchangeCaughtUp(shelter.id);
    expect(await freePlaces()).toBe(free);
    const seen = await shelterStaff<{ shelterReferral: { placement: { id: string; status: string; version: number; referralFileStatus: string; places: unknown[] } } }>(
      `query($id: ID!) { shelterReferral(id: $id) { placement { id status version referralFileStatus places { placeNumber } } } }`,
      { id: late.id },
    );
    const placement = seen.data!.shelterReferral.placement;
    expect(placement).toMatchObject({ status: 'CLOSED', referralFileStatus: 'WITHDRAWN', places: [] });
    const admit = await shelterStaff<{ admitToShelter: Answer }>(
      `mutation($input: AdmitToShelterInput!) { admitToShelter(input: $input) { ${SHELTER_ANSWER} } }`,
      { input: { placementId: placement.id, expectedVersion: placement.version, person: { sex: 'FEMALE', name: '撤回测试' } } },
    );
    expect(admit.data!.admitToShelter).toMatchObject({ __typename: 'PlacementStepRefused', currentStatus: 'CLOSED' });
  });
});
