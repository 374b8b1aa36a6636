/**
 * The civil-affairs change feed (`civilAffairsChanges`): every record that can be fetched by id, as
 * it is created and changed, in an order that only grows at its end; each change listed only to
 * those who may read its record by id now — a county's staff their county's, an integrating system
 * what its scopes reach, a protected victim's records only those entitled to her. Paging from any
 * cursor to the end yields every visible change exactly once, and a change of a transaction still
 * running appears only once it ends, never behind a cursor already handed out.
 */
import { ROLES, type Caller } from '@lifeline/subgraph-runtime';
import { changeFeedReader, cursorOfFeed, inFeedOrder, openTestSubgraph, testCaller, testDatabaseUrl, whileTransactionRuns, type FeedChange, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { Person } from '../src/entities/person.entity';
import { PersonAccessGrant } from '../src/entities/person-access-grant.entity';
import { definition } from '../src/server';
import { createCountyStation } from './support/county-station';
import { personInCare } from './support/person-in-care';

let subgraph: TestSubgraph<SubgraphContext>;
/** Counties of their own, so no other suite's records come into these reads. */
const COUNTY = '379983';
const OTHER_COUNTY = '379984';
const county = testCaller({ id: 'feed.county.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: COUNTY });
const otherCounty = testCaller({ id: 'feed.neighbour.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: OTHER_COUNTY });
const center = testCaller({ id: 'feed.center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });
/** Center staff the protected victim was granted to. */
const entitledCenter = testCaller({ id: 'feed.entitled.center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });
const police = testCaller({ id: 'feed.police.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER], jurisdiction: '379900' });
const system = testCaller({ id: 'client:feed-sync', kind: 'service', agency: 'CIVIL_AFFAIRS', roles: [ROLES.INTEGRATION], scopes: ['read:persons', 'read:rescue-cases'] });
const casesOnlySystem = testCaller({ id: 'client:feed-cases', kind: 'service', agency: 'CIVIL_AFFAIRS', roles: [ROLES.INTEGRATION], scopes: ['read:rescue-cases'] });

type FeedRecord = { __typename: string; id: string; status?: string; reason?: string; successorId?: string | null };
const feed = changeFeedReader<FeedRecord, SubgraphContext>(
  () => subgraph,
  'civilAffairsChanges',
  '... on Person { id } ... on RescueCase { id status } ... on StreetReport { id } ... on RescueCaseEvent { id } ... on EndedRecord { id reason successorId }',
);
const { page, readToEnd } = feed;
type Change = FeedChange<FeedRecord>;

const sql = <T>(query: string, params: unknown[] = []) => subgraph.orm.em.fork().getConnection().execute<T[]>(query, params);
const recordsOf = (changes: Change[], ids: readonly string[]) => new Set(changes.filter((c) => ids.includes(c.node.recordId)).map((c) => c.node.recordId));

async function reportSighting(caller: Caller, district: string): Promise<string> {
  const result = await subgraph.execute<{ reportStreetSighting: { streetReport: { id: string } } }>(
    `mutation($i: ReportStreetSightingInput!) { reportStreetSighting(input: $i) { ... on StreetReportChanged { streetReport { id } } } }`,
    { i: { source: 'PATROL', description: '桥下有人露宿', latitude: 30.601, longitude: 114.301, address: '变更测试县人民桥', district } },
    caller,
  );
  return result.data!.reportStreetSighting.streetReport.id;
}

let head: string | null;
let stationId: string;
const ids = { man: { caseId: '', personId: '' }, victim: { caseId: '', personId: '' }, report: '', neighbourReport: '' };
let all: string[];

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  stationId = await createCountyStation(subgraph.orm.em.fork(), { jurisdiction: COUNTY, name: '变更测试县' });
  await createCountyStation(subgraph.orm.em.fork(), { jurisdiction: OTHER_COUNTY, name: '变更测试邻县' });
  head = (await readToEnd(center, null)).end;
  ids.man = await personInCare(subgraph, stationId, county);
  ids.victim = await personInCare(subgraph, stationId, county);
  // She became known as a protected victim: her records are now for those entitled to her alone.
  await sql(`update person set confidential = true where id = ?`, [ids.victim.personId]);
  const em = subgraph.orm.em.fork();
  em.create(PersonAccessGrant, { person: em.getReference(Person, ids.victim.personId), grantee: entitledCenter.id, reason: '变更测试转介', grantedAt: new Date() });
  await em.flush();
  ids.report = await reportSighting(county, COUNTY);
  ids.neighbourReport = await reportSighting(otherCounty, OTHER_COUNTY);
  all = [ids.man.caseId, ids.man.personId, ids.victim.caseId, ids.victim.personId, ids.report, ids.neighbourReport];
});
afterAll(() => subgraph.close());

describe('the civil-affairs change feed', () => {
  it('lists a person and a case received, the case screened, with the records as they are now', async () => {
    const { changes } = await readToEnd(county, head);
    const ofCase = changes.filter((c) => c.node.recordId === ids.man.caseId);
    expect(ofCase.map((c) => c.node.operation)).toEqual(['CREATED', ...ofCase.slice(1).map(() => 'UPDATED')]);
    expect(ofCase.length).toBeGreaterThanOrEqual(2);
    const status = (await subgraph.execute<{ rescueCase: { status: string } }>(`query($id: ID!) { rescueCase(id: $id) { status } }`, { id: ids.man.caseId }, county)).data!.rescueCase.status;
    for (const change of ofCase) expect(change.node.record).toEqual({ __typename: 'RescueCase', id: ids.man.caseId, status });
    const ofPerson = changes.filter((c) => c.node.recordId === ids.man.personId);
    expect(ofPerson[0]!.node).toMatchObject({ recordType: 'PERSON', operation: 'CREATED', record: { __typename: 'Person', id: ids.man.personId } });
    // The case's steps are records of their own.
    expect(changes.some((c) => c.node.recordType === 'RESCUE_CASE_EVENT' && c.node.operation === 'CREATED')).toBe(true);
  });

  it('yields every change exactly once, page after page of one, as in one page, in the order written', async () => {
    const whole = await readToEnd(county, head);
    const byOnes = await readToEnd(county, head, 1);
    expect(whole.changes.length).toBeGreaterThanOrEqual(6);
    expect(byOnes.changes.map((c) => c.cursor)).toEqual(whole.changes.map((c) => c.cursor));
    expect(new Set(whole.changes.map((c) => c.cursor)).size).toBe(whole.changes.length);
    expect(byOnes.end).toBe(whole.end);
    expect(inFeedOrder(whole.changes.map((c) => c.cursor))).toBe(true);
  });

  it.each([
    ['the county’s staff', county, ['man.case', 'man.person', 'report']],
    ['the center’s staff', center, ['man.case', 'man.person', 'report', 'neighbourReport']],
    ['center staff the victim was granted to', entitledCenter, ['man.case', 'man.person', 'victim.case', 'victim.person', 'report', 'neighbourReport']],
    ['a neighbouring county’s staff', otherCounty, ['neighbourReport']],
    ['civil affairs’ system (persons and cases; street reports are staff work)', system, ['man.case', 'man.person']],
    ['a system with cases only (a case is read with its person, which it may not see)', casesOnlySystem, []],
    ['a police officer (persons and cases, no street reports)', police, ['man.case', 'man.person']],
  ] as const)('lists to %s exactly the records it may read by id', async (_who, caller, expected) => {
    const named: Record<string, string> = {
      'man.case': ids.man.caseId,
      'man.person': ids.man.personId,
      'victim.case': ids.victim.caseId,
      'victim.person': ids.victim.personId,
      report: ids.report,
      neighbourReport: ids.neighbourReport,
    };
    const { changes, end } = await readToEnd(caller, head, 7);
    expect(recordsOf(changes, all)).toEqual(new Set(expected.map((name) => named[name])));
    // Whatever it may not see, its cursor comes to the same end as everyone's.
    expect(end).toBe((await readToEnd(center, head)).end);
  });

  it('lists only the kinds of record asked for', async () => {
    const { changes } = await readToEnd(center, head, 100, ['STREET_REPORT', 'PERSON']);
    expect(changes.every((c) => ['STREET_REPORT', 'PERSON'].includes(c.node.recordType))).toBe(true);
    expect(recordsOf(changes, all)).toEqual(new Set([ids.man.personId, ids.report, ids.neighbourReport]));
  });

  it('refuses a malformed cursor, and a cursor of another feed, with BAD_USER_INPUT', async () => {
    const otherFeed = cursorOfFeed('foreignAffairsChanges', head!);
    for (const after of ['not-a-cursor', otherFeed]) {
      const result = await page(center, { after });
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(result.data).toBeNull();
    }
    const unknownType = await page(center, { types: ['AID_ENTRUSTMENT'] });
    expect(unknownType.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('costs as many statements for a page of twelve street reports as for a page of two', async () => {
    const start = (await readToEnd(county, head)).end;
    for (let i = 0; i < 12; i += 1) await reportSighting(county, COUNTY);
    const types = ['STREET_REPORT'];
    const two = await subgraph.queries.during(() => page(county, { after: start, first: 2, types }));
    const twelve = await subgraph.queries.during(() => page(county, { after: start, first: 12, types }));
    expect(feed.edgesOf(two.result.data)).toHaveLength(2);
    expect(feed.edgesOf(twelve.result.data)).toHaveLength(12);
    expect(twelve.statements).toBe(two.statements);
  });

  it('lists a change of a transaction still running only once it ends, in its place before later ones', async () => {
    const start = (await readToEnd(county, head)).end;
    // The slow transaction changes the case first; a quicker one changes the person and commits while the slow one still runs.
    const during = await whileTransactionRuns(subgraph, [`update rescue_case set version = version where id = ?`, [ids.man.caseId]], async (commitElsewhere) => {
      await commitElsewhere(`update person set updated_at = date_trunc('milliseconds', now()) where id = ?`, [ids.man.personId]);
      return readToEnd(county, start);
    });
    if (!during) return;
    expect(recordsOf(during.changes, all)).toEqual(new Set());
    const after = await readToEnd(county, start);
    expect(after.changes.filter((c) => all.includes(c.node.recordId)).map((c) => c.node.recordId)).toEqual([ids.man.caseId, ids.man.personId]);
  });
});

describe('the end of a person’s record in the change feed', () => {
  const MERGE = `mutation($i: MergePersonsInput!) { mergePersons(input: $i) { __typename } }`;
  const REMOVE = `mutation($i: RemovePersonInput!) { removePerson(input: $i) { __typename } }`;
  /** A record with no case (the other registration of a man, or one made in error). */
  const recordWithoutCase = async () => {
    const em = subgraph.orm.em.fork();
    const person = em.create(Person, { name: '变更测试甲', sex: 'MALE', identityStatus: 'UNIDENTIFIED' });
    await em.flush();
    return person.id;
  };
  const changesOf = (changes: Change[], id: string) => changes.filter((c) => c.node.recordId === id).map((c) => c.node);
  let start: string | null;
  const ended = { duplicate: { caseId: '', personId: '' }, survivor: '', mistaken: '' };

  beforeAll(async () => {
    start = (await readToEnd(center, head)).end;
    ended.duplicate = await personInCare(subgraph, stationId, county);
    ended.survivor = await recordWithoutCase();
    ended.mistaken = await recordWithoutCase();
    const merged = await subgraph.execute<{ mergePersons: { __typename: string } }>(MERGE, { i: { personId: ended.duplicate.personId, intoPersonId: ended.survivor, reason: '公安核验为同一人' } }, center);
    expect(merged.data?.mergePersons.__typename).toBe('PersonsMerged');
    const removed = await subgraph.execute<{ removePerson: { __typename: string } }>(REMOVE, { i: { personId: ended.mistaken, reason: '重复登记' } }, center);
    expect(removed.data?.removePerson.__typename).toBe('PersonRemoved');
  });

  it('lists the end of a merged record last of its changes, with its tombstone naming the record it went into', async () => {
    const { changes } = await readToEnd(center, start);
    const ofDuplicate = changesOf(changes, ended.duplicate.personId);
    // Its earlier changes no longer answer by id, so only the end is listed, after the survivor's change that took the case.
    expect(ofDuplicate).toEqual([
      expect.objectContaining({ recordType: 'PERSON', operation: 'ENDED', record: { __typename: 'EndedRecord', id: ended.duplicate.personId, reason: 'MERGED', successorId: ended.survivor } }),
    ]);
    expect(changesOf(changes, ended.mistaken).at(-1)).toMatchObject({ operation: 'ENDED', record: { __typename: 'EndedRecord', id: ended.mistaken, reason: 'REMOVED', successorId: null } });
    const cursors = changes.map((c) => c.cursor);
    expect(inFeedOrder(cursors)).toBe(true);
  });

  it.each([
    ['the county’s staff (the merged record’s case is theirs, now the survivor’s)', county, ['duplicate']],
    ['the center’s staff', center, ['duplicate', 'mistaken']],
    ['civil affairs’ system with persons', system, ['duplicate', 'mistaken']],
    ['a neighbouring county’s staff', otherCounty, []],
    ['a system with cases only (it may not read persons)', casesOnlySystem, []],
  ] as const)('lists an end to %s only when it could read the record before', async (_who, caller, expected) => {
    const { changes } = await readToEnd(caller, start, 5);
    const endsSeen = changes.filter((c) => c.node.operation === 'ENDED').map((c) => c.node.recordId);
    const named = { duplicate: ended.duplicate.personId, mistaken: ended.mistaken };
    expect(endsSeen.filter((id) => Object.values(named).includes(id))).toEqual(expected.map((name) => named[name]));
  });

  it('costs one statement for the tombstones of a page, however many records ended', async () => {
    const types = ['PERSON'];
    const before = (await readToEnd(center, start)).end;
    await subgraph.execute(REMOVE, { i: { personId: await recordWithoutCase(), reason: '重复登记' } }, center);
    const single = await subgraph.queries.during(() => page(center, { after: before, first: 100, types }));
    const middle = (await readToEnd(center, before)).end;
    for (let i = 0; i < 4; i += 1) await subgraph.execute(REMOVE, { i: { personId: await recordWithoutCase(), reason: '重复登记' } }, center);
    const several = await subgraph.queries.during(() => page(center, { after: middle, first: 100, types }));
    const ends = (data: Parameters<typeof feed.edgesOf>[0]) => feed.edgesOf(data).filter((edge) => edge.node.operation === 'ENDED').length;
    expect(ends(single.result.data)).toBe(1);
    expect(ends(several.result.data)).toBe(4);
    expect(several.statements).toBe(single.statements);
  });
});
