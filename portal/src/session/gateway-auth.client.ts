/**
 * The gateway's identity endpoints (`/auth/login`, `/auth/refresh`, `/auth/logout`), called from
 * server code only. Answers are reduced to what the portal acts on; tokens never leave the server
 * except inside httpOnly cookies.
 */
import { withTracedCall } from '@lifeline/subgraph-runtime/telemetry';
import { readPortalConfig } from '@/lib/portal-config';

/** A signed-in session's tokens. */
export interface TokenPair {
  accessToken: string;
  /** Seconds the access token lives. */
  expiresIn: number;
  refreshToken: string;
}

export type LoginOutcome =
  | { ok: true; tokens: TokenPair }
  | { ok: false; reason: 'INVALID_CREDENTIALS' }
  | { ok: false; reason: 'TOO_MANY_ATTEMPTS'; retryAfterSeconds: number }
  | { ok: false; reason: 'UNAVAILABLE' };

function isTokenPair(value: unknown): value is TokenPair {
  const v = value as Partial<TokenPair> | null;
  return typeof v?.accessToken === 'string' && typeof v.refreshToken === 'string' && typeof v.expiresIn === 'number';
}

async function post(path: string, body: unknown): Promise<Response> {
  const { gatewayBaseUrl, gatewayTimeoutMs } = readPortalConfig();
  // A span per call when tracing is on: named after the endpoint, never what was sent.
  return withTracedCall(`identity ${path}`, {}, (trace) =>
    fetch(new URL(path, gatewayBaseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...trace },
      body: JSON.stringify(body),
      cache: 'no-store',
      signal: AbortSignal.timeout(gatewayTimeoutMs),
    }),
  );
}

/** Signs a user in; never throws (an unreachable gateway is `UNAVAILABLE`). */
export async function loginAtGateway(username: string, password: string): Promise<LoginOutcome> {
  try {
    const res = await post('auth/login', { username, password });
    if (res.status === 200) {
      const body: unknown = await res.json();
      return isTokenPair(body) ? { ok: true, tokens: body } : { ok: false, reason: 'UNAVAILABLE' };
    }
    if (res.status === 401 || res.status === 400) return { ok: false, reason: 'INVALID_CREDENTIALS' };
    if (res.status === 429) {
      const seconds = Number(res.headers.get('retry-after'));
      return { ok: false, reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 60 };
    }
    console.warn(`[portal] sign-in answered HTTP_${res.status}`);
    return { ok: false, reason: 'UNAVAILABLE' };
  } catch (error) {
    console.warn(`[portal] sign-in failed: ${error instanceof Error ? error.name : 'fetch failed'}`);
    return { ok: false, reason: 'UNAVAILABLE' };
  }
}

/**
 * Refreshes within one portal process share one gateway call per refresh token. The gateway
 * rotates refresh tokens and treats a second use of one as theft (it revokes the whole session),
 * so the page and the link prefetches a browser sends at once with an expired access token must
 * not each present the same refresh token. Results are kept briefly for requests still in flight.
 */
const inFlight = new Map<string, { settled: Promise<TokenPair | null>; at: number }>();
const SHARED_RESULT_MS = 30_000;

async function refreshOnce(refreshToken: string): Promise<TokenPair | null> {
  try {
    const res = await post('auth/refresh', { refreshToken });
    if (res.status !== 200) return null;
    const body: unknown = await res.json();
    return isTokenPair(body) ? body : null;
  } catch (error) {
    console.warn(`[portal] token refresh failed: ${error instanceof Error ? error.name : 'fetch failed'}`);
    return null;
  }
}

/** Exchanges a refresh token for a new pair; `null` when the session is over (or the gateway is down). */
export function refreshAtGateway(refreshToken: string, now: number = Date.now()): Promise<TokenPair | null> {
  for (const [key, entry] of inFlight) if (now - entry.at > SHARED_RESULT_MS) inFlight.delete(key);
  const shared = inFlight.get(refreshToken);
  if (shared) return shared.settled;
  const settled = refreshOnce(refreshToken);
  inFlight.set(refreshToken, { settled, at: now });
  return settled;
}

/** Ends the session at the gateway (its refresh tokens are revoked); failures are only logged. */
export async function logoutAtGateway(refreshToken: string): Promise<void> {
  try {
    const res = await post('auth/logout', { refreshToken });
    if (res.status !== 204) console.warn(`[portal] sign-out answered HTTP_${res.status}`);
  } catch (error) {
    console.warn(`[portal] sign-out failed: ${error instanceof Error ? error.name : 'fetch failed'}`);
  }
}
