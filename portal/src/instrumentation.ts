/**
 * Next.js calls `register` once when the portal's server starts. With tracing configured
 * (`OTEL_*`), each call the server makes to the gateway is a span whose W3C `traceparent` the
 * gateway continues. The provider is kept to those spans and not registered globally: Next.js's
 * own spans would record request URLs, and a search page's query string holds what was searched.
 */
export async function register(): Promise<void> {
  // Next.js inlines NEXT_RUNTIME per bundle: the edge bundle keeps none of what follows. It is a
  // build-time constant, written literally so that Next.js can replace it, not configuration.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ startTelemetry, flushBeforeExit }, { readPortalTelemetryConfig }] = await Promise.all([
    import('@lifeline/subgraph-runtime/telemetry'),
    import('./lib/portal-telemetry.config'),
  ]);
  // Next.js ends the process itself on SIGTERM and SIGINT; the spans still batched go out first.
  flushBeforeExit(await startTelemetry(readPortalTelemetryConfig(), { register: false }));
}
