/**
 * Merging two records of one person re-points the merged record's settlements and the help
 * recorded for her at emergency points to the survivor: those settlements and events have changed,
 * so a partner syncing with `updatedSince` reads them again — and nothing of an unrelated person.
 */
import { ROLES } from '@lifeline/subgraph-runtime';
import { everyPage, openTestSubgraph, testCaller, testDatabaseUrl, type TestConnectionPage, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { Person } from '../src/entities/person.entity';
import { definition } from '../src/server';
import { createCountyStation } from './support/county-station';
import { personInCare } from './support/person-in-care';

let subgraph: TestSubgraph<SubgraphContext>;
let stationId: string;
/** A county of its own, so no other suite's settlements or events come into its sync. */
const TEST_COUNTY = '379971';
const county = testCaller({ id: 'merge.sync.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: TEST_COUNTY });
const center = testCaller({ id: 'merge.sync.center', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });

type SettlementNode = { id: string; status: string; updatedAt: string; person: { id: string } };
type EventNode = { id: string; updatedAt: string; peopleHelped: number; points: Array<{ recentHelp: Array<{ person: { id: string } | null }> }> };
interface Connection<N> extends TestConnectionPage<N> {
  edges: Array<{ cursor: string; node: N }>;
}

const SETTLEMENTS = /* GraphQL */ `
  query($after: String, $updatedSince: DateTime) {
    settlementsConnection(order: UPDATED, first: 100, after: $after, updatedSince: $updatedSince) {
      edges { cursor node { id status updatedAt person { id } } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;
const EVENTS = /* GraphQL */ `
  query($after: String, $updatedSince: DateTime) {
    emergencyEventsConnection(order: UPDATED, first: 100, after: $after, updatedSince: $updatedSince) {
      edges { cursor node { id updatedAt peopleHelped points { recentHelp { person { id } } } } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

/** A partner's sync of the test county's settlements changed since `updatedSince`, every page. */
const syncSettlements = (updatedSince: string) =>
  everyPage(async (after) => {
    const result = await subgraph.execute<{ settlementsConnection: Connection<SettlementNode> }>(SETTLEMENTS, { after, updatedSince }, county);
    expect(result.errors).toBeUndefined();
    return result.data!.settlementsConnection;
  });
/** A partner's sync of the test county's emergency events changed since `updatedSince`, every page. */
const syncEvents = (updatedSince: string) =>
  everyPage(async (after) => {
    const result = await subgraph.execute<{ emergencyEventsConnection: Connection<EventNode> }>(EVENTS, { after, updatedSince }, county);
    expect(result.errors).toBeUndefined();
    return result.data!.emergencyEventsConnection;
  });

/** A mutation as staff make it: its answer, which must be `answer`. */
async function change<T>(mutation: string, inputType: string, answer: string, selection: string, input: Record<string, unknown>, caller = county): Promise<T> {
  const result = await subgraph.execute<Record<string, { __typename: string } & T>>(
    `mutation($i: ${inputType}!) { ${mutation}(input: $i) { __typename ... on ${answer} { ${selection} } } }`,
    { i: input },
    caller,
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.[mutation]?.__typename).toBe(answer);
  return result.data![mutation]!;
}

/** A long-stay unidentified man of the test county, proposed for settlement: his id and the settlement. */
async function proposedForSettlement(): Promise<{ personId: string; settlement: { id: string; updatedAt: string } }> {
  const { caseId, personId } = await personInCare(subgraph, stationId, county, 120);
  const { settlement } = await change<{ settlement: { id: string; updatedAt: string } }>('proposeSettlement', 'ProposeSettlementInput', 'SettlementChanged', 'settlement { id updatedAt }', {
    rescueCaseId: caseId,
    note: '入站逾3个月,寻亲无果',
  });
  return { personId, settlement };
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
/** An incident of the test county with one point, where the person was given food: the event as it then stands. */
async function helpedAtEvent(name: string, personId: string): Promise<{ id: string; updatedAt: string }> {
  const { event } = await change<{ event: { id: string } }>('declareEmergencyEvent', 'DeclareEmergencyEventInput', 'EmergencyEventChanged', 'event { id }', {
    kind: 'INCIDENT',
    name,
    districts: [TEST_COUNTY],
    startedAt: daysAgo(60),
  });
  const { point } = await change<{ point: { id: string } }>('openEmergencyPoint', 'OpenEmergencyPointInput', 'EmergencyPointChanged', 'point { id }', {
    eventId: event.id,
    newPoint: { name: `${name}临时点`, address: '站前路9号', district: TEST_COUNTY },
    openedAt: daysAgo(1),
  });
  const helped = await change<{ point: { event: { id: string; updatedAt: string } } }>('recordEmergencyHelp', 'RecordEmergencyHelpInput', 'EmergencyHelpRecorded', 'point { event { id updatedAt } }', {
    pointId: point.id,
    kinds: ['FOOD'],
    personId,
  });
  return helped.point.event;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The man whose record is merged away, his settlement and the event he was helped at. */
let duplicate: { personId: string; settlement: { id: string; updatedAt: string }; event: { id: string; updatedAt: string } };
/** A man of the same county who has nothing to do with the merge, with his own settlement and event. */
let unrelated: { personId: string; settlement: { id: string; updatedAt: string }; event: { id: string; updatedAt: string } };
/** The other record of the duplicate man (no case of its own), the one that survives. */
let survivorId: string;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  stationId = await createCountyStation(subgraph.orm.em.fork(), { jurisdiction: TEST_COUNTY, name: '合并同步测试县' });
  const first = await proposedForSettlement();
  duplicate = { ...first, event: await helpedAtEvent('合并同步测试事件', first.personId) };
  const second = await proposedForSettlement();
  unrelated = { ...second, event: await helpedAtEvent('合并同步测试无关事件', second.personId) };
  const em = subgraph.orm.em.fork();
  const survivor = em.create(Person, { name: '王建军', sex: 'MALE', identityStatus: 'UNIDENTIFIED' });
  await em.flush();
  survivorId = survivor.id;
});
afterAll(() => subgraph.close());

describe('merging two records of one person, as a partner syncing with updatedSince sees it', () => {
  it("moves the merged record's settlement and the event of her help to the end of the sync, naming the survivor, and nothing of an unrelated person", async () => {
    // A partner synchronised after everything above; the merge is a few milliseconds later.
    await pause(5);
    const lastSync = new Date().toISOString();
    for (const stamp of [duplicate.settlement, duplicate.event, unrelated.settlement, unrelated.event].map((row) => row.updatedAt)) expect(Date.parse(stamp)).toBeLessThan(Date.parse(lastSync));
    expect((await syncSettlements(lastSync)).nodes).toEqual([]);
    expect((await syncEvents(lastSync)).nodes).toEqual([]);
    await pause(5);

    const mergeStarted = Date.now();
    const merged = await subgraph.execute<{ mergePersons: { __typename: string; mergedPersonId?: string; person?: { id: string } } }>(
      `mutation($i: MergePersonsInput!) { mergePersons(input: $i) { __typename ... on PersonsMerged { mergedPersonId person { id } } ... on InputRejected { field code message } } }`,
      { i: { personId: duplicate.personId, intoPersonId: survivorId, reason: '公安核验为同一人' } },
      center,
    );
    const mergeEnded = Date.now();
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergePersons).toEqual({ __typename: 'PersonsMerged', mergedPersonId: duplicate.personId, person: { id: survivorId } });

    const settlements = await syncSettlements(lastSync);
    expect(settlements.nodes.map((n) => n.id)).toEqual([duplicate.settlement.id]);
    expect(settlements.totalCount).toBe(1);
    const settlement = settlements.nodes[0]!;
    expect(settlement).toEqual(expect.objectContaining({ status: 'PROPOSED', person: { id: survivorId } }));
    expect(Date.parse(settlement.updatedAt)).toBeGreaterThanOrEqual(mergeStarted);
    expect(Date.parse(settlement.updatedAt)).toBeLessThanOrEqual(mergeEnded);
    expect(settlements.nodes.map((n) => n.id)).not.toContain(unrelated.settlement.id);

    const events = await syncEvents(lastSync);
    expect(events.nodes.map((n) => n.id)).toEqual([duplicate.event.id]);
    expect(events.totalCount).toBe(1);
    const event = events.nodes[0]!;
    expect(Date.parse(event.updatedAt)).toBeGreaterThanOrEqual(mergeStarted);
    expect(Date.parse(event.updatedAt)).toBeLessThanOrEqual(mergeEnded);
    // The help at its point now names the survivor; she was helped once.
    expect(event.points.flatMap((p) => p.recentHelp.map((h) => h.person?.id))).toEqual([survivorId]);
    expect(event.peopleHelped).toBe(1);
    expect(events.nodes.map((n) => n.id)).not.toContain(unrelated.event.id);

    // The unrelated person's settlement and event are where they were in the sync, unchanged.
    const everything = await syncSettlements(new Date(0).toISOString());
    expect(everything.nodes.find((n) => n.id === unrelated.settlement.id)).toEqual(expect.objectContaining({ updatedAt: unrelated.settlement.updatedAt, person: { id: unrelated.personId } }));
    expect(everything.nodes.at(-1)!.id).toBe(duplicate.settlement.id);
    const allEvents = await syncEvents(new Date(0).toISOString());
    expect(allEvents.nodes.find((n) => n.id === unrelated.event.id)).toEqual(expect.objectContaining({ updatedAt: unrelated.event.updatedAt }));
    expect(allEvents.nodes.at(-1)!.id).toBe(duplicate.event.id);
  });
});
