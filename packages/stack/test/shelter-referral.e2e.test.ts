/**
 * A shelter referral across agencies, through the real gateway and the real subgraph processes:
 * the women's-federation caseworker submits, the shelter staff accept (places reserved), admit,
 * extend, discharge and close in civil affairs, and the caseworker following her referral sees
 * each step as its status (ShelterReferral.status requires civil affairs' placement status),
 * while nobody else sees the referral or the placement.
 */
import { randomUUID } from 'node:crypto';
import { demoPassword } from '../src/config';
import { postGraphQL } from '../src/graphql-request';
import { signIn } from '../src/sign-in';
import { sharedStack } from './support/shared-stack';

describe('a shelter referral end to end, through the gateway', () => {
  const stack = sharedStack();
  const tokens = new Map<string, string>();

  const as = (username: string) => async <T>(query: string, variables: Record<string, unknown> = {}) => {
    if (!tokens.has(username)) tokens.set(username, await signIn(stack.gatewayUrl, username, demoPassword()));
    return postGraphQL<T>(stack.gatewayUrl, query, variables, { authorization: `Bearer ${tokens.get(username)}` });
  };

  const STATUS = `query($id: ID!) { shelterReferral(id: $id) { id status } }`;
  type Status = { shelterReferral: { id: string; status: string } | null };
  const PLACEMENT = `placement { id status version partySize places { room placeNumber forVictim } }`;
  type Placement = { id: string; status: string; version: number; partySize: number; places: Array<{ room: string; forVictim: boolean }> };
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
    const answer = { referralId: referral.id, shelterId: freeBefore.id, children: 1, referringCaseworker: 'wf.caseworker', referringOrganisation: incoming.data!.shelterReferral.referringOrganisation };
    const ACCEPT = `mutation($input: ShelterReferralAnswerInput!) { acceptShelterReferral(input: $input) { __typename ... on ShelterPlacementChanged { ${PLACEMENT} } ... on PlacementStepRefused { currentStatus } } }`;
    const accepted = changed((await shelterStaff<{ acceptShelterReferral: { __typename: string; placement?: Placement } }>(ACCEPT, { input: answer })).data, 'acceptShelterReferral');
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

    const ADMIT = `mutation($input: AdmitToShelterInput!) { admitToShelter(input: $input) { __typename ... on ShelterPlacementChanged { ${PLACEMENT} } } }`;
    const admitted = changed(
      (await shelterStaff<{ admitToShelter: { __typename: string; placement?: Placement } }>(ADMIT, { input: { placementId: accepted.id, expectedVersion: accepted.version, person: { name: '韩雪梅', sex: 'FEMALE', phone: '13700001111' } } })).data,
      'admitToShelter',
    );
    expect((await caseworker<Status>(STATUS, { id: referral.id })).data!.shelterReferral!.status).toBe('ADMITTED');

    const EXTEND = `mutation($id: ID!, $v: Int!, $until: DateTime!) { extendShelterStay(placementId: $id, expectedVersion: $v, until: $until, reason: "等待保护令裁定") { __typename ... on ShelterPlacementChanged { ${PLACEMENT} } } }`;
    const extended = changed((await shelterStaff<{ extendShelterStay: { __typename: string; placement?: Placement } }>(EXTEND, { id: admitted.id, v: admitted.version, until: new Date(Date.now() + 15 * 86_400_000).toISOString() })).data, 'extendShelterStay');
    expect((await caseworker<Status>(STATUS, { id: referral.id })).data!.shelterReferral!.status).toBe('EXTENDED');

    const DISCHARGE = `mutation($id: ID!, $v: Int!) { dischargeFromShelter(placementId: $id, expectedVersion: $v, note: "已回娘家居住") { __typename ... on ShelterPlacementChanged { ${PLACEMENT} } } }`;
    const discharged = changed((await shelterStaff<{ dischargeFromShelter: { __typename: string; placement?: Placement } }>(DISCHARGE, { id: extended.id, v: extended.version })).data, 'dischargeFromShelter');
    expect(discharged.places).toEqual([]);
    expect((await caseworker<Status>(STATUS, { id: referral.id })).data!.shelterReferral!.status).toBe('DISCHARGED');
    expect((await centerStaff<Shelters>(SHELTERS)).data!.shelters[0]!.freePlaces).toBe(freeBefore.freePlaces);

    const CLOSE = `mutation($id: ID!, $v: Int!) { closeShelterPlacement(placementId: $id, expectedVersion: $v) { __typename ... on ShelterPlacementChanged { ${PLACEMENT} } } }`;
    changed((await shelterStaff<{ closeShelterPlacement: { __typename: string; placement?: Placement } }>(CLOSE, { id: discharged.id, v: discharged.version })).data, 'closeShelterPlacement');
    expect((await caseworker<Status>(STATUS, { id: referral.id })).data!.shelterReferral!.status).toBe('CLOSED');
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
    const declined = await as('shelter.staff')<{ declineShelterReferral: { __typename: string } }>(
      `mutation($input: ShelterReferralAnswerInput!) { declineShelterReferral(input: $input, reason: "已安排至省级反拐庇护点") { __typename } }`,
      { input: { referralId: id, shelterId, children: 0, referringCaseworker: 'police.officer', referringOrganisation: '江临市公安局反拐工作办公室' } },
    );
    expect(declined.data!.declineShelterReferral.__typename).toBe('ShelterPlacementChanged');
    expect((await police<Status>(STATUS, { id })).data!.shelterReferral!.status).toBe('DECLINED');
    expect((await as('wf.caseworker')<Status>(STATUS, { id })).data!.shelterReferral).toBeNull();
  });
});
