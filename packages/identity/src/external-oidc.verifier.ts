/**
 * Trust in an agency's own OpenID Connect provider: its access tokens (RS256 or ES256, keys from
 * its JWKS) are accepted as callers, mapped onto Lifeline's caller model through configurable claim
 * names. Roles Lifeline does not know are dropped, an agency it does not know becomes none, so an
 * external token can never grant more than the names in roles.ts. The JWKS is fetched on first use,
 * cached, and fetched again when a token names a key not seen yet (at most every 30 s), so the
 * provider can rotate keys; if a fetch fails the keys already known keep working.
 */
import { createPublicKey, verify as cryptoVerify, type JsonWebKey, type KeyObject } from 'node:crypto';
import { TokenError, type Caller } from '@lifeline/subgraph-runtime';
import { knownRoles, peekJwt } from './access-token.issuer';
import { isAgency } from './entities/agency.vocabulary';

/** Which claims of the provider's tokens carry what; dotted names reach into objects (`realm_access.roles`). */
export interface OidcClaimMapping {
  /** The caller's id (default `preferred_username`, falling back to `sub`). */
  username: string;
  /** One of Lifeline's agency names (default `agency`). */
  agency: string;
  /** An array or a space-separated string of role names (default `roles`). */
  roles: string;
  /** Administrative-division code (default `jurisdiction`). */
  jurisdiction: string;
  /** Organisation unit (default `org_unit`). */
  orgUnit: string;
}

/** The claim names used when the configuration names none (Keycloak-style `preferred_username`). */
export const DEFAULT_OIDC_CLAIM_MAPPING: OidcClaimMapping = {
  username: 'preferred_username',
  agency: 'agency',
  roles: 'roles',
  jurisdiction: 'jurisdiction',
  orgUnit: 'org_unit',
};

/** An external OpenID Connect provider whose access tokens Lifeline accepts. */
export interface ExternalOidcOptions {
  /** The provider's `iss`, compared exactly. */
  issuer: string;
  /** Its JWKS (https, or http on a loopback address for tests and local development). */
  jwksUrl: string;
  /** The `aud` its tokens must carry; defaults to Lifeline's own audience. */
  audience?: string;
  claimMapping?: Partial<OidcClaimMapping>;
  /** How long fetched keys are used before fetching again (default 600 s). */
  cacheSeconds?: number;
}

/** Verifies one external provider's access tokens. */
export interface ExternalOidcVerifier {
  readonly issuer: string;
  /** Verifies a token of the provider and returns its caller (throws TokenError). */
  verify(token: string): Promise<Caller>;
}

type ExternalAlgorithm = 'RS256' | 'ES256';

interface ProviderKey {
  kid: string | undefined;
  alg: ExternalAlgorithm;
  key: KeyObject;
}

const MIN_REFETCH_MS = 30_000;
const FETCH_TIMEOUT_MS = 5_000;
const MAX_JWKS_BYTES = 256 * 1024;
const SKEW_SECONDS = 30;

/** Throws unless the JWKS URL is https, or http on a loopback host. */
export function assertJwksUrl(url: string): void {
  const parsed = new URL(url);
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
    throw new Error('the OIDC JWKS URL must use https (http only on a loopback address)');
  }
}

/** Turns one JWK into a verification key, or null when it is not a usable public signing key. */
function providerKey(jwk: Record<string, unknown>): ProviderKey | null {
  if (jwk.use !== undefined && jwk.use !== 'sig') return null;
  const kid = typeof jwk.kid === 'string' ? jwk.kid : undefined;
  try {
    if (jwk.kty === 'RSA' && (jwk.alg === undefined || jwk.alg === 'RS256')) {
      const key = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e } as JsonWebKey, format: 'jwk' });
      if ((key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048) return null;
      return { kid, alg: 'RS256', key };
    }
    if (jwk.kty === 'EC' && jwk.crv === 'P-256' && (jwk.alg === undefined || jwk.alg === 'ES256')) {
      const key = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y } as JsonWebKey, format: 'jwk' });
      return { kid, alg: 'ES256', key };
    }
  } catch {
    return null;
  }
  return null;
}

function claimAt(claims: Record<string, unknown>, path: string): unknown {
  if (Object.hasOwn(claims, path)) return claims[path];
  let value: unknown = claims;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function signatureValid(key: ProviderKey, signed: Buffer, signature: Buffer): boolean {
  try {
    return key.alg === 'ES256'
      ? cryptoVerify('sha256', signed, { key: key.key, dsaEncoding: 'ieee-p1363' }, signature)
      : cryptoVerify('sha256', signed, key.key, signature);
  } catch {
    return false;
  }
}

/** Creates the verifier of one external provider's tokens. */
export function createExternalOidcVerifier(options: ExternalOidcOptions, context: { defaultAudience: string; now: () => number }): ExternalOidcVerifier {
  assertJwksUrl(options.jwksUrl);
  const mapping: OidcClaimMapping = { ...DEFAULT_OIDC_CLAIM_MAPPING, ...options.claimMapping };
  const audience = options.audience ?? context.defaultAudience;
  const cacheMs = (options.cacheSeconds ?? 600) * 1000;
  let keys: ProviderKey[] = [];
  let fetchedAt = Number.NEGATIVE_INFINITY;
  let inFlight: Promise<void> | null = null;

  async function fetchKeys(): Promise<void> {
    const response = await fetch(options.jwksUrl, {
      headers: { accept: 'application/json' },
      redirect: 'error',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`JWKS answered ${response.status}`);
    const text = await response.text();
    if (text.length > MAX_JWKS_BYTES) throw new Error('JWKS too large');
    const body = JSON.parse(text) as { keys?: unknown };
    if (!Array.isArray(body.keys)) throw new Error('JWKS without keys');
    keys = body.keys
      .filter((k): k is Record<string, unknown> => typeof k === 'object' && k !== null)
      .map(providerKey)
      .filter((k): k is ProviderKey => k !== null);
  }

  /** Refreshes the keys (one fetch at a time); a failed fetch keeps the keys already known. */
  async function refresh(): Promise<void> {
    inFlight ??= fetchKeys()
      .catch(() => undefined)
      .finally(() => {
        fetchedAt = context.now();
        inFlight = null;
      });
    await inFlight;
  }

  async function keyFor(kid: string | undefined, alg: ExternalAlgorithm): Promise<ProviderKey | undefined> {
    const find = () => keys.find((k) => k.alg === alg && (kid === undefined ? keys.length === 1 : k.kid === kid));
    const age = context.now() - fetchedAt;
    if (age > cacheMs) await refresh();
    let key = find();
    if (!key && context.now() - fetchedAt >= MIN_REFETCH_MS) {
      await refresh();
      key = find();
    }
    return key;
  }

  return {
    issuer: options.issuer,
    async verify(token) {
      const parts = token.split('.');
      const peeked = peekJwt(token);
      if (!peeked || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) throw new TokenError('MALFORMED');
      const { header } = peeked;
      if (header.alg !== 'RS256' && header.alg !== 'ES256') throw new TokenError('ALGORITHM');
      if (header.crit !== undefined) throw new TokenError('MALFORMED');
      const key = await keyFor(typeof header.kid === 'string' ? header.kid : undefined, header.alg);
      if (!key) throw new TokenError('SIGNATURE');
      const signed = Buffer.from(`${parts[0]}.${parts[1]}`);
      const signature = Buffer.from(parts[2]!, 'base64url');
      if (!signatureValid(key, signed, signature)) throw new TokenError('SIGNATURE');

      const claims = peeked.claims as Record<string, unknown>;
      const now = Math.floor(context.now() / 1000);
      if (claims.iss !== options.issuer) throw new TokenError('ISSUER');
      if (typeof claims.exp !== 'number' || now > claims.exp + SKEW_SECONDS) throw new TokenError('EXPIRED');
      if (typeof claims.nbf === 'number' && now + SKEW_SECONDS < claims.nbf) throw new TokenError('NOT_YET_VALID');
      const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
      if (!aud.includes(audience)) throw new TokenError('AUDIENCE');

      const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
      const id = text(claimAt(claims, mapping.username)) ?? text(claims.sub);
      if (!id) throw new TokenError('MALFORMED');
      const rawRoles = claimAt(claims, mapping.roles);
      const roles = Array.isArray(rawRoles) ? rawRoles : typeof rawRoles === 'string' ? rawRoles.split(' ') : [];
      const agency = claimAt(claims, mapping.agency);
      return {
        kind: 'user',
        id,
        agency: isAgency(agency) ? agency : null,
        orgUnit: text(claimAt(claims, mapping.orgUnit)),
        jurisdiction: text(claimAt(claims, mapping.jurisdiction)),
        roles: knownRoles(roles),
        scopes: [],
      };
    },
  };
}
