/**
 * Signing in with a username and a password. Attempts at one username run one after another in
 * this process (`SignInQueue`), so a burst of parallel guesses is throttled exactly like a sequence
 * of them while a burst of correct passwords all succeed. Across processes each attempt is also
 * counted before the password is checked, inside a row lock; a success then clears the count.
 * Unknown usernames cost the same scrypt work and get the same answers (including the
 * slow-down), so the answers do not reveal which names exist.
 */
import { randomBytes } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { UserAccount } from './entities/user-account.entity';
import { lockedUntilAfterFailure, retryAfterSeconds, type UnknownUsernameThrottle } from './login-throttle.policy';
import { hashPassword, needsRehash, verifyPassword, type ScryptCost } from './password.hasher';
import { type SignInQueue } from './sign-in.queue';
import { startSession, type SessionDependencies, type TokenPair } from './refresh-token.workflow';

/** The answer to a sign-in. */
export type LoginResult =
  | ({ ok: true } & TokenPair)
  | { ok: false; code: 'INVALID_CREDENTIALS' }
  | { ok: false; code: 'LOCKED'; retryAfterSeconds: number };

/** What the sign-in workflow needs beyond the session workflow's dependencies. */
export interface LoginDependencies extends SessionDependencies {
  unknownUsernames: UnknownUsernameThrottle;
  /** A hash of a random password, checked for unknown usernames so they take as long. */
  dummyPasswordHash: Promise<string>;
  /** Serialises the attempts at one username in this process. */
  signInQueue: SignInQueue;
  /** The cost of new password hashes; a stored hash below it is upgraded at its next sign-in. */
  passwordCost: ScryptCost;
}

/** Usernames are compared trimmed, NFKC-normalised and in lower case. */
export function normalizeUsername(username: string): string {
  return username.normalize('NFKC').trim().toLowerCase();
}

/** A hash to check unknown usernames against, at the cost real accounts' hashes are made at. */
export function createDummyPasswordHash(cost: ScryptCost): Promise<string> {
  return hashPassword(randomBytes(24).toString('base64url'), cost);
}

const INVALID: LoginResult = { ok: false, code: 'INVALID_CREDENTIALS' };

type Reservation =
  | { kind: 'unknown' }
  | { kind: 'locked'; retryAfterSeconds: number }
  | { kind: 'counted'; account: UserAccount };

/** Checks a username and password and, when they match an enabled account, starts a session. */
export function login(deps: LoginDependencies, usernameInput: string, password: string): Promise<LoginResult> {
  const username = normalizeUsername(usernameInput);
  return deps.signInQueue.run(
    username,
    () => attemptLogin(deps, username, password),
    (): LoginResult => ({ ok: false, code: 'LOCKED', retryAfterSeconds: 1 }),
  );
}

async function attemptLogin(deps: LoginDependencies, username: string, password: string): Promise<LoginResult> {
  const now = deps.now();

  const reservation = await deps.orm.em.fork().transactional(async (em): Promise<Reservation> => {
    const account = await em.findOne(UserAccount, { username }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!account) return { kind: 'unknown' };
    const wait = retryAfterSeconds(account.lockedUntil, now);
    if (wait > 0) return { kind: 'locked', retryAfterSeconds: wait };
    account.failedAttempts += 1;
    account.lockedUntil = lockedUntilAfterFailure(account.failedAttempts, now);
    return { kind: 'counted', account };
  });

  if (reservation.kind === 'locked') return { ok: false, code: 'LOCKED', retryAfterSeconds: reservation.retryAfterSeconds };
  if (reservation.kind === 'unknown') {
    const wait = deps.unknownUsernames.waitSeconds(username, now);
    if (wait > 0) return { ok: false, code: 'LOCKED', retryAfterSeconds: wait };
    deps.unknownUsernames.recordFailure(username, now);
    await verifyPassword(password, await deps.dummyPasswordHash);
    return INVALID;
  }

  const { account } = reservation;
  const matches = await verifyPassword(password, account.passwordHash);
  if (!matches || account.disabled) return INVALID;

  const upgraded = needsRehash(account.passwordHash, deps.passwordCost) ? { passwordHash: await hashPassword(password, deps.passwordCost) } : {};
  await deps.orm.em.fork().nativeUpdate(UserAccount, { id: account.id }, { failedAttempts: 0, lockedUntil: null, lastSignInAt: new Date(now), ...upgraded });
  return { ok: true, ...(await startSession(deps, account)) };
}
