/**
 * What a password set by an administrator must be, and the passwords the console generates. The
 * rules are the ones the service and `create-admin` already apply: at least 8 characters (12 for
 * an administrator), never the demo password, never the username; at most 1024 characters (the
 * sign-in endpoint reads no more).
 */
import { randomInt } from 'node:crypto';

/** The shortest password of an account. */
export const MIN_PASSWORD_LENGTH = 8;
/** The shortest password of an account holding the ADMIN role. */
export const MIN_ADMIN_PASSWORD_LENGTH = 12;
/** The longest password the sign-in endpoint accepts. */
export const MAX_PASSWORD_LENGTH = 1024;

/** Passwords no account made or reset by an administrator may have: the demo's. */
const FORBIDDEN_PASSWORDS = new Set(['lifeline-demo']);

/** Why a password is refused. */
export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'SAME_AS_USERNAME' | 'DEMO_PASSWORD';

/** Why `password` may not be the password of the account (`null`: it may). */
export function passwordProblem(password: string, account: { username: string; roles: readonly string[] }): PasswordProblem | null {
  const length = [...password].length;
  const minimum = account.roles.includes('ADMIN') ? MIN_ADMIN_PASSWORD_LENGTH : MIN_PASSWORD_LENGTH;
  if (length < minimum) return 'TOO_SHORT';
  if (length > MAX_PASSWORD_LENGTH) return 'TOO_LONG';
  if (FORBIDDEN_PASSWORDS.has(password)) return 'DEMO_PASSWORD';
  if (password.normalize('NFKC').trim().toLowerCase() === account.username) return 'SAME_AS_USERNAME';
  return null;
}

/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A one-time password for a new or reset account: 16 characters of a 55-letter alphabet (about
 * 92 bits), in four groups of four, so it passes the policy for every role.
 */
export function generatePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g += 1) {
    let group = '';
    for (let i = 0; i < 4; i += 1) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}
