/**
 * The two session cookies: the access token (`lifeline_session`, lives as long as the token) and
 * the refresh token (`lifeline_refresh`, lives as long as the sign-in). Both httpOnly, so client
 * JavaScript never sees a token; SameSite=Lax, so other sites cannot send them with a form post;
 * Secure whenever the portal is served over https.
 */
import { type TokenPair } from './gateway-auth.client';

export const SESSION_COOKIE = 'lifeline_session';
export const REFRESH_COOKIE = 'lifeline_refresh';

export interface CookieSpec {
  name: string;
  value: string;
  httpOnly: true;
  sameSite: 'lax';
  secure: boolean;
  path: '/';
  maxAge: number;
}

/** The cookies that hold a token pair. */
export function sessionCookies(tokens: TokenPair, options: { secure: boolean; sessionMaxAgeSeconds: number }): CookieSpec[] {
  const base = { httpOnly: true, sameSite: 'lax', secure: options.secure, path: '/' } as const;
  return [
    { ...base, name: SESSION_COOKIE, value: tokens.accessToken, maxAge: Math.max(1, Math.floor(tokens.expiresIn)) },
    { ...base, name: REFRESH_COOKIE, value: tokens.refreshToken, maxAge: options.sessionMaxAgeSeconds },
  ];
}

/** The cookies that end a session in the browser (same attributes, expired at once). */
export function clearedSessionCookies(secure: boolean): CookieSpec[] {
  const base = { httpOnly: true, sameSite: 'lax', secure, path: '/', value: '', maxAge: 0 } as const;
  return [
    { ...base, name: SESSION_COOKIE },
    { ...base, name: REFRESH_COOKIE },
  ];
}

/**
 * Whether the browser reached the portal over https: the URL's own scheme, or the scheme a TLS
 * terminating proxy in front of it reports.
 */
export function isHttps(protocol: string | undefined, forwardedProto: string | null | undefined): boolean {
  const forwarded = forwardedProto?.split(',')[0]?.trim().toLowerCase();
  return forwarded ? forwarded === 'https' : protocol === 'https:';
}
