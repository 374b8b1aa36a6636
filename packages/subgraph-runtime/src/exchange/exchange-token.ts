/**
 * Agency-to-agency authentication for the exchange: each agency holds its own ES256 key pair
 * (`exchange-<agency>` under the data dir's keys, or configured), signs a short-lived token naming
 * itself (issuer) and the producer it reads (audience); the producer verifies it with that
 * agency's public key. Only the agencies themselves can read a feed.
 */
import { randomUUID, type KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { signJwt, verifyJwt } from '../auth/jwt';
import { loadOrCreateSigningKeys, type SigningKeyPair } from '../auth/signing-keys';
import { EXCHANGE_AGENCIES, type ExchangeAgency } from './event-catalog';

const ISSUER_PREFIX = 'lifeline-exchange:';
const TTL_SECONDS = 60;

/** The exchange key pair of one agency, generated once under `<dataDir>/keys`. */
export function exchangeKeys(dataDir: string, agency: string): SigningKeyPair {
  return loadOrCreateSigningKeys(join(dataDir, 'keys'), `exchange-${agency}`);
}

/** Signs the token `reader` presents to `producer`'s feed. */
export function signExchangeToken(reader: string, producer: string, key: SigningKeyPair): string {
  const now = Math.floor(Date.now() / 1000);
  return signJwt({ iss: `${ISSUER_PREFIX}${reader}`, sub: reader, aud: producer, iat: now, exp: now + TTL_SECONDS, jti: randomUUID() }, key.privateKey, key.kid);
}

/**
 * Verifies a reader's token for this producer: the issuer must be an agency whose public key
 * `publicKeyOf` knows. Returns the reading agency; throws otherwise.
 */
export function verifyExchangeToken(token: string, producer: string, publicKeyOf: (agency: ExchangeAgency) => KeyObject | null): ExchangeAgency {
  const [, payload] = token.split('.');
  let issuer: unknown;
  try {
    issuer = (JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as { iss?: unknown }).iss;
  } catch {
    throw new Error('malformed exchange token');
  }
  const reader = typeof issuer === 'string' && issuer.startsWith(ISSUER_PREFIX) ? issuer.slice(ISSUER_PREFIX.length) : '';
  if (!(EXCHANGE_AGENCIES as readonly string[]).includes(reader) || reader === producer) throw new Error('unknown exchange reader');
  const key = publicKeyOf(reader as ExchangeAgency);
  if (!key) throw new Error('unknown exchange reader');
  const claims = verifyJwt(token, key, { audience: producer, issuer: `${ISSUER_PREFIX}${reader}` });
  if (typeof claims.iat !== 'number' || typeof claims.exp !== 'number' || claims.exp - claims.iat > TTL_SECONDS) throw new Error('exchange token lifetime too long');
  return reader as ExchangeAgency;
}
