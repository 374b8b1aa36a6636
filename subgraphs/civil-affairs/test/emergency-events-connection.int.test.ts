/**
 * `emergencyEventsConnection`: cursor pages in three orders that yield every emergency event the
 * caller may see exactly once (the same rows as the `emergencyEvents` list: those touching her
 * jurisdiction), the ongoing filter, a count, and every change of an event — its points and the
 * help recorded at them included — moving it to the end of a partner's sync.
 * Paged back from the end (`last`, `before`), the same records come in the same order; paging
 * forward and back at once is refused.
 */
import { ROLES } from '@lifeline/subgraph-runtime';
import { connectionReader, itPagesInThreeOrders, openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { Station } from '../src/entities/station.entity';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;
/** A county of its own, so no other suite's events come into its pages. */
const TEST_COUNTY = '379982';
const NEIGHBOUR = '379988';
const county = testCaller({ id: 'emergency.paging.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: TEST_COUNTY });
const otherCounty = testCaller({ id: 'emergency.paging.neighbour', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: NEIGHBOUR });
const center = testCaller({ id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });

type Node = { id: string; state: string; version: number; startedAt: string; createdAt: string; updatedAt: string; districts: string[]; peopleHelped: number };
const NODE = 'id state version startedAt createdAt updatedAt districts peopleHelped';
const PAGE = /* GraphQL */ `
  query($order: EmergencyEventOrder, $first: Int, $after: String, $last: Int, $before: String, $ongoingOnly: Boolean, $updatedSince: DateTime, $updatedBefore: DateTime) {
    emergencyEventsConnection(order: $order, first: $first, after: $after, last: $last, before: $before, ongoingOnly: $ongoingOnly, updatedSince: $updatedSince, updatedBefore: $updatedBefore) {
      edges { cursor node { ${NODE} } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      totalCount
    }
  }
`;
const reader = connectionReader<'emergencyEventsConnection', Node>(() => subgraph, 'emergencyEventsConnection', PAGE, county);
const { page, pageToTheEnd } = reader;

const sql = <T>(query: string, params: unknown[] = []) => subgraph.orm.em.fork().getConnection().execute<T[]>(query, params);

const TYPES = {
  declareEmergencyEvent: ['DeclareEmergencyEventInput', 'EmergencyEventChanged', 'event'],
  endEmergencyEvent: ['EndEmergencyEventInput', 'EmergencyEventChanged', 'event'],
  openEmergencyPoint: ['OpenEmergencyPointInput', 'EmergencyPointChanged', 'point'],
  closeEmergencyPoint: ['CloseEmergencyPointInput', 'EmergencyPointChanged', 'point'],
  recordEmergencyHelp: ['RecordEmergencyHelpInput', 'EmergencyHelpRecorded', 'point'],
} as const;
type Point = { id: string; version: number; event: Node };
/** A change as staff make it: the event as it then stands, and the point the change was about. */
async function change(mutation: keyof typeof TYPES, input: Record<string, unknown>, caller = county): Promise<{ event: Node; point?: Point }> {
  const [inputType, answer, field] = TYPES[mutation];
  const selection = field === 'event' ? `event { ${NODE} }` : `point { id version event { ${NODE} } }`;
  const result = await subgraph.execute<Record<string, { __typename: string; event?: Node; point?: Point }>>(
    `mutation($i: ${inputType}!) { ${mutation}(input: $i) { __typename ... on ${answer} { ${selection} } } }`,
    { i: input },
    caller,
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.[mutation]?.__typename).toBe(answer);
  const changed = result.data![mutation]!;
  return changed.point ? { event: changed.point.event, point: changed.point } : { event: changed.event! };
}
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
/** An incident declared long ago (never among the newest events another suite reads). */
const declare = async (name: string, startedDaysAgo: number, districts = [TEST_COUNTY], caller = county) =>
  (await change('declareEmergencyEvent', { kind: 'INCIDENT', name, districts, startedAt: daysAgo(startedDaysAgo) }, caller)).event;
const end = (event: Node) => change('endEmergencyEvent', { eventId: event.id, expectedVersion: event.version, reason: '事件处置完毕' });

/** The events touching the test county, by what the rule says (DOMAIN.md §4) and not by the code under test. */
const visibleInTestCounty = () => sql<{ id: string }>(`select e.id from emergency_event e where exists (select 1 from unnest(e.districts) d where left(d, 6) = ?)`, [TEST_COUNTY]);

let declared: Node[] = [];
/** An event the county may not see: in the neighbouring county only. */
let neighbours: Node;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  const em = subgraph.orm.em.fork();
  em.create(Station, { name: '应急分页测试县救助站', level: 'COUNTY', kind: 'COUNTY_STATION', jurisdiction: TEST_COUNTY, jurisdictionName: '应急分页测试县' });
  await em.flush();
  // Six events, two of them ended, one spanning the neighbouring county too (the center declares it).
  declared = [];
  for (let i = 0; i < 5; i++) declared.push(await declare(`应急分页测试事件${i}`, 40 + i));
  declared.push(await declare('应急分页测试跨县事件', 46, [TEST_COUNTY, NEIGHBOUR], center));
  declared[1] = (await end(declared[1]!)).event;
  declared[3] = (await end(declared[3]!)).event;
  neighbours = await declare('应急分页测试邻县事件', 41, [NEIGHBOUR], center);
});
afterAll(() => subgraph.close());

describe('paging emergency events', () => {
  it.each([
    ['NEWEST_FIRST', 'startedAt', -1],
    ['OLDEST_FIRST', 'startedAt', 1],
    ['UPDATED', 'updatedAt', 1],
  ] as const)('yields every event the county staff may see exactly once in %s order, page after page, and counts them', async (order, key, direction) => {
    const nodes = await reader.pagesEachVisibleOnce(order, key, direction, visibleInTestCounty);
    expect(nodes.map((n) => n.id)).not.toContain(neighbours.id);
    expect(nodes.every((n) => n.districts.some((d) => d.startsWith(TEST_COUNTY)))).toBe(true);
  });

  it('holds the same events as the list it replaces, all of them and those under way', async () => {
    const listed = await subgraph.execute<{ all: Array<{ id: string }>; ongoing: Array<{ id: string }> }>(
      `{ all: emergencyEvents(first: 100) { id } ongoing: emergencyEvents(ongoingOnly: true, first: 100) { id } }`,
      undefined,
      county,
    );
    expect((await pageToTheEnd({ first: 100 })).nodes.map((n) => n.id)).toEqual(listed.data!.all.map((e) => e.id));
    expect((await pageToTheEnd({ ongoingOnly: true, first: 100 })).nodes.map((n) => n.id)).toEqual(listed.data!.ongoing.map((e) => e.id));
  });

  it('shows the center every county’s events, and a neighbouring county only those touching it', async () => {
    const city = await pageToTheEnd({ first: 100 }, center);
    const mine = (await visibleInTestCounty()).map((e) => e.id);
    expect(city.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([...mine, neighbours.id]));
    expect(new Set(city.nodes.map((n) => n.id)).size).toBe(city.nodes.length);
    const neighbour = await pageToTheEnd({ first: 100 }, otherCounty);
    expect(neighbour.nodes.filter((n) => mine.includes(n.id)).map((n) => n.id)).toEqual([declared[5]!.id]);
    expect(neighbour.nodes.map((n) => n.id)).toContain(neighbours.id);
  });

  it('filters the events under way, and counts what the filter matches', async () => {
    const ongoing = await pageToTheEnd({ ongoingOnly: true, order: 'OLDEST_FIRST', first: 100 });
    expect(ongoing.nodes.every((n) => n.state === 'ONGOING')).toBe(true);
    for (const ended of [declared[1]!, declared[3]!]) expect(ongoing.nodes.map((n) => n.id)).not.toContain(ended.id);
    const all = await pageToTheEnd({ ongoingOnly: false, first: 100 });
    expect(all.totalCount - ongoing.totalCount).toBe(all.nodes.filter((n) => n.state === 'ENDED').length);
    expect(all.nodes.filter((n) => n.state === 'ENDED').length).toBeGreaterThanOrEqual(2);
  });

  it('moves an event to the end of the sync at every change: a point opened, help recorded, the point closed, the end', async () => {
    let point: Point | undefined;
    /** A change of the event or of its point; the point it was about is kept for the next step. */
    const step = (make: (event: Node) => Promise<{ event: Node; point?: Point }>) => async (event: Node) => {
      const changed = await make(event);
      point = changed.point ?? point;
      return changed.event;
    };
    const event = await reader.movesToEndOfSync(
      await declare('应急分页测试同步事件', 50),
      [
        step((event) => change('openEmergencyPoint', { eventId: event.id, newPoint: { name: '分页测试临时点', address: '站前路1号', district: TEST_COUNTY }, openedAt: daysAgo(1) })),
        step(() => change('recordEmergencyHelp', { pointId: point!.id, kinds: ['FOOD'], sex: 'MALE' })),
        step(() => change('closeEmergencyPoint', { pointId: point!.id, expectedVersion: point!.version, reason: '撤点' })),
        step(end),
      ],
      ['id', 'state', 'updatedAt'],
    );
    expect(event).toEqual(expect.objectContaining({ state: 'ENDED', peopleHelped: 1 }));
  });

  it('moves an event in the sync for its points and help without a new version, so ending it still takes the version its staff read', async () => {
    const event = await declare('应急分页测试版本事件', 51);
    const opened = await change('openEmergencyPoint', { eventId: event.id, newPoint: { name: '分页测试版本点', address: '站前路2号', district: TEST_COUNTY }, openedAt: daysAgo(1) });
    const helped = await change('recordEmergencyHelp', { pointId: opened.point!.id, kinds: ['LODGING'], sex: 'FEMALE' });
    expect(helped.event.version).toBe(event.version);
    expect(Date.parse(helped.event.updatedAt)).toBeGreaterThan(Date.parse(event.updatedAt));
    const ended = await end(event);
    expect(ended.event.state).toBe('ENDED');
  });

  itPagesInThreeOrders(reader, 'every event touching the county', visibleInTestCounty);

  it('answers the pages exactly as the list to a job without emergency aid, and to leadership (the city’s events)', async () => {
    const police = testCaller({ id: 'police.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER], jurisdiction: '379900' });
    const leadership = testCaller({ id: 'leader', agency: 'CIVIL_AFFAIRS', roles: [ROLES.LEADERSHIP], jurisdiction: '379900' });
    const auditor = testCaller({ id: 'auditor', agency: 'CIVIL_AFFAIRS', roles: [ROLES.AUDITOR], jurisdiction: '379900' });
    for (const caller of [police, leadership, auditor]) {
      const list = await subgraph.execute<{ emergencyEvents: Array<{ id: string }> }>(`{ emergencyEvents(first: 100) { id } }`, undefined, caller);
      const pages = await page({ first: 100 }, caller);
      expect(pages.errors?.map((e) => e.extensions?.code)).toEqual(list.errors?.map((e) => e.extensions?.code));
      if (list.errors) expect(list.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      else expect(pages.data!.emergencyEventsConnection.edges.map((e) => e.node.id)).toEqual(list.data!.emergencyEvents.map((e) => e.id));
    }
    const led = await page({ first: 100 }, leadership);
    expect(led.data!.emergencyEventsConnection.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([declared[0]!.id, neighbours.id]));
  });
});

describe('a window of time', () => {
  it('yields the events changed at or after updatedSince and before updatedBefore, and no others', async () => {
    await reader.pagesWindowOfTime();
  });
});
