import { contentSecurityPolicy, newNonce, securityHeaders } from './security-headers';

describe('the portal security headers', () => {
  it('forbid framing, sniffing and scripts without the request nonce', () => {
    const headers = securityHeaders({ nonce: 'abc123', development: false, https: false });
    const csp = headers['Content-Security-Policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("object-src 'none'");
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['Strict-Transport-Security']).toBeUndefined();
  });

  it('add HSTS over https only and eval only for the development server', () => {
    expect(securityHeaders({ nonce: 'n', development: false, https: true })['Strict-Transport-Security']).toMatch(/^max-age=\d+/);
    expect(contentSecurityPolicy({ nonce: 'n', development: true })).toContain("'unsafe-eval'");
  });

  it('make a different nonce for every request', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => newNonce()));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});
