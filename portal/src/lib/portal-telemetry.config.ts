/**
 * Whether the portal's server traces its calls to the gateway: read from the standard `OTEL_*`
 * variables here and nowhere else (off unless an exporter is configured; service
 * `lifeline-portal` unless `OTEL_SERVICE_NAME` says otherwise).
 */
import { readTelemetryConfig, type TelemetryConfig } from '@lifeline/subgraph-runtime/telemetry';

export function readPortalTelemetryConfig(env: NodeJS.ProcessEnv = process.env): TelemetryConfig {
  return readTelemetryConfig('lifeline-portal', env);
}
