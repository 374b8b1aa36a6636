/**
 * The short-lived token the gateway signs for each subgraph call: audience = the subgraph's name,
 * lifetime at most 60 s, carrying the verified caller. Subgraphs accept nothing else.
 */
import { randomUUID, type KeyObject } from 'node:crypto';
import { type Caller, type Agency } from './caller';
import { signJwt, verifyJwt, TokenError } from './jwt';

export const INTERNAL_ISSUER = 'lifeline-gateway';
export const INTERNAL_TOKEN_TTL_SECONDS = 60;

export interface InternalTokenClaims {
  caller: Caller;
  requestId: string;
}

/** Signs the internal token for one subgraph call. */
export function signInternalToken(
  input: { caller: Caller; requestId: string; audience: string; ttlSeconds?: number },
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
      rid: input.requestId,
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
    requestId: optional(claims.rid) ?? 'unknown',
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
