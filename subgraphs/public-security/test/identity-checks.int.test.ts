import { buildDemoRegion } from '@lifeline/demo-region';
import { ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, personEntitiesReader, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { PROTECTED_DEMO_PERSONS } from './person-projection.fixture';

let subgraph: TestSubgraph<SubgraphContext>;
const region = buildDemoRegion();
const caller = testCaller({ agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER], jurisdiction: '379900' });

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

const persons = personEntitiesReader<{ id: string; identityChecks: Array<{ id: string; samples: unknown[] }> }>(
  () => subgraph,
  'id identityChecks { id status reason requestedAt samples { kind sampleCode collectedAt } requestingStation { id } }',
  caller,
);

describe('identity checks on persons', () => {
  it('adds each person its identity checks, newest first', async () => {
    const checked = region.identityChecks[0]!;
    const person = await persons.one(checked.personId);
    const ids = person.identityChecks.map((c) => c.id);
    expect(ids).toContain(checked.id);
    const expected = region.identityChecks.filter((c) => c.personId === checked.personId);
    expect(ids).toHaveLength(expected.length);
  });

  it('resolves 50 persons with checks and samples in as many statements as 5', async () => {
    const fifty = await persons.resolvesFiftyAsFive(region.persons.map((p) => p.id));
    expect(fifty.some((p) => p.identityChecks.length > 0)).toBe(true);
  });
});

describe('several read paths in one request', () => {
  it("answers a check by id and its person's checks and status checks together: each statement carries its own visibility condition", async () => {
    const checked = region.identityChecks[0]!;
    const result = await subgraph.execute<{ identityCheck: { id: string }; _entities: Array<{ identityChecks: Array<{ id: string }>; foreignNationalStatusChecks: unknown[] }> }>(
      `query($id: ID!, $r: [_Any!]!) { identityCheck(id: $id) { id } _entities(representations: $r) { ... on Person { identityChecks { id } foreignNationalStatusChecks { id } } } }`,
      { id: checked.id, r: [{ __typename: 'Person', id: checked.personId }] },
      caller,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.identityCheck).toEqual({ id: checked.id });
    expect(result.data!._entities[0]!.identityChecks.map((c) => c.id)).toContain(checked.id);
  });
});

describe('the identity-check queue', () => {
  it('lists open checks oldest first, and only in the asked status', async () => {
    const result = await subgraph.execute<{ identityChecks: Array<{ id: string; status: string; requestedAt: string }> }>(
      `{ identityChecks(status: REQUESTED, first: 100) { id status requestedAt } }`,
      undefined,
      caller,
    );
    const checks = result.data!.identityChecks;
    // Other suites add requests of their own; the demo region's must all be there.
    const listed = new Set(checks.map((c) => c.id));
    const requested = region.identityChecks.filter((c) => c.status === 'REQUESTED' && !PROTECTED_DEMO_PERSONS.has(c.personId));
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((c) => !listed.has(c.id))).toEqual([]);
    expect(checks.every((c) => c.status === 'REQUESTED')).toBe(true);
    const times = checks.map((c) => Date.parse(c.requestedAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('answers null for an unknown check, BAD_USER_INPUT for a malformed id, and refuses a page over the cap', async () => {
    const unknown = await subgraph.execute<{ identityCheck: unknown }>(`{ identityCheck(id: "00000000-0000-4000-8000-000000000000") { id } }`, undefined, caller);
    expect(unknown.data!.identityCheck).toBeNull();
    const malformed = await subgraph.execute<{ identityCheck: unknown }>(`{ identityCheck(id: "not-an-id") { id } }`, undefined, caller);
    expect(malformed.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const tooMany = await subgraph.execute(`{ identityChecks(first: 1000) { id } }`, undefined, caller);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('never stores biometric data, only sample kinds, codes and dates', async () => {
    const columns = await subgraph.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ column_name: string }>>(`select column_name from information_schema.columns where table_name = 'biometric_sample'`);
    expect(columns.map((c) => c.column_name).sort()).toEqual(['collected_at', 'collected_by', 'id', 'identity_check_id', 'kind', 'sample_code']);
  });
});
