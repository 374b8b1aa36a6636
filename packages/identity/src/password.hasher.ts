/**
 * Password hashing with scrypt (node:crypto), stored in the PHC string format so every hash says
 * how it was made: `$scrypt$ln=15,r=8,p=1$<salt>$<hash>` (N = 2^ln, standard base64 without
 * padding). Parameters are read back from the stored string, so raising the cost later keeps old
 * hashes verifiable and `needsRehash` tells when to upgrade one.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * The cost of new hashes: N = 2^15, r = 8, p = 1 (32 MiB, about 100 ms here). OWASP suggests
 * N = 2^17; raising this upgrades each stored hash at its account's next successful sign-in.
 */
export const SCRYPT_COST: ScryptCost = { logN: 15, r: 8, p: 1 };

/** scrypt's cost parameters: N = 2^logN, block size r, parallelism p. */
export interface ScryptCost {
  readonly logN: number;
  readonly r: number;
  readonly p: number;
}

/** The lowest N a deployment may configure (2^10: 1 MiB; for test runs, which sign in thousands of times). */
export const MIN_SCRYPT_LOG_N = 10;

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
const PHC = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]{16,})\$([A-Za-z0-9+/]{32,})$/;

interface ParsedHash {
  logN: number;
  r: number;
  p: number;
  salt: Buffer;
  hash: Buffer;
}

function derive(password: string, salt: Buffer, cost: ScryptCost, length: number): Promise<Buffer> {
  const N = 2 ** cost.logN;
  // scrypt needs 128·N·r·p bytes; Node's default ceiling (32 MiB) is exactly N = 2^15, r = 8.
  const options: ScryptOptions = { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r * cost.p + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, length, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

const b64 = (data: Buffer) => data.toString('base64').replace(/=+$/, '');

function parse(stored: string): ParsedHash | null {
  const match = PHC.exec(stored);
  if (!match) return null;
  const [, logN, r, p, salt, hash] = match as unknown as [string, string, string, string, string, string];
  const parsed = { logN: Number(logN), r: Number(r), p: Number(p), salt: Buffer.from(salt, 'base64'), hash: Buffer.from(hash, 'base64') };
  // Bounds keep a corrupted or hostile row from turning one sign-in into a memory exhaustion.
  if (parsed.logN < MIN_SCRYPT_LOG_N || parsed.logN > 20 || parsed.r < 1 || parsed.r > 32 || parsed.p < 1 || parsed.p > 16) return null;
  return parsed;
}

/** Hashes a password with a fresh random salt at the current cost (the production default unless configured). */
export async function hashPassword(password: string, cost: ScryptCost = SCRYPT_COST): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const hash = await derive(password, salt, cost, KEY_LENGTH);
  return `$scrypt$ln=${cost.logN},r=${cost.r},p=${cost.p}$${b64(salt)}$${b64(hash)}`;
}

/** True when `password` matches the stored hash; false for a wrong password or an unreadable hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const candidate = await derive(password, parsed.salt, parsed, parsed.hash.length);
  return timingSafeEqual(candidate, parsed.hash);
}

/** True when the stored hash was made at a lower cost than the current one. */
export function needsRehash(stored: string, cost: ScryptCost = SCRYPT_COST): boolean {
  const parsed = parse(stored);
  if (!parsed) return true;
  return parsed.logN < cost.logN || parsed.r < cost.r || parsed.p < cost.p || parsed.hash.length < KEY_LENGTH;
}
