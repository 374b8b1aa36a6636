/**
 * What civil affairs publishes about persons: every demo person once seeded (protected victims with
 * who is entitled), a person received at a station in the same transaction as the receipt, nothing
 * when the change is refused, and never the shelter's location or contact.
 */
import { buildDemoRegion, demoPersonFacts } from '@lifeline/demo-region';
import { ExchangeOutboxEvent, ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { Shelter } from '../src/entities/shelter.entity';
import { Station } from '../src/entities/station.entity';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;
const region = buildDemoRegion();
const county = region.stations.find((s) => s.kind === 'COUNTY_STATION' && s.isOpen)!;
const staff = testCaller({ id: 'test.station.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: county.jurisdiction.slice(0, 6) });
const RECEIVE = `mutation($input: ReceivePersonInput!) { receivePerson(input: $input) { __typename ... on RescueCaseChanged { rescueCase { id person { id } } } } }`;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

const events = (subjectId?: string) => subgraph.orm.em.fork().find(ExchangeOutboxEvent, subjectId ? { subjectId } : {}, { orderBy: { position: 'asc' } });

describe("civil affairs' person events", () => {
  it('announce every demo person once, and every protected one with who is entitled, as the demo region says', async () => {
    const expected = demoPersonFacts(region);
    // Other suites of this run add persons of their own to the same database: look at the demo's.
    const demoIds = new Set(expected.map((f) => f.personId));
    const all = (await events()).filter((e) => demoIds.has(e.subjectId));
    const registered = all.filter((e) => e.type === 'person.registered');
    expect(registered.map((e) => e.subjectId).sort()).toEqual(expected.map((f) => f.personId).sort());
    const started = all.filter((e) => e.type === 'person.protection-started').map((e) => e.payload as { personId: string; entitledUsernames: string[] });
    expect(started.sort((a, b) => a.personId.localeCompare(b.personId))).toEqual(
      expected.filter((f) => f.protectedFor).map((f) => ({ personId: f.personId, entitledUsernames: f.protectedFor })).sort((a, b) => a.personId.localeCompare(b.personId)),
    );
    for (const fact of expected.slice(0, 20)) {
      const payload = registered.find((e) => e.subjectId === fact.personId)!.payload;
      expect(payload).toEqual({ personId: fact.personId, county: fact.county, foreignNational: fact.foreignNational });
    }
  });

  it("never carry the shelter's location or contact", async () => {
    const [shelter] = await subgraph.orm.em.fork().find(Shelter, {}, { limit: 1 });
    expect(shelter).toBeDefined();
    const text = JSON.stringify((await events()).map((e) => e.payload));
    expect(text).not.toContain(shelter!.address);
    expect(text).not.toContain(shelter!.contactPhone);
  });

  it('announce a person received at a station with her county, and nothing when the receipt is refused', async () => {
    const station = await subgraph.orm.em.fork().findOneOrFail(Station, { id: county.id });
    const before = (await events()).length;
    const refused = await subgraph.execute<{ receivePerson: { __typename: string } }>(RECEIVE, { input: { stationId: station.id, source: 'POLICE_HANDOVER', person: { sex: 'MALE', estimatedAgeMin: 40, estimatedAgeMax: 50 } } }, staff);
    expect(refused.data!.receivePerson.__typename).not.toBe('RescueCaseChanged');
    expect((await events()).length).toBe(before);
    const received = await subgraph.execute<{ receivePerson: { __typename: string; rescueCase: { person: { id: string } } } }>(
      RECEIVE,
      { input: { stationId: station.id, source: 'WALK_IN', person: { sex: 'MALE', estimatedAgeMin: 40, estimatedAgeMax: 50 } } },
      staff,
    );
    expect(received.data!.receivePerson.__typename).toBe('RescueCaseChanged');
    const personId = received.data!.receivePerson.rescueCase.person.id;
    const mine = await events(personId);
    expect(mine.map((e) => [e.type, e.subjectSeq, e.payload])).toEqual([['person.registered', 1, { personId, county: county.jurisdiction.slice(0, 6), foreignNational: false }]]);
  });
});
