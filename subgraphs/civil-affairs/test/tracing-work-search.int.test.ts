/**
 * The family-tracing work list narrowed as a shift works it: by station, by a name search (as the
 * person search finds names), and read for an export (`purpose`), each person's tracing record on
 * the page then written to the audit trail. A search or a purpose that is no such thing is refused
 * before anything is read or written, and a searched page costs the same statements whatever its size.
 */
import { ROLES } from '@lifeline/subgraph-runtime';
import { connectionReader, openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { createCountyStation } from './support/county-station';
import { personInCare } from './support/person-in-care';

let subgraph: TestSubgraph<SubgraphContext>;
/** A county of its own, with two stations, so no other suite's persons come into its list. */
const TEST_COUNTY = '379966';
const county = testCaller({ id: 'tracing-search.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: TEST_COUNTY });

const sql = <T>(query: string, params: unknown[] = []) => subgraph.orm.em.fork().getConnection().execute<T[]>(query, params);

type Node = { person: { id: string }; rescueCase: { id: string; station: { id: string } } };
const tracing = connectionReader<'tracingWorkListConnection', Node>(
  () => subgraph,
  'tracingWorkListConnection',
  /* GraphQL */ `
    query($stationId: ID, $search: String, $purpose: String, $overdueOnly: Boolean, $first: Int, $after: String) {
      tracingWorkListConnection(stationId: $stationId, search: $search, purpose: $purpose, overdueOnly: $overdueOnly, first: $first, after: $after) {
        edges { cursor node { person { id } rescueCase { id station { id } } } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        totalCount
      }
    }
  `,
  county,
);

let north: string;
let south: string;
/** Persons in care by name: two named at the north station, one at the south, three nameless. */
const persons: Record<string, string> = {};

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  north = await createCountyStation(subgraph.orm.em.fork(), { jurisdiction: TEST_COUNTY, name: '寻亲搜索北' });
  south = await createCountyStation(subgraph.orm.em.fork(), { jurisdiction: TEST_COUNTY, name: '寻亲搜索南' });
  const named: Array<[string, string, string, string]> = [
    ['north', '欧阳寻亲', 'ou yang xun qin', 'oyxq'],
    ['north', '欧阳明', 'ou yang ming', 'oym'],
    ['south', '司马寻亲', 'si ma xun qin', 'smxq'],
  ];
  for (const [at, name, pinyin, initials] of named) {
    const { personId } = await personInCare(subgraph, at === 'north' ? north : south, county, 3);
    // An unidentified person may carry a name she gave, unconfirmed: it stays searchable while she is traced.
    await sql(`update person set name = ?, name_pinyin = ?, name_initials = ? where id = ?`, [name, pinyin, initials, personId]);
    persons[name] = personId;
  }
  for (let n = 0; n < 2; n++) await personInCare(subgraph, north, county, 1);
  await personInCare(subgraph, south, county, 9);
});
afterAll(() => subgraph.close());

const personIds = (nodes: Node[]) => nodes.map((node) => node.person.id).sort();

describe('the family-tracing work list narrowed by station and name', () => {
  it('counts and pages only the persons in care at the station asked for', async () => {
    const all = await tracing.pageToTheEnd({ first: 2 });
    const atNorth = await tracing.pageToTheEnd({ stationId: north, first: 2 });
    const atSouth = await tracing.pageToTheEnd({ stationId: south, first: 2 });
    expect(all.totalCount).toBe(6);
    expect(atNorth.totalCount).toBe(4);
    expect(atSouth.totalCount).toBe(2);
    expect(atNorth.nodes.every((node) => node.rescueCase.station.id === north)).toBe(true);
    expect([...personIds(atNorth.nodes), ...personIds(atSouth.nodes)].sort()).toEqual(personIds(all.nodes));
  });

  it.each([
    ['characters anywhere in the name', '寻亲', ['欧阳寻亲', '司马寻亲']],
    ['a two-character surname', '欧阳', ['欧阳寻亲', '欧阳明']],
    ['pinyin by prefix', 'ouyangx', ['欧阳寻亲']],
    ['the initials', 'smxq', ['司马寻亲']],
  ])('finds persons by %s, counted, and with a station only those there', async (_, search, names) => {
    const found = await tracing.pageToTheEnd({ search, first: 1 });
    expect(found.totalCount).toBe(names.length);
    expect(personIds(found.nodes)).toEqual(names.map((name) => persons[name]).sort());
    const there = await tracing.pageToTheEnd({ search, stationId: north, first: 1 });
    expect(personIds(there.nodes)).toEqual(names.filter((name) => name.startsWith('欧阳')).map((name) => persons[name]).sort());
  });

  it('finds no one for a name no person in care has, and treats a blank search as none', async () => {
    expect((await tracing.page({ search: '诸葛' })).data!.tracingWorkListConnection.totalCount).toBe(0);
    expect((await tracing.page({ search: '   ' })).data!.tracingWorkListConnection.totalCount).toBe(6);
  });

  it('costs the same statements for a searched page of 1 as for one of 100', async () => {
    const one = await subgraph.queries.during(() => tracing.page({ search: '寻亲', stationId: north, first: 1 }));
    const hundred = await subgraph.queries.during(() => tracing.page({ search: '寻亲', first: 100 }));
    expect(hundred.result.data!.tracingWorkListConnection.edges).toHaveLength(2);
    expect(hundred.statements).toBe(one.statements);
  });
});

describe('the family-tracing work list read for an export', () => {
  const exported = async () => Number((await sql<{ n: string }>(`select count(*) as n from audit_event where operation = 'EXPORT' and record_type = 'TracingRecord'`))[0]!.n);

  it('writes each person’s tracing record on a page read with a purpose to the audit trail, and nothing without one', async () => {
    const before = await exported();
    await tracing.page({ first: 10 });
    expect(await exported()).toBe(before);
    const page = (await tracing.page({ stationId: north, first: 3, purpose: 'export' })).data!.tracingWorkListConnection;
    const rows = await sql<{ record_id: string; actor: string; purpose: string }>(
      `select record_id, actor, purpose from audit_event where operation = 'EXPORT' and record_type = 'TracingRecord' order by seq desc limit 3`,
    );
    expect(await exported()).toBe(before + 3);
    expect(rows.map((row) => row.record_id).sort()).toEqual(personIds(page.edges.map((edge) => edge.node)));
    expect(rows.every((row) => row.actor === county.id && row.purpose === 'export')).toBe(true);
  });

  it('refuses a search over 40 characters, a bad purpose and a station that is no id with BAD_USER_INPUT, reading and writing nothing', async () => {
    const before = await exported();
    for (const variables of [{ search: '寻'.repeat(41) }, { purpose: '' }, { purpose: 'x'.repeat(201) }, { purpose: 'export\u0007' }, { stationId: 'north' }]) {
      const result = await subgraph.queries.during(() => tracing.page({ ...variables, first: 5 }));
      expect(result.result.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(result.result.data ?? null).toBeNull();
      expect(result.statements).toBe(0);
    }
    expect(await exported()).toBe(before);
  });
});
