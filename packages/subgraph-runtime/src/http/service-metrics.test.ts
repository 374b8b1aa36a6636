import { metricValue, ServiceMetrics } from './service-metrics';

describe('a service’s /metrics', () => {
  it('counts SQL statements and reports the gauges its collectors give, labelled by service', () => {
    const metrics = new ServiceMetrics();
    metrics.countStatement();
    metrics.countStatement();
    let behind = 7;
    metrics.addCollector(() => [
      { name: 'lifeline_exchange_events_behind', help: 'Events not applied yet.', labels: { source: 'civil-affairs' }, value: behind },
      { name: 'lifeline_exchange_events_behind', help: 'Events not applied yet.', labels: { source: 'public-security' }, value: 0 },
    ]);
    const text = metrics.render('foreign-affairs');
    expect(metricValue(text, 'lifeline_sql_statements_total')).toBe(2);
    expect(text).toContain('# TYPE lifeline_exchange_events_behind gauge');
    expect(text.match(/# TYPE lifeline_exchange_events_behind/g)).toHaveLength(1);
    expect(text).toContain('lifeline_exchange_events_behind{service="foreign-affairs",source="civil-affairs"} 7');
    expect(text).toContain('lifeline_exchange_events_behind{service="foreign-affairs",source="public-security"} 0');
    behind = 0;
    expect(metrics.render('foreign-affairs')).toContain('lifeline_exchange_events_behind{service="foreign-affairs",source="civil-affairs"} 0');
  });
});
