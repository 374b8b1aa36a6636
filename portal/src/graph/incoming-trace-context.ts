/**
 * The W3C trace headers (`traceparent`, `tracestate`) of the request the portal's server is
 * serving (sent by a proxy or a browser in front), for its calls to the gateway to continue:
 * server code only. No other header is read: a browser's `baggage` does not travel on inside.
 */
import { headers } from 'next/headers';
import { type IncomingTraceContext } from '@lifeline/subgraph-runtime/telemetry';

export async function readIncomingTraceContext(): Promise<IncomingTraceContext> {
  const incoming = await headers();
  return { traceparent: incoming.get('traceparent') ?? undefined, tracestate: incoming.get('tracestate') ?? undefined };
}
