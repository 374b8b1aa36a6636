/**
 * Every page request passes here first. Without a session it goes to the sign-in page (which
 * brings the user back afterwards). With an access token about to expire, the refresh token is
 * exchanged at the gateway, server-side, and both cookies are rotated before the page renders
 * (the page then reads the new token); when that fails the session is over: both cookies are
 * cleared and the user signs in again. Pages and server actions still get every answer from the
 * gateway, which verifies the token: this only spares users a page of refusals.
 *
 * Every response also gets the security headers, with a fresh script nonce that Next.js reads
 * from the request's Content-Security-Policy header and puts on its own scripts.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { isDevelopment, readPortalConfig } from '@/lib/portal-config';
import { newNonce, securityHeaders } from '@/lib/security-headers';
import { isUsable, readAccessTokenClaims } from '@/session/access-token.claims';
import { refreshAtGateway } from '@/session/gateway-auth.client';
import { loginHref } from '@/session/return-path';
import { clearedSessionCookies, isHttps, REFRESH_COOKIE, SESSION_COOKIE, sessionCookies, type CookieSpec } from '@/session/session-cookies';

function toLogin(request: NextRequest, clear: CookieSpec[]): NextResponse {
  const response = NextResponse.redirect(new URL(loginHref(`${request.nextUrl.pathname}${request.nextUrl.search}`), request.url));
  for (const cookie of clear) response.cookies.set(cookie);
  return response;
}

/** Passes the request on to the page, with the request headers it may have changed. */
function toPage(request: NextRequest): NextResponse {
  return NextResponse.next({ request: { headers: request.headers } });
}

async function route(request: NextRequest, secure: boolean): Promise<NextResponse> {
  if (request.nextUrl.pathname === '/login') return toPage(request);
  const access = request.cookies.get(SESSION_COOKIE)?.value;
  if (isUsable(readAccessTokenClaims(access))) return toPage(request);

  const refreshToken = request.cookies.get(REFRESH_COOKIE)?.value;
  if (!refreshToken) return toLogin(request, access ? clearedSessionCookies(secure) : []);
  const tokens = await refreshAtGateway(refreshToken);
  if (!tokens) return toLogin(request, clearedSessionCookies(secure));

  const rotated = sessionCookies(tokens, { secure, sessionMaxAgeSeconds: readPortalConfig().sessionMaxAgeSeconds });
  // The page rendering this request reads the new access token from the request's cookies.
  for (const cookie of rotated) request.cookies.set(cookie.name, cookie.value);
  const response = toPage(request);
  for (const cookie of rotated) response.cookies.set(cookie);
  return response;
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const secure = isHttps(request.nextUrl.protocol, request.headers.get('x-forwarded-proto'));
  const headers = securityHeaders({ nonce: newNonce(), development: isDevelopment(), https: secure });
  request.headers.set('content-security-policy', headers['Content-Security-Policy'] ?? '');
  const response = await route(request, secure);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Not for Next's own assets and the icon: they carry no data and must load on the sign-in page.
  matcher: ['/((?!_next/static|_next/image|icon.svg|favicon.ico|robots.txt).*)'],
};
