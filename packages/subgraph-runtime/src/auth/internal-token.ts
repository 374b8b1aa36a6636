/**
 * The short-lived token the gateway signs for a caller and a subgraph: audience = the subgraph's
 * name, lifetime at most 60 s, carrying the verified caller. Subgraphs accept nothing else. The
 * gateway may reuse one token for the same caller and subgraph over several calls while it has
 * most of its life left (signing is the costly part of a call); the request id then travels in the
 * `x-request-id` header instead of the token.
 */
import { randomUUID, type KeyObject } from 'node:crypto';
import { type Caller, type Agency } from './caller';
import { signJwt, verifyJwt, TokenError } from './jwt';

export const INTERNAL_ISSUER = 'lifeline-gateway';
export const INTERNAL_TOKEN_TTL_SECONDS = 60;

export interface InternalTokenClaims {
  caller: Caller;
  /** The request id, when the token was signed for one request (else null). */
  requestId: string | null;
}

/** Signs an internal token (for one request when `requestId` is given). */
export function signInternalToken(
  input: { caller: Caller; requestId?: string; audience: string; ttlSeconds?: number },
  key: { privateKey: KeyObject; kid: string },
): string {
  const now = Math.floor(Date.now() / 1000);
  const ttl = Math.min(input.ttlSeconds ?? INTERNAL_TOKEN_TTL_SECONDS, INTERNAL_TOKEN_TTL_SECONDS);
  const { caller } = input;
  return signJwt(
    {
      iss: INTERNAL_ISSUER,
      aud: input.audience,
      sub: caller.id,
      iat: now,
      exp: now + ttl,
      jti: randomUUID(),
      kind: caller.kind,
      agency: caller.agency,
      org: caller.orgUnit,
      jur: caller.jurisdiction,
      roles: caller.roles,
      scope: caller.scopes.join(' '),
      ...(input.requestId !== undefined ? { rid: input.requestId } : {}),
    },
    key.privateKey,
    key.kid,
  );
}

/** Verifies an internal token for this subgraph and returns the caller it carries. */
export function verifyInternalToken(token: string, publicKey: KeyObject, audience: string): InternalTokenClaims {
  const claims = verifyJwt(token, publicKey, { audience, issuer: INTERNAL_ISSUER });
  if (typeof claims.iat !== 'number' || typeof claims.exp !== 'number' || claims.exp - claims.iat > INTERNAL_TOKEN_TTL_SECONDS) {
    throw new TokenError('EXPIRED');
  }
  const kind = claims.kind;
  if (kind !== 'user' && kind !== 'service' && kind !== 'anonymous') throw new TokenError('MALFORMED');
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  const optional = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  return {
    requestId: optional(claims.rid),
    caller: {
      kind,
      id: optional(claims.sub) ?? 'anonymous',
      agency: optional(claims.agency) as Agency | null,
      orgUnit: optional(claims.org),
      jurisdiction: optional(claims.jur),
      roles: strings(claims.roles),
      scopes: typeof claims.scope === 'string' && claims.scope ? claims.scope.split(' ') : [],
    },
  };
}

/**
 * Verifies internal tokens for one subgraph, remembering the answer for each token until it
 * expires (at most `maxEntries` tokens), so that a token the gateway reuses is checked once. An
 * expired token is refused even when remembered.
 */
export function createInternalTokenVerifier(
  publicKey: KeyObject,
  audience: string,
  options: { maxEntries?: number; now?: () => number } = {},
): (token: string) => InternalTokenClaims {
  const maxEntries = options.maxEntries ?? 1000;
  const now = options.now ?? Date.now;
  const verified = new Map<string, { claims: InternalTokenClaims; expiresAtMs: number }>();
  return (token) => {
    const known = verified.get(token);
    if (known) {
      if (now() <= known.expiresAtMs) return known.claims;
      verified.delete(token);
      throw new TokenError('EXPIRED');
    }
    const claims = verifyInternalToken(token, publicKey, audience);
    const exp = (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { exp: number }).exp;
    if (verified.size >= maxEntries) verified.delete(verified.keys().next().value!);
    verified.set(token, { claims, expiresAtMs: exp * 1000 });
    return claims;
  };
}
