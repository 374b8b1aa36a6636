/**
 * Lifeline's own access tokens: ES256 JWTs (RFC 7519) signed with the identity service's key,
 * published as a JWKS, at most 15 minutes long. They are not looked up on use, so signing out
 * (revoking the refresh token) ends a session within one access-token lifetime, not at once:
 * the short lifetime is what bounds revocation.
 */
import { createHash, randomUUID, type KeyObject } from 'node:crypto';
import { ROLES, TokenError, signJwt, verifyJwt, type Agency, type Caller, type JwtClaims, type SigningKeyPair } from '@lifeline/subgraph-runtime';
import { isAgency } from './entities/agency.vocabulary';

/** The longest access-token lifetime the service issues or accepts. */
export const MAX_ACCESS_TOKEN_TTL_SECONDS = 900;
/** Seconds of clock difference tolerated on `exp` and `nbf`. */
const CLOCK_SKEW_SECONDS = 5;
/** How many verified access tokens are remembered (the oldest forgotten first). */
const VERIFIED_TOKENS_KEPT = 10_000;

/** A public key that verifies access tokens, with the id tokens name it by. */
export interface VerificationKey {
  kid: string;
  publicKey: KeyObject;
  /**
   * When the key stopped signing (a rotation): it verifies, and is published, until the last token
   * it signed has expired. Absent: a configured earlier key, kept as long as it is configured.
   */
  retiredAt?: Date;
}

/** A key of the issuer as an administrator sees it: its id, whether it signs, and until when an earlier key still verifies. */
export interface SigningKeyState {
  kid: string;
  signing: boolean;
  /** For a rotated-out key: the instant its last tokens expire and it is dropped. */
  verifiesUntil: string | null;
}

/** One entry of a JSON Web Key Set (public EC key). */
export interface PublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
  kid: string;
  alg: 'ES256';
  use: 'sig';
}

/** The JSON Web Key Set the service publishes at `/.well-known/jwks.json`. */
export interface Jwks {
  keys: PublicJwk[];
}

/** Whom an access token is for: an account or an integrating system. */
export interface AccessTokenSubject {
  kind: 'user' | 'service';
  /** Username or client id. */
  id: string;
  agency: Agency;
  orgUnit: string | null;
  jurisdiction: string | null;
  roles: string[];
  scopes: string[];
}

/** What the access-token issuer is built from. */
export interface AccessTokenIssuerOptions {
  signingKeys: SigningKeyPair;
  /** Keys of earlier signing keys still accepted (and published) during a key rotation. */
  previousKeys?: VerificationKey[];
  issuer: string;
  audience: string;
  ttlSeconds: number;
  now: () => number;
}

/** Signs, verifies and publishes Lifeline's own access tokens. */
export interface AccessTokenIssuer {
  /** Signs an access token for the subject. */
  issue(subject: AccessTokenSubject): { token: string; expiresIn: number };
  /** Verifies one of this service's access tokens and returns its caller (throws TokenError). */
  verify(token: string): Caller;
  /** The public keys, as a JWKS. */
  jwks(): Jwks;
  /** The keys by id: the signing one first, then the earlier ones that still verify. */
  keys(): SigningKeyState[];
  /** Signs with `next` from now on; the key it replaces verifies until its tokens have expired. */
  rotate(next: SigningKeyPair): void;
}

const KNOWN_ROLES: ReadonlySet<string> = new Set(Object.values(ROLES));

/** Throws unless the key is an EC P-256 key (the only kind ES256 allows). */
export function assertEs256Key(key: KeyObject, what: string): void {
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new Error(`${what} must be an EC P-256 key (ES256)`);
  }
}

/** The RFC 7638 thumbprint of an EC public key: a stable key id derived from the key itself. */
export function jwkThumbprint(publicKey: KeyObject): string {
  const jwk = publicKey.export({ format: 'jwk' });
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return createHash('sha256').update(canonical).digest('base64url');
}

function toPublicJwk(key: VerificationKey): PublicJwk {
  const jwk = key.publicKey.export({ format: 'jwk' });
  // Only the public members are copied: the private key's `d` can never slip into the set.
  return { kty: 'EC', crv: 'P-256', x: String(jwk.x), y: String(jwk.y), kid: key.kid, alg: 'ES256', use: 'sig' };
}

/** Reads the header of a compact JWS without trusting it (for routing to the right key). */
export function peekJwt(token: string): { header: Record<string, unknown>; claims: JwtClaims } | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    const header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as unknown;
    const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as unknown;
    if (typeof header !== 'object' || header === null || typeof claims !== 'object' || claims === null) return null;
    return { header: header as Record<string, unknown>, claims: claims as JwtClaims };
  } catch {
    return null;
  }
}

/** Creates the issuer and verifier of Lifeline's own access tokens. */
export function createAccessTokenIssuer(options: AccessTokenIssuerOptions): AccessTokenIssuer {
  const { issuer, audience, now } = options;
  let signingKeys = options.signingKeys;
  if (!Number.isInteger(options.ttlSeconds) || options.ttlSeconds < 1 || options.ttlSeconds > MAX_ACCESS_TOKEN_TTL_SECONDS) {
    throw new Error(`accessTokenTtlSeconds must be an integer from 1 to ${MAX_ACCESS_TOKEN_TTL_SECONDS}`);
  }
  assertEs256Key(signingKeys.publicKey, 'the access-token signing key');
  let previousKeys: VerificationKey[] = [...(options.previousKeys ?? [])];
  for (const key of previousKeys) assertEs256Key(key.publicKey, `verification key ${key.kid}`);
  /** A rotated-out key verifies until every token it signed has expired (the longest lifetime, plus the skew). */
  const verifiesUntil = (key: VerificationKey) => (key.retiredAt ? key.retiredAt.getTime() + (MAX_ACCESS_TOKEN_TTL_SECONDS + CLOCK_SKEW_SECONDS) * 1000 : Infinity);
  const verificationKeys = (): VerificationKey[] => {
    const at = now();
    previousKeys = previousKeys.filter((key) => verifiesUntil(key) >= at);
    return [{ kid: signingKeys.kid, publicKey: signingKeys.publicKey }, ...previousKeys.filter((key) => key.kid !== signingKeys.kid)];
  };
  // Tokens already verified: a client sends the same token with every request for up to 15
  // minutes, and an ES256 verification was a visible part of the gateway's CPU per request.
  const verified = new Map<string, { caller: Caller; exp: number; nbf?: number }>();

  return {
    issue(subject) {
      const iat = Math.floor(now() / 1000);
      const claims: JwtClaims = {
        iss: issuer,
        aud: audience,
        sub: subject.id,
        iat,
        exp: iat + options.ttlSeconds,
        jti: randomUUID(),
        kind: subject.kind,
        agency: subject.agency,
        org: subject.orgUnit,
        jur: subject.jurisdiction,
        roles: subject.roles,
        scope: subject.scopes.join(' '),
      };
      return { token: signJwt(claims, signingKeys.privateKey, signingKeys.kid), expiresIn: options.ttlSeconds };
    },

    verify(token) {
      const known = verified.get(token);
      if (known) {
        // The signature and claims were checked once; the time is checked again on every use.
        const at = Math.floor(now() / 1000);
        if (at > known.exp + CLOCK_SKEW_SECONDS) throw new TokenError('EXPIRED');
        if (known.nbf !== undefined && at + CLOCK_SKEW_SECONDS < known.nbf) throw new TokenError('NOT_YET_VALID');
        return { ...known.caller, roles: [...known.caller.roles], scopes: [...known.caller.scopes] };
      }
      const kid = peekJwt(token)?.header.kid;
      const key = typeof kid === 'string' ? verificationKeys().find((candidate) => candidate.kid === kid)?.publicKey : undefined;
      if (!key) throw new TokenError('SIGNATURE');
      // verifyJwt fixes the algorithm to ES256 whatever the header says and checks exp, aud, iss.
      const claims = verifyJwt(token, key, { audience, issuer, now, clockTolerance: CLOCK_SKEW_SECONDS });
      if (typeof claims.iat !== 'number' || typeof claims.exp !== 'number' || claims.exp - claims.iat > MAX_ACCESS_TOKEN_TTL_SECONDS) {
        throw new TokenError('EXPIRED');
      }
      const caller = callerFromClaims(claims);
      if (verified.size >= VERIFIED_TOKENS_KEPT) verified.delete(verified.keys().next().value!);
      verified.set(token, { caller, exp: claims.exp, ...(typeof claims.nbf === 'number' ? { nbf: claims.nbf } : {}) });
      return { ...caller, roles: [...caller.roles], scopes: [...caller.scopes] };
    },

    jwks() {
      return { keys: verificationKeys().map(toPublicJwk) };
    },

    keys() {
      return verificationKeys().map((key, index) => ({
        kid: key.kid,
        signing: index === 0,
        verifiesUntil: key.retiredAt ? new Date(verifiesUntil(key)).toISOString() : null,
      }));
    },

    rotate(next) {
      assertEs256Key(next.publicKey, 'the new access-token signing key');
      if (next.kid === signingKeys.kid || previousKeys.some((key) => key.kid === next.kid)) throw new Error(`the key id ${next.kid} is in use already`);
      previousKeys = [{ kid: signingKeys.kid, publicKey: signingKeys.publicKey, retiredAt: new Date(now()) }, ...previousKeys];
      signingKeys = next;
    },
  };
}

function callerFromClaims(claims: JwtClaims): Caller {
  const kind = claims.kind;
  if ((kind !== 'user' && kind !== 'service') || typeof claims.sub !== 'string' || !claims.sub) throw new TokenError('MALFORMED');
  const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
  const roles = Array.isArray(claims.roles) ? knownRoles(claims.roles) : [];
  return {
    kind,
    id: claims.sub,
    agency: isAgency(claims.agency) ? claims.agency : null,
    orgUnit: text(claims.org),
    jurisdiction: text(claims.jur),
    roles,
    scopes: typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : [],
  };
}

/** Drops the names that are not Lifeline roles. */
export function knownRoles(roles: readonly unknown[]): string[] {
  return [...new Set(roles.filter((r): r is string => typeof r === 'string' && KNOWN_ROLES.has(r)))];
}
