/**
 * The public-security change feed (`publicSecurityChanges`): every identity check, biometric
 * sample, foreign-national status check, police hand-over and notification to the foreign-affairs
 * office as it is created and changed, in an order that only grows at its end; each change listed
 * only to those who may read its record by id now (the police, the requesting county, the center
 * and the shelter, the foreign-affairs office, a client whose scopes cover the kind of record; a
 * protected victim's to the entitled and the shelter alone). Paging from any cursor to the end
 * yields every visible change exactly once; a change made in a transaction still running appears
 * only once it ends, never behind a cursor already handed out.
 */
import { randomUUID } from 'node:crypto';
import { type Caller } from '@lifeline/subgraph-runtime';
import { changeFeedReader, cursorOfFeed, inFeedOrder, openTestSubgraph, testDatabaseUrl, whileTransactionRuns, type FeedChange, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { recordCallers } from './callers.fixture';
import { concludedStatusCheck as concludeCheck } from './status-check.fixture';
import { knownPerson } from './person-projection.fixture';

let subgraph: TestSubgraph<SubgraphContext>;

/** Counties of their own, so these tests never touch the demo region's figures. */
const TEST_COUNTY = '379983';
const OTHER_COUNTY = '379984';
const { county, otherCounty, center, shelter, police, forensic, fao, caseworker, entitled, system, systems } = recordCallers('feed', { county: TEST_COUNTY, other: OTHER_COUNTY });
/** A client whose only scope is of another agency's records: it covers nothing here. */
const unscopedSystem = system('FOREIGN_AFFAIRS', 'read:aid-entrustments');

type FeedRecord = { __typename: string; id: string; status?: string; legalStatus?: string; sampleCode?: string; recordNumber?: string; acknowledged?: boolean };
const feed = changeFeedReader<FeedRecord, SubgraphContext>(
  () => subgraph,
  'publicSecurityChanges',
  `... on IdentityCheck { id status }
   ... on BiometricSample { id sampleCode }
   ... on ForeignNationalStatusCheck { id legalStatus: status }
   ... on PoliceHandOver { id recordNumber }
   ... on ForeignAffairsNotification { id acknowledged }`,
);
const { page, readToEnd } = feed;
type Change = FeedChange<FeedRecord>;

const ofRecords = (changes: Change[], ids: readonly string[]) => changes.filter((c) => ids.includes(c.node.recordId));

/** One of each record of the feed, all of one person's (a status check per outcome: each person has one open at a time). */
interface Made {
  check: string;
  sample: string;
  illegalCheck: string;
  handOver: string;
  legalCheck: string;
  notification: string;
}
type Key = keyof Made;
const KEYS: readonly Key[] = ['check', 'sample', 'illegalCheck', 'handOver', 'legalCheck', 'notification'];

const stationId = randomUUID();
const code = (prefix: string) => `${prefix}-FEED-${randomUUID().slice(0, 8).toUpperCase()}`;

type CheckChanged = { __typename: string; identityCheck: { id: string; version: number } };
const CHECK_RESULT = `__typename ... on IdentityCheckChanged { identityCheck { id version samples { id } } }`;

async function requestCheck(personId: string, requester: Caller): Promise<{ id: string; version: number }> {
  const requested = await subgraph.execute<{ requestIdentityCheck: CheckChanged }>(
    `mutation($i: RequestIdentityCheckInput!) { requestIdentityCheck(input: $i) { __typename ... on IdentityCheckChanged { identityCheck { id version } } } }`,
    { i: { personId, requestingStationId: stationId, reason: 'UNIDENTIFIED_PERSON' } },
    requester,
  );
  expect(requested.data!.requestIdentityCheck.__typename).toBe('IdentityCheckChanged');
  return requested.data!.requestIdentityCheck.identityCheck;
}

/** An identity check requested, sampled once and being compared: created, then changed twice; its sample created. */
async function comparedCheck(personId: string, requester: Caller, officer: Caller): Promise<{ check: string; sample: string }> {
  const requested = await requestCheck(personId, requester);
  type Sampled = { recordSample: CheckChanged & { identityCheck: { samples: Array<{ id: string }> } } };
  const sampled = await subgraph.execute<Sampled>(
    `mutation($i: RecordSampleInput!) { recordSample(input: $i) { ${CHECK_RESULT} } }`,
    { i: { identityCheckId: requested.id, expectedVersion: requested.version, kind: 'DNA', sampleCode: code('DNA') } },
    officer,
  );
  expect(sampled.data!.recordSample.__typename).toBe('IdentityCheckChanged');
  const { version, samples } = sampled.data!.recordSample.identityCheck;
  const compared = await subgraph.execute<{ startComparison: CheckChanged }>(
    `mutation($id: ID!, $v: Int!) { startComparison(identityCheckId: $id, expectedVersion: $v) { __typename } }`,
    { id: requested.id, v: version },
    officer,
  );
  expect(compared.data!.startComparison.__typename).toBe('IdentityCheckChanged');
  return { check: requested.id, sample: samples[0]!.id };
}

/** A status check requested and concluded (ILLEGAL: a hand-over; LEGAL_ENTRY: a notification); the check's and the record's ids. */
async function concludedStatusCheck(personId: string, outcome: 'ILLEGAL' | 'LEGAL_ENTRY', requester: Caller, officer: Caller): Promise<{ check: string; record: string }> {
  const passportNumber = `E${String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0')}`;
  return concludeCheck(subgraph, { personId, outcome, requester, officer, stationId, passportNumber, handOverNumber: code('HO') });
}

async function acknowledge(notificationId: string, officer: Caller): Promise<void> {
  const acknowledged = await subgraph.execute<{ acknowledgeForeignAffairsNotification: { __typename: string } }>(
    `mutation($id: ID!) { acknowledgeForeignAffairsNotification(id: $id) { __typename } }`,
    { id: notificationId },
    officer,
  );
  expect(acknowledged.data!.acknowledgeForeignAffairsNotification.__typename).toBe('ForeignAffairsNotificationAcknowledged');
}

/** One of each record, made by `by`: the identity check sampled and compared, one status check per outcome, the notification acknowledged. */
async function records(person: () => Promise<string>, by: { county: Caller; forensic: Caller; police: Caller; fao: Caller }): Promise<Made> {
  const { check, sample } = await comparedCheck(await person(), by.county, by.forensic);
  const illegal = await concludedStatusCheck(await person(), 'ILLEGAL', by.county, by.police);
  const legal = await concludedStatusCheck(await person(), 'LEGAL_ENTRY', by.county, by.police);
  await acknowledge(legal.record, by.fao);
  return { check, sample, illegalCheck: illegal.check, handOver: illegal.record, legalCheck: legal.check, notification: legal.record };
}

let head: string | null;
let plain: Made;
let victim: Made;
let ids: string[];
const idsOf = (made: Made, keys: readonly Key[]) => keys.map((key) => made[key]);

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  head = (await readToEnd(police, null)).end;
  expect(head).not.toBeNull();
  plain = await records(() => knownPerson(subgraph, { county: TEST_COUNTY }), { county, forensic, police, fao });
  // A protected victim's records, made by those civil affairs entitled to them.
  victim = await records(() => knownPerson(subgraph, { county: TEST_COUNTY, protectedFor: Object.values(entitled).map((c) => c.id) }), entitled);
  ids = [...idsOf(plain, KEYS), ...idsOf(victim, KEYS)];
});
afterAll(() => subgraph.close());

describe('the public-security change feed', () => {
  it('lists each record created, then each change to it, with the record as it is now', async () => {
    const { changes } = await readToEnd(police, head);
    const of = (id: string) => ofRecords(changes, [id]).map((c) => [c.node.operation, c.node.record]);
    expect(of(plain.check)).toEqual([
      ['CREATED', { __typename: 'IdentityCheck', id: plain.check, status: 'COMPARING' }],
      ['UPDATED', { __typename: 'IdentityCheck', id: plain.check, status: 'COMPARING' }],
      ['UPDATED', { __typename: 'IdentityCheck', id: plain.check, status: 'COMPARING' }],
    ]);
    expect(of(plain.sample)).toEqual([['CREATED', { __typename: 'BiometricSample', id: plain.sample, sampleCode: expect.stringMatching(/^DNA-FEED-/) }]]);
    expect(of(plain.illegalCheck)).toEqual([
      ['CREATED', { __typename: 'ForeignNationalStatusCheck', id: plain.illegalCheck, legalStatus: 'ILLEGAL' }],
      ['UPDATED', { __typename: 'ForeignNationalStatusCheck', id: plain.illegalCheck, legalStatus: 'ILLEGAL' }],
    ]);
    expect(of(plain.handOver)).toEqual([['CREATED', { __typename: 'PoliceHandOver', id: plain.handOver, recordNumber: expect.stringMatching(/^HO-FEED-/) }]]);
    // The office acknowledging the notification changes the check too (it shows the notification).
    expect(of(plain.legalCheck).map(([operation]) => operation)).toEqual(['CREATED', 'UPDATED', 'UPDATED']);
    expect(of(plain.notification)).toEqual([
      ['CREATED', { __typename: 'ForeignAffairsNotification', id: plain.notification, acknowledged: true }],
      ['UPDATED', { __typename: 'ForeignAffairsNotification', id: plain.notification, acknowledged: true }],
    ]);
    // Each change names the kind of record it is of.
    const kinds = { IdentityCheck: 'IDENTITY_CHECK', BiometricSample: 'BIOMETRIC_SAMPLE', ForeignNationalStatusCheck: 'FOREIGN_NATIONAL_STATUS_CHECK', PoliceHandOver: 'POLICE_HAND_OVER', ForeignAffairsNotification: 'FOREIGN_AFFAIRS_NOTIFICATION' };
    for (const change of ofRecords(changes, ids)) expect(change.node.recordType).toBe(kinds[change.node.record.__typename as keyof typeof kinds]);
  });

  it('lists a check again when a further sample leaves its status as it was', async () => {
    const requested = await requestCheck(await knownPerson(subgraph, { county: TEST_COUNTY }), county);
    const sample = async (version: number) => {
      const result = await subgraph.execute<{ recordSample: CheckChanged }>(
        `mutation($i: RecordSampleInput!) { recordSample(input: $i) { ${CHECK_RESULT} } }`,
        { i: { identityCheckId: requested.id, expectedVersion: version, kind: 'FINGERPRINT', sampleCode: code('FP') } },
        forensic,
      );
      expect(result.data!.recordSample.__typename).toBe('IdentityCheckChanged');
      return result.data!.recordSample.identityCheck.version;
    };
    const first = await sample(requested.version);
    const start = (await readToEnd(police, head)).end;
    const second = await sample(first);
    // The check changed (a sample more, an event more): its version moves, so a stale second sample meets a conflict …
    expect(second).toBe(first + 1);
    const stale = await subgraph.execute<{ recordSample: { __typename: string } }>(
      `mutation($i: RecordSampleInput!) { recordSample(input: $i) { __typename } }`,
      { i: { identityCheckId: requested.id, expectedVersion: first, kind: 'FINGERPRINT', sampleCode: code('FP') } },
      forensic,
    );
    expect(stale.data!.recordSample.__typename).toBe('IdentityCheckRefused');
    // … and the feed lists it again after the new sample.
    const { changes } = await readToEnd(police, start);
    expect(changes.filter((c) => c.node.recordId === requested.id).map((c) => c.node.operation)).toEqual(['UPDATED']);
  });

  it('yields every change exactly once, page after page of one, as in one page', async () => {
    const whole = await readToEnd(police, head);
    const byOnes = await readToEnd(police, head, 1);
    expect(ofRecords(whole.changes, ids).length).toBeGreaterThanOrEqual(11);
    expect(byOnes.pages).toBeGreaterThanOrEqual(whole.changes.length);
    expect(byOnes.changes.map((c) => c.cursor)).toEqual(whole.changes.map((c) => c.cursor));
    expect(new Set(whole.changes.map((c) => c.cursor)).size).toBe(whole.changes.length);
    expect(byOnes.end).toBe(whole.end);
  });

  it('lists the whole feed in the order it was written: by transaction, then by position within one', async () => {
    const { changes } = await readToEnd(police, null, 100);
    expect(ofRecords(changes, ids).length).toBeGreaterThanOrEqual(11);
    expect(changes.every((c) => Buffer.from(c.cursor, 'base64url').toString('utf8').startsWith('publicSecurityChanges|'))).toBe(true);
    expect(inFeedOrder(changes.map((c) => c.cursor))).toBe(true);
  });

  const STATUS_RECORDS: readonly Key[] = ['illegalCheck', 'handOver', 'legalCheck'];
  it.each([
    ['a police officer', police, KEYS, []],
    ['the entitled police officer', entitled.police, KEYS, KEYS],
    ['a forensic officer', forensic, ['check', 'sample'], []],
    ['the entitled forensic officer', entitled.forensic, ['check', 'sample'], ['check', 'sample']],
    ["the requesting county's staff", county, ['check', ...STATUS_RECORDS], []],
    ["the requesting county's entitled staff", entitled.county, ['check', ...STATUS_RECORDS], ['check', ...STATUS_RECORDS]],
    ['the center', center, ['check', ...STATUS_RECORDS], []],
    ['the shelter', shelter, ['check', ...STATUS_RECORDS], ['check', ...STATUS_RECORDS]],
    ['the foreign-affairs office', fao, [...STATUS_RECORDS, 'notification'], []],
    ["the office's entitled officer", entitled.fao, [...STATUS_RECORDS, 'notification'], [...STATUS_RECORDS, 'notification']],
    ["public security's system (read:identity-checks)", systems.identity, ['check'], []],
    ["public security's system (read:status-checks)", systems.status, STATUS_RECORDS, []],
    ["the office's system (read:status-checks)", systems.officeStatus, STATUS_RECORDS, []],
    ["the office's system (read:foreign-affairs-notifications)", systems.office, ['notification'], []],
  ] as ReadonlyArray<readonly [string, Caller, readonly Key[], readonly Key[]]>)(
    'lists to %s the changes to exactly the records it may read by id, and moves its cursor to the end',
    async (_who, caller, plainKeys, victimKeys) => {
      const all = await readToEnd(police, head);
      const theirs = await readToEnd(caller, head, 3);
      const seen = new Set(ofRecords(theirs.changes, ids).map((c) => c.node.recordId));
      expect(seen).toEqual(new Set([...idsOf(plain, plainKeys), ...idsOf(victim, victimKeys)]));
      // What is listed is what the caller reads by id.
      for (const change of ofRecords(theirs.changes, ids)) expect(change.node.record.id).toBe(change.node.recordId);
      expect(theirs.end).toBe(all.end);
    },
  );

  it.each([
    ["another county's staff", otherCounty],
    ['a caseworker (no job with these records)', caseworker],
    ['an integrating system whose scopes cover none of these records', unscopedSystem],
  ] as const)('lists nothing of them to %s, and still moves its cursor to the end', async (_who, caller) => {
    const all = await readToEnd(police, head);
    const theirs = await readToEnd(caller, head, 2);
    expect(ofRecords(theirs.changes, ids)).toEqual([]);
    expect(theirs.end).toBe(all.end);
  });

  it('lists only the kinds of record asked for', async () => {
    const types = ['POLICE_HAND_OVER', 'FOREIGN_AFFAIRS_NOTIFICATION'];
    const { changes } = await readToEnd(police, head, 100, types);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => types.includes(c.node.recordType) && ['PoliceHandOver', 'ForeignAffairsNotification'].includes(c.node.record.__typename))).toBe(true);
    expect(ofRecords(changes, ids).map((c) => [c.node.recordId, c.node.operation])).toEqual([
      [plain.handOver, 'CREATED'],
      [plain.notification, 'CREATED'],
      [plain.notification, 'UPDATED'],
    ]);
    const samples = await readToEnd(entitled.forensic, head, 100, ['BIOMETRIC_SAMPLE']);
    expect(samples.changes.every((c) => c.node.recordType === 'BIOMETRIC_SAMPLE')).toBe(true);
    expect(ofRecords(samples.changes, ids).map((c) => c.node.recordId)).toEqual([plain.sample, victim.sample]);
  });

  it('refuses a malformed cursor, and a cursor of another feed, with BAD_USER_INPUT', async () => {
    const otherFeed = cursorOfFeed('foreignAffairsChanges', head!);
    for (const after of ['not-a-cursor', otherFeed, Buffer.from(`publicSecurityChanges|1;drop|2`, 'utf8').toString('base64url')]) {
      const result = await page(police, { after });
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(result.data).toBeNull();
    }
  });

  it('costs as many statements for a page of fifteen changes as for a page of two', async () => {
    const start = (await readToEnd(police, head)).end;
    for (let i = 0; i < 15; i += 1) await requestCheck(await knownPerson(subgraph, { county: TEST_COUNTY }), county);
    const types = ['IDENTITY_CHECK'];
    const two = await subgraph.queries.during(() => page(police, { after: start, first: 2, types }));
    const fifteen = await subgraph.queries.during(() => page(police, { after: start, first: 15, types }));
    expect(two.result.errors).toBeUndefined();
    expect(feed.edgesOf(two.result.data)).toHaveLength(2);
    expect(feed.edgesOf(fifteen.result.data)).toHaveLength(15);
    expect(fifteen.statements).toBe(two.statements);
  });

  it('lists a change of a transaction still running only once it ends, in its place before later ones', async () => {
    const start = (await readToEnd(police, head)).end;
    // The slow transaction changes the identity check first (its transaction id is the older one);
    // a quicker one changes the hand-over and commits while the slow one still runs.
    const during = await whileTransactionRuns(subgraph, [`update identity_check set updated_at = date_trunc('milliseconds', now()) where id = ?`, [plain.check]], async (commitElsewhere) => {
      await commitElsewhere(`update police_hand_over set officer = officer where id = ?`, [plain.handOver]);
      return readToEnd(police, start);
    });
    if (!during) return;
    expect(ofRecords(during.changes, ids)).toEqual([]);
    expect(during.end).toBe(start);
    const after = await readToEnd(police, start);
    expect(ofRecords(after.changes, ids).map((c) => [c.node.recordId, c.node.operation])).toEqual([
      [plain.check, 'UPDATED'],
      [plain.handOver, 'UPDATED'],
    ]);
  });
});
