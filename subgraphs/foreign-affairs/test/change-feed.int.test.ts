/**
 * The foreign-affairs change feed (`foreignAffairsChanges`): every entrustment and delivery as it
 * is created and changed, in an order that only grows at its end; each change listed only to those
 * who may read its record by id now (the office, the center, the beneficiary's county, a client
 * whose scopes cover entrustments; a protected victim's to the entitled alone). Paging from any
 * cursor to the end yields every visible change exactly once; a change made in a transaction still
 * running appears only once it ends, never behind a cursor already handed out.
 */
import { ROLES } from '@lifeline/subgraph-runtime';
import { Client } from 'pg';
import { changeFeedReader, cursorOfFeed, inFeedOrder, openTestSubgraph, optionalTestEnv, testCaller, testDatabaseUrl, whileTransactionRuns, type FeedChange, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { ACCEPT, centerStaff, DELIVER, ISSUE, issueInput, officer, region, stationStaff, today } from './aid-entrustment-fixtures';
import { applyCivilAffairsEvent, knownPerson } from './person-projection.fixture';

let subgraph: TestSubgraph<SubgraphContext>;

const countyA = stationStaff;
const stationB = region.stations.find((s) => s.kind === 'COUNTY_STATION' && !s.jurisdiction.startsWith(countyA.jurisdiction!))!;
const countyB = testCaller({ id: 'county-b.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], orgUnit: stationB.id, jurisdiction: stationB.jurisdiction.slice(0, 6) });
const shelter = testCaller({ id: 'shelter.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.SHELTER_STAFF], orgUnit: centerStaff.orgUnit, jurisdiction: region.city.code });
const integration = testCaller({ kind: 'service', id: 'foreign-affairs-system', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.INTEGRATION], scopes: ['read:aid-entrustments'] });
const unscopedIntegration = testCaller({ kind: 'service', id: 'foreign-affairs-notices', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.INTEGRATION], scopes: ['read:foreign-affairs-notifications'] });

type FeedRecord = { __typename: string; id: string; status?: string; receiptNumber?: string };
const feed = changeFeedReader<FeedRecord, SubgraphContext>(() => subgraph, 'foreignAffairsChanges', '... on AidEntrustment { id status } ... on AidDelivery { id receiptNumber }');
const { page, readToEnd } = feed;
type Change = FeedChange<FeedRecord>;

const ofRecords = (changes: Change[], ids: readonly string[]) => changes.filter((c) => ids.includes(c.node.recordId));

interface Made {
  entrustmentId: string;
  deliveryId: string;
}
/** Issues, accepts and records one delivery for a person: three changes to the entrustment at least, one delivery. */
async function entrustmentWithDelivery(personId: string): Promise<Made> {
  const issued = await subgraph.execute<{ issueAidEntrustment: { aidEntrustment: { id: string } } }>(ISSUE, { input: issueInput({ personId }) }, officer);
  const entrustmentId = issued.data!.issueAidEntrustment.aidEntrustment.id;
  expect((await subgraph.execute<{ acceptAidEntrustment: { __typename: string } }>(ACCEPT, { id: entrustmentId }, centerStaff)).data!.acceptAidEntrustment.__typename).toBe('AidEntrustmentChanged');
  const input = { entrustmentId, kind: 'FOOD', quantity: 1, amountFen: 1_000, deliveredOn: today(), receiptNumber: `FEED-${entrustmentId.slice(0, 8)}` };
  const recorded = await subgraph.execute<{ recordAidDelivery: { delivery: { id: string } } }>(DELIVER, { input }, centerStaff);
  return { entrustmentId, deliveryId: recorded.data!.recordAidDelivery.delivery.id };
}

let head: string | null;
let a: Made;
let victim: Made;
let ids: string[];

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  head = (await readToEnd(centerStaff, null)).end;
  expect(head).not.toBeNull();
  a = await entrustmentWithDelivery(await knownPerson(subgraph, { county: countyA.jurisdiction }));
  const victimId = await knownPerson(subgraph, { county: countyA.jurisdiction });
  victim = await entrustmentWithDelivery(victimId);
  expect(await applyCivilAffairsEvent(subgraph, 'person.protection-started', victimId, { entitledUsernames: [] })).toBe('APPLIED');
  ids = [a.entrustmentId, a.deliveryId, victim.entrustmentId, victim.deliveryId];
});
afterAll(() => subgraph.close());

describe('the foreign-affairs change feed', () => {
  it('lists an entrustment created, then each change, and its delivery, with the records as they are now', async () => {
    const { changes } = await readToEnd(centerStaff, head);
    const mine = ofRecords(changes, [a.entrustmentId, a.deliveryId]);
    expect(mine[0]!.node).toMatchObject({ recordType: 'AID_ENTRUSTMENT', recordId: a.entrustmentId, operation: 'CREATED' });
    const entrustmentChanges = mine.filter((c) => c.node.recordType === 'AID_ENTRUSTMENT');
    expect(entrustmentChanges.length).toBeGreaterThanOrEqual(2);
    expect(entrustmentChanges.slice(1).every((c) => c.node.operation === 'UPDATED')).toBe(true);
    // Each change hands over the record as it is now (after the delivery: in progress).
    for (const change of entrustmentChanges) expect(change.node.record).toEqual({ __typename: 'AidEntrustment', id: a.entrustmentId, status: 'IN_PROGRESS' });
    const deliveries = mine.filter((c) => c.node.recordType === 'AID_DELIVERY');
    expect(deliveries.map((c) => c.node.operation)).toEqual(['CREATED']);
    expect(deliveries[0]!.node.record).toEqual({ __typename: 'AidDelivery', id: a.deliveryId, receiptNumber: `FEED-${a.entrustmentId.slice(0, 8)}` });
  });

  it('answers an entrustment’s and a delivery’s createdAt and updatedAt from the change log, in one statement for many', async () => {
    const { changes } = await readToEnd(centerStaff, head);
    const timesOf = (id: string) => changes.filter((c) => c.node.recordId === id).map((c) => c.node.changedAt);
    const TIMES = `query($e: ID!, $d: ID!) { aidEntrustment(id: $e) { createdAt updatedAt } aidDelivery(id: $d) { createdAt updatedAt } }`;
    const read = await subgraph.execute<{ aidEntrustment: { createdAt: string; updatedAt: string }; aidDelivery: { createdAt: string; updatedAt: string } }>(TIMES, { e: a.entrustmentId, d: a.deliveryId }, centerStaff);
    expect(read.errors).toBeUndefined();
    const entrustment = timesOf(a.entrustmentId);
    expect(read.data!.aidEntrustment.createdAt).toBe(entrustment[0]);
    // An entrustment keeps its own updatedAt (the time of its last change of terms or status).
    expect(Date.parse(read.data!.aidEntrustment.updatedAt)).toBeLessThanOrEqual(Date.parse(entrustment.at(-1)!));
    const delivery = timesOf(a.deliveryId);
    expect(read.data!.aidDelivery).toEqual({ createdAt: delivery[0], updatedAt: delivery.at(-1) });
    const many = `{ ${ids.map((id, i) => `d${i}: aidDelivery(id: "${id}") { createdAt updatedAt }`).join(' ')} }`;
    const one = await subgraph.queries.during(() => subgraph.execute(`{ d0: aidDelivery(id: "${a.deliveryId}") { createdAt updatedAt } }`, {}, shelter));
    const four = await subgraph.queries.during(() => subgraph.execute(many, {}, shelter));
    expect(four.result.errors).toBeUndefined();
    expect(four.statements).toBe(one.statements);
  });

  it('yields every change exactly once, page after page of one, as in one page', async () => {
    const whole = await readToEnd(centerStaff, head);
    const byOnes = await readToEnd(centerStaff, head, 1);
    expect(whole.changes.length).toBeGreaterThanOrEqual(4);
    expect(byOnes.pages).toBeGreaterThanOrEqual(whole.changes.length);
    expect(byOnes.changes.map((c) => c.cursor)).toEqual(whole.changes.map((c) => c.cursor));
    expect(new Set(whole.changes.map((c) => c.cursor)).size).toBe(whole.changes.length);
    expect(byOnes.end).toBe(whole.end);
  });

  it('lists the whole feed in the order it was written: by transaction, then by position within one', async () => {
    const { changes } = await readToEnd(shelter, null, 100);
    expect(changes.length).toBeGreaterThan(20);
    expect(inFeedOrder(changes.map((c) => c.cursor))).toBe(true);
  });

  it.each([
    ['the issuing office', officer],
    ['the center', centerStaff],
    ["the beneficiary's county", countyA],
    ["the office's integrating system", integration],
  ] as const)('lists the changes to %s, and a protected victim\'s to none of them', async (_who, caller) => {
    const { changes } = await readToEnd(caller, head);
    const seen = new Set(ofRecords(changes, ids).map((c) => c.node.recordId));
    expect(seen).toEqual(new Set([a.entrustmentId, a.deliveryId]));
  });

  it('lists a protected victim\'s entrustment and delivery to shelter staff', async () => {
    const { changes } = await readToEnd(shelter, head);
    const seen = new Set(ofRecords(changes, ids).map((c) => c.node.recordId));
    expect(seen).toEqual(new Set(ids));
  });

  it.each([
    ["another county's staff", countyB],
    ['an integrating system whose scopes do not cover entrustments', unscopedIntegration],
  ] as const)('lists nothing of them to %s, and still moves its cursor to the end', async (_who, caller) => {
    const all = await readToEnd(centerStaff, head);
    const theirs = await readToEnd(caller, head, 2);
    expect(ofRecords(theirs.changes, ids)).toEqual([]);
    expect(theirs.end).toBe(all.end);
  });

  it('lists only the kinds of record asked for', async () => {
    const { changes } = await readToEnd(centerStaff, head, 100, ['AID_DELIVERY']);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.node.recordType === 'AID_DELIVERY' && c.node.record.__typename === 'AidDelivery')).toBe(true);
    expect(ofRecords(changes, ids).map((c) => c.node.recordId)).toEqual([a.deliveryId]);
  });

  it('refuses a malformed cursor, and a cursor of another feed, with BAD_USER_INPUT', async () => {
    const otherFeed = cursorOfFeed('publicSecurityChanges', head!);
    for (const after of ['not-a-cursor', otherFeed, Buffer.from(`foreignAffairsChanges|1;drop|2`, 'utf8').toString('base64url')]) {
      const result = await page(centerStaff, { after });
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(result.data).toBeNull();
    }
  });

  it('costs as many statements for a page of fifteen changes as for a page of two', async () => {
    const start = (await readToEnd(officer, head)).end;
    for (let i = 0; i < 15; i += 1) {
      const issued = await subgraph.execute<{ issueAidEntrustment: { __typename: string } }>(ISSUE, { input: issueInput({ personId: await knownPerson(subgraph, { county: countyA.jurisdiction }) }) }, officer);
      expect(issued.errors).toBeUndefined();
    }
    const types = ['AID_ENTRUSTMENT'];
    const two = await subgraph.queries.during(() => page(officer, { after: start, first: 2, types }));
    const fifteen = await subgraph.queries.during(() => page(officer, { after: start, first: 15, types }));
    expect(feed.edgesOf(two.result.data)).toHaveLength(2);
    expect(feed.edgesOf(fifteen.result.data)).toHaveLength(15);
    expect(fifteen.statements).toBe(two.statements);
  });

  it('lists a change of a transaction still running only once it ends, in its place before later ones', async () => {
    const start = (await readToEnd(centerStaff, head)).end;
    // The slow transaction changes the entrustment first (its transaction id is the older one); a
    // quicker one changes the delivery and commits while the slow one still runs.
    const during = await whileTransactionRuns(subgraph, [`update aid_entrustment set updated_at = date_trunc('milliseconds', now()) where id = ?`, [a.entrustmentId]], async (commitElsewhere) => {
      await commitElsewhere(`update aid_delivery set receipt_number = receipt_number where id = ?`, [a.deliveryId]);
      return readToEnd(centerStaff, start);
    });
    if (!during) return;
    expect(ofRecords(during.changes, ids)).toEqual([]);
    expect(during.end).toBe(start);
    const after = await readToEnd(centerStaff, start);
    expect(ofRecords(after.changes, ids).map((c) => [c.node.recordId, c.node.operation])).toEqual([
      [a.entrustmentId, 'UPDATED'],
      [a.deliveryId, 'UPDATED'],
    ]);
  });
  it('is not held back by a transaction of another database on the same server', async () => {
    const url = optionalTestEnv('DATABASE_URL');
    if (!url) {
      console.warn('skipped: the embedded database is alone on its server');
      return;
    }
    const start = (await readToEnd(centerStaff, head)).end;
    // Another agency's database (here the server's own) with a transaction that holds an older id.
    const other = new Client({ connectionString: url });
    await other.connect();
    try {
      await other.query('begin');
      await other.query('select pg_current_xact_id()');
      const issued = await subgraph.execute<{ issueAidEntrustment: { aidEntrustment: { id: string } } }>(ISSUE, { input: issueInput({ personId: await knownPerson(subgraph, { county: countyA.jurisdiction }) }) }, officer);
      const id = issued.data!.issueAidEntrustment.aidEntrustment.id;
      const { changes } = await readToEnd(officer, start);
      expect(changes.map((c) => c.node.recordId)).toContain(id);
    } finally {
      await other.query('rollback');
      await other.end();
    }
  });
});
