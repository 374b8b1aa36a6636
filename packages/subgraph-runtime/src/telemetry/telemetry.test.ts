import { trace } from '@opentelemetry/api';
import { readSubgraphConfig } from '../config/env';
import { readTelemetryConfig } from './telemetry-config';
import { startTelemetry } from './telemetry';
import { injectTraceContext, runInSpan, startServerSpan, tracingOn, withClientSpan } from './tracing';

const sdkModulesLoaded = () => Object.keys(require.cache).filter((path) => /@opentelemetry[\\/](sdk-trace|exporter-trace|resources)/.test(path));

describe('tracing configuration', () => {
  it('is off when no exporter is configured, and starting it then loads no SDK module and records nothing', async () => {
    const config = readTelemetryConfig('lifeline-civil-affairs', {});
    expect(config.enabled).toBe(false);
    const telemetry = await startTelemetry(config);
    expect(telemetry.enabled).toBe(false);
    expect(tracingOn()).toBe(false);
    expect(sdkModulesLoaded()).toEqual([]);
    // No span, no context: a request pays a boolean check.
    expect(startServerSpan({ traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' }, 'POST', '/graphql', 'request-1')).toBeUndefined();
    await expect(withClientSpan('subgraph civil-affairs', {}, async () => trace.getActiveSpan())).resolves.toBeUndefined();
    await telemetry.shutdown();
  });

  it('is on for an OTLP endpoint, a traces endpoint or a named exporter, with the process name as the service', () => {
    expect(readTelemetryConfig('lifeline-gateway', { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' })).toEqual({
      enabled: true,
      serviceName: 'lifeline-gateway',
      exporter: 'otlp',
      protocol: 'http/protobuf',
      propagators: ['tracecontext', 'baggage'],
    });
    expect(readTelemetryConfig('lifeline-gateway', { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' })).toMatchObject({ enabled: true, protocol: 'http/json' });
    expect(readTelemetryConfig('lifeline-gateway', { OTEL_TRACES_EXPORTER: 'console' })).toMatchObject({ enabled: true, exporter: 'console' });
  });

  it('stays off when told to (OTEL_SDK_DISABLED, OTEL_TRACES_EXPORTER=none) even with an endpoint', () => {
    expect(readTelemetryConfig('x', { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318', OTEL_SDK_DISABLED: 'true' }).enabled).toBe(false);
    expect(readTelemetryConfig('x', { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318', OTEL_TRACES_EXPORTER: 'none' }).enabled).toBe(false);
  });

  it('names each subgraph’s service after it, and a subgraph refuses a bad value at start-up', () => {
    expect(readSubgraphConfig('civil-affairs', 4001, {}).telemetry).toMatchObject({ enabled: false, serviceName: 'lifeline-civil-affairs' });
    expect(readSubgraphConfig('foreign-affairs', 4004, { OTEL_TRACES_EXPORTER: 'console' }).telemetry).toMatchObject({ enabled: true, serviceName: 'lifeline-foreign-affairs' });
    expect(() => readSubgraphConfig('civil-affairs', 4001, { OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow(/Invalid configuration for civil-affairs:\n {2}OTEL_TRACES_EXPORTER: /);
  });

  it('refuses values it cannot honour, naming the variable', () => {
    expect(() => readTelemetryConfig('x', { OTEL_TRACES_EXPORTER: 'jaeger' })).toThrow(/^OTEL_TRACES_EXPORTER: /);
    expect(() => readTelemetryConfig('x', { OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(/^OTEL_EXPORTER_OTLP_ENDPOINT: /);
    expect(() => readTelemetryConfig('x', { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4317', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toThrow(/^OTEL_EXPORTER_OTLP_PROTOCOL: /);
    expect(() => readTelemetryConfig('x', { OTEL_TRACES_EXPORTER: 'console', OTEL_PROPAGATORS: 'b3' })).toThrow(/^OTEL_PROPAGATORS: /);
    expect(() => readTelemetryConfig('x', { OTEL_TRACES_EXPORTER: 'console', OTEL_PROPAGATORS: 'none,tracecontext' })).toThrow(/^OTEL_PROPAGATORS: /);
  });

  it('reads OTEL_PROPAGATORS: the W3C pair by default, one of them, or none', () => {
    const propagators = (value: string | undefined) => readTelemetryConfig('x', { OTEL_TRACES_EXPORTER: 'console', ...(value === undefined ? {} : { OTEL_PROPAGATORS: value }) }).propagators;
    expect(propagators(undefined)).toEqual(['tracecontext', 'baggage']);
    expect(propagators(' TraceContext ')).toEqual(['tracecontext']);
    expect(propagators('baggage,tracecontext,baggage')).toEqual(['baggage', 'tracecontext']);
    expect(propagators('none')).toEqual([]);
  });
});

describe('a process started with OTEL_PROPAGATORS=none', () => {
  it('records its spans but continues no caller’s trace and sends no traceparent on', async () => {
    // The console exporter writes spans with console.dir; keep them out of the test output.
    const printed = jest.spyOn(console, 'dir').mockImplementation(() => undefined);
    const telemetry = await startTelemetry(readTelemetryConfig('lifeline-gateway', { OTEL_TRACES_EXPORTER: 'console', OTEL_PROPAGATORS: 'none' }));
    try {
      expect(tracingOn()).toBe(true);
      const server = startServerSpan({ traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' }, 'POST', '/graphql', 'request-1')!;
      expect(server.span.spanContext().traceId).not.toBe('0af7651916cd43dd8448eb211c80319c');
      const sent: Record<string, string> = {};
      await runInSpan(server, () => withClientSpan('subgraph civil-affairs', {}, async () => injectTraceContext((name, value) => (sent[name] = value))));
      expect(sent).toEqual({});
      server.span.end();
    } finally {
      await telemetry.shutdown();
      printed.mockRestore();
    }
    expect(tracingOn()).toBe(false);
  });
});
