/**
 * The signed-in user's credential, as server code reads it: the access token the login page (or
 * the proxy, after a refresh) put in the httpOnly `lifeline_session` cookie. Only server code
 * calls this: the token never reaches client JavaScript.
 */
import { cookies } from 'next/headers';
import { readAccessTokenClaims, type SessionUser } from '@/session/access-token.claims';
import { SESSION_COOKIE } from '@/session/session-cookies';

/** The current user's bearer token for the gateway, or `undefined` when nobody is signed in. */
export async function readSessionToken(): Promise<string | undefined> {
  const value = (await cookies()).get(SESSION_COOKIE)?.value;
  return value && value.length > 0 ? value : undefined;
}

/** Who is signed in (read from the token's claims, for display and navigation only), or `null`. */
export async function readSessionUser(): Promise<SessionUser | null> {
  const claims = readAccessTokenClaims(await readSessionToken());
  return claims ? { username: claims.username, agency: claims.agency, roles: claims.roles } : null;
}
