/**
 * Starts tracing for one process, or nothing. With tracing configured (see `readTelemetryConfig`)
 * the OpenTelemetry Node SDK is loaded, registered as the global tracer provider (W3C trace
 * context propagation, AsyncLocalStorage context) and batches spans to the exporter; without it
 * not one SDK module is loaded and every span helper stays a boolean check.
 */
import { type TelemetryConfig } from './telemetry-config';
import { setTracingOn } from './tracing';

export interface RunningTelemetry {
  /** Whether spans are recorded and exported. */
  enabled: boolean;
  /** Exports the spans still buffered and stops recording (a no-op when off). */
  shutdown(): Promise<void>;
}

const OFF: RunningTelemetry = { enabled: false, shutdown: async () => {} };

/**
 * Starts the SDK when `config.enabled`, else returns at once having loaded nothing. `register:
 * false` keeps the provider to Lifeline's own spans instead of making it the global one (the
 * portal: Next.js's own spans would record request URLs, query strings and all).
 */
export async function startTelemetry(config: TelemetryConfig, options: { register?: boolean } = {}): Promise<RunningTelemetry> {
  if (!config.enabled) return OFF;
  const [{ NodeTracerProvider, BatchSpanProcessor, ConsoleSpanExporter }, { detectResources, envDetector, resourceFromAttributes }] = await Promise.all([
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/resources'),
  ]);
  let exporter;
  if (config.exporter === 'console') exporter = new ConsoleSpanExporter();
  else if (config.protocol === 'http/json') exporter = new (await import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter();
  else exporter = new (await import('@opentelemetry/exporter-trace-otlp-proto')).OTLPTraceExporter();
  // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES (the env detector) override the default name.
  const resource = resourceFromAttributes({ 'service.name': config.serviceName }).merge(detectResources({ detectors: [envDetector] }));
  const provider = new NodeTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(exporter)] });
  if (options.register === false) {
    setTracingOn(true, provider);
  } else {
    provider.register();
    setTracingOn(true);
  }
  return {
    enabled: true,
    shutdown: async () => {
      setTracingOn(false);
      await provider.shutdown();
    },
  };
}
