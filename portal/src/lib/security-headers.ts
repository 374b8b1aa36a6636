/**
 * The security headers every portal response carries (issue: clickjacking, MIME sniffing,
 * referrer leaks, script injection). Scripts run only with the per-request nonce that Next.js
 * puts on its own inline and chunk scripts ('strict-dynamic' lets those load the rest); styles
 * allow inline because antd's CSS-in-JS writes style tags at run time. `next dev` needs eval for
 * its hot reload, and nothing else relaxes the policy.
 */
export interface SecurityHeaderOptions {
  /** A fresh, unguessable value per request (base64). */
  nonce: string;
  /** `next dev`: allow eval for the hot reloader. */
  development: boolean;
  /** The request came over https (directly or through a TLS proxy): add HSTS. */
  https: boolean;
}

/** The Content-Security-Policy header's value for one request. */
export function contentSecurityPolicy({ nonce, development }: Pick<SecurityHeaderOptions, 'nonce' | 'development'>): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Every security header for one response, by name. */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(self), payment=()',
    ...(options.https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/** A nonce for one request: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
