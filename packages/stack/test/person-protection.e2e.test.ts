/**
 * A protected victim through the real gateway and the real processes: civil affairs' seeded events
 * reach public security and foreign affairs over the exchange, and from then on her identity check
 * and her aid entrustment are invisible to center staff, the forensic officer, the foreign-affairs
 * officer and the public-security and foreign-affairs integration clients, while shelter staff
 * still see them; `/readyz` of each consumer reports its lag.
 */
import { buildDemoRegion, demoPersonFacts } from '@lifeline/demo-region';
import { eventually } from './support/eventually';
import { clientCaller, gatewayCaller } from './support/graph';
import { sharedStack } from './support/shared-stack';

const region = buildDemoRegion();
const protectedIds = new Set(demoPersonFacts(region).filter((f) => f.protectedFor).map((f) => f.personId));
const check = region.identityChecks.find((c) => protectedIds.has(c.personId))!;
const entrustment = region.aidEntrustments.find((e) => e.personId && protectedIds.has(e.personId) && e.status !== 'ISSUED')!;

const NARROWED_SCOPE: Record<string, string> = { 'public-security-system': 'read:identity-checks', 'foreign-affairs-system': 'read:aid-entrustments' };

type Lag = { source: string; position: string; eventsBehind: number; secondsBehind: number };

describe("a protected victim's records in other agencies, through the gateway", () => {
  const stack = sharedStack();
  const as = gatewayCaller().reader;
  // Each system narrowed to the one scope that covers the record it asks for.
  const asClient = clientCaller((clientId) => NARROWED_SCOPE[clientId]).reader;
  // A failed look (a kept-alive connection the busy subgraph closed as it was reused) is asked again by the loop below.
  const lagOf = async (subgraphUrl: string): Promise<Lag[]> => {
    try {
      const body = (await (await fetch(new URL('/readyz', subgraphUrl))).json()) as { detail?: { exchange?: { consumers: Lag[] } } };
      return body.detail?.exchange?.consumers ?? [];
    } catch {
      return [];
    }
  };

  beforeAll(async () => {
    // Wait until both consumers applied civil affairs' seeded events.
    const deadline = Date.now() + 60_000;
    for (;;) {
      // Foreign affairs also reads public security's feed: only civil affairs' consumers matter here.
      const lags = [...(await lagOf(stack.subgraphUrls['public-security'])), ...(await lagOf(stack.subgraphUrls['foreign-affairs']))].filter((l) => l.source === 'civil-affairs');
      if (lags.length === 2 && lags.every((l) => Number(l.position) > 0 && l.eventsBehind === 0)) break;
      if (Date.now() > deadline) throw new Error(`the exchange did not catch up: ${JSON.stringify(lags)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, 120_000);

  const CHECK = `query($id: ID!) { identityCheck(id: $id) { id } }`;
  const ENTRUSTMENT = `query($id: ID!) { aidEntrustment(id: $id) { id } }`;

  it('has a protected victim with an identity check and an accepted entrustment in the demo region', () => {
    expect(check).toBeDefined();
    expect(entrustment).toBeDefined();
  });

  it('reports each consumer caught up in /readyz and at /metrics', async () => {
    // The other suites change civil affairs' records on this stack all the while: a consumer may be
    // one event behind at any moment, and must report 0 again once it has applied it.
    const ps = await eventually('public security reporting its civil-affairs consumer caught up', async () =>
      (await lagOf(stack.subgraphUrls['public-security'])).find((l) => l.source === 'civil-affairs' && l.eventsBehind === 0 && l.secondsBehind === 0),
    );
    expect(ps).toMatchObject({ source: 'civil-affairs', eventsBehind: 0, secondsBehind: 0 });
    // And as a gauge at /metrics, for an operator's scraper.
    for (const subgraph of ['public-security', 'foreign-affairs'] as const) {
      const caughtUp = [`lifeline_exchange_events_behind{service="${subgraph}",source="civil-affairs"} 0`, `lifeline_exchange_seconds_behind{service="${subgraph}",source="civil-affairs"} 0`];
      const text = await eventually(`${subgraph} reporting its civil-affairs consumer caught up at /metrics`, async () => {
        const scraped = await (await fetch(new URL('/metrics', stack.subgraphUrls[subgraph]))).text();
        return scraped.split('\n').filter((line) => caughtUp.includes(line)).length === 2 && scraped;
      });
      expect(text).toContain(caughtUp[0]);
      expect(text).toMatch(new RegExp(`lifeline_exchange_seconds_behind\\{service="${subgraph}",source="civil-affairs"\\} 0\\b`));
    }
  });

  it('shows her identity check and entrustment to shelter staff', async () => {
    const shelter = as('shelter.staff');
    expect((await shelter<{ identityCheck: unknown }>(CHECK, { id: check.id })).data!.identityCheck).toEqual({ id: check.id });
    expect((await shelter<{ aidEntrustment: unknown }>(ENTRUSTMENT, { id: entrustment.id })).data!.aidEntrustment).toEqual({ id: entrustment.id });
  });

  it.each(['center.staff', 'forensic.officer', 'fao.officer'])('hides her identity check from %s as if it did not exist', async (username) => {
    const result = await as(username)<{ identityCheck: unknown }>(CHECK, { id: check.id });
    expect(result.errors?.filter((e) => e.extensions?.code !== 'FORBIDDEN')).toBeFalsy();
    expect(result.data?.identityCheck ?? null).toBeNull();
  });

  it.each(['center.staff', 'county.staff', 'fao.officer'])('hides her entrustment from %s as if it did not exist', async (username) => {
    const result = await as(username)<{ aidEntrustment: unknown }>(ENTRUSTMENT, { id: entrustment.id });
    expect(result.data?.aidEntrustment ?? null).toBeNull();
  });

  it('hides both from the public-security and foreign-affairs integration clients', async () => {
    const ps = await asClient('public-security-system')<{ identityCheck: unknown }>(CHECK, { id: check.id });
    expect(ps.errors).toBeUndefined();
    expect(ps.data!.identityCheck).toBeNull();
    const fa = await asClient('foreign-affairs-system')<{ aidEntrustment: unknown }>(ENTRUSTMENT, { id: entrustment.id });
    expect(fa.errors).toBeUndefined();
    expect(fa.data!.aidEntrustment).toBeNull();
  });
});
