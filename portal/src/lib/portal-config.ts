/**
 * The portal's server-side configuration, read from the environment here and nowhere else.
 * A malformed value fails the first request that needs it with a message naming the variable.
 */
const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:4000/graphql';

/** How long a page waits for the gateway before showing an error state. */
const DEFAULT_GATEWAY_TIMEOUT_MS = 15_000;

export interface PortalConfig {
  /** Where the gateway answers GraphQL. */
  gatewayUrl: string;
  gatewayTimeoutMs: number;
}

/** Parses the portal's environment; throws with the variable's name when a value is invalid. */
export function readPortalConfig(env: Record<string, string | undefined> = process.env): PortalConfig {
  const gatewayUrl = env.GATEWAY_URL?.trim() || DEFAULT_GATEWAY_URL;
  let parsed: URL;
  try {
    parsed = new URL(gatewayUrl);
  } catch {
    throw new Error('Invalid configuration for the portal: GATEWAY_URL must be an http(s) URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error('Invalid configuration for the portal: GATEWAY_URL must be an http(s) URL');
  }
  const timeoutValue = env.GATEWAY_TIMEOUT_MS?.trim();
  const gatewayTimeoutMs = timeoutValue ? Number(timeoutValue) : DEFAULT_GATEWAY_TIMEOUT_MS;
  if (!Number.isInteger(gatewayTimeoutMs) || gatewayTimeoutMs < 100) {
    throw new Error('Invalid configuration for the portal: GATEWAY_TIMEOUT_MS must be a whole number of milliseconds ≥ 100');
  }
  return { gatewayUrl: parsed.toString(), gatewayTimeoutMs };
}
