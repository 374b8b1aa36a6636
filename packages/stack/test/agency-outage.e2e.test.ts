/**
 * Agencies down, hung or dead while the others keep answering, on the real subgraph processes, the
 * real gateway and (with Chromium) the real portal. One stack of this suite's own (it stops, hangs
 * and kills processes no other suite may share), taken through the outages in turn:
 *
 * - foreign affairs hangs (SIGSTOP), then dies (SIGKILL), then is started again. The gateway reaches
 *   it through a small proxy that counts the calls, so the circuit breaker is checked by how often
 *   the agency is called, not by how long anything takes;
 * - the women's federation's process is stopped, then public security's: the gateway and the portal
 *   still serve the other agencies' data with one error naming the missing agency and no host,
 *   port or stack.
 */
import { createServer, request, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Page as BrowserPage } from 'playwright-core';
import { freePorts } from '../src/free-port';
import { type GraphQLHttpResponse } from '../src/graphql-request';
import { PERSON_PROFILE, PERSONS_PAGE_ALL_AGENCIES, PERSONS_PAGE_CIVIL_AFFAIRS, findProfilePersons } from '../src/headline-operations';
import { probeStatus } from '../src/http-probe';
import { chromiumFound } from '../src/chromium-config';
import { describeInBrowser, useBrowser } from './support/browser';
import { gatewayCaller } from './support/graph';
import { useOwnStack } from './support/own-stack';

/** The gateway's deadline for calls to foreign affairs in this suite (the others keep the default 5 s). */
const TIMEOUT_MS = 3_000;
const BREAKER_FAILURES = 3;
const BREAKER_COOLDOWN_MS = 8_000;
/** How long the client waits before giving up: far more than the deadline, far less than a hang. */
const CLIENT_PATIENCE_MS = 30_000;

type PersonsPage = {
  persons: {
    edges: Array<{
      node: {
        id: string;
        rescueCases: unknown[] | null;
        identityChecks: unknown[] | null;
        shelterReferrals: unknown[] | null;
        aidEntrustments: unknown[] | null;
      };
    }>;
  } | null;
};

/** A pass-through HTTP proxy that counts the GraphQL calls it forwards. */
interface CountingProxy {
  url: string;
  calls: number;
  close(): Promise<void>;
}

async function startCountingProxy(port: number, upstreamPort: number): Promise<CountingProxy> {
  const proxy: CountingProxy = { url: `http://127.0.0.1:${port}/graphql`, calls: 0, close: async () => undefined };
  const server: Server = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/graphql') proxy.calls += 1;
    const upstream = request(
      { host: '127.0.0.1', port: upstreamPort, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    // The agency is unreachable: drop the connection, as the agency itself would.
    upstream.on('error', () => res.destroy());
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  expect((server.address() as AddressInfo).port).toBe(port);
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Profile = {
  person: {
    id: string;
    rescueCases: Array<{ id: string }> | null;
    identityChecks: Array<{ id: string }> | null;
    shelterReferrals: Array<{ id: string }> | null;
    aidEntrustments: Array<{ id: string }> | null;
  } | null;
};

describe('agencies down, hung or dead', () => {
  let proxy: CountingProxy | undefined;
  const stack = useOwnStack('lifeline_e2e_outage', async () => {
    const [foreignAffairsPort, proxyPort] = (await freePorts(2)) as [number, number];
    proxy = await startCountingProxy(proxyPort, foreignAffairsPort);
    return {
      withPortal: chromiumFound,
      ports: { foreignAffairs: foreignAffairsPort },
      gatewaySubgraphUrls: { 'foreign-affairs': proxy.url },
      env: {
        LOG_LEVEL: 'error',
        FOREIGN_AFFAIRS_TIMEOUT_MS: String(TIMEOUT_MS),
        SUBGRAPH_BREAKER_FAILURES: String(BREAKER_FAILURES),
        SUBGRAPH_BREAKER_COOLDOWN_MS: String(BREAKER_COOLDOWN_MS),
      },
    };
  });
  const { as, token } = gatewayCaller(() => stack().gatewayUrl);

  afterAll(async () => {
    // A test that failed half-way must not leave a stopped process behind (the stack may not have started).
    try {
      const pid = stack().pids()['foreign-affairs'];
      if (pid !== undefined) process.kill(pid, 'SIGCONT');
    } finally {
      await proxy?.close();
    }
  });

  describe('foreign affairs hung, then dead, then started again', () => {
    /** The persons page as center staff; the client's patience bounds the wait, so a hang fails. */
    async function page(query = PERSONS_PAGE_ALL_AGENCIES): Promise<GraphQLHttpResponse<PersonsPage>> {
      const res = await fetch(stack().gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await token('center.staff')}` },
        body: JSON.stringify({ query, variables: { first: 20 } }),
        signal: AbortSignal.timeout(CLIENT_PATIENCE_MS),
      });
      const text = await res.text();
      const body = JSON.parse(text) as { data?: PersonsPage | null; errors?: GraphQLHttpResponse<PersonsPage>['errors'] };
      return { status: res.status, headers: res.headers, text, data: body.data, errors: body.errors };
    }

    /** The page with every agency's data and no error. */
    function expectWholePage(res: GraphQLHttpResponse<PersonsPage>): void {
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
      const nodes = res.data?.persons?.edges.map((edge) => edge.node) ?? [];
      expect(nodes).toHaveLength(20);
      for (const node of nodes) expect(node.aidEntrustments).not.toBeNull();
    }

    /** The page with the other agencies' data and exactly one error naming foreign affairs. */
    function expectPageWithoutForeignAffairs(res: GraphQLHttpResponse<PersonsPage>): void {
      expect(res.status).toBe(200);
      const nodes = res.data?.persons?.edges.map((edge) => edge.node) ?? [];
      expect(nodes).toHaveLength(20);
      for (const node of nodes) {
        expect(node.aidEntrustments).toBeNull();
        expect(node.rescueCases).not.toBeNull();
        expect(node.identityChecks).not.toBeNull();
        expect(node.shelterReferrals).not.toBeNull();
      }
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]!.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'foreign-affairs' });
      expect(res.errors![0]!.message).not.toMatch(/127\.0\.0\.1|localhost|ECONN|timeout/i);
    }

    /** Asks the page and returns how many calls reached foreign affairs for it. */
    async function callsFor(check: (res: GraphQLHttpResponse<PersonsPage>) => void): Promise<number> {
      const before = proxy!.calls;
      check(await page());
      return proxy!.calls - before;
    }

    /** Waits until the gateway calls foreign affairs again (the breaker's cool-down has passed) and it answers. */
    async function untilWholeAgain(): Promise<void> {
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const res = await page();
        if (!res.errors) return;
        await sleep(BREAKER_COOLDOWN_MS / 2);
      }
      throw new Error('foreign affairs never came back');
    }

    function foreignAffairsPid(): number {
      const pid = stack().pids()['foreign-affairs'];
      if (pid === undefined) throw new Error('foreign-affairs is not running');
      return pid;
    }

    it('calls foreign affairs once for a persons page while every agency is up', async () => {
      expect(await callsFor(expectWholePage)).toBe(1);
    });

    it('answers with the other agencies’ data and one error naming foreign affairs while it is stopped', async () => {
      const pid = foreignAffairsPid();
      process.kill(pid, 'SIGSTOP');
      try {
        expectPageWithoutForeignAffairs(await page());
        // A page that needs no foreign-affairs data is not held up at all.
        const civil = await page(PERSONS_PAGE_CIVIL_AFFAIRS);
        expect(civil.errors).toBeUndefined();
        expect(civil.data?.persons?.edges).toHaveLength(20);
      } finally {
        process.kill(pid, 'SIGCONT');
      }
      await untilWholeAgain();
    }, 120_000);

    it('stops calling a stopped agency after consecutive time-outs, and probes it back once it answers', async () => {
      const pid = foreignAffairsPid();
      expect(await callsFor(expectWholePage)).toBe(1);
      process.kill(pid, 'SIGSTOP');
      const whileStopped: number[] = [];
      try {
        for (let i = 0; i < BREAKER_FAILURES + 2; i += 1) whileStopped.push(await callsFor(expectPageWithoutForeignAffairs));
      } finally {
        process.kill(pid, 'SIGCONT');
      }
      // One call per page until the breaker opens; none while it is open.
      expect(whileStopped).toEqual([1, 1, 1, 0, 0]);

      // Still open right after the agency resumes: the answer comes without calling it.
      expect(await callsFor(expectPageWithoutForeignAffairs)).toBe(0);
      await sleep(BREAKER_COOLDOWN_MS);
      // Half-open: one probe call, which succeeds and closes the breaker; then calls as usual.
      expect(await callsFor(expectWholePage)).toBe(1);
      expect(await callsFor(expectWholePage)).toBe(1);
    }, 120_000);

    it('answers with the other agencies’ data and one error naming foreign affairs once it is killed', async () => {
      process.kill(foreignAffairsPid(), 'SIGKILL');
      expectPageWithoutForeignAffairs(await page());
      expectPageWithoutForeignAffairs(await page());
    }, 60_000);

    it('answers whole again once the killed agency is started again', async () => {
      await stack().restartProcess('foreign-affairs');
      await untilWholeAgain();
      expect(await callsFor(expectWholePage)).toBe(1);
    }, 120_000);
  });

  const viewer = 'shelter.staff';
  /** A person with records in civil affairs, public security and the women's federation, as read before anything stopped. */
  let before: NonNullable<Profile['person']>;

  beforeAll(async () => {
    const found = await findProfilePersons((query, variables) => as(viewer, query, variables));
    const id = found.all ?? found.byRecord.shelterReferrals!;
    const res = await as<Profile>(viewer, PERSON_PROFILE, { id });
    expect(res.errors).toBeUndefined();
    before = res.data!.person!;
    expect(before.shelterReferrals!.length).toBeGreaterThan(0);
    expect(before.rescueCases!.length).toBeGreaterThan(0);
  }, 60_000);

  describe('the women’s federation', () => {
    beforeAll(async () => {
      await stack().stopProcess('womens-federation');
    }, 60_000);

    const expectNothingLeaks = (text: string) => {
      const port = new URL(stack().subgraphUrls['womens-federation']).port;
      expect(text).not.toContain('127.0.0.1');
      expect(text).not.toContain(`:${port}`);
      expect(text).not.toMatch(/ECONNREFUSED|localhost|node:internal|\bat \w+ \(/);
    };

    it('still answers the profile from the other agencies, with exactly one error that names no host', async () => {
      const res = await as<Profile>(viewer, PERSON_PROFILE, { id: before.id });
      expect(res.status).toBe(200);
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'womens-federation' });
      expectNothingLeaks(res.text);
      const person = res.data?.person;
      expect(person?.id).toBe(before.id);
      expect(person?.shelterReferrals).toBeNull();
      expect(person?.rescueCases).toEqual(before.rescueCases);
      expect(person?.identityChecks).toEqual(before.identityChecks);
    }, 60_000);

    it('still answers the other agencies’ root fields next to the missing one', async () => {
      const res = await as<{ person: { id: string } | null; shelterReferral: unknown }>(
        viewer,
        `query Mixed($id: ID!, $referral: ID!) { person(id: $id) { id displayName rescueCases { id } } shelterReferral(id: $referral) { id } }`,
        { id: before.id, referral: before.shelterReferrals![0]!.id },
      );
      expect(res.status).toBe(200);
      expect(res.data?.person?.id).toBe(before.id);
      expect(res.data?.shelterReferral).toBeNull();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]!.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
      expectNothingLeaks(res.text);
    }, 60_000);

    it('reports the gateway alive but not ready', async () => {
      expect(await probeStatus(new URL('/healthz', stack().gatewayUrl).toString())).toBe(200);
      expect(await probeStatus(new URL('/readyz', stack().gatewayUrl).toString())).toBe(503);
    });

    describeInBrowser('agency-down browser tests')('in the portal', () => {
      const session = useBrowser(() => stack().portalUrl!);
      let page: BrowserPage;

      beforeAll(async () => {
        page = await session.signedIn(viewer);
      }, 60_000);

      it('still shows the other agencies, with an error in the women’s federation’s section only', async () => {
        await page.goto(`${session.portalUrl}/persons/${before.id}`);
        const down = page.getByTestId('section-womens-federation');
        await expect(down.getAttribute('data-state')).resolves.toBe('error');
        await down.getByTestId('section-error').waitFor();
        await expect(page.getByTestId('section-civil-affairs').getByTestId('rescue-case-row').count()).resolves.toBe(before.rescueCases!.length);
        await expect(page.getByTestId('section-public-security').getByTestId('identity-check-row').count()).resolves.toBe(
          before.identityChecks!.length,
        );
        await expect(page.getByTestId('section-public-security').getAttribute('data-state')).resolves.not.toBe('error');
        await expect(page.getByTestId('section-foreign-affairs').getAttribute('data-state')).resolves.not.toBe('error');
        await page.screenshot({ path: join(tmpdir(), 'lifeline-portal-agency-down.png'), fullPage: true });
      }, 60_000);
    });
  });

  describe('public security (the women’s federation still down)', () => {
    beforeAll(async () => {
      await stack().stopProcess('public-security');
    }, 60_000);

    it('still answers persons from civil affairs, identityStatus included, with only the identity checks missing and one error naming public security', async () => {
      const res = await as<{ persons: { totalCount: number; edges: Array<{ node: { id: string; displayName: string; identityStatus: string | null; identityChecks: unknown } }> } }>(
        'center.staff',
        `{ persons(first: 5) { totalCount edges { node { id displayName identityStatus identityChecks { id } } } } }`,
      );
      expect(res.status).toBe(200);
      expect(res.data!.persons.edges).toHaveLength(5);
      for (const { node } of res.data!.persons.edges) {
        expect(node.displayName.length).toBeGreaterThan(0);
        expect(['UNIDENTIFIED', 'CLAIMED', 'VERIFIED']).toContain(node.identityStatus);
        expect(node.identityChecks).toBeNull();
      }
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['SUBGRAPH_UNAVAILABLE']);
      expect(res.errors![0]!.extensions?.subgraph).toBe('public-security');
    }, 60_000);
  });
});
