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
  const [{ NodeTracerProvider, BatchSpanProcessor, ConsoleSpanExporter }, { detectResources, envDetector, resourceFromAttributes }, core] = await Promise.all([
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/core'),
  ]);
  let exporter;
  if (config.exporter === 'console') exporter = new ConsoleSpanExporter();
  else if (config.protocol === 'http/json') exporter = new (await import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter();
  else exporter = new (await import('@opentelemetry/exporter-trace-otlp-proto')).OTLPTraceExporter();
  // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES (the env detector) override the default name.
  const resource = resourceFromAttributes({ 'service.name': config.serviceName }).merge(detectResources({ detectors: [envDetector] }));
  const provider = new NodeTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(exporter)] });
  // OTEL_PROPAGATORS, which the SDK itself no longer reads; an empty list continues no caller's trace and sends none on.
  const propagator = new core.CompositePropagator({
    propagators: config.propagators.map((name) => (name === 'tracecontext' ? new core.W3CTraceContextPropagator() : new core.W3CBaggagePropagator())),
  });
  if (options.register === false) {
    setTracingOn(true, provider, propagator);
  } else {
    provider.register({ propagator });
    setTracingOn(true, undefined, propagator);
  }
  return {
    enabled: true,
    shutdown: async () => {
      setTracingOn(false);
      await provider.shutdown();
    },
  };
}

const SIGNAL_EXIT_CODES = { SIGTERM: 143, SIGINT: 130 } as const;

/**
 * Keeps a stopping process's last spans: on SIGTERM or SIGINT it begins exporting what the batch
 * processor still holds and ends the process only once that is done (at most `timeoutMs`). Where
 * a framework owns the signals and ends with `process.exit` after its own graceful close (Next.js's
 * `next start`), that exit waits for the export; where nothing else listens, the process exits
 * itself with the signal's code (128 + its number), as it would have without this handler.
 */
export function flushBeforeExit(telemetry: RunningTelemetry, timeoutMs = 3000): void {
  if (!telemetry.enabled) return;
  let flushing: Promise<void> | undefined;
  const onSignal = (signal: keyof typeof SIGNAL_EXIT_CODES) => {
    if (flushing) return;
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref());
    flushing = Promise.race([telemetry.shutdown().catch(() => undefined), timeout]);
    const exit = process.exit.bind(process);
    const heldExit = (code?: number | string | null) => {
      void flushing!.then(() => exit(code));
    };
    process.exit = heldExit as typeof process.exit;
    // Nobody else handles the signal: the default would have been to end the process.
    if (process.listenerCount(signal) === 1) void flushing.then(() => exit(SIGNAL_EXIT_CODES[signal]));
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.prependListener(signal, () => onSignal(signal));
}
