/**
 * Webhooks on the foreign-affairs change feed, against a real HTTP receiver: an integrating system
 * subscribes its URL and is posted each new page of the changes it may see (never a protected
 * victim's, nothing for a system whose scopes cover no entrustment), signed with the secret it got
 * once; a failed delivery is logged and posted again after a growing back-off, the subscription's
 * place in the feed moving only once the partner took the page. Bad subscriptions are refused with
 * the field at fault and change nothing; a system sees and cancels only its own.
 */
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { createLog, createSubgraphSchema, ROLES, verifyWebhookSignature, WebhookDeliverer, WebhookDelivery, WebhookSubscription, type Caller } from '@lifeline/subgraph-runtime';
import { cursorOfFeed, openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { ACCEPT, centerStaff, ISSUE, issueInput, stationStaff } from './aid-entrustment-fixtures';
import { applyCivilAffairsEvent, knownPerson } from './person-projection.fixture';

const officer = testCaller({ id: 'fao.officer', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.FAO_OFFICER], orgUnit: `379900-foreign-affairs-office`, jurisdiction: '379900' });
const system = testCaller({ kind: 'service', id: 'webhook-test-system', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.INTEGRATION], scopes: ['read:aid-entrustments'] });
const notices = testCaller({ kind: 'service', id: 'webhook-test-notices', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.INTEGRATION], scopes: ['read:foreign-affairs-notifications'] });

let subgraph: TestSubgraph<SubgraphContext>;
let receiver: Server;
let receiverUrl: string;
/** What the receiver got, and the status it answers next. */
const received: Array<{ path: string; headers: Record<string, string | string[] | undefined>; body: string }> = [];
let answerStatus = 200;
/** The deliverer's clock: a minute ahead of the wall clock, so what was just subscribed is due. */
let clock = Date.now() + 60_000;
let deliverer: WebhookDeliverer<SubgraphContext>;

const SUBSCRIBE = `mutation($input: WebhookSubscriptionInput!) { subscribeToForeignAffairsChanges(input: $input) {
  __typename ... on WebhookSubscriptionChanged { secret subscription { id url types status cursor consecutiveFailures } } ... on WebhookRefused { code field message } } }`;
const CANCEL = `mutation($id: ID!) { cancelForeignAffairsWebhook(id: $id) { __typename ... on WebhookSubscriptionChanged { subscription { id status } } ... on WebhookRefused { code field } } }`;
const DELIVERIES = `query($id: ID!, $first: Int, $after: String) { foreignAffairsWebhookDeliveries(subscriptionId: $id, first: $first, after: $after) {
  totalCount edges { cursor node { attempt outcome httpStatus error changeCount endCursor } } pageInfo { hasNextPage endCursor } } }`;
type DeliveryLog = { foreignAffairsWebhookDeliveries: { totalCount: number; edges: Array<{ cursor: string; node: { attempt: number; outcome: string; httpStatus: number | null; error: string | null; changeCount: number; endCursor: string | null } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
const deliveryLog = async (id: string, caller: Caller, paging: { first?: number; after?: string } = {}) => (await subgraph.execute<DeliveryLog>(DELIVERIES, { id, ...paging }, caller)).data!.foreignAffairsWebhookDeliveries;

type Subscribed = { __typename: string; secret?: string; subscription?: { id: string; url: string; types: string[] | null; status: string; cursor: string | null; consecutiveFailures: number }; code?: string; field?: string };
const subscribe = async (caller: Caller, input: Record<string, unknown>) =>
  (await subgraph.execute<{ subscribeToForeignAffairsChanges: Subscribed }>(SUBSCRIBE, { input }, caller));
const stored = (id: string) => subgraph.orm.em.fork().findOneOrFail(WebhookSubscription, { id });
const deliveriesTo = (path: string) => received.filter((r) => r.path === path).map((r) => JSON.parse(r.body) as { changes: Array<{ recordId: string; recordType: string; operation: string; cursor: string }>; endCursor: string; subscriptionId: string });

async function acceptedEntrustment(personId: string): Promise<string> {
  const issued = await subgraph.execute<{ issueAidEntrustment: { aidEntrustment: { id: string } } }>(ISSUE, { input: issueInput({ personId }) }, officer);
  const id = issued.data!.issueAidEntrustment.aidEntrustment.id;
  expect((await subgraph.execute<{ acceptAidEntrustment: { __typename: string } }>(ACCEPT, { id }, centerStaff)).data!.acceptAidEntrustment.__typename).toBe('AidEntrustmentChanged');
  return id;
}

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body });
      res.writeHead(answerStatus).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  deliverer = new WebhookDeliverer<SubgraphContext>({
    orm: subgraph.orm,
    schema: createSubgraphSchema(definition),
    feedField: 'foreignAffairsChanges',
    contextFor: (scope) => subgraph.contextFor(scope),
    log: createLog('foreign-affairs', 'silent'),
    now: () => new Date(clock),
  });
});
afterAll(async () => {
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
  await subgraph.close();
});

describe('webhooks on the foreign-affairs change feed', () => {
  let subscriptionId: string;
  let secret: string;

  it('subscribes an integrating system, answering its signing secret once and starting at the feed’s present end', async () => {
    const result = (await subscribe(system, { url: `${receiverUrl}/system` })).data!.subscribeToForeignAffairsChanges;
    expect(result.__typename).toBe('WebhookSubscriptionChanged');
    expect(result.secret).toMatch(/^whsec_[\w-]{43}$/);
    expect(result.subscription).toMatchObject({ url: `${receiverUrl}/system`, types: null, status: 'ACTIVE', consecutiveFailures: 0 });
    expect(result.subscription!.cursor).not.toBeNull();
    subscriptionId = result.subscription!.id;
    secret = result.secret!;
    const listed = await subgraph.execute<{ foreignAffairsWebhooks: Array<{ id: string; url: string }> }>(`{ foreignAffairsWebhooks { id url } }`, {}, system);
    expect(listed.data!.foreignAffairsWebhooks).toEqual([{ id: subscriptionId, url: `${receiverUrl}/system` }]);
    // Nothing changed since: nothing is posted.
    await deliverer.deliverDue();
    expect(deliveriesTo('/system')).toEqual([]);
  });

  it('posts the changes it may see, signed, without the records, and moves on once they are taken', async () => {
    const plain = await acceptedEntrustment(await knownPerson(subgraph, { county: stationStaff.jurisdiction }));
    const victimId = await knownPerson(subgraph, { county: stationStaff.jurisdiction });
    const ofVictim = await acceptedEntrustment(victimId);
    expect(await applyCivilAffairsEvent(subgraph, 'person.protection-started', victimId, { entitledUsernames: [] })).toBe('APPLIED');
    await deliverer.deliverDue();
    const posts = received.filter((r) => r.path === '/system');
    expect(posts).toHaveLength(1);
    const [post] = posts;
    expect(verifyWebhookSignature(secret, post!.headers['lifeline-signature'] as string, post!.body, clock)).toBe(true);
    // Altered, signed with another secret, or replayed ten minutes on, it does not verify.
    expect(verifyWebhookSignature(secret, post!.headers['lifeline-signature'] as string, post!.body.replace(plain, ofVictim), clock)).toBe(false);
    expect(verifyWebhookSignature('whsec_other', post!.headers['lifeline-signature'] as string, post!.body, clock)).toBe(false);
    expect(verifyWebhookSignature(secret, post!.headers['lifeline-signature'] as string, post!.body, clock + 600_000)).toBe(false);
    const [delivery] = deliveriesTo('/system');
    expect(delivery!.subscriptionId).toBe(subscriptionId);
    expect(delivery!.changes.map((c) => [c.recordType, c.recordId, c.operation])).toEqual([
      ['AID_ENTRUSTMENT', plain, 'CREATED'],
      ['AID_ENTRUSTMENT', plain, 'UPDATED'],
    ]);
    expect(post!.body).not.toContain(ofVictim);
    expect(post!.body).not.toContain('Jane Doe');
    expect((await stored(subscriptionId)).cursor).toBe(delivery!.endCursor);
    const log = await deliveryLog(subscriptionId, system);
    expect(log.edges.map((edge) => edge.node)).toEqual([{ attempt: 1, outcome: 'DELIVERED', httpStatus: 200, error: null, changeCount: 2, endCursor: delivery!.endCursor }]);
    expect(log.totalCount).toBe(1);
  });

  it('posts a page again, after a growing back-off, until the partner takes it', async () => {
    const before = (await stored(subscriptionId)).cursor;
    const changed = await acceptedEntrustment(await knownPerson(subgraph, { county: stationStaff.jurisdiction }));
    answerStatus = 503;
    clock += 1;
    await deliverer.deliverDue();
    let subscription = await stored(subscriptionId);
    expect(subscription.cursor).toBe(before);
    expect(subscription.consecutiveFailures).toBe(1);
    expect(subscription.nextAttemptAt.getTime()).toBe(clock + 1000);
    // Not due yet: nothing is tried.
    await deliverer.deliverDue();
    expect(deliveriesTo('/system')).toHaveLength(2);
    clock += 1000;
    await deliverer.deliverDue();
    subscription = await stored(subscriptionId);
    expect(subscription.consecutiveFailures).toBe(2);
    expect(subscription.nextAttemptAt.getTime()).toBe(clock + 2000);
    answerStatus = 200;
    clock += 2000;
    await deliverer.deliverDue();
    const attempts = deliveriesTo('/system').slice(1);
    expect(attempts).toHaveLength(3);
    // The same page each time, in the same order.
    expect(new Set(attempts.map((a) => JSON.stringify(a.changes)))).toEqual(new Set([JSON.stringify(attempts[0]!.changes)]));
    expect(attempts[0]!.changes.map((c) => c.recordId)).toEqual([changed, changed]);
    subscription = await stored(subscriptionId);
    expect(subscription.consecutiveFailures).toBe(0);
    expect(subscription.cursor).toBe(attempts[2]!.endCursor);
    const log = (await deliveryLog(subscriptionId, system)).edges.map((edge) => edge.node);
    expect(log.slice(0, 3)).toEqual([
      expect.objectContaining({ attempt: 3, outcome: 'DELIVERED', httpStatus: 200, error: null }),
      expect.objectContaining({ attempt: 2, outcome: 'FAILED', httpStatus: 503, error: 'answered 503' }),
      expect.objectContaining({ attempt: 1, outcome: 'FAILED', httpStatus: 503, error: 'answered 503' }),
    ]);
  });

  it('pages a subscription’s delivery log newest first, each attempt once, and back from the end alike', async () => {
    const whole = await deliveryLog(subscriptionId, system, { first: 100 });
    expect(whole.totalCount).toBeGreaterThanOrEqual(4);
    const byTwos: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await deliveryLog(subscriptionId, system, { first: 2, ...(after ? { after } : {}) });
      byTwos.push(...page.edges.map((edge) => edge.cursor));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(byTwos).toEqual(whole.edges.map((edge) => edge.cursor));
    const newestFirst = whole.edges.map((edge) => edge.node.attempt);
    expect(newestFirst.slice(0, 3)).toEqual([3, 2, 1]);
    const back = await subgraph.execute<DeliveryLog>(`query($id: ID!) { foreignAffairsWebhookDeliveries(subscriptionId: $id, last: 2) { totalCount edges { cursor node { attempt outcome httpStatus error changeCount endCursor } } pageInfo { hasNextPage endCursor } } }`, { id: subscriptionId }, system);
    expect(back.data!.foreignAffairsWebhookDeliveries.edges.map((edge) => edge.cursor)).toEqual(whole.edges.slice(-2).map((edge) => edge.cursor));
  });

  it('posts nothing to a system whose scopes cover no entrustment, and still moves its place past what it may not see', async () => {
    const result = (await subscribe(notices, { url: `${receiverUrl}/notices`, after: (await stored(subscriptionId)).cursor })).data!.subscribeToForeignAffairsChanges;
    expect(result.__typename).toBe('WebhookSubscriptionChanged');
    const start = result.subscription!.cursor;
    await acceptedEntrustment(await knownPerson(subgraph, { county: stationStaff.jurisdiction }));
    await deliverer.deliverDue();
    expect(deliveriesTo('/notices')).toEqual([]);
    expect((await stored(result.subscription!.id)).cursor).not.toBe(start);
    expect((await stored(result.subscription!.id)).cursor).toBe((await stored(subscriptionId)).cursor);
  });

  it.each([
    ['a plain-http URL elsewhere', { url: 'http://partner.example.com/hook' }, 'url'],
    ['a URL with a password', { url: 'https://user:pw@partner.example.com/hook' }, 'url'],
    ['an unknown kind of record', { url: 'https://partner.example.com/hook', types: ['IDENTITY_CHECK'] }, 'types'],
    ['another feed’s cursor', { url: 'https://partner.example.com/hook', after: 'x' }, 'after'],
  ] as const)('refuses %s with FORMAT, naming the field, and subscribes nothing', async (_what, input, field) => {
    const count = () => subgraph.orm.em.fork().count(WebhookSubscription, { owner: system.id });
    const before = await count();
    const variables = field === 'after' ? { ...input, after: cursorOfFeed('publicSecurityChanges', (await stored(subscriptionId)).cursor!) } : input;
    const result = (await subscribe(system, variables)).data!.subscribeToForeignAffairsChanges;
    expect(result).toMatchObject({ __typename: 'WebhookRefused', code: 'FORMAT', field });
    expect(await count()).toBe(before);
  });

  it('refuses staff (webhooks are for integrating systems) and a sixth subscription of one system', async () => {
    const staff = await subscribe(centerStaff, { url: 'https://partner.example.com/hook' });
    expect(staff.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const held = await subgraph.orm.em.fork().count(WebhookSubscription, { owner: system.id, status: 'ACTIVE' });
    for (let i = held; i < 5; i += 1) expect((await subscribe(system, { url: `https://partner.example.com/hook/${i}` })).data!.subscribeToForeignAffairsChanges.__typename).toBe('WebhookSubscriptionChanged');
    const sixth = (await subscribe(system, { url: 'https://partner.example.com/hook/6' })).data!.subscribeToForeignAffairsChanges;
    expect(sixth).toMatchObject({ __typename: 'WebhookRefused', code: 'FORMAT', field: null });
    expect(await subgraph.orm.em.fork().count(WebhookSubscription, { owner: system.id, status: 'ACTIVE' })).toBe(5);
  });

  it('lets a system see and cancel only its own subscriptions; once cancelled, nothing more is posted', async () => {
    const other = await subgraph.execute<{ cancelForeignAffairsWebhook: { __typename: string; code?: string } }>(CANCEL, { id: subscriptionId }, notices);
    expect(other.data!.cancelForeignAffairsWebhook).toMatchObject({ __typename: 'WebhookRefused', code: 'NOT_FOUND' });
    expect((await stored(subscriptionId)).status).toBe('ACTIVE');
    expect(await deliveryLog(subscriptionId, notices)).toMatchObject({ totalCount: 0, edges: [] });
    const own = await subgraph.execute<{ cancelForeignAffairsWebhook: { __typename: string; subscription: { status: string } } }>(CANCEL, { id: subscriptionId }, system);
    expect(own.data!.cancelForeignAffairsWebhook).toMatchObject({ __typename: 'WebhookSubscriptionChanged', subscription: { status: 'CANCELLED' } });
    const posted = deliveriesTo('/system').length;
    await acceptedEntrustment(await knownPerson(subgraph, { county: stationStaff.jurisdiction }));
    await deliverer.deliverDue();
    expect(deliveriesTo('/system')).toHaveLength(posted);
  });
});

describe('a subscription follows its system’s access', () => {
  const DAY = 24 * 3_600_000;
  const waitFor = async (check: () => Promise<boolean>) => {
    for (let i = 0; i < 100 && !(await check()); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await check()).toBe(true);
  };
  afterEach(() => {
    clock = Date.now() + 60_000;
  });

  it('pauses a day after the system’s latest request, and once it calls again posts what it missed from where it stood', async () => {
    const returning = testCaller({ kind: 'service', id: 'webhook-test-returning', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.INTEGRATION], scopes: ['read:aid-entrustments'] });
    const id = (await subscribe(returning, { url: `${receiverUrl}/returning` })).data!.subscribeToForeignAffairsChanges.subscription!.id;
    const expiresAt = (await stored(id)).expiresAt.getTime();
    expect(expiresAt).toBeGreaterThan(Date.now() + DAY - 60_000);
    await deliverer.deliverDue();
    const missed = await acceptedEntrustment(await knownPerson(subgraph, { county: stationStaff.jurisdiction }));
    clock = expiresAt + 1000;
    await deliverer.deliverDue();
    expect(deliveriesTo('/returning')).toEqual([]);
    // A request of a system without subscriptions, or of staff, costs no statement; the system's own renews it for another day.
    const unsubscribed = testCaller({ kind: 'service', id: 'webhook-test-unsubscribed', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.INTEGRATION], scopes: ['read:aid-entrustments'] });
    const others = await subgraph.queries.during(async () => {
      deliverer.heard(unsubscribed);
      deliverer.heard(officer);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(others.statements).toBe(0);
    expect((await stored(id)).expiresAt.getTime()).toBe(expiresAt);
    deliverer.heard(returning);
    await waitFor(async () => (await stored(id)).expiresAt.getTime() === clock + DAY);
    await deliverer.deliverDue();
    expect(deliveriesTo('/returning').flatMap((d) => d.changes.map((c) => c.recordId))).toEqual([missed, missed]);
  });

  it('reads the changes with the system’s claims as of its latest request: narrowed, it is sent only what its new scopes reach', async () => {
    const narrowing = testCaller({ kind: 'service', id: 'webhook-test-narrowing', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.INTEGRATION], scopes: ['read:aid-entrustments'] });
    const id = (await subscribe(narrowing, { url: `${receiverUrl}/narrowing` })).data!.subscribeToForeignAffairsChanges.subscription!.id;
    await deliverer.deliverDue();
    const before = await acceptedEntrustment(await knownPerson(subgraph, { county: stationStaff.jurisdiction }));
    await deliverer.deliverDue();
    expect(deliveriesTo('/narrowing').flatMap((d) => d.changes.map((c) => c.recordId))).toEqual([before, before]);
    // Its operator narrowed it to notifications; its next token says so, and its next request brings that here at once.
    const narrowed = { ...narrowing, scopes: ['read:foreign-affairs-notifications'] };
    deliverer.heard(narrowed);
    await waitFor(async () => (await stored(id)).caller.scopes.join() === 'read:foreign-affairs-notifications');
    await acceptedEntrustment(await knownPerson(subgraph, { county: stationStaff.jurisdiction }));
    await deliverer.deliverDue();
    expect(deliveriesTo('/narrowing')).toHaveLength(1);
  });

  it('keeps the delivery log thirty days', async () => {
    const em = subgraph.orm.em.fork();
    const attempt = (daysAgo: number) =>
      em.create(WebhookDelivery, { subscriptionId: '00000000-0000-4000-8000-00000000d0d0', at: new Date(clock - daysAgo * DAY), attempt: 1, outcome: 'DELIVERED', httpStatus: 200, error: null, changeCount: 1, endCursor: null, durationMs: 3 });
    const [old, recent] = [attempt(31), attempt(29)];
    await em.flush();
    expect(await deliverer.pruneLog(subgraph.orm.em.fork() as never, true)).toBeGreaterThanOrEqual(1);
    const left = await subgraph.orm.em.fork().find(WebhookDelivery, { id: { $in: [old.id, recent.id] } });
    expect(left.map((d) => d.id)).toEqual([recent.id]);
  });
});
