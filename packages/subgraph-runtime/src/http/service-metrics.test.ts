import { metricValue, ServiceMetrics } from './service-metrics';

describe('a service’s /metrics', () => {
  it('counts SQL statements and reports the gauges its collectors give, labelled by service', async () => {
    const metrics = new ServiceMetrics('foreign-affairs');
    metrics.countStatement();
    metrics.countStatement();
    let behind = 7;
    metrics.addCollector(() => [
      { name: 'lifeline_exchange_events_behind', help: 'Events not applied yet.', labels: { source: 'civil-affairs' }, value: behind },
      { name: 'lifeline_exchange_events_behind', help: 'Events not applied yet.', labels: { source: 'public-security' }, value: 0 },
    ]);
    const text = await metrics.render();
    expect(metricValue(text, 'lifeline_sql_statements_total')).toBe(2);
    expect(text).toContain('lifeline_sql_statements_total{service="foreign-affairs"} 2');
    expect(text).toContain('# TYPE lifeline_exchange_events_behind gauge');
    expect(text.match(/# TYPE lifeline_exchange_events_behind/g)).toHaveLength(1);
    expect(text).toContain('lifeline_exchange_events_behind{service="foreign-affairs",source="civil-affairs"} 7');
    expect(text).toContain('lifeline_exchange_events_behind{service="foreign-affairs",source="public-security"} 0');
    behind = 0;
    expect(await metrics.render()).toContain('lifeline_exchange_events_behind{service="foreign-affairs",source="civil-affairs"} 0');
  });

  it('observes requests by status with a latency histogram, and errors by code with free text folded into OTHER', async () => {
    const metrics = new ServiceMetrics('gateway');
    metrics.observeRequest(200, 0.02);
    metrics.observeRequest(200, 0.3);
    metrics.observeRequest(400, 0.001);
    metrics.countErrors(['BAD_USER_INPUT', 'FORBIDDEN', 'FORBIDDEN', 'a message with 张三 in it', undefined]);
    metrics.observeSubgraphFetch('civil-affairs', 'ok', 0.012);
    metrics.observeSubgraphFetch('foreign-affairs', 'timeout', 5);
    const text = await metrics.render();
    expect(text).toContain('lifeline_graphql_requests_total{status="200",service="gateway"} 2');
    expect(text).toContain('lifeline_graphql_requests_total{status="400",service="gateway"} 1');
    expect(metricValue(text, 'lifeline_graphql_request_duration_seconds_count')).toBe(3);
    expect(text).toContain('lifeline_graphql_request_duration_seconds_bucket{le="0.025",service="gateway"} 2');
    expect(text).toContain('lifeline_graphql_errors_total{code="FORBIDDEN",service="gateway"} 2');
    expect(text).toContain('lifeline_graphql_errors_total{code="OTHER",service="gateway"} 2');
    expect(text).not.toContain('张三');
    expect(text).toContain('lifeline_subgraph_fetch_duration_seconds_count{service="gateway",subgraph="foreign-affairs",outcome="timeout"} 1');
    expect(text).toContain('process_cpu_seconds_total');
  });
});
