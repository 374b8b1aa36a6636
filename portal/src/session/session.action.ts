'use server';
/**
 * Signing in and out, as server actions: the password goes from the form to the portal's server
 * and from there to the gateway; the tokens that come back go straight into httpOnly cookies.
 * A failed sign-in says only that the username or password is wrong, never which.
 */
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { readPortalConfig } from '@/lib/portal-config';
import { loginAtGateway, logoutAtGateway } from './gateway-auth.client';
import { safeReturnPath } from './return-path';
import { clearedSessionCookies, isHttps, REFRESH_COOKIE, sessionCookies } from './session-cookies';

/** Why a sign-in did not succeed (a successful one redirects instead of answering). */
export type SignInFailure =
  | { error: 'INVALID_CREDENTIALS' }
  | { error: 'TOO_MANY_ATTEMPTS'; retryAfterSeconds: number }
  | { error: 'UNAVAILABLE' };

async function requestIsHttps(): Promise<boolean> {
  return isHttps(undefined, (await headers()).get('x-forwarded-proto'));
}

/** Signs in at the gateway, stores the session and goes to the page asked for (a local path only). */
export async function signIn(input: { username: unknown; password: unknown; next: unknown }): Promise<SignInFailure> {
  const username = typeof input.username === 'string' ? input.username.trim() : '';
  const password = typeof input.password === 'string' ? input.password : '';
  if (!username || !password || username.length > 128 || password.length > 1024) return { error: 'INVALID_CREDENTIALS' };
  const outcome = await loginAtGateway(username, password);
  if (!outcome.ok) {
    if (outcome.reason === 'TOO_MANY_ATTEMPTS') return { error: outcome.reason, retryAfterSeconds: outcome.retryAfterSeconds };
    return { error: outcome.reason };
  }
  const jar = await cookies();
  const secure = await requestIsHttps();
  for (const cookie of sessionCookies(outcome.tokens, { secure, sessionMaxAgeSeconds: readPortalConfig().sessionMaxAgeSeconds })) jar.set(cookie);
  redirect(safeReturnPath(typeof input.next === 'string' ? input.next : undefined));
}

/** Ends the session at the gateway (its refresh tokens are revoked), clears both cookies, back to sign-in. */
export async function signOut(): Promise<void> {
  const jar = await cookies();
  const refreshToken = jar.get(REFRESH_COOKIE)?.value;
  if (refreshToken) await logoutAtGateway(refreshToken);
  for (const cookie of clearedSessionCookies(await requestIsHttps())) jar.set(cookie);
  redirect('/login');
}
