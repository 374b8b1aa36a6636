/**
 * The W3C `traceparent` of the request the portal's server is serving (sent by a proxy or a
 * browser in front), for its calls to the gateway to continue: server code only.
 */
import { headers } from 'next/headers';

export async function readIncomingTraceparent(): Promise<string | undefined> {
  return (await headers()).get('traceparent') ?? undefined;
}
