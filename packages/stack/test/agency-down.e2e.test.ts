/**
 * One agency down, the others still answering: the women's federation's subgraph process is
 * stopped, then public security's, and the gateway (and, with Chromium, the portal) still serve
 * the other agencies' data with one error naming the missing agency and no host, port or stack.
 * This suite stops processes, so it runs a stack of its own rather than the shared one.
 */
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { type Page } from 'playwright-core';
import { PERSON_PROFILE, findProfilePersons } from '../src/headline-operations';
import { probeStatus } from '../src/http-probe';
import { chromiumFound } from './support/browser-config';
import { describeInBrowser, useBrowser } from './support/browser';
import { gatewayCaller } from './support/graph';
import { useOwnStack } from './support/own-stack';

type Profile = {
  person: {
    id: string;
    rescueCases: Array<{ id: string }> | null;
    identityChecks: Array<{ id: string }> | null;
    shelterReferrals: Array<{ id: string }> | null;
    aidEntrustments: Array<{ id: string }> | null;
  } | null;
};

describe('when an agency’s subgraph is down', () => {
  const stack = useOwnStack('lifeline_e2e_down', { withPortal: chromiumFound });
  const { as } = gatewayCaller(() => stack().gatewayUrl);
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
      let page: Page;

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
