/**
 * The portal's server-side configuration, read from the environment here and nowhere else.
 * A malformed value fails the first request that needs it with a message naming the variable.
 */
const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:4000/graphql';

/** How long a page waits for the gateway before showing an error state. */
const DEFAULT_GATEWAY_TIMEOUT_MS = 15_000;

/** How long a sign-in lasts at most: the gateway's refresh-token lifetime (one shift, 8 h). */
const DEFAULT_SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export interface PortalConfig {
  /** Where the gateway answers GraphQL. */
  gatewayUrl: string;
  /** The gateway's origin and base path (GATEWAY_URL minus `/graphql`): `/auth/*` lives there. */
  gatewayBaseUrl: string;
  gatewayTimeoutMs: number;
  /** Lifetime of the refresh-token cookie (SESSION_MAX_AGE_SECONDS), matching the gateway's. */
  sessionMaxAgeSeconds: number;
}

/** True in `next dev` (NODE_ENV=development): the security headers then allow its tooling. */
export function isDevelopment(env: Record<string, string | undefined> = process.env): boolean {
  return env.NODE_ENV === 'development';
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
  const maxAgeValue = env.SESSION_MAX_AGE_SECONDS?.trim();
  const sessionMaxAgeSeconds = maxAgeValue ? Number(maxAgeValue) : DEFAULT_SESSION_MAX_AGE_SECONDS;
  if (!Number.isInteger(sessionMaxAgeSeconds) || sessionMaxAgeSeconds < 300) {
    throw new Error('Invalid configuration for the portal: SESSION_MAX_AGE_SECONDS must be a whole number of seconds ≥ 300');
  }
  const base = new URL(parsed.toString());
  base.pathname = base.pathname.replace(/\/graphql\/?$/, '').replace(/\/?$/, '/');
  base.search = '';
  return { gatewayUrl: parsed.toString(), gatewayBaseUrl: base.toString(), gatewayTimeoutMs, sessionMaxAgeSeconds };
}
