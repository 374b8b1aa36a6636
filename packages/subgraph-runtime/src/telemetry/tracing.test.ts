import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { AlwaysOffSampler, InMemorySpanExporter, NodeTracerProvider, ParentBasedSampler, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { endServerSpan, injectTraceContext, runInSpan, setTracingOn, startServerSpan, StatementTracer, withClientSpan, withTracedCall } from './tracing';

const CALLER_TRACE = '0af7651916cd43dd8448eb211c80319c';
const CALLER_SPAN = 'b7ad6b7169203331';

describe('spans with tracing on', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });

  beforeAll(() => {
    provider.register();
    setTracingOn(true);
  });
  afterAll(async () => {
    setTracingOn(false);
    await provider.shutdown();
  });
  beforeEach(() => exporter.reset());

  it('continue the caller’s traceparent, pass it on from a client span, and record SQL as verb and known table only', async () => {
    const statements = new StatementTracer();
    statements.knownTables.add('person');
    statements.record(`select 1`, 1, false); // no request around it: nothing
    const server = startServerSpan({ traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01` }, 'POST', '/graphql', 'request-1')!;
    const sent: Record<string, string> = {};
    await runInSpan(server, async () => {
      statements.record(`select "p0".* from "person" as "p0" where "p0"."name" = '张三' and "p0"."id_number" = '110101199003074514'`, 3, false);
      statements.record(`select * from secret_names where name = '李四'`, 1, true);
      await withClientSpan('subgraph civil-affairs', { 'lifeline.subgraph': 'civil-affairs' }, async () => {
        injectTraceContext((name, value) => (sent[name] = value));
      });
    });
    endServerSpan(server, 200);

    const spans = exporter.getFinishedSpans();
    const byName = Object.fromEntries(spans.map((span) => [span.name, span]));
    expect(Object.keys(byName).sort()).toEqual(['POST /graphql', 'SELECT', 'SELECT person', 'subgraph civil-affairs']);
    for (const span of spans) expect(span.spanContext().traceId).toBe(CALLER_TRACE);
    expect(byName['POST /graphql']!.parentSpanContext?.spanId).toBe(CALLER_SPAN);
    expect(byName['POST /graphql']!.attributes).toEqual({ 'http.request.method': 'POST', 'http.route': '/graphql', 'lifeline.request_id': 'request-1', 'http.response.status_code': 200 });
    expect(byName['SELECT person']!.attributes).toEqual({ 'db.system': 'postgresql', 'db.operation': 'SELECT', 'db.sql.table': 'person' });
    expect(byName['SELECT person']!.parentSpanContext?.spanId).toBe(server.span.spanContext().spanId);
    // A table the ORM does not know is not named (the text is never trusted).
    expect(byName['SELECT']!.attributes).toEqual({ 'db.system': 'postgresql', 'db.operation': 'SELECT' });
    const client = byName['subgraph civil-affairs']!;
    expect(sent.traceparent).toBe(`00-${CALLER_TRACE}-${client.spanContext().spanId}-01`);
    expect(JSON.stringify(spans.map((span) => [span.name, span.attributes]))).not.toMatch(/张三|李四|110101199003074514|secret_names/);
  });

  it('give a process with its own provider a root client span per call and its traceparent', async () => {
    const own = new InMemorySpanExporter();
    const privateProvider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(own)] });
    setTracingOn(true, privateProvider, new W3CTraceContextPropagator());
    const headers = await withTracedCall('graph PersonSearch', { 'graphql.operation.name': 'PersonSearch' }, async (h) => h);
    setTracingOn(true);
    const [span] = own.getFinishedSpans();
    expect(span!.name).toBe('graph PersonSearch');
    expect(headers).toEqual({ traceparent: `00-${span!.spanContext().traceId}-${span!.spanContext().spanId}-01` });
    expect(exporter.getFinishedSpans()).toEqual([]);
  });

  it('give a process with its own provider a client span that continues the traceparent of the request it serves, as its sampler decides', async () => {
    const own = new InMemorySpanExporter();
    // A parent-based sampler that starts no trace itself: only a caller's sampled trace is recorded.
    const privateProvider = new NodeTracerProvider({ sampler: new ParentBasedSampler({ root: new AlwaysOffSampler() }), spanProcessors: [new SimpleSpanProcessor(own)] });
    setTracingOn(true, privateProvider, new W3CTraceContextPropagator());
    const continued = await withTracedCall('graph PersonSearch', {}, async (h) => h, { traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01`, tracestate: 'proxy=edge1' });
    const unsampled = await withTracedCall('graph PersonSearch', {}, async (h) => h, { traceparent: `00-${'1'.repeat(32)}-${CALLER_SPAN}-00` });
    const started = await withTracedCall('graph PersonSearch', {}, async (h) => h);
    // Not a valid traceparent (the forbidden version ff, ids of zeros, a malformed header): a trace of its own.
    const malformed = await Promise.all(
      [`ff-${CALLER_TRACE}-${CALLER_SPAN}-01`, `00-${'0'.repeat(32)}-${CALLER_SPAN}-01`, `00-${CALLER_TRACE}-${'0'.repeat(16)}-01`, 'not a traceparent'].map((traceparent) =>
        withTracedCall('graph PersonSearch', {}, async (h) => h, { traceparent }),
      ),
    );
    setTracingOn(true);
    const [span, ...others] = own.getFinishedSpans();
    expect(others).toEqual([]);
    expect(span!.spanContext().traceId).toBe(CALLER_TRACE);
    expect(span!.parentSpanContext?.spanId).toBe(CALLER_SPAN);
    // The caller's tracestate goes on with its trace.
    expect(continued).toEqual({ traceparent: `00-${CALLER_TRACE}-${span!.spanContext().spanId}-01`, tracestate: 'proxy=edge1' });
    // The caller's decision not to sample goes on with its trace id; a trace started here is not sampled.
    expect(unsampled.traceparent).toMatch(new RegExp(`^00-${'1'.repeat(32)}-[0-9a-f]{16}-00$`));
    for (const headers of [started, ...malformed]) {
      expect(headers.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/);
      expect(headers.traceparent).not.toContain(CALLER_TRACE);
      expect(headers.tracestate).toBeUndefined();
    }
  });

  it('send no traceparent from a process with its own provider when OTEL_PROPAGATORS leaves tracecontext out', async () => {
    const own = new InMemorySpanExporter();
    const privateProvider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(own)] });
    setTracingOn(true, privateProvider);
    const headers = await withTracedCall('graph PersonSearch', {}, async (h) => h, { traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01` });
    setTracingOn(true);
    expect(headers).toEqual({});
    const [span] = own.getFinishedSpans();
    expect(span!.name).toBe('graph PersonSearch');
    // Nor is the caller's trace continued.
    expect(span!.spanContext().traceId).not.toBe(CALLER_TRACE);
  });
});
