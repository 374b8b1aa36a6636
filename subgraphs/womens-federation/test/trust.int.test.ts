import { buildDemoRegion } from '@lifeline/demo-region';
import { ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;
const region = buildDemoRegion();
const city = region.city.code;
const caseworker = testCaller({ id: 'wf.caseworker', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER], jurisdiction: city });
const centerStaff = testCaller({ id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: city });
const police = testCaller({ id: 'police.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER], jurisdiction: city });

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

const LIST = `{ shelterReferrals(first: 100) { id referringCaseworker } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id shelterReferrals { id } } } }`;

describe('shelter referrals', () => {
  it('are seen by the referring caseworker, only her own', async () => {
    const own = region.shelterReferrals.filter((r) => r.referringCaseworker === 'wf.caseworker');
    const result = await subgraph.execute<{ shelterReferrals: Array<{ id: string; referringCaseworker: string }> }>(LIST, undefined, caseworker);
    expect(new Set(result.data!.shelterReferrals.map((r) => r.id))).toEqual(new Set(own.map((r) => r.id)));
  });

  it('give anyone else an empty list and empty persons, exactly as if there were none', async () => {
    const outsider = await subgraph.execute<{ shelterReferrals: unknown[] }>(LIST, undefined, centerStaff);
    expect(outsider).toEqual({ data: { shelterReferrals: [] } });
    const victim = region.shelterReferrals.find((r) => r.referringCaseworker === 'wf.caseworker')!.personId;
    const nobody = '00000000-0000-4000-8000-000000000000';
    const viaVictim = await subgraph.execute<{ _entities: Array<{ shelterReferrals: unknown[] }> }>(ENTITIES, { r: [{ __typename: 'Person', id: victim }] }, centerStaff);
    const viaNobody = await subgraph.execute<{ _entities: Array<{ shelterReferrals: unknown[] }> }>(ENTITIES, { r: [{ __typename: 'Person', id: nobody }] }, centerStaff);
    expect(viaVictim.data!._entities[0]!.shelterReferrals).toEqual(viaNobody.data!._entities[0]!.shelterReferrals);
    const byId = await subgraph.execute<{ shelterReferral: unknown }>(`query($id: ID!) { shelterReferral(id: $id) { id } }`, { id: region.shelterReferrals[0]!.id }, centerStaff);
    expect(byId.data!.shelterReferral).toBeNull();
  });

  it('are seen by the police officer who referred a trafficking victim', async () => {
    const own = region.shelterReferrals.filter((r) => r.referringCaseworker === 'police.officer');
    expect(own.length).toBeGreaterThan(0);
    const result = await subgraph.execute<{ shelterReferrals: Array<{ id: string }> }>(LIST, undefined, police);
    expect(new Set(result.data!.shelterReferrals.map((r) => r.id))).toEqual(new Set(own.map((r) => r.id)));
  });

  it('leave a line in the audit trail for every referral read', async () => {
    const referral = region.shelterReferrals.find((r) => r.referringCaseworker === 'wf.caseworker')!;
    await subgraph.execute(`query($id: ID!) { shelterReferral(id: $id) { id status } }`, { id: referral.id }, caseworker);
    const rows = await subgraph.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ actor: string }>>(`select actor from audit_event where record_type = 'ShelterReferral' and record_id = ? and outcome = 'ALLOWED'`, [referral.id]);
    expect(rows.map((r) => r.actor)).toContain('wf.caseworker');
  });
});
