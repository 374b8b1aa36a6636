/**
 * The access-token keys kept under the data directory, and how they are rotated: the signing key
 * in `<name>.json` (the file `loadOrCreateSigningKeys` creates at first start) and the public
 * halves of the keys it replaced, with when each stopped signing, in `<name>.previous.json`.
 * Rotating writes the replaced key to the previous file first and the new key second, each
 * atomically (a temporary file renamed over the old), so a crash between the two leaves the old
 * key signing and listed twice, never a signed token without its key.
 *
 * Only where the identity service owns its key: a key configured in the environment
 * (ACCESS_TOKEN_PRIVATE_KEY) is the operator's to change, and several gateway instances on
 * separate data directories would each rotate their own — they need a shared key store first.
 */
import { generateKeyPairSync, createPublicKey, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadOrCreateSigningKeys, type SigningKeyPair } from '@lifeline/subgraph-runtime';
import { MAX_ACCESS_TOKEN_TTL_SECONDS, type VerificationKey } from './access-token.issuer';

interface StoredPreviousKey {
  kid: string;
  publicKeyPem: string;
  retiredAt: string;
}

/** The keys under the data directory, and the one way to change them. */
export interface SigningKeyRing {
  /** The key that signs. */
  current: SigningKeyPair;
  /** Keys that stopped signing less than a token lifetime ago (they still verify). */
  previous: VerificationKey[];
  /** Makes, stores and returns a new signing key; the current one joins the previous keys as of `now`. */
  rotate(now: number): SigningKeyPair;
}

function writeAtomically(file: string, content: string): void {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, content, { mode: 0o600 });
  renameSync(tmp, file);
}

/** Opens (creating at first start) the key ring `<dir>/<name>.json` + `<dir>/<name>.previous.json`. */
export function openFileSigningKeyRing(dir: string, name: string, now: number): SigningKeyRing {
  const currentFile = join(dir, `${name}.json`);
  const previousFile = join(dir, `${name}.previous.json`);
  const current = loadOrCreateSigningKeys(dir, name);
  const stored = existsSync(previousFile) ? (JSON.parse(readFileSync(previousFile, 'utf8')) as StoredPreviousKey[]) : [];
  // Keys whose last tokens have expired are of no more use to anyone.
  const live = stored.filter((key) => Date.parse(key.retiredAt) + MAX_ACCESS_TOKEN_TTL_SECONDS * 1000 > now && key.kid !== current.kid);
  return {
    current,
    previous: live.map((key) => ({ kid: key.kid, publicKey: createPublicKey(key.publicKeyPem), retiredAt: new Date(key.retiredAt) })),
    rotate(at) {
      const replaced = JSON.parse(readFileSync(currentFile, 'utf8')) as { kid: string; publicKeyPem: string };
      const kept = (existsSync(previousFile) ? (JSON.parse(readFileSync(previousFile, 'utf8')) as StoredPreviousKey[]) : []).filter(
        (key) => Date.parse(key.retiredAt) + MAX_ACCESS_TOKEN_TTL_SECONDS * 1000 > at && key.kid !== replaced.kid,
      );
      writeAtomically(previousFile, JSON.stringify([{ kid: replaced.kid, publicKeyPem: replaced.publicKeyPem, retiredAt: new Date(at).toISOString() }, ...kept]));
      const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const kid = `${name}-${at.toString(36)}-${randomBytes(3).toString('hex')}`;
      writeAtomically(
        currentFile,
        JSON.stringify({ kid, privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() }),
      );
      return { kid, privateKey, publicKey };
    },
  };
}
