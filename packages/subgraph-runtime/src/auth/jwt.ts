/**
 * Compact JWS (RFC 7515) with ES256 only, on node:crypto. The algorithm is fixed by the verifier,
 * never taken from the token header, so `alg: none` and algorithm-confusion tokens fail.
 */
import { sign as cryptoSign, verify as cryptoVerify, type KeyObject } from 'node:crypto';

export type JwtClaims = Record<string, unknown> & {
  iss?: string;
  sub?: string;
  aud?: string | string[];
  exp?: number;
  iat?: number;
  nbf?: number;
  jti?: string;
};

export class TokenError extends Error {
  constructor(readonly reason: 'MALFORMED' | 'ALGORITHM' | 'SIGNATURE' | 'EXPIRED' | 'NOT_YET_VALID' | 'AUDIENCE' | 'ISSUER') {
    super(`token rejected: ${reason.toLowerCase().replace(/_/g, ' ')}`);
    this.name = 'TokenError';
  }
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** Signs claims as an ES256 JWT. */
export function signJwt(claims: JwtClaims, key: KeyObject, kid: string): string {
  const header = b64url(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid }));
  const payload = b64url(JSON.stringify(claims));
  const signature = cryptoSign('sha256', Buffer.from(`${header}.${payload}`), { key, dsaEncoding: 'ieee-p1363' });
  return `${header}.${payload}.${b64url(signature)}`;
}

export interface VerifyOptions {
  audience?: string;
  issuer?: string;
  /** Seconds of clock skew tolerated. */
  clockTolerance?: number;
  now?: () => number;
}

/** Verifies an ES256 JWT against one of the given keys and checks its time and audience claims. */
export function verifyJwt(token: string, keys: KeyObject | KeyObject[], options: VerifyOptions = {}): JwtClaims {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) throw new TokenError('MALFORMED');
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  let header: { alg?: unknown };
  let claims: JwtClaims;
  try {
    header = JSON.parse(Buffer.from(headerPart, 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(payloadPart, 'base64url').toString('utf8'));
  } catch {
    throw new TokenError('MALFORMED');
  }
  if (header.alg !== 'ES256') throw new TokenError('ALGORITHM');
  if (typeof claims !== 'object' || claims === null) throw new TokenError('MALFORMED');
  const signature = Buffer.from(signaturePart, 'base64url');
  const signed = Buffer.from(`${headerPart}.${payloadPart}`);
  const candidates = Array.isArray(keys) ? keys : [keys];
  const valid = candidates.some((key) => {
    try {
      return cryptoVerify('sha256', signed, { key, dsaEncoding: 'ieee-p1363' }, signature);
    } catch {
      return false;
    }
  });
  if (!valid) throw new TokenError('SIGNATURE');
  const now = Math.floor((options.now?.() ?? Date.now()) / 1000);
  const skew = options.clockTolerance ?? 5;
  if (typeof claims.exp !== 'number' || now > claims.exp + skew) throw new TokenError('EXPIRED');
  if (typeof claims.nbf === 'number' && now + skew < claims.nbf) throw new TokenError('NOT_YET_VALID');
  if (options.audience !== undefined) {
    const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!aud.includes(options.audience)) throw new TokenError('AUDIENCE');
  }
  if (options.issuer !== undefined && claims.iss !== options.issuer) throw new TokenError('ISSUER');
  return claims;
}
