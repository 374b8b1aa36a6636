/**
 * Whether a process exports traces, read once from the standard OpenTelemetry variables. Tracing
 * is off unless an exporter is configured: `OTEL_EXPORTER_OTLP_ENDPOINT`,
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`, or `OTEL_TRACES_EXPORTER` (`otlp` or `console`; `none`
 * turns it off); `OTEL_SDK_DISABLED=true` turns it off whatever else is set. The exporter itself
 * reads the rest of the standard variables (endpoint, headers, timeout, compression, certificates),
 * the batch processor `OTEL_BSP_*`, the provider `OTEL_TRACES_SAMPLER(_ARG)` and span limits, and the
 * resource `OTEL_SERVICE_NAME` and `OTEL_RESOURCE_ATTRIBUTES`.
 */
export interface TelemetryConfig {
  /** Whether spans are recorded and exported at all. */
  enabled: boolean;
  /** `service.name` unless `OTEL_SERVICE_NAME` (or `service.name` in `OTEL_RESOURCE_ATTRIBUTES`) says otherwise. */
  serviceName: string;
  /** Where spans go: an OTLP/HTTP collector, or stdout (for a quick look). */
  exporter: 'otlp' | 'console';
  /** The OTLP encoding: protobuf (the standard's default) or JSON. */
  protocol: 'http/protobuf' | 'http/json';
  /**
   * How trace context crosses process boundaries (`OTEL_PROPAGATORS`): W3C `traceparent`
   * (`tracecontext`) and W3C `baggage`, both by default; empty (`none`): every request starts a
   * trace of its own and sends no header on.
   */
  propagators: Propagator[];
}

/** The propagators this build carries (the W3C ones); B3, Jaeger and X-Ray are not installed. */
export type Propagator = 'tracecontext' | 'baggage';
const PROPAGATORS = new Set<string>(['tracecontext', 'baggage']);

const EXPORTERS = new Set(['otlp', 'console', 'none']);
const PROTOCOLS = new Set(['http/protobuf', 'http/json']);

/** Thrown for an OTEL_* value this service cannot honour; the message names the variable only. */
export class TelemetryConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TelemetryConfigError';
  }
}

/**
 * Reads the tracing configuration of one process (`serviceName` is its default `service.name`,
 * e.g. `lifeline-gateway`). A value it cannot honour stops start-up with a message naming the
 * variable, rather than a service that silently exports nothing.
 */
export function readTelemetryConfig(serviceName: string, env: NodeJS.ProcessEnv = process.env): TelemetryConfig {
  const set = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const exporterList = set('OTEL_TRACES_EXPORTER')?.toLowerCase();
  const exporters = exporterList ? exporterList.split(',').map((value) => value.trim()).filter(Boolean) : [];
  const unknown = exporters.filter((value) => !EXPORTERS.has(value));
  if (unknown.length > 0) throw new TelemetryConfigError('OTEL_TRACES_EXPORTER: must be otlp, console or none');
  if (exporters.length > 1 && exporters.includes('none')) throw new TelemetryConfigError('OTEL_TRACES_EXPORTER: none cannot be combined with another exporter');
  if (exporters.length > 1) throw new TelemetryConfigError('OTEL_TRACES_EXPORTER: name one exporter (otlp or console)');

  const protocol = (set('OTEL_EXPORTER_OTLP_TRACES_PROTOCOL') ?? set('OTEL_EXPORTER_OTLP_PROTOCOL') ?? 'http/protobuf').toLowerCase();
  const endpoint = set('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT') ?? set('OTEL_EXPORTER_OTLP_ENDPOINT');
  for (const name of ['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'OTEL_EXPORTER_OTLP_ENDPOINT']) {
    const value = set(name);
    if (value !== undefined && !/^https?:\/\/[^\s]+$/.test(value)) throw new TelemetryConfigError(`${name}: must be an http:// or https:// URL`);
  }
  const disabled = set('OTEL_SDK_DISABLED')?.toLowerCase() === 'true' || exporters[0] === 'none';
  const enabled = !disabled && (endpoint !== undefined || exporters.length > 0);
  if (enabled && !PROTOCOLS.has(protocol)) {
    throw new TelemetryConfigError('OTEL_EXPORTER_OTLP_PROTOCOL: must be http/protobuf or http/json (gRPC is not supported here)');
  }
  const propagatorList = (set('OTEL_PROPAGATORS') ?? 'tracecontext,baggage')
    .toLowerCase()
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
  if (propagatorList.includes('none') && propagatorList.length > 1) throw new TelemetryConfigError('OTEL_PROPAGATORS: none cannot be combined with another propagator');
  if (propagatorList.some((value) => value !== 'none' && !PROPAGATORS.has(value))) {
    throw new TelemetryConfigError('OTEL_PROPAGATORS: must be tracecontext, baggage or none (other propagators are not installed)');
  }
  return {
    enabled,
    serviceName,
    propagators: [...new Set(propagatorList.filter((value): value is Propagator => PROPAGATORS.has(value)))],
    exporter: exporters[0] === 'console' ? 'console' : 'otlp',
    protocol: protocol === 'http/json' ? 'http/json' : 'http/protobuf',
  };
}
