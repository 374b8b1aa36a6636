/**
 * Traces follow a request through the graph: a caller's W3C `traceparent` (as the portal sends it)
 * is continued by the gateway, carried on to each subgraph it calls, and each subgraph's SQL hangs
 * under its request. The shared stack exports to a receiver the global setup runs
 * (OTLP/HTTP, JSON); no span attribute carries anything the request or the records contain.
 */
import { randomBytes } from 'node:crypto';
import { buildDemoRegion } from '@lifeline/demo-region';
import { demoPassword } from '../src/config';
import { postGraphQL } from '../src/graphql-request';
import { gatewayCaller } from './support/graph';
import { readReceivedSpans, receivedSoFar, type ReceivedSpan } from './support/otlp-receiver';
import { sharedStack } from './support/shared-stack';

const SERVER = 2;
const CLIENT = 3;
const region = buildDemoRegion();
const person = region.persons.find((p) => p.name && p.idNumber && p.phone)!;
const foreigner = region.persons.find((p) => p.passportNumber)!;
const SEARCH = `query TracedPersonSearch($filter: PersonFilter, $first: Int) {
  persons(filter: $filter, first: $first) { edges { node { id name idNumber phone identityChecks { id } foreignNationalStatusChecks { passportNumber } } } }
}`;

/** The spans of one trace exported after `from`, once `until` holds (or after 30 s). */
async function spansOf(traceId: string, from: number, until: (spans: ReceivedSpan[]) => boolean): Promise<ReceivedSpan[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const spans = readReceivedSpans(sharedStack().tracesFile, from).filter((span) => span.traceId === traceId);
    if (until(spans) || Date.now() > deadline) return spans;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Every string an attribute (or a span name) holds, however nested. */
function strings(span: ReceivedSpan): string[] {
  const out = [span.name];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else out.push(String(value));
  };
  Object.values(span.attributes).forEach(walk);
  return out;
}

describe('traces', () => {
  const { token } = gatewayCaller();

  it('follow a request from its caller through the gateway into the subgraphs and their SQL, and carry no personal data', async () => {
    const stack = sharedStack();
    const accessToken = await token('police.officer');
    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    const variables = { filter: { search: person.name }, first: 5 };
    const from = receivedSoFar(stack.tracesFile);
    // A call that sends no traceparent starts no trace here (the shared stack's sampler is
    // parent-based and starts none itself): checked below, once the later traced call has arrived.
    const unsampled = await postGraphQL<{ __typename: string }>(stack.gatewayUrl, 'query UnsampledProbe { __typename }', {}, { authorization: `Bearer ${accessToken}` });
    expect(unsampled.data?.__typename).toBe('Query');
    const answer = await postGraphQL<{ persons: { edges: Array<{ node: { id: string; name: string | null; idNumber: string | null } }> } }>(
      stack.gatewayUrl,
      SEARCH,
      variables,
      { authorization: `Bearer ${accessToken}`, traceparent: `00-${traceId}-${callerSpanId}-01` },
    );
    expect(answer.errors).toBeUndefined();
    const found = answer.data!.persons.edges.map((edge) => edge.node);
    expect(found.map((node) => node.id)).toContain(person.id);

    // The gateway's server span ends last (after its subgraph calls), so it may come in a later export.
    const complete = (spans: ReceivedSpan[]) =>
      spans.some((s) => s.service === 'lifeline-gateway' && s.kind === SERVER) &&
      spans.some((s) => s.service === 'lifeline-public-security' && s.kind === SERVER) &&
      spans.some((s) => s.service === 'lifeline-civil-affairs' && s.attributes['db.system'] === 'postgresql');
    const spans = await spansOf(traceId, from, complete);
    expect(readReceivedSpans(stack.tracesFile, from).filter((span) => span.name.includes('UnsampledProbe'))).toEqual([]);
    const byId = new Map(spans.map((span) => [span.spanId, span]));
    const ancestors = (span: ReceivedSpan): ReceivedSpan[] => {
      const chain: ReceivedSpan[] = [];
      for (let parent = span.parentSpanId && byId.get(span.parentSpanId); parent; parent = parent.parentSpanId && byId.get(parent.parentSpanId)) chain.push(parent);
      return chain;
    };

    // The gateway continues the caller's trace: its server span's parent is the caller's span.
    const gateway = spans.find((s) => s.service === 'lifeline-gateway' && s.kind === SERVER);
    expect(gateway).toBeDefined();
    expect(gateway!.parentSpanId).toBe(callerSpanId);
    expect(gateway!.name).toBe('query TracedPersonSearch');
    expect(gateway!.attributes).toMatchObject({ 'graphql.operation.name': 'TracedPersonSearch', 'graphql.operation.type': 'query', 'http.response.status_code': 200 });

    for (const subgraph of ['civil-affairs', 'public-security']) {
      // A client span per subgraph call in the gateway, under the gateway's request…
      const call = spans.find((s) => s.service === 'lifeline-gateway' && s.kind === CLIENT && s.attributes['lifeline.subgraph'] === subgraph);
      expect(call).toBeDefined();
      expect(ancestors(call!)).toContain(gateway);
      // …whose traceparent the subgraph continues with its own server span for the operation.
      const served = spans.find((s) => s.service === `lifeline-${subgraph}` && s.kind === SERVER && s.parentSpanId === call!.spanId);
      expect(served).toBeDefined();
      expect(served!.attributes['graphql.operation.type']).toBe('query');
      expect(ancestors(served!)).toContain(gateway);
      // And the subgraph's SQL statements hang under its request, as verb and table only.
      const sql = spans.filter((s) => s.service === `lifeline-${subgraph}` && s.attributes['db.system'] === 'postgresql' && ancestors(s).includes(served!));
      expect(sql.length).toBeGreaterThan(0);
      for (const statement of sql) {
        expect(Object.keys(statement.attributes).sort()).toEqual(expect.arrayContaining(['db.operation', 'db.system']));
        expect(Object.keys(statement.attributes).every((key) => ['db.system', 'db.operation', 'db.sql.table'].includes(key))).toBe(true);
      }
      expect(sql.some((s) => s.attributes['db.operation'] === 'SELECT')).toBe(true);
    }
    expect(spans.some((s) => s.service === 'lifeline-civil-affairs' && s.attributes['db.sql.table'] === 'person')).toBe(true);

    // Nothing personal in any span of the whole run: no name, ID number, passport or phone of any
    // seed person, no password, no token, no value the query's variables carried or it answered.
    const forbidden = new Set<string>([demoPassword(), accessToken, person.name!, JSON.stringify(variables)]);
    for (const p of region.persons) for (const value of [p.name, p.idNumber, p.phone, p.passportNumber]) if (value) forbidden.add(value);
    for (const node of found) for (const value of [node.name, node.idNumber]) if (value) forbidden.add(value);
    expect(forbidden.has(foreigner.passportNumber!)).toBe(true);
    const everySpan = readReceivedSpans(stack.tracesFile);
    expect(everySpan.length).toBeGreaterThanOrEqual(spans.length);
    const leaks = everySpan.flatMap((span) => strings(span).filter((text) => [...forbidden].some((value) => text.includes(value))).map((text) => `${span.service} ${span.name}: ${text}`));
    expect(leaks).toEqual([]);
  });

  // The portal runs in the shared stack only where Chromium is (its browser suites need it).
  // The shared stack samples only what a caller asks for (a parent-based sampler that starts no
  // trace itself): the page's request carries a sampled traceparent, as a proxy in front may send.
  (sharedStack().portalUrl ? it : it.skip)('go through the portal: its server-side graph call continues the page request’s traceparent and tracestate and sends them on to the gateway, without the searched text', async () => {
    const stack = sharedStack();
    const accessToken = await token('police.officer');
    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    const from = receivedSoFar(stack.tracesFile);
    const page = await fetch(`${stack.portalUrl}/persons?q=${encodeURIComponent(person.name!)}`, {
      headers: { cookie: `lifeline_session=${accessToken}`, traceparent: `00-${traceId}-${callerSpanId}-01`, tracestate: 'edge=proxy1' },
      redirect: 'manual',
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(person.name!);

    // Each process exports its spans in its own batches: wait until the portal's call, the
    // gateway's span continuing it and civil affairs' span in the same trace have all arrived.
    const deadline = Date.now() + 30_000;
    let linked: { portal: ReceivedSpan; gateway: ReceivedSpan } | undefined;
    let reachedSubgraph = false;
    let all: ReceivedSpan[] = [];
    while (!(linked && reachedSubgraph) && Date.now() < deadline) {
      all = readReceivedSpans(stack.tracesFile, from);
      const portalCalls = all.filter((s) => s.service === 'lifeline-portal' && s.kind === CLIENT && s.name.startsWith('graph ') && s.traceId === traceId);
      for (const portal of portalCalls) {
        const gateway = all.find((s) => s.service === 'lifeline-gateway' && s.kind === SERVER && s.traceId === portal.traceId && s.parentSpanId === portal.spanId);
        if (!gateway) continue;
        linked = { portal, gateway };
        reachedSubgraph = all.some((s) => s.traceId === portal.traceId && s.service === 'lifeline-civil-affairs' && s.kind === SERVER);
        if (reachedSubgraph) break;
      }
      if (!(linked && reachedSubgraph)) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(linked).toBeDefined();
    // The portal's call hangs under the page request's caller, and the gateway under the portal's call.
    expect(linked!.portal.parentSpanId).toBe(callerSpanId);
    expect(linked!.gateway.traceId).toBe(traceId);
    // The caller's tracestate goes on with its trace, through the portal to the gateway.
    expect([linked!.portal.traceState, linked!.gateway.traceState]).toEqual(['edge=proxy1', 'edge=proxy1']);
    expect(linked!.gateway.attributes['graphql.operation.name']).toBe(linked!.portal.attributes['graphql.operation.name']);
    // The trace goes on into the subgraphs.
    expect(reachedSubgraph).toBe(true);
    const portalSpans = all.filter((s) => s.service === 'lifeline-portal');
    expect(portalSpans.every((s) => s.scope === 'lifeline')).toBe(true);
    for (const span of portalSpans) for (const text of strings(span)) for (const value of [person.name!, accessToken, encodeURIComponent(person.name!)]) expect(text).not.toContain(value);
  });
});
