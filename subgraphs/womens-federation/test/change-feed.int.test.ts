/**
 * The women's federation's change feed (`womensFederationChanges`): every shelter referral and
 * referral-out service as it is created and changed, in an order that only grows at its end; each
 * change listed only to those who may read its record by id now (the shelter's staff, the referring
 * caseworker or police officer, her organisation's supervisor; never another caseworker, another
 * organisation, staff of other jobs, an integrating system, which is no referring caseworker, nor a
 * client whose scopes do not cover referrals). Paging from any cursor to the end yields every
 * visible change exactly once; a change made in a transaction still running appears only once it
 * ends, never behind a cursor already handed out.
 */
import { randomUUID } from 'node:crypto';
import { ROLES, type Caller } from '@lifeline/subgraph-runtime';
import { changeFeedReader, cursorOfFeed, inFeedOrder, openTestSubgraph, testCaller, testDatabaseUrl, whileTransactionRuns, type FeedChange, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;

const ORGANISATION = '变更订阅测试区妇女联合会';
const POLICE_UNIT = '变更订阅测试市公安局反拐办';
const caseworker = testCaller({ id: 'feed.caseworker', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER], orgUnit: ORGANISATION });
const otherCaseworker = testCaller({ id: 'feed.other.caseworker', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER], orgUnit: ORGANISATION });
const supervisor = testCaller({ id: 'feed.supervisor', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_SUPERVISOR], orgUnit: ORGANISATION });
const otherSupervisor = testCaller({ id: 'feed.other.supervisor', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_SUPERVISOR], orgUnit: '另一区妇女联合会' });
const police = testCaller({ id: 'feed.police', agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER], jurisdiction: '379900' });
const shelterStaff = testCaller({ id: 'feed.shelter.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.SHELTER_STAFF], jurisdiction: '379900' });
const centerStaff = testCaller({ id: 'feed.center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });
const integration = testCaller({ kind: 'service', id: 'womens-federation-system', agency: 'WOMENS_FEDERATION', roles: [ROLES.INTEGRATION], scopes: ['read:shelter-referrals'] });
const unscopedIntegration = testCaller({ kind: 'service', id: 'foreign-affairs-system', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.INTEGRATION], scopes: ['read:aid-entrustments'] });

type FeedRecord = { __typename: string; id: string; referralStatus?: string; serviceStatus?: string; version: number };
// The two `status` fields are of different enums: each answered under its own name.
const feed = changeFeedReader<FeedRecord, SubgraphContext>(
  () => subgraph,
  'womensFederationChanges',
  '... on ShelterReferral { id referralStatus: status version } ... on ReferralService { id serviceStatus: status version }',
);
const { page, readToEnd } = feed;
type Change = FeedChange<FeedRecord>;
const SUBMIT = `mutation($input: SubmitShelterReferralInput!) { submitShelterReferral(input: $input) { __typename ... on ShelterReferralChanged { shelterReferral { id } } } }`;
const CLOSE = `mutation($id: ID!, $v: Int!) { closeShelterReferral(referralId: $id, expectedVersion: $v) { __typename } }`;
const REQUEST = `mutation($id: ID!) { requestReferralService(referralId: $id, kind: LEGAL_AID, provider: "测试区法律援助中心") { __typename ... on ReferralServiceChanged { referralService { id } } } }`;
const START = `mutation($id: ID!, $v: Int!) { startReferralService(serviceId: $id, expectedVersion: $v) { __typename } }`;

const ofRecords = (changes: Change[], ids: readonly string[]) => changes.filter((c) => ids.includes(c.node.recordId));
/** The transaction id and position a cursor stands at. */

/** Submits a referral (no children, partial victim details) as `submitter`; returns its id. */
async function submitReferral(submitter: Caller, organisation: string): Promise<string> {
  const input = {
    idempotencyKey: randomUUID(),
    victim: { age: 31, ageEstimated: true },
    victimType: submitter === police ? 'TRAFFICKING' : 'DOMESTIC_VIOLENCE',
    risk: { level: 'HIGH', factors: ['STRANGULATION'] },
    children: [],
    needs: ['LEGAL_ADVICE'],
    referringOrganisation: organisation,
    consent: { givenBy: 'VICTIM', method: 'WRITTEN', at: new Date(Date.now() - 3_600_000).toISOString() },
  };
  const submitted = await subgraph.execute<{ submitShelterReferral: { __typename: string; shelterReferral: { id: string } } }>(SUBMIT, { input }, submitter);
  expect(submitted.errors).toBeUndefined();
  expect(submitted.data!.submitShelterReferral.__typename).toBe('ShelterReferralChanged');
  return submitted.data!.submitShelterReferral.shelterReferral.id;
}

interface Made {
  referralId: string;
  serviceId: string;
}
/**
 * A referral with one service, then changed: the service started by the shelter's staff, the
 * referral closed by its submitter. Two changes to each record: CREATED, then UPDATED.
 */
async function referralWithService(submitter: Caller, organisation: string): Promise<Made> {
  const referralId = await submitReferral(submitter, organisation);
  const requested = await subgraph.execute<{ requestReferralService: { __typename: string; referralService: { id: string } } }>(REQUEST, { id: referralId }, submitter);
  expect(requested.data!.requestReferralService.__typename).toBe('ReferralServiceChanged');
  const serviceId = requested.data!.requestReferralService.referralService.id;
  expect((await subgraph.execute<{ startReferralService: { __typename: string } }>(START, { id: serviceId, v: 1 }, shelterStaff)).data!.startReferralService.__typename).toBe('ReferralServiceChanged');
  expect((await subgraph.execute<{ closeShelterReferral: { __typename: string } }>(CLOSE, { id: referralId, v: 1 }, submitter)).data!.closeShelterReferral.__typename).toBe('ShelterReferralChanged');
  return { referralId, serviceId };
}

let head: string | null;
let own: Made;
let byPolice: Made;
let ids: string[];

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  head = (await readToEnd(shelterStaff, null)).end;
  expect(head).not.toBeNull();
  own = await referralWithService(caseworker, ORGANISATION);
  byPolice = await referralWithService(police, POLICE_UNIT);
  ids = [own.referralId, own.serviceId, byPolice.referralId, byPolice.serviceId];
});
afterAll(() => subgraph.close());

describe("the women's federation change feed", () => {
  it('lists a referral and its service created, then each change, with the records as they are now', async () => {
    const { changes } = await readToEnd(caseworker, head);
    const mine = ofRecords(changes, [own.referralId, own.serviceId]);
    expect(mine.map((c) => [c.node.recordType, c.node.recordId, c.node.operation])).toEqual([
      ['SHELTER_REFERRAL', own.referralId, 'CREATED'],
      ['REFERRAL_SERVICE', own.serviceId, 'CREATED'],
      ['REFERRAL_SERVICE', own.serviceId, 'UPDATED'],
      ['SHELTER_REFERRAL', own.referralId, 'UPDATED'],
    ]);
    // Each change hands over the record as it is now (the referral closed, the service under way).
    for (const change of mine.filter((c) => c.node.recordType === 'SHELTER_REFERRAL')) {
      expect(change.node.record).toEqual({ __typename: 'ShelterReferral', id: own.referralId, referralStatus: 'CLOSED', version: 2 });
    }
    for (const change of mine.filter((c) => c.node.recordType === 'REFERRAL_SERVICE')) {
      expect(change.node.record).toEqual({ __typename: 'ReferralService', id: own.serviceId, serviceStatus: 'IN_PROGRESS', version: 2 });
    }
    expect(mine.every((c) => !Number.isNaN(Date.parse(c.node.changedAt)))).toBe(true);
  });

  it('yields every change exactly once, page after page of one, as in one page', async () => {
    const whole = await readToEnd(shelterStaff, head);
    const byOnes = await readToEnd(shelterStaff, head, 1);
    expect(ofRecords(whole.changes, ids)).toHaveLength(8);
    expect(byOnes.pages).toBeGreaterThanOrEqual(whole.changes.length);
    expect(byOnes.changes.map((c) => c.cursor)).toEqual(whole.changes.map((c) => c.cursor));
    expect(new Set(whole.changes.map((c) => c.cursor)).size).toBe(whole.changes.length);
    expect(byOnes.end).toBe(whole.end);
  });

  it('lists the whole feed in the order it was written: by transaction, then by position within one', async () => {
    const { changes } = await readToEnd(shelterStaff, null, 100);
    // The demo region's referrals and services (seeded before any test) come first.
    expect(changes.length).toBeGreaterThan(20);
    expect(ofRecords(changes, ids)).toHaveLength(8);
    expect(inFeedOrder(changes.map((c) => c.cursor))).toBe(true);
  });

  it.each([
    ['the referring caseworker', caseworker, () => [own]],
    ["her organisation's supervisor", supervisor, () => [own]],
    ['the referring police officer', police, () => [byPolice]],
    ["the shelter's staff", shelterStaff, () => [own, byPolice]],
  ] as const)('lists to %s the changes of the records it may read by id', async (_who, caller, readable) => {
    const { changes } = await readToEnd(caller, head);
    const seen = new Set(ofRecords(changes, ids).map((c) => c.node.recordId));
    expect(seen).toEqual(new Set(readable().flatMap((made) => [made.referralId, made.serviceId])));
    // As it reads each of them by id.
    for (const made of readable()) {
      const byId = await subgraph.execute<{ shelterReferral: { id: string } | null; referralService: { id: string } | null }>(
        `query($r: ID!, $s: ID!) { shelterReferral(id: $r) { id } referralService(id: $s) { id } }`,
        { r: made.referralId, s: made.serviceId },
        caller,
      );
      expect(byId.data).toEqual({ shelterReferral: { id: made.referralId }, referralService: { id: made.serviceId } });
    }
  });

  it.each([
    ['another caseworker', otherCaseworker],
    ["another organisation's supervisor", otherSupervisor],
    ['staff of another job (the center)', centerStaff],
    ['an integrating system with read:shelter-referrals (it is no referring caseworker)', integration],
    ['an integrating system whose scopes do not cover referrals', unscopedIntegration],
  ] as const)('lists nothing of them to %s, and still moves its cursor to the end', async (_who, caller) => {
    const all = await readToEnd(shelterStaff, head);
    const theirs = await readToEnd(caller, head, 2);
    expect(ofRecords(theirs.changes, ids)).toEqual([]);
    expect(theirs.end).toBe(all.end);
  });

  it('lists only the kinds of record asked for', async () => {
    const { changes } = await readToEnd(shelterStaff, head, 100, ['REFERRAL_SERVICE']);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.node.recordType === 'REFERRAL_SERVICE' && c.node.record.__typename === 'ReferralService')).toBe(true);
    expect(ofRecords(changes, ids).map((c) => [c.node.recordId, c.node.operation])).toEqual([
      [own.serviceId, 'CREATED'],
      [own.serviceId, 'UPDATED'],
      [byPolice.serviceId, 'CREATED'],
      [byPolice.serviceId, 'UPDATED'],
    ]);
    const referrals = await readToEnd(shelterStaff, head, 100, ['SHELTER_REFERRAL']);
    expect(referrals.changes.every((c) => c.node.recordType === 'SHELTER_REFERRAL' && c.node.record.__typename === 'ShelterReferral')).toBe(true);
    expect(new Set(ofRecords(referrals.changes, ids).map((c) => c.node.recordId))).toEqual(new Set([own.referralId, byPolice.referralId]));
  });

  it('refuses a malformed cursor, and a cursor of another feed, with BAD_USER_INPUT', async () => {
    const otherFeed = cursorOfFeed('foreignAffairsChanges', head!);
    for (const after of ['not-a-cursor', otherFeed, Buffer.from(`womensFederationChanges|1;drop|2`, 'utf8').toString('base64url')]) {
      const result = await page(shelterStaff, { after });
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(result.data).toBeNull();
    }
  });

  it('costs as many statements for a page of twelve changes as for a page of two', async () => {
    const start = (await readToEnd(caseworker, head)).end;
    for (let i = 0; i < 12; i += 1) await submitReferral(caseworker, ORGANISATION);
    const types = ['SHELTER_REFERRAL'];
    const two = await subgraph.queries.during(() => page(caseworker, { after: start, first: 2, types }));
    const twelve = await subgraph.queries.during(() => page(caseworker, { after: start, first: 12, types }));
    expect(two.result.errors).toBeUndefined();
    expect(feed.edgesOf(two.result.data)).toHaveLength(2);
    expect(feed.edgesOf(twelve.result.data)).toHaveLength(12);
    expect(feed.edgesOf(twelve.result.data).every((e) => e.node.operation === 'CREATED' && e.node.record.__typename === 'ShelterReferral')).toBe(true);
    expect(twelve.statements).toBe(two.statements);
  });

  it('lists a change of a transaction still running only once it ends, in its place before later ones', async () => {
    const start = (await readToEnd(shelterStaff, head)).end;
    // The slow transaction changes the referral first (its transaction id is the older one); a
    // quicker one changes its service and commits while the slow one still runs.
    const during = await whileTransactionRuns(subgraph, [`update shelter_referral set updated_at = date_trunc('milliseconds', now()) where id = ?`, [own.referralId]], async (commitElsewhere) => {
      await commitElsewhere(`update referral_service set provider = provider where id = ?`, [own.serviceId]);
      return readToEnd(shelterStaff, start);
    });
    if (!during) return;
    expect(ofRecords(during.changes, ids)).toEqual([]);
    expect(during.end).toBe(start);
    const after = await readToEnd(shelterStaff, start);
    expect(ofRecords(after.changes, ids).map((c) => [c.node.recordId, c.node.operation])).toEqual([
      [own.referralId, 'UPDATED'],
      [own.serviceId, 'UPDATED'],
    ]);
  });
});
