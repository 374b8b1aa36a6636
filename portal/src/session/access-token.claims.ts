/**
 * What the portal reads from an access token: who is signed in (for the header and the
 * navigation) and when the token expires (to refresh it in time). The token is decoded without
 * verifying its signature: the gateway verifies it on every call, so nothing here grants access.
 */

/** The signed-in user as the portal shows them. */
export interface SessionUser {
  username: string;
  /** CIVIL_AFFAIRS, PUBLIC_SECURITY, WOMENS_FEDERATION, FOREIGN_AFFAIRS or OVERSIGHT. */
  agency: string | null;
  roles: string[];
}

export interface AccessTokenClaims extends SessionUser {
  /** Expiry, in seconds since the epoch. */
  expiresAt: number;
}

function decodeSegment(segment: string): unknown {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(padded), (c) => c.charCodeAt(0))));
}

/** The claims of a JWT access token, or `null` when it is not one (or lacks `sub` or `exp`). */
export function readAccessTokenClaims(token: string | undefined): AccessTokenClaims | null {
  const payload = token?.split('.')[1];
  if (!payload || token!.split('.').length !== 3) return null;
  let claims: unknown;
  try {
    claims = decodeSegment(payload);
  } catch {
    return null;
  }
  if (typeof claims !== 'object' || claims === null) return null;
  const { sub, agency, roles, exp } = claims as Record<string, unknown>;
  if (typeof sub !== 'string' || typeof exp !== 'number') return null;
  return {
    username: sub,
    agency: typeof agency === 'string' ? agency : null,
    roles: Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : [],
    expiresAt: exp,
  };
}

/**
 * Seconds before expiry at which a token counts as expired: a page that starts rendering with it
 * must still be able to make its gateway calls.
 */
export const EXPIRY_MARGIN_SECONDS = 30;

/** Whether the token can still be sent to the gateway for a whole request. */
export function isUsable(claims: AccessTokenClaims | null, nowMs: number = Date.now()): claims is AccessTokenClaims {
  return claims !== null && claims.expiresAt - EXPIRY_MARGIN_SECONDS > nowMs / 1000;
}
