/**
 * The key pair the gateway signs internal tokens with. Supplied by configuration (PEM in the
 * environment) or generated once on first start under the data directory; never committed.
 */
import { generateKeyPairSync, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SigningKeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** Key id published in JWKS and stamped in token headers. */
  kid: string;
}

interface StoredKeyPair {
  kid: string;
  privateKeyPem: string;
  publicKeyPem: string;
}

/**
 * Loads the key pair stored in `dir/<name>.json`, generating an ES256 (P-256) pair first when
 * none exists. Safe when several processes start at once: the file is created atomically and the
 * loser of the race reads the winner's keys.
 */
export function loadOrCreateSigningKeys(dir: string, name: string): SigningKeyPair {
  const file = join(dir, `${name}.json`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const stored: StoredKeyPair = {
      kid: `${name}-${Date.now().toString(36)}`,
      privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    };
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(stored), { mode: 0o600 });
    try {
      linkSync(tmp, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(tmp);
    }
  }
  const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredKeyPair;
  return {
    kid: stored.kid,
    privateKey: createPrivateKey(stored.privateKeyPem),
    publicKey: createPublicKey(stored.publicKeyPem),
  };
}

/** Reads a PEM-encoded public key (for a subgraph given only the gateway's public key). */
export function publicKeyFromPem(pem: string): KeyObject {
  // One-line environment values carry the PEM's newlines as `\n` escapes.
  return createPublicKey(pem.includes('\\n') ? pem.replace(/\\n/g, '\n') : pem);
}
