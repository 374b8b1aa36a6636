/**
 * Counts and figures against lists, through the real gateway: for every demo account and every
 * integrating system that may read a figure, it equals what the same caller gets by listing the
 * records it counts (count-vs-list), and the protected demo victim is in no list a figure is
 * checked against for a caller not entitled to her. Figures that are capacity or anonymous by
 * design (shelter places, dispatch shares) are checked to answer the same for everyone who reads
 * them, within the caller's jurisdiction.
 */
import { buildDemoRegion, demoPersonFacts } from '@lifeline/demo-region';
import { DEMO_CLIENTS, DEMO_USERNAMES } from '@lifeline/identity';
import { type GraphQLHttpResponse } from '../src/graphql-request';
import { eventually } from './support/eventually';
import { clientCaller, gatewayCaller } from './support/graph';
import { referralInput } from './support/referral-input';

const region = buildDemoRegion();
const facts = new Map(demoPersonFacts(region).map((f) => [f.personId, f]));
const victim = region.persons.find((p) => p.name && facts.get(p.id)?.protectedFor?.includes('wf.caseworker'))!;
const entitled = new Set(['shelter.staff', ...(facts.get(victim.id)?.protectedFor ?? [])]);
/** The county of `county.staff`: the station of the demo region's first rural county, as the demo accounts are placed. */
const countyCodes = new Set(region.divisions.filter((d) => d.kind === 'COUNTY').map((d) => d.code));
const countyStations = region.stations.filter((s) => s.kind === 'COUNTY_STATION');
const county = (countyStations.find((s) => countyCodes.has(s.jurisdiction)) ?? countyStations[0])!.jurisdiction;
const countyPrefix = county.replace(/(00)+$/, '');

type Caller = { name: string; call: <T>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLHttpResponse<T>> };
const users = gatewayCaller();
const systems = clientCaller();
const callers: Caller[] = [
  ...DEMO_USERNAMES.map((name) => ({ name, call: <T>(q: string, v?: Record<string, unknown>) => users.as<T>(name, q, v) })),
  ...DEMO_CLIENTS.map(({ clientId }) => ({ name: clientId, call: <T>(q: string, v?: Record<string, unknown>) => systems.as<T>(clientId, q, v) })),
];

/** The answer's data, or null when the caller may not read the field at all (FORBIDDEN): nothing to count then. */
function readable<T>(caller: Caller, res: GraphQLHttpResponse<T>): T | null {
  if (res.errors?.length) {
    expect({ caller: caller.name, codes: res.errors.map((e) => e.extensions?.code) }).toEqual({ caller: caller.name, codes: res.errors.map(() => 'FORBIDDEN') });
    return null;
  }
  return res.data!;
}

/**
 * Reads a figure and the list it counts while nothing changes them: other suites share the stack
 * and may add records meanwhile, so the figure is read before and after the list and the pair is
 * kept only when both reads agree (else read again, a few times).
 */
async function settled<F, L>(figure: () => Promise<F>, list: () => Promise<L>): Promise<{ figure: F; list: L }> {
  for (let attempt = 0; ; attempt++) {
    const before = await figure();
    const listed = await list();
    const after = await figure();
    if (JSON.stringify(before) === JSON.stringify(after) || attempt === 4) return { figure: after, list: listed };
  }
}

beforeAll(async () => {
  // Her protection reaches the other agencies over the exchange: wait until foreign affairs and the police hide her.
  await eventually('her records hidden from the police officer', async () => {
    const res = await users.as<{ identityChecks: Array<{ person: { id: string } | null }> }>('police.officer', `{ identityChecks(first: 100) { person { id } } }`);
    return res.status === 200 && !res.text.includes(victim.id);
  }, 60_000);
}, 90_000);

describe('a total counts exactly the records the caller can page through', () => {
  type Page = { persons: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string } }> } | null };

  it('gives every account and system a persons total equal to the persons its pages list, her included only for those entitled', async () => {
    const readers: string[] = [];
    const PAGE = `query($after: String) { persons(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    for (const caller of callers) {
      const total = async () => readable(caller, await caller.call<Page>(PAGE, { after: null }))?.persons?.totalCount ?? null;
      const pages = async () => {
        const ids: string[] = [];
        let after: string | null = null;
        for (;;) {
          const page: Page['persons'] = readable(caller, await caller.call<Page>(PAGE, { after }))?.persons ?? null;
          if (!page) return ids;
          ids.push(...page.edges.map((e) => e.node.id));
          if (!page.pageInfo.hasNextPage) return ids;
          after = page.pageInfo.endCursor;
        }
      };
      const { figure, list } = await settled(total, pages);
      if (figure === null) continue;
      readers.push(caller.name);
      expect({ caller: caller.name, total: figure }).toEqual({ caller: caller.name, total: new Set(list).size });
      expect({ caller: caller.name, her: list.includes(victim.id) }).toEqual({ caller: caller.name, her: entitled.has(caller.name) });
    }
    expect(readers).toEqual(expect.arrayContaining(['center.staff', 'county.staff', 'shelter.staff', 'civil-affairs-system']));
  }, 300_000);
});

describe('emergency-aid figures count the help the caller can list', () => {
  type Help = { helpedAt: string; person: { id: string } | null };
  type Point = { id: string; peopleHelped: number; dailyHelpCounts: Array<{ day: string; peopleHelped: number }> };
  type Figures = { emergencyEvents: Array<{ id: string; peopleHelped: number; points: Point[]; dailyHelpCounts: Array<{ peopleHelped: number; point: { id: string } }> }> };
  type Lists = { emergencyEvents: Array<{ points: Array<{ id: string; recentHelp: Help[] }> }> };
  const FIGURES = `{ emergencyEvents(first: 20) { id peopleHelped dailyHelpCounts { peopleHelped point { id } } points { id peopleHelped dailyHelpCounts { day peopleHelped } } } }`;
  const LISTS = `{ emergencyEvents(first: 20) { points { id recentHelp(first: 100) { helpedAt person { id } } } } }`;
  /** People in a list of help, as the figures count them: a linked person once, each other entry once. */
  const people = (help: Help[]) => new Set(help.filter((h) => h.person).map((h) => h.person!.id)).size + help.filter((h) => !h.person).length;
  /** A person the center sees and county staff do not: unprotected, with a case in another county only. */
  const elsewhere = region.persons.find((p) => {
    if (facts.get(p.id)?.protectedFor?.length || ['DV_VICTIM', 'TRAFFICKING_VICTIM'].includes(p.category)) return false;
    const stations = region.rescueCases.filter((c) => c.personId === p.id).map((c) => region.stations.find((s) => s.id === c.stationId)!.jurisdiction);
    return stations.length > 0 && stations.every((j) => !j.startsWith(countyPrefix));
  })!;
  let countyPoint = '';

  beforeAll(async () => {
    // A cold wave in the county of county.staff, a point there, two anonymous people helped by the
    // county, and one person of another county helped by the center.
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    const countyStaff = users.dataAs('county.staff');
    const declared = await countyStaff<{ declareEmergencyEvent: { event: { id: string } } }>(
      `mutation($i: DeclareEmergencyEventInput!) { declareEmergencyEvent(input: $i) { ... on EmergencyEventChanged { event { id } } } }`,
      { i: { kind: 'COLD_WAVE', name: `计数探针寒潮${Date.now()}`, districts: [county], startedAt: hoursAgo(30) } },
    );
    const opened = await countyStaff<{ openEmergencyPoint: { point: { id: string } } }>(
      `mutation($i: OpenEmergencyPointInput!) { openEmergencyPoint(input: $i) { ... on EmergencyPointChanged { point { id } } } }`,
      { i: { eventId: declared.declareEmergencyEvent.event.id, openedAt: hoursAgo(29), newPoint: { name: `计数探针临时救助点${Date.now()}`, address: '探针路1号', district: county, latitude: 31.2, longitude: 121.5 } } },
    );
    countyPoint = opened.openEmergencyPoint.point.id;
    const RECORD = `mutation($i: RecordEmergencyHelpInput!) { recordEmergencyHelp(input: $i) { __typename } }`;
    for (const [who, entry] of [
      ['county.staff', { sex: 'MALE', estimatedAge: 60 }],
      ['county.staff', { sex: 'FEMALE' }],
      ['center.staff', { personId: elsewhere.id }],
    ] as const) {
      const res = await users.dataAs(who)<{ recordEmergencyHelp: { __typename: string } }>(RECORD, { i: { pointId: countyPoint, kinds: ['FOOD'], helpedAt: hoursAgo(5), ...entry } });
      expect(res.recordEmergencyHelp.__typename).toBe('EmergencyHelpRecorded');
    }
  }, 60_000);

  it('gives every account and system that reads them point and event figures equal to the help listed, and never lists her', async () => {
    const readers: string[] = [];
    for (const caller of callers) {
      // Those who may list the help are checked against their list; the others read figures only.
      const { figure: figures, list: lists } = await settled(
        async () => readable(caller, await caller.call<Figures>(FIGURES)),
        async () => readable(caller, await caller.call<Lists>(LISTS)),
      );
      if (!figures) continue;
      readers.push(caller.name);
      const listed = new Map((lists?.emergencyEvents ?? []).flatMap((e) => e.points).map((p) => [p.id, p.recentHelp]));
      for (const event of figures.emergencyEvents) {
        for (const point of event.points) {
          const help = listed.get(point.id);
          if (help && help.length < 100) {
            expect({ caller: caller.name, point: point.id, figure: point.peopleHelped }).toEqual({ caller: caller.name, point: point.id, figure: people(help) });
            expect({ caller: caller.name, point: point.id, her: help.some((h) => h.person?.id === victim.id) }).toEqual({ caller: caller.name, point: point.id, her: false });
          }
          expect(point.dailyHelpCounts.reduce((sum, day) => sum + day.peopleHelped, 0)).toBeGreaterThanOrEqual(point.peopleHelped);
        }
        // The event's per-day counts are its visible points' per-day counts.
        const pointsPerDay = event.points.reduce((sum, p) => sum + p.dailyHelpCounts.reduce((s, d) => s + d.peopleHelped, 0), 0);
        expect({ caller: caller.name, event: event.id, perDay: event.dailyHelpCounts.reduce((sum, d) => sum + d.peopleHelped, 0) }).toEqual({ caller: caller.name, event: event.id, perDay: pointsPerDay });
        expect(event.dailyHelpCounts.every((d) => event.points.some((p) => p.id === d.point.id))).toBe(true);
      }
    }
    expect(readers).toEqual(expect.arrayContaining(['center.staff', 'county.staff']));
  }, 120_000);

  it("counts for county staff the person of another county helped at their point, without showing him, as the center counts him", async () => {
    const points = async (username: string) => (await users.dataAs(username)<Figures>(FIGURES)).emergencyEvents.flatMap((e) => e.points);
    const { figure: center, list: countyFigures } = await settled(() => points('center.staff'), () => points('county.staff'));
    expect(countyFigures.find((p) => p.id === countyPoint)).toEqual(expect.objectContaining({ peopleHelped: 3 }));
    for (const point of countyFigures) expect(point).toEqual(center.find((p) => p.id === point.id));
    const countyList = (await users.dataAs('county.staff')<Lists>(LISTS)).emergencyEvents.flatMap((e) => e.points).find((p) => p.id === countyPoint)!;
    expect(countyList.recentHelp.map((h) => h.person)).toEqual([null, null, null]);
    const centerList = (await users.dataAs('center.staff')<Lists>(LISTS)).emergencyEvents.flatMap((e) => e.points).find((p) => p.id === countyPoint)!;
    expect(centerList.recentHelp.map((h) => h.person?.id ?? null)).toEqual(expect.arrayContaining([elsewhere.id, null, null]));
  });

  it('stops counting and listing a woman helped at the point for center and county staff once she is admitted to the shelter, protected', async () => {
    // A woman already recorded (made by this test: demo persons stay as other suites expect them),
    // her stay at another county's station over, helped at the county's point before she fled to the shelter.
    const otherStation = countyStations.find((s) => !s.jurisdiction.startsWith(countyPrefix))!;
    const received = await users.dataAs('center.staff')<{ receivePerson: { rescueCase: { id: string; version: number; person: { id: string } } } }>(
      `mutation($i: ReceivePersonInput!) { receivePerson(input: $i) { ... on RescueCaseChanged { rescueCase { id version person { id } } } } }`,
      { i: { stationId: otherStation.id, source: 'WALK_IN', person: { sex: 'FEMALE', estimatedAgeMin: 30, estimatedAgeMax: 40 } } },
    );
    const stay = received.receivePerson.rescueCase;
    const exited = await users.dataAs('center.staff')<{ exitRescueCase: { __typename: string } }>(
      `mutation($i: ExitRescueCaseInput!) { exitRescueCase(input: $i) { __typename } }`,
      { i: { rescueCaseId: stay.id, expectedVersion: stay.version, reason: 'TRANSFERRED', note: '自行离站' } },
    );
    expect(exited.exitRescueCase.__typename).toBe('RescueCaseChanged');
    const woman = stay.person;
    const pointOf = async (username: string) => {
      const figures = (await users.dataAs(username)<Figures>(FIGURES)).emergencyEvents.flatMap((e) => e.points).find((p) => p.id === countyPoint)!;
      const list = (await users.dataAs(username)<Lists>(LISTS)).emergencyEvents.flatMap((e) => e.points).find((p) => p.id === countyPoint)!;
      return { peopleHelped: figures.peopleHelped, listed: list.recentHelp.length, her: list.recentHelp.some((h) => h.person?.id === woman.id) };
    };
    const recorded = await users.dataAs('center.staff')<{ recordEmergencyHelp: { __typename: string } }>(
      `mutation($i: RecordEmergencyHelpInput!) { recordEmergencyHelp(input: $i) { __typename } }`,
      { i: { pointId: countyPoint, kinds: ['FOOD', 'LODGING'], personId: woman.id, helpedAt: new Date(Date.now() - 4 * 3_600_000).toISOString() } },
    );
    expect(recorded.recordEmergencyHelp.__typename).toBe('EmergencyHelpRecorded');
    expect(await pointOf('center.staff')).toEqual({ peopleHelped: 4, listed: 4, her: true });
    expect(await pointOf('county.staff')).toEqual({ peopleHelped: 4, listed: 4, her: false });

    // The women's federation refers her; the shelter accepts and admits her as the person already recorded.
    const submitted = await users.dataAs('wf.caseworker')<{ submitShelterReferral: { shelterReferral: { id: string } } }>(
      `mutation($input: SubmitShelterReferralInput!) { submitShelterReferral(input: $input) { ... on ShelterReferralChanged { shelterReferral { id } } } }`,
      { input: referralInput({ victim: { age: 35, ageEstimated: true }, risk: { level: 'HIGH' } }) },
    );
    const shelterStaff = users.dataAs('shelter.staff');
    const shelterId = (await shelterStaff<{ shelters: Array<{ id: string }> }>(`{ shelters { id } }`)).shelters[0]!.id;
    type Answer = { acceptShelterReferral: { __typename: string; placement?: { id: string; version: number } } };
    let accepted: Answer['acceptShelterReferral'] = { __typename: 'RecordNotFound' };
    await eventually('the referral reached civil affairs and was accepted', async () => {
      accepted = (await shelterStaff<Answer>(
        `mutation($input: ShelterReferralAnswerInput!) { acceptShelterReferral(input: $input) { __typename ... on ShelterPlacementChanged { placement { id version } } } }`,
        { input: { referralId: submitted.submitShelterReferral.shelterReferral.id, shelterId } },
      )).acceptShelterReferral;
      return accepted.__typename !== 'RecordNotFound';
    }, 30_000);
    expect(accepted.__typename).toBe('ShelterPlacementChanged');
    const admitted = await shelterStaff<{ admitToShelter: { __typename: string } }>(
      `mutation($input: AdmitToShelterInput!) { admitToShelter(input: $input) { __typename } }`,
      { input: { placementId: accepted.placement!.id, expectedVersion: accepted.placement!.version, personId: woman.id } },
    );
    expect(admitted.admitToShelter.__typename).toBe('ShelterPlacementChanged');

    // From now on her help was never given, for everyone not entitled to her: not listed, not counted.
    expect(await pointOf('center.staff')).toEqual({ peopleHelped: 3, listed: 3, her: false });
    expect(await pointOf('county.staff')).toEqual({ peopleHelped: 3, listed: 3, her: false });
  }, 90_000);
});

describe('capacity figures are the same for everyone who reads them', () => {
  type Shelters = { shelters: Array<{ id: string; totalPlaces: number; freePlaces: number; freeFamilyRooms: number }> };

  it('gives every account and system that reads the shelters the same places and family rooms: whether there is room, never who is there', async () => {
    const SHELTERS = `{ shelters { id totalPlaces freePlaces freeFamilyRooms } }`;
    const readers: string[] = [];
    for (const caller of callers) {
      const { figure: shelterStaff, list: theirs } = await settled(
        async () => (await users.dataAs('shelter.staff')<Shelters>(SHELTERS)).shelters,
        async () => readable(caller, await caller.call<Shelters>(SHELTERS))?.shelters ?? null,
      );
      expect(shelterStaff.length).toBeGreaterThan(0);
      if (!theirs) continue;
      readers.push(caller.name);
      expect({ caller: caller.name, shelters: theirs }).toEqual({ caller: caller.name, shelters: shelterStaff });
    }
    expect(readers).toEqual(expect.arrayContaining(['center.staff', 'county.staff', 'shelter.staff', 'wf.caseworker']));
  });
});

describe('dispatch figures count the street reports of the caller’s jurisdiction', () => {
  type Performance = { dispatchPerformance: Array<{ group: string; reports: number; onSceneWithin30: number; share: number }> };
  const QUERY = `query($from: DateTime!, $to: DateTime!) { dispatchPerformance(from: $from, to: $to) { group reports onSceneWithin30 share } }`;
  const period = { from: '2020-01-01T00:00:00Z', to: new Date(Date.now() + 3_600_000).toISOString() };

  it("gives county staff only their county's districts, each with the center's figures", async () => {
    const rows = async (username: string) => (await users.dataAs(username)<Performance>(QUERY, period)).dispatchPerformance;
    const { figure: center, list: countyRows } = await settled(() => rows('center.staff'), () => rows('county.staff'));
    const districts = countyRows.filter((row) => /^\d+$/.test(row.group));
    expect(districts.length).toBeGreaterThan(0);
    for (const row of districts) {
      expect(row.group.startsWith(countyPrefix)).toBe(true);
      expect(row).toEqual(center.find((c) => c.group === row.group));
    }
    // Per level, the county counts its own reports only: never more than the center does.
    for (const row of countyRows.filter((r) => !/^\d+$/.test(r.group))) expect(row.reports).toBeLessThanOrEqual(center.find((c) => c.group === row.group)!.reports);
    for (const row of [...center, ...countyRows]) expect(row.onSceneWithin30).toBeLessThanOrEqual(row.reports);
  });

  it('gives no one outside station work any dispatch figure', async () => {
    for (const caller of callers.filter((c) => !['center.staff', 'county.staff'].includes(c.name))) {
      const data = readable(caller, await caller.call<Performance>(QUERY, period));
      expect({ caller: caller.name, rows: data?.dispatchPerformance ?? [] }).toEqual({ caller: caller.name, rows: [] });
    }
  });
});

describe('an entrustment’s balance adds up its listed deliveries', () => {
  type Entrustments = {
    aidEntrustments: Array<{
      id: string;
      person: { id: string } | null;
      totalCapFen: number;
      items: Array<{ kind: string; capFen: number }>;
      deliveries: Array<{ kind: string; amountFen: number }>;
      remaining: { totalCapFen: number; deliveredFen: number; remainingFen: number; items: Array<{ kind: string; capFen: number; deliveredFen: number }> };
    }>;
  };

  it('gives every account and system that reads entrustments balances equal to the deliveries it lists, and none of hers unless entitled', async () => {
    const readers: string[] = [];
    const hers = new Set(region.aidEntrustments.filter((e) => e.personId === victim.id).map((e) => e.id));
    for (const caller of callers) {
      const data = readable(
        caller,
        await caller.call<Entrustments>(`{ aidEntrustments(first: 100) { id person { id } totalCapFen items { kind capFen } deliveries { kind amountFen } remaining { totalCapFen deliveredFen remainingFen items { kind capFen deliveredFen } } } }`),
      );
      if (!data) continue;
      readers.push(caller.name);
      for (const e of data.aidEntrustments) {
        if (!entitled.has(caller.name)) expect({ caller: caller.name, hers: hers.has(e.id) }).toEqual({ caller: caller.name, hers: false });
        const delivered = e.deliveries.reduce((sum, d) => sum + d.amountFen, 0);
        expect({ caller: caller.name, id: e.id, delivered: e.remaining.deliveredFen, cap: e.remaining.totalCapFen }).toEqual({ caller: caller.name, id: e.id, delivered, cap: e.totalCapFen });
        for (const item of e.remaining.items) {
          expect(item.deliveredFen).toBe(e.deliveries.filter((d) => d.kind === item.kind).reduce((sum, d) => sum + d.amountFen, 0));
          expect(item.capFen).toBe(e.items.find((i) => i.kind === item.kind)!.capFen);
        }
      }
    }
    expect(readers).toEqual(expect.arrayContaining(['fao.officer', 'center.staff']));
  }, 120_000);
});

describe('the exchange state counts the dead letters it lists', () => {
  it("gives the auditor each agency's dead-letter count equal to its listed dead letters", async () => {
    type Agency = { deadLetterCount: number; deadLetters: Array<{ id: string }> };
    const data = await users.dataAs('auditor')<{ exchangeState: Record<string, Agency> }>(
      `{ exchangeState { civilAffairs { deadLetterCount deadLetters(first: 200) { id } } publicSecurity { deadLetterCount deadLetters(first: 200) { id } } womensFederation { deadLetterCount deadLetters(first: 200) { id } } foreignAffairs { deadLetterCount deadLetters(first: 200) { id } } } }`,
    );
    for (const [agency, state] of Object.entries(data.exchangeState)) {
      if (state.deadLetters.length < 200) expect({ agency, count: state.deadLetterCount }).toEqual({ agency, count: state.deadLetters.length });
    }
  });
});
