/**
 * Operators can see inside: the gateway and every subgraph answer `GET /metrics` in the Prometheus
 * format, with requests by status and their latency, errors by code, the gateway's fetches per
 * subgraph, the database pool, audit append latency and the exchange's lag — and no label or value
 * carries anything a request contained.
 */
import { metricValue } from '@lifeline/subgraph-runtime';
import { gatewayCaller } from './support/graph';
import { sharedStack } from './support/shared-stack';

const { as } = gatewayCaller();
const metricsOf = async (graphqlUrl: string) => {
  const response = await fetch(new URL('/metrics', graphqlUrl));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
};
/** The value of the series `name` whose labels include all of `labels` (label order does not matter). */
function series(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)\{([^}]*)\}\s+(\S+)$/.exec(line.trim());
    if (!match || match[1] !== name) continue;
    const pairs = new Set(match[2]!.split(','));
    if (Object.entries(labels).every(([key, value]) => pairs.has(`${key}="${value}"`))) return Number(match[3]);
  }
  return undefined;
}
const PAGE = `{ persons(first: 10) { edges { node { id name displayName identityStatus aidEntrustments { id } } } } }`;

describe('/metrics', () => {
  it('counts the gateway’s requests, errors by code and fetches per subgraph, without request data', async () => {
    const stack = sharedStack();
    const before = await metricsOf(stack.gatewayUrl);
    const requestsBefore = metricValue(before, 'lifeline_graphql_requests_total') ?? 0;
    const read = await as<{ persons: { edges: Array<{ node: { id: string; name: string | null } }> } }>('center.staff', PAGE);
    expect(read.errors).toBeUndefined();
    const names = read.data!.persons.edges.map((e) => e.node.name).filter((n): n is string => !!n);
    expect(names.length).toBeGreaterThan(0);
    const refused = await as('wf.caseworker', `{ auditEvents { civilAffairs { events { actor } } } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const after = await metricsOf(stack.gatewayUrl);
    expect(metricValue(after, 'lifeline_graphql_requests_total')).toBeGreaterThanOrEqual(requestsBefore + 2);
    expect(metricValue(after, 'lifeline_graphql_request_duration_seconds_count')).toBeGreaterThanOrEqual(requestsBefore + 2);
    expect(series(after, 'lifeline_graphql_errors_total', { service: 'gateway', code: 'FORBIDDEN' })).toBeGreaterThan(0);
    expect(series(after, 'lifeline_subgraph_fetch_duration_seconds_count', { subgraph: 'civil-affairs', outcome: 'ok' })).toBeGreaterThan(0);
    expect(series(after, 'lifeline_subgraph_fetch_duration_seconds_count', { subgraph: 'foreign-affairs', outcome: 'ok' })).toBeGreaterThan(0);
    expect(after).toContain('process_cpu_seconds_total');
    for (const value of [...names, ...read.data!.persons.edges.map((e) => e.node.id)]) expect(after).not.toContain(value);
  });

  it('shows each subgraph’s requests, SQL, database pool, audit appends and exchange lag', async () => {
    const stack = sharedStack();
    // Reading persons audits, so civil affairs writes audit lines.
    expect((await as('center.staff', PAGE)).errors).toBeUndefined();
    const civil = await metricsOf(stack.subgraphUrls['civil-affairs']);
    expect(metricValue(civil, 'lifeline_graphql_requests_total')).toBeGreaterThan(0);
    expect(metricValue(civil, 'lifeline_sql_statements_total')).toBeGreaterThan(0);
    expect(series(civil, 'lifeline_db_pool_connections', { service: 'civil-affairs', state: 'free' })).toBeGreaterThanOrEqual(0);
    expect(series(civil, 'lifeline_db_pool_connections', { service: 'civil-affairs', state: 'pending' })).toBeGreaterThanOrEqual(0);
    expect(metricValue(civil, 'lifeline_audit_append_duration_seconds_count')).toBeGreaterThan(0);
    const police = await metricsOf(stack.subgraphUrls['public-security']);
    expect(series(police, 'lifeline_exchange_events_behind', { service: 'public-security', source: 'civil-affairs' })).toBeGreaterThanOrEqual(0);
  });
});
