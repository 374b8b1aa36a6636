/**
 * Scopes through the real gateway: the demo integrating systems get tokens at /oauth/token
 * narrowed to one scope or another, and each token reaches exactly what its scopes cover (the
 * scope table in the subgraph runtime). A read outside the scopes is refused like any forbidden
 * field; a write without its write scope is refused and stores nothing; with it, it is made.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { verifyWebhookSignature } from '@lifeline/subgraph-runtime';
import { buildDemoRegion, demoPersonFacts } from '@lifeline/demo-region';
import { postGraphQL } from '../src/graphql-request';
import { eventually } from './support/eventually';
import { gatewayCaller } from './support/graph';
import { sharedStack } from './support/shared-stack';

const region = buildDemoRegion();
const protectedIds = new Set(demoPersonFacts(region).filter((f) => f.protectedFor).map((f) => f.personId));
const matchedCheck = region.identityChecks.find((c) => c.status === 'MATCHED' && c.verifiedName && !protectedIds.has(c.personId))!;
const entrustment = region.aidEntrustments.find((e) => e.personId && !protectedIds.has(e.personId) && e.status !== 'ISSUED')!;

type Errors = Array<{ extensions?: Record<string, unknown> }> | undefined;
const codes = (errors: Errors) => (errors ?? []).map((e) => e.extensions?.code);

describe('integration clients reach what their scopes cover, through the gateway', () => {
  const stack = sharedStack();
  const { as } = gatewayCaller();

  /** A client-credentials token of a demo system, narrowed to `scope`. */
  const tokenResponse = async (clientId: string, scope: string) => {
    const { clients } = JSON.parse(readFileSync(stack.demoClientsFile, 'utf8')) as { clients: Array<{ clientId: string; clientSecret: string }> };
    const secret = clients.find((c) => c.clientId === clientId)!.clientSecret;
    return fetch(new URL('/oauth/token', stack.gatewayUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret, scope }).toString(),
    });
  };
  const asClient = (clientId: string, scope: string) => {
    let token: string | null = null;
    return async <T>(query: string, variables: Record<string, unknown> = {}) => {
      if (!token) {
        const response = await tokenResponse(clientId, scope);
        expect(response.status).toBe(200);
        token = ((await response.json()) as { access_token: string }).access_token;
      }
      return postGraphQL<T>(stack.gatewayUrl, query, variables, { authorization: `Bearer ${token}` });
    };
  };

  describe('reads', () => {
    const CHECK = `query($id: ID!) { identityCheck(id: $id) { id verifiedName verifiedIdNumber } }`;

    it('keeps a public-security client narrowed to read:stations from identity checks, names and ID numbers', async () => {
      const stations = asClient('public-security-system', 'read:stations');
      const one = await stations<{ identityCheck: unknown }>(CHECK, { id: matchedCheck.id });
      expect(one.data?.identityCheck ?? null).toBeNull();
      expect(codes(one.errors)).toContain('FORBIDDEN');
      expect(one.text).not.toContain(matchedCheck.verifiedName!);
      const list = await stations<{ identityChecks: unknown }>(`{ identityChecks(first: 100) { id verifiedName } }`);
      expect(list.data?.identityChecks ?? null).toBeNull();
      expect(codes(list.errors)).toContain('FORBIDDEN');
      expect(list.text).not.toContain(matchedCheck.verifiedName!);
      // What read:stations covers, it reads.
      const network = await stations<{ stations: Array<{ id: string }> }>(`{ stations { id name } }`);
      expect(network.errors).toBeUndefined();
      expect(network.data!.stations.length).toBeGreaterThan(0);
    });

    it('lets the same client read the check with read:identity-checks', async () => {
      const checks = asClient('public-security-system', 'read:identity-checks');
      const one = await checks<{ identityCheck: { id: string; verifiedName: string } }>(CHECK, { id: matchedCheck.id });
      expect(one.errors).toBeUndefined();
      expect(one.data!.identityCheck).toEqual(expect.objectContaining({ id: matchedCheck.id, verifiedName: matchedCheck.verifiedName }));
      // ...but not the person's civil-affairs record, which read:persons covers.
      const person = await checks<{ identityCheck: { person: { displayName: string } | null } }>(`query($id: ID!) { identityCheck(id: $id) { id person { id displayName } } }`, {
        id: matchedCheck.id,
      });
      expect(person.data!.identityCheck.person).toBeNull();
      const displayName = region.persons.find((p) => p.id === matchedCheck.personId)!.name;
      if (displayName) expect(person.text).not.toContain(displayName);
    });

    it('keeps a foreign-affairs client narrowed to read:persons from entrustments, and gives them to read:aid-entrustments', async () => {
      const ENTRUSTMENT = `query($id: ID!) { aidEntrustment(id: $id) { id documentNumber } }`;
      const persons = await asClient('foreign-affairs-system', 'read:persons')<{ aidEntrustment: unknown }>(ENTRUSTMENT, { id: entrustment.id });
      expect(persons.data?.aidEntrustment ?? null).toBeNull();
      expect(codes(persons.errors)).toContain('FORBIDDEN');
      const list = await asClient('foreign-affairs-system', 'read:persons')<{ aidEntrustments: unknown }>(`{ aidEntrustments { id } }`);
      expect(list.data?.aidEntrustments ?? null).toBeNull();
      expect(codes(list.errors)).toContain('FORBIDDEN');
      const entrusted = await asClient('foreign-affairs-system', 'read:aid-entrustments')<{ aidEntrustment: { id: string } }>(ENTRUSTMENT, { id: entrustment.id });
      expect(entrusted.errors).toBeUndefined();
      expect(entrusted.data!.aidEntrustment.id).toBe(entrustment.id);
    });

    it("refuses at the token endpoint a scope outside the client's grant (another agency's write scope)", async () => {
      const response = await tokenResponse('civil-affairs-system', 'write:identity-checks');
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toBe('invalid_scope');
    });
  });

  describe('change feeds', () => {
    const FEED = `query($after: String) {
      foreignAffairsChanges(after: $after, first: 100) {
        edges { node { recordType recordId record { __typename ... on AidEntrustment { id } ... on AidDelivery { id } } } }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    type Page = { foreignAffairsChanges: { edges: Array<{ node: { recordType: string; recordId: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    /** Every change a token is shown, paging to the end, and the last cursor. */
    const readFeed = async (read: ReturnType<typeof asClient>) => {
      const ids: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: { data?: Page | null; errors?: unknown } = await read<Page>(FEED, { after });
        expect(page.errors).toBeUndefined();
        const { edges, pageInfo } = page.data!.foreignAffairsChanges;
        ids.push(...edges.map((edge) => edge.node.recordId));
        after = pageInfo.endCursor ?? after;
        if (!pageInfo.hasNextPage) return { ids, end: after };
      }
    };

    it('shows the foreign-affairs system with read:aid-entrustments the entrustments it may read, never a protected victim’s', async () => {
      const { ids, end } = await readFeed(asClient('foreign-affairs-system', 'read:aid-entrustments'));
      expect(ids).toContain(entrustment.id);
      const ofProtected = region.aidEntrustments.filter((e) => e.personId && protectedIds.has(e.personId)).map((e) => e.id);
      expect(ofProtected.length).toBeGreaterThan(0);
      expect(ids.filter((id) => ofProtected.includes(id))).toEqual([]);
      expect(end).not.toBeNull();
    });

    it('posts a subscribed system each new change it may see, signed, through the running subgraph', async () => {
      const received: Array<{ signature: string; body: string }> = [];
      const receiver = createServer((req, res) => {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        req.on('end', () => {
          received.push({ signature: String(req.headers['lifeline-signature'] ?? ''), body });
          res.writeHead(204).end();
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      try {
        const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/lifeline`;
        const system = asClient('foreign-affairs-system', 'read:aid-entrustments');
        type Subscribed = { subscribeToForeignAffairsChanges: { __typename: string; secret: string; subscription: { id: string; expiresAt: string } } };
        const subscribed = await system<Subscribed>(
          `mutation($input: WebhookSubscriptionInput!) { subscribeToForeignAffairsChanges(input: $input) { __typename ... on WebhookSubscriptionChanged { secret subscription { id expiresAt } } } }`,
          { input: { url, types: ['AID_ENTRUSTMENT'] } },
        );
        expect(subscribed.errors).toBeUndefined();
        const { secret, subscription } = subscribed.data!.subscribeToForeignAffairsChanges;
        // The foreign-affairs office issues an entrustment for a person the system may see.
        const issued = await as<{ issueAidEntrustment: { __typename: string; aidEntrustment: { id: string } } }>(
          'fao.officer',
          `mutation($input: IssueAidEntrustmentInput!) { issueAidEntrustment(input: $input) { __typename ... on AidEntrustmentChanged { aidEntrustment { id } } } }`,
          {
            input: {
              documentNumber: `外办委〔2026〕订阅${Date.now() % 100000}号`, issuingOffice: 'FOREIGN_AFFAIRS_OFFICE', personId: entrustment.personId, beneficiaryName: 'Jane Doe', nationality: 'USA',
              passportNumber: 'X1234567', entryStatus: 'LEGAL_STAY', items: [{ kind: 'FOOD', capFen: 100 }], totalCapFen: 100,
              validFrom: new Date(Date.now() - 3_600_000).toISOString(), validUntil: new Date(Date.now() + 86_400_000).toISOString(),
            },
          },
        );
        expect(issued.data?.issueAidEntrustment.__typename).toBe('AidEntrustmentChanged');
        const id = issued.data!.issueAidEntrustment.aidEntrustment.id;
        const deadline = Date.now() + 30_000;
        while (!received.some((r) => r.body.includes(id)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
        const delivery = received.find((r) => r.body.includes(id));
        expect(delivery).toBeDefined();
        expect(verifyWebhookSignature(secret, delivery!.signature, delivery!.body)).toBe(true);
        const payload = JSON.parse(delivery!.body) as { subscriptionId: string; changes: Array<{ recordType: string; recordId: string; operation: string }> };
        expect(payload.subscriptionId).toBe(subscription.id);
        expect(payload.changes).toContainEqual(expect.objectContaining({ recordType: 'AID_ENTRUSTMENT', recordId: id, operation: 'CREATED' }));
        // Each request of the system to the agency renews its subscription (served a day past it, with its claims then).
        const expiresAt = async () =>
          Date.parse((await system<{ foreignAffairsWebhooks: Array<{ id: string; expiresAt: string }> }>(`{ foreignAffairsWebhooks { id expiresAt } }`)).data!.foreignAffairsWebhooks.find((w) => w.id === subscription.id)!.expiresAt);
        const renewBy = Date.now() + 10_000;
        while ((await expiresAt()) <= Date.parse(subscription.expiresAt) && Date.now() < renewBy) await new Promise((resolve) => setTimeout(resolve, 200));
        expect(await expiresAt()).toBeGreaterThan(Date.parse(subscription.expiresAt));
        const cancelled = await system<{ cancelForeignAffairsWebhook: { __typename: string } }>(`mutation($id: ID!) { cancelForeignAffairsWebhook(id: $id) { __typename } }`, { id: subscription.id });
        expect(cancelled.data?.cancelForeignAffairsWebhook.__typename).toBe('WebhookSubscriptionChanged');
      } finally {
        await new Promise<void>((resolve) => receiver.close(() => resolve()));
      }
    });

    it('shows the same system narrowed to read:status-checks no entrustment, and still brings its cursor to the end', async () => {
      const full = await readFeed(asClient('foreign-affairs-system', 'read:aid-entrustments'));
      const narrowed = await readFeed(asClient('foreign-affairs-system', 'read:status-checks'));
      expect(narrowed.ids).toEqual([]);
      // (transaction id, position) of a cursor: the narrowed read ends no earlier than the full one (other suites may add changes meanwhile).
      const at = (cursor: string | null) => Buffer.from(cursor!, 'base64url').toString('utf8').split('|').slice(1).map(BigInt);
      const [fullXid, fullPosition] = at(full.end);
      const [narrowedXid, narrowedPosition] = at(narrowed.end);
      expect(narrowedXid! > fullXid! || (narrowedXid === fullXid && narrowedPosition! >= fullPosition!)).toBe(true);
    });
  });

  describe('writes', () => {
    const CHANGED = `__typename ... on IdentityCheckChanged { identityCheck { id status version } } ... on IdentityCheckInputRejected { code }`;
    const POLICE_VIEW = `query($id: ID!) { identityCheck(id: $id) { id status version samples { sampleCode } } }`;

    it('lets the public-security system record a sample with write:identity-checks, and refuses it without, storing nothing', async () => {
      // A fresh check, requested by the center for an unidentified man of this test's own: other
      // suites on the shared stack work the demo persons and their checks meanwhile (a check on a
      // demo person once read as null to the police between two of this test's reads).
      const stations = await as<{ stations: Array<{ id: string; kind: string }> }>('center.staff', `{ stations(level: CITY) { id kind } }`);
      const stationId = stations.data!.stations.find((s) => s.kind === 'REGIONAL_CENTER')!.id;
      const received = await as<{ receivePerson: { rescueCase?: { person: { id: string } } } }>(
        'center.staff',
        `mutation($i: ReceivePersonInput!) { receivePerson(input: $i) { ... on RescueCaseChanged { rescueCase { person { id } } } } }`,
        { i: { stationId, source: 'WALK_IN', person: { sex: 'MALE', estimatedAgeMin: 50, estimatedAgeMax: 60, features: '左手缺一指' } } },
      );
      const personId = received.data!.receivePerson.rescueCase!.person.id;
      // Public security knows him once its consumer of civil affairs' events has caught up.
      const check = await eventually('public security to know the person', async () => {
        const res = await as<{ requestIdentityCheck: { __typename: string; identityCheck?: { id: string; status: string; version: number } } }>(
          'center.staff',
          `mutation($i: RequestIdentityCheckInput!) { requestIdentityCheck(input: $i) { ${CHANGED} } }`,
          { i: { personId, requestingStationId: stationId, reason: 'UNIDENTIFIED_PERSON' } },
        );
        return res.data?.requestIdentityCheck.__typename === 'IdentityCheckChanged' ? res.data.requestIdentityCheck.identityCheck! : null;
      });
      const before = await as<{ identityCheck: unknown }>('police.officer', POLICE_VIEW, { id: check.id });
      expect(before.data!.identityCheck).toEqual({ ...check, samples: [] });

      const sample = (code: string) => ({ i: { identityCheckId: check.id, expectedVersion: check.version, kind: 'FINGERPRINT', sampleCode: code } });
      const RECORD = `mutation($i: RecordSampleInput!) { recordSample(input: $i) { ${CHANGED} } }`;
      const readOnly = await asClient('public-security-system', 'read:identity-checks')<{ recordSample: unknown }>(RECORD, sample(`FP-SCOPE-RO-${Date.now()}`));
      expect(readOnly.data?.recordSample ?? null).toBeNull();
      expect(codes(readOnly.errors)).toEqual(['FORBIDDEN']);
      expect((await as('police.officer', POLICE_VIEW, { id: check.id })).data).toEqual(before.data);

      const code = `FP-SCOPE-${Date.now()}`;
      const writer = await asClient('public-security-system', 'write:identity-checks')<{ recordSample: { __typename: string; identityCheck: { status: string } } }>(RECORD, sample(code));
      expect(writer.errors).toBeUndefined();
      expect(writer.data!.recordSample).toEqual(expect.objectContaining({ __typename: 'IdentityCheckChanged', identityCheck: expect.objectContaining({ status: 'SAMPLE_COLLECTED' }) }));
      const after = await as<{ identityCheck: { samples: Array<{ sampleCode: string }> } }>('police.officer', POLICE_VIEW, { id: check.id });
      expect(after.data!.identityCheck.samples).toEqual([{ sampleCode: code }]);
    });

    it('lets the civil-affairs system file a sighting with write:street-reports, and refuses it without, storing nothing', async () => {
      const board = async () => (await as<{ dispatchBoard: Array<{ id: string }> }>('center.staff', '{ dispatchBoard { id } }')).data!.dispatchBoard.map((r) => r.id);
      const REPORT = `mutation($i: ReportStreetSightingInput!) { reportStreetSighting(input: $i) { __typename ... on StreetReportChanged { streetReport { id status source } } } }`;
      const input = { i: { source: 'CITY_MANAGEMENT', description: '城管平台推送:桥洞下有人露宿', latitude: 30.1, longitude: 114.2, address: '滨江桥洞', district: region.divisions[1]!.code } };
      const before = await board();
      const readOnly = await asClient('civil-affairs-system', 'read:persons read:stations read:rescue-cases')<{ reportStreetSighting: unknown }>(REPORT, input);
      expect(readOnly.data?.reportStreetSighting ?? null).toBeNull();
      expect(codes(readOnly.errors)).toEqual(['FORBIDDEN']);
      expect(await board()).toEqual(before);

      const writer = await asClient('civil-affairs-system', 'write:street-reports')<{ reportStreetSighting: { __typename: string; streetReport: { id: string; status: string; source: string } } }>(REPORT, input);
      expect(writer.errors).toBeUndefined();
      expect(writer.data!.reportStreetSighting).toEqual({ __typename: 'StreetReportChanged', streetReport: { id: expect.any(String), status: 'REPORTED', source: 'CITY_MANAGEMENT' } });
      expect(await board()).toContain(writer.data!.reportStreetSighting.streetReport.id);
    });

    it('lets public security answer a status check and foreign affairs acknowledge the notification, each with its write scope only', async () => {
      type Check = { id: string; version: number; status: string };
      const queue = await as<{ foreignNationalStatusChecks: Check[] }>('police.officer', `{ foreignNationalStatusChecks(status: REQUESTED, first: 100) { id version status } }`);
      const waiting = queue.data!.foreignNationalStatusChecks[0]!;
      expect(waiting).toBeDefined();
      const RECORD = `mutation($i: RecordForeignNationalStatusInput!) { recordForeignNationalStatus(input: $i) { __typename ... on ForeignNationalStatusCheckChanged { statusCheck { id status foreignAffairsNotification { id acknowledged } } } } }`;
      const outcome = { i: { statusCheckId: waiting.id, expectedVersion: waiting.version, outcome: 'LEGAL_ENTRY', note: '出入境记录可查' } };
      const STATUS = `query($id: ID!) { foreignNationalStatusCheck(id: $id) { id version status } }`;

      const readOnly = await asClient('public-security-system', 'read:status-checks')<{ recordForeignNationalStatus: unknown }>(RECORD, outcome);
      expect(codes(readOnly.errors)).toEqual(['FORBIDDEN']);
      expect((await as('police.officer', STATUS, { id: waiting.id })).data).toEqual({ foreignNationalStatusCheck: waiting });

      type Recorded = { recordForeignNationalStatus: { __typename: string; statusCheck: { status: string; foreignAffairsNotification: { id: string; acknowledged: boolean } } } };
      const recorded = await asClient('public-security-system', 'write:status-checks read:foreign-affairs-notifications')<Recorded>(RECORD, outcome);
      expect(recorded.errors).toBeUndefined();
      const notification = recorded.data!.recordForeignNationalStatus.statusCheck.foreignAffairsNotification;
      expect(recorded.data!.recordForeignNationalStatus.statusCheck.status).toBe('LEGAL_ENTRY');
      expect(notification.acknowledged).toBe(false);

      const ACK = `mutation($id: ID!) { acknowledgeForeignAffairsNotification(id: $id, note: "已由外办系统受理") { __typename ... on ForeignAffairsNotificationAcknowledged { notification { id acknowledged acknowledgedBy } } } }`;
      const NOTIFICATIONS = `{ foreignAffairsNotifications(first: 100) { id acknowledged acknowledgedBy } }`;
      const stateOf = async () => (await as<{ foreignAffairsNotifications: Array<{ id: string; acknowledged: boolean }> }>('fao.officer', NOTIFICATIONS)).data!.foreignAffairsNotifications.find((n) => n.id === notification.id);
      const unacknowledged = await asClient('foreign-affairs-system', 'read:foreign-affairs-notifications')<{ acknowledgeForeignAffairsNotification: unknown }>(ACK, { id: notification.id });
      expect(codes(unacknowledged.errors)).toEqual(['FORBIDDEN']);
      expect(await stateOf()).toEqual({ id: notification.id, acknowledged: false, acknowledgedBy: null });

      const acknowledged = await asClient('foreign-affairs-system', 'write:foreign-affairs-notifications')<{ acknowledgeForeignAffairsNotification: unknown }>(ACK, { id: notification.id });
      expect(acknowledged.errors).toBeUndefined();
      expect(acknowledged.data!.acknowledgeForeignAffairsNotification).toEqual({
        __typename: 'ForeignAffairsNotificationAcknowledged',
        notification: { id: notification.id, acknowledged: true, acknowledgedBy: 'foreign-affairs-system' },
      });
      expect(await stateOf()).toEqual({ id: notification.id, acknowledged: true, acknowledgedBy: 'foreign-affairs-system' });
    });
  });

  it('tells a client its cost budget on every answer, each operation paid from what the one before left', async () => {
    const stations = asClient('public-security-system', 'read:stations');
    const query = `{ stations(level: CITY) { id name } }`;
    const first = await stations(query);
    const second = await stations(query);
    for (const answer of [first, second]) {
      expect(answer.status).toBe(200);
      expect(answer.headers.get('ratelimit-policy')).toMatch(/^"cost";q=\d+;w=60$/);
      expect(answer.headers.get('ratelimit')).toMatch(/^"cost";r=\d+;t=\d+$/);
    }
    const cost = (answer: typeof first) => (JSON.parse(answer.text) as { extensions: { cost: { requested: number; remaining: number; limit: number } } }).extensions.cost;
    expect(cost(first).requested).toBeGreaterThan(0);
    expect(cost(second).requested).toBe(cost(first).requested);
    // The same client's second operation is paid from what the first left (the window may have ended between the two).
    expect([cost(first).remaining - cost(second).requested, cost(second).limit - cost(second).requested]).toContain(cost(second).remaining);
  });
});
