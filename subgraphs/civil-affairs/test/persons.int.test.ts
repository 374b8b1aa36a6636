import { ROLES } from '@lifeline/subgraph-runtime';
import {
  expectMixedPagingRefused,
  expectPagingBackAsForward,
  openTestSubgraph,
  personEntitiesReader,
  testCaller,
  testDatabaseUrl,
  type TestPaging,
  type TestSubgraph,
  type TestTwoWayPage,
} from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { findPersons } from '../src/domain/person-directory';
import { Person } from '../src/entities/person.entity';
import { definition } from '../src/server';
import { createCountyStation } from './support/county-station';
import { personInCare } from './support/person-in-care';

let subgraph: TestSubgraph<SubgraphContext>;
const caller = testCaller({ agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

const PERSONS_PAGE = /* GraphQL */ `
  query Persons($first: Int, $after: String, $filter: PersonFilter) {
    persons(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id displayName sex identityStatus
          rescueCases { id status stayDays station { id name level parent { id name } openCaseCount } events { toStatus at actor } }
        }
      }
    }
  }
`;

type PersonsResult = {
  persons: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: { id: string; displayName: string; rescueCases: Array<{ station: { name: string } }> } }>;
  };
};

describe('persons', () => {
  it('lists the demo region newest first, a page at a time, with a total', async () => {
    const first = await subgraph.execute<PersonsResult>(PERSONS_PAGE, { first: 5 }, caller);
    expect(first.errors).toBeUndefined();
    const page = first.data!.persons;
    expect(page.totalCount).toBeGreaterThanOrEqual(200);
    expect(page.edges).toHaveLength(5);
    expect(page.pageInfo.hasNextPage).toBe(true);

    const second = await subgraph.execute<PersonsResult>(PERSONS_PAGE, { first: 5, after: page.pageInfo.endCursor }, caller);
    const ids = new Set(page.edges.map((e) => e.node.id));
    expect(second.data!.persons.edges.map((e) => e.node.id).some((id) => ids.has(id))).toBe(false);
    expect(second.data!.persons.totalCount).toBe(page.totalCount);
  });

  it('runs as many SQL statements for 50 persons with every relation as for 5', async () => {
    const five = await subgraph.queries.during(() => subgraph.execute(PERSONS_PAGE, { first: 5 }, caller));
    const fifty = await subgraph.queries.during(() => subgraph.execute(PERSONS_PAGE, { first: 50 }, caller));
    expect((fifty.result as PersonsResult & { errors?: unknown }).errors).toBeUndefined();
    expect(five.statements).toBeGreaterThan(0);
    expect(fifty.statements).toBe(five.statements);
  });

  it('resolves 50 person references from other subgraphs in as many statements as 5', async () => {
    const page = await subgraph.execute<PersonsResult>(PERSONS_PAGE, { first: 50 }, caller);
    const ids = page.data!.persons.edges.map((e) => e.node.id);
    await personEntitiesReader(() => subgraph, 'id displayName rescueCases { status station { name } }', caller).resolvesFiftyAsFive(ids);
  });

  it('finds a person by name characters, by pinyin and by the whole ID number', async () => {
    const all = await subgraph.execute<{ persons: { edges: Array<{ node: { id: string; name: string | null; namePinyin: string | null; idNumber: string | null } }> } }>(
      `{ persons(first: 100, filter: { identityStatus: VERIFIED }) { edges { node { id name namePinyin idNumber } } } }`,
      undefined,
      caller,
    );
    const known = all.data!.persons.edges.map((e) => e.node).find((p) => p.name && p.namePinyin && p.idNumber)!;
    expect(known).toBeDefined();
    const search = async (text: string) =>
      (
        await subgraph.execute<{ persons: { edges: Array<{ node: { id: string } }> } }>(
          `query($s: String) { persons(first: 100, filter: { search: $s }) { edges { node { id } } } }`,
          { s: text },
          caller,
        )
      ).data!.persons.edges.map((e) => e.node.id);
    expect(await search(known.name!)).toContain(known.id);
    expect(await search(known.namePinyin!.replace(/ /g, ''))).toContain(known.id);
    expect(await search(known.idNumber!.toLowerCase())).toContain(known.id);
    expect(await search('这个名字不存在')).toEqual([]);
  });

  it('refuses a page size over the cap and a forged cursor, with a clear error', async () => {
    const tooMany = await subgraph.execute(PERSONS_PAGE, { first: 500 }, caller);
    expect(tooMany.errors?.[0]?.message).toMatch(/between 1 and 100/);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await subgraph.execute(PERSONS_PAGE, { first: 5, after: 'not-a-cursor' }, caller);
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers null for an unknown person id, and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = await subgraph.execute<{ person: unknown }>(`{ person(id: "00000000-0000-4000-8000-000000000000") { id } }`, undefined, caller);
    expect(unknown.data!.person).toBeNull();
    const malformed = await subgraph.execute<{ person: unknown }>(`{ person(id: "'; drop table person; --") { id } }`, undefined, caller);
    expect(malformed.data?.person ?? null).toBeNull();
    expect(malformed.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('stations', () => {
  it('lists the four-level network, filtered by level and by jurisdiction', async () => {
    const all = await subgraph.execute<{ stations: Array<{ id: string; level: string; jurisdiction: string; parent: { id: string } | null }> }>(
      `{ stations { id level jurisdiction parent { id } } }`,
      undefined,
      caller,
    );
    const stations = all.data!.stations;
    expect(new Set(stations.map((s) => s.level))).toEqual(new Set(['CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE']));
    const counties = stations.filter((s) => s.level === 'COUNTY');
    expect(counties.length).toBeGreaterThanOrEqual(6);

    const county = counties[0]!;
    const inCounty = await subgraph.execute<{ stations: Array<{ jurisdiction: string }> }>(
      `query($j: String) { stations(jurisdiction: $j) { jurisdiction } }`,
      { j: county.jurisdiction },
      caller,
    );
    const prefix = county.jurisdiction.replace(/(00)+$/, '');
    expect(inCounty.data!.stations.length).toBeGreaterThan(0);
    expect(inCounty.data!.stations.every((s) => s.jurisdiction.startsWith(prefix))).toBe(true);

    const onlyCity = await subgraph.execute<{ stations: Array<{ level: string }> }>(`{ stations(level: CITY) { level } }`, undefined, caller);
    expect(onlyCity.data!.stations.every((s) => s.level === 'CITY')).toBe(true);
  });

  it('refuses a jurisdiction that is not a division code', async () => {
    const bad = await subgraph.execute(`{ stations(jurisdiction: "north") { id } }`, undefined, caller);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the persons filters by station and case status, for county staff', () => {
  const sql = <T extends object>(query: string, params: unknown[] = []) => subgraph.orm.em.fork().getConnection().execute<T>(query, params);
  const FILTERED = `query($filter: PersonFilter) { persons(first: 100, filter: $filter) { totalCount edges { node { id } } } }`;
  let search = '';
  const ids = async (filter: Record<string, unknown>, who: typeof caller) => {
    const res = await subgraph.execute<{ persons: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(FILTERED, { filter: { search, ...filter } }, who);
    expect(res.errors).toBeUndefined();
    return res.data!.persons.edges.map((e) => e.node.id);
  };
  /** A copy of the case at another station, `days` after it (negative: before), in `status`. */
  const caseElsewhere = async (caseId: string, stationId: string, days: number, status: string) => {
    const [row] = await sql<Array<{ id: string }>>(
      `insert into rescue_case select (jsonb_populate_record(rc, jsonb_build_object('id', gen_random_uuid(), 'station_id', ?::uuid, 'intake_at', rc.intake_at + make_interval(days => ?), 'status', ?, 'idempotency_key', null))).* from rescue_case rc where rc.id = ? returning id`,
      [stationId, days, status, caseId],
    );
    return row!.id;
  };

  it('reads only the cases the caller may see: another county’s station or case status never narrows her persons', async () => {
    // A person with one case at a county station (county A), as county A's staff see her; a city
    // station's code would make staff of the whole city.
    const [mine] = await sql<Array<{ person_id: string; name: string; case_id: string; station_id: string; status: string; county: string }>>(
      `select rc.person_id, p.name, rc.id as case_id, rc.station_id, rc.status, substr(s.jurisdiction, 1, 6) as county
         from rescue_case rc join station s on s.id = rc.station_id join person p on p.id = rc.person_id
        where not p.confidential and p.record_status = 'ACTIVE' and rc.status = 'IN_CARE' and length(p.name) >= 2 and s.level = 'COUNTY'
          and (select count(*) from rescue_case o where o.person_id = rc.person_id) = 1
        order by rc.id
        limit 1`,
    );
    search = mine!.name;
    const [elsewhere] = await sql<Array<{ id: string }>>(`select id from station where substr(jurisdiction, 1, 6) <> ? and level = 'COUNTY' limit 1`, [mine!.county]);
    const countyStaff = testCaller({ id: 'filter.county.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: mine!.county });
    // Her earlier stay at another county's station, and a newer case there that the county cannot see.
    const earlier = await caseElsewhere(mine!.case_id, elsewhere!.id, -400, 'EXITED');
    const newer = await caseElsewhere(mine!.case_id, elsewhere!.id, 1, 'RECEIVED');
    try {
      expect(await ids({ stationId: mine!.station_id }, countyStaff)).toContain(mine!.person_id);
      expect(await ids({ stationId: elsewhere!.id }, caller)).toContain(mine!.person_id);
      expect(await ids({ stationId: elsewhere!.id }, countyStaff)).not.toContain(mine!.person_id);

      // The center sees her newest case (at the other station); the county, its own.
      expect(await ids({ caseStatus: 'RECEIVED' }, caller)).toContain(mine!.person_id);
      expect(await ids({ caseStatus: 'RECEIVED' }, countyStaff)).not.toContain(mine!.person_id);
      expect(await ids({ caseStatus: 'IN_CARE' }, countyStaff)).toContain(mine!.person_id);
    } finally {
      await sql('delete from rescue_case where id in (?, ?)', [earlier, newer]);
    }
  });
});

describe('paging persons back from the end', () => {
  /** A county of its own, so no other suite's persons come into its pages. */
  const TEST_COUNTY = '379975';
  const countyStaff = testCaller({ id: 'persons.paging.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: TEST_COUNTY });
  const PAGE = /* GraphQL */ `
    query($first: Int, $after: String, $last: Int, $before: String, $filter: PersonFilter) {
      persons(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id } }
      }
    }
  `;
  const received: string[] = [];
  let stationId: string;

  beforeAll(async () => {
    stationId = await createCountyStation(subgraph.orm.em.fork(), { jurisdiction: TEST_COUNTY, name: '人员分页测试县' });
    for (let i = 0; i < 5; i += 1) received.push((await personInCare(subgraph, stationId, countyStaff)).personId);
    // Two registered in the same instant: the id decides between them.
    await subgraph.orm.em.fork().getConnection().execute(`update person set created_at = (select created_at from person where id = ?) where id = ?`, [received[0], received[1]]);
  });

  const atTheStation = (paging: TestPaging) => subgraph.execute<{ persons: TestTwoWayPage<{ id: string }> }>(PAGE, { filter: { stationId }, ...paging }, countyStaff);

  it('yields every person of the station two at a time, each once, in the same order as forward: newest first, the id breaking a tie', async () => {
    const { nodes, pages } = await expectPagingBackAsForward(async (paging) => {
      const result = await atTheStation(paging);
      expect(result.errors).toBeUndefined();
      return result.data!.persons;
    }, (node) => node.id);
    expect(pages).toBe(3);
    expect(nodes.map((node) => node.id).sort()).toEqual([...received].sort());
  });

  it('refuses paging forward and back at once, a last over the cap and a forged before with BAD_USER_INPUT', async () => {
    const cursor = (await atTheStation({ first: 1 })).data!.persons.pageInfo.endCursor!;
    await expectMixedPagingRefused(atTheStation, cursor);
  });
});

describe('a person read with hand-written SQL (the page, the loaders)', () => {
  it('is a read view: what a find loads, value for value, but nothing the EntityManager manages or saves', async () => {
    const em = subgraph.orm.em.fork();
    const page = await findPersons(em, caller, {}, { first: 3 });
    const person = page.edges[0]!.node;
    expect(em.getUnitOfWork().getById(Person.name, person.id)).toBeUndefined();
    const found = await em.findOneOrFail(Person, { id: person.id });
    expect(found).not.toBe(person);
    expect({ ...found }).toEqual({ ...person });
    // Nothing it holds is written by a flush: a change loads the record as an entity.
    const counted = subgraph.queries.count;
    await em.flush();
    expect(subgraph.queries.count).toBe(counted);
  });
});
