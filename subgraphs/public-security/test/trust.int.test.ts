import { buildDemoRegion } from '@lifeline/demo-region';
import { ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { PROTECTED_DEMO_PERSONS } from './person-projection.fixture';

let subgraph: TestSubgraph<SubgraphContext>;
const region = buildDemoRegion();
const city = region.city.code;
const police = testCaller({ id: 'police.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER], jurisdiction: city });
const center = testCaller({ id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: city });
const fao = testCaller({ id: 'fao.officer', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.FAO_OFFICER], jurisdiction: city });
const caseworker = testCaller({ id: 'wf.caseworker', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER], jurisdiction: city });

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

const withSamples = region.identityChecks.find((c) => c.samples.length > 0)!;
const CHECK = `query($id: ID!) { identityCheck(id: $id) { id status samples { kind sampleCode collectedBy } } }`;

describe('biometric sample details', () => {
  it('are shown to police and refused to civil affairs with FORBIDDEN, the rest of the check intact', async () => {
    const asPolice = await subgraph.execute<{ identityCheck: { samples: Array<{ sampleCode: string }> } }>(CHECK, { id: withSamples.id }, police);
    expect(asPolice.errors).toBeUndefined();
    expect(asPolice.data!.identityCheck.samples.map((s) => s.sampleCode).sort()).toEqual(withSamples.samples.map((s) => s.sampleCode).sort());
    const asCenter = await subgraph.execute<{ identityCheck: { id: string; status: string; samples: unknown } }>(CHECK, { id: withSamples.id }, center);
    expect(asCenter.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(asCenter.data!.identityCheck).toEqual({ id: withSamples.id, status: withSamples.status, samples: null });
  });
});

describe('which checks a caller sees', () => {
  const LIST = `{ identityChecks(first: 100) { id reason } }`;

  it('gives police every check, foreign-affairs officers only foreign-national status checks, caseworkers none', async () => {
    const all = await subgraph.execute<{ identityChecks: Array<{ reason: string }> }>(LIST, undefined, police);
    expect(all.data!.identityChecks.length).toBe(Math.min(100, region.identityChecks.length));
    const foreign = await subgraph.execute<{ identityChecks: Array<{ reason: string }> }>(LIST, undefined, fao);
    expect(foreign.data!.identityChecks.length).toBe(region.identityChecks.filter((c) => c.reason === 'SUSPECTED_FOREIGN_NATIONAL' && !PROTECTED_DEMO_PERSONS.has(c.personId)).length);
    expect(foreign.data!.identityChecks.every((c) => c.reason === 'SUSPECTED_FOREIGN_NATIONAL')).toBe(true);
    const none = await subgraph.execute<{ identityChecks: unknown[] }>(LIST, undefined, caseworker);
    expect(none.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives county staff only the checks their county requested, also through references', async () => {
    const county = region.stations.find((s) => s.kind === 'COUNTY_STATION')!;
    const prefix = county.jurisdiction.replace(/(00)+$/, '');
    const countyStaff = testCaller({ id: 'county.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: county.jurisdiction });
    const jurisdictionOf = new Map(region.stations.map((s) => [s.id, s.jurisdiction]));
    const mine = region.identityChecks.filter((c) => jurisdictionOf.get(c.requestingStationId)!.startsWith(prefix));
    const other = region.identityChecks.find((c) => !jurisdictionOf.get(c.requestingStationId)!.startsWith(prefix))!;
    // Every page of the list: the demo region's checks of the county, and (other suites request
    // checks too) nothing another county requested.
    const listed: string[] = [];
    for (let after: string | null = null, more = true; more; ) {
      const page: { data?: { identityChecksConnection: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null } = await subgraph.execute(
        `query($after: String) { identityChecksConnection(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
        countyStaff,
      );
      const connection = page.data!.identityChecksConnection;
      listed.push(...connection.edges.map((e) => e.node.id));
      [after, more] = [connection.pageInfo.endCursor, connection.pageInfo.hasNextPage];
    }
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.filter((c) => !listed.includes(c.id))).toEqual([]);
    const jurisdictions = await subgraph.orm.em.fork().getConnection().execute<Array<{ requesting_jurisdiction: string }>>(
      `select requesting_jurisdiction from identity_check where id in (${listed.map(() => '?').join(', ')})`,
      listed,
    );
    expect(jurisdictions).toHaveLength(listed.length);
    expect(jurisdictions.filter((j) => !j.requesting_jurisdiction.startsWith(prefix))).toEqual([]);
    const reference = `query($r: [_Any!]!) { _entities(representations: $r) { ... on IdentityCheck { id } } }`;
    const forged = await subgraph.execute<{ _entities: unknown[] }>(reference, { r: [{ __typename: 'IdentityCheck', id: other.id }] }, countyStaff);
    expect(forged.data!._entities).toEqual([null]);
  });
});
