/**
 * Sign-in sessions as chains of refresh tokens. A sign-in starts a family; each refresh revokes
 * the presented token, records its successor and hands out the successor (rotation, RFC 9700
 * §4.14.2). A token presented after it was revoked means two parties hold it: the whole family is
 * revoked and both must sign in again. Rotation never extends a session: every token of a family
 * expires when the sign-in does (one shift by default). Only SHA-256 digests are stored.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { LockMode, type EntityManager, type MikroORM } from '@mikro-orm/core';
import { type AccessTokenIssuer, type AccessTokenSubject } from './access-token.issuer';
import { RefreshToken } from './entities/refresh-token.entity';
import { UserAccount } from './entities/user-account.entity';

/** What a successful sign-in or refresh hands out. */
export interface TokenPair {
  accessToken: string;
  /** Seconds the access token lives. */
  expiresIn: number;
  refreshToken: string;
}

/** The answer to a refresh: a new pair, or why not (all answered alike to the client). */
export type RefreshResult =
  | ({ ok: true } & TokenPair)
  | { ok: false; code: 'INVALID_REFRESH_TOKEN'; reason: 'UNKNOWN' | 'EXPIRED' | 'REUSED' | 'ACCOUNT_DISABLED' };

/** What the session workflows need. */
export interface SessionDependencies {
  orm: MikroORM;
  tokens: AccessTokenIssuer;
  refreshTokenTtlSeconds: number;
  now: () => number;
}

/** Refresh tokens are 256 random bits, prefixed so secret scanners recognise them. */
const REFRESH_TOKEN_PREFIX = 'llrt_';

/** The stored digest of a refresh token. */
export function refreshTokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** The access-token subject of an account. */
export function accountSubject(account: UserAccount): AccessTokenSubject {
  return {
    kind: 'user',
    id: account.username,
    agency: account.agency,
    orgUnit: account.orgUnit,
    jurisdiction: account.jurisdiction,
    roles: [...account.roles],
    scopes: [],
  };
}

function newRefreshToken(em: EntityManager, account: UserAccount, familyId: string, expiresAt: Date, now: number) {
  const token = `${REFRESH_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const row = em.create(RefreshToken, {
    user: account,
    tokenHash: refreshTokenDigest(token),
    familyId,
    expiresAt,
    revokedAt: null,
    replacedBy: null,
    createdAt: new Date(now),
  });
  return { token, row };
}

/** Starts a session for an account that has just proven who it is. */
export async function startSession(deps: SessionDependencies, account: UserAccount): Promise<TokenPair> {
  const em = deps.orm.em.fork();
  const now = deps.now();
  const { token } = newRefreshToken(em, em.getReference(UserAccount, account.id), randomUUID(), new Date(now + deps.refreshTokenTtlSeconds * 1000), now);
  await em.flush();
  const access = deps.tokens.issue(accountSubject(account));
  return { accessToken: access.token, expiresIn: access.expiresIn, refreshToken: token };
}

async function revokeFamily(em: EntityManager, familyId: string, now: number): Promise<void> {
  await em.nativeUpdate(RefreshToken, { familyId, revokedAt: null }, { revokedAt: new Date(now) });
}

/** Exchanges a refresh token for a new pair, revoking it; a reused token revokes its family. */
export async function rotateRefreshToken(deps: SessionDependencies, presented: string): Promise<RefreshResult> {
  const now = deps.now();
  // The row lock makes two concurrent refreshes with one token take turns: the second sees a
  // revoked token, which is exactly the reuse this scheme exists to catch.
  const outcome = await deps.orm.em.fork().transactional(async (em) => {
    const current = await em.findOne(RefreshToken, { tokenHash: refreshTokenDigest(presented) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!current) return { ok: false as const, reason: 'UNKNOWN' as const };
    if (current.revokedAt) {
      await revokeFamily(em, current.familyId, now);
      return { ok: false as const, reason: 'REUSED' as const };
    }
    if (current.expiresAt.getTime() <= now) return { ok: false as const, reason: 'EXPIRED' as const };
    const account = await em.findOne(UserAccount, { id: current.user.id });
    if (!account || account.disabled) {
      await revokeFamily(em, current.familyId, now);
      return { ok: false as const, reason: 'ACCOUNT_DISABLED' as const };
    }
    const next = newRefreshToken(em, account, current.familyId, current.expiresAt, now);
    current.revokedAt = new Date(now);
    current.replacedBy = next.row.id;
    return { ok: true as const, refreshToken: next.token, subject: accountSubject(account) };
  });
  if (!outcome.ok) return { ok: false, code: 'INVALID_REFRESH_TOKEN', reason: outcome.reason };
  const access = deps.tokens.issue(outcome.subject);
  return { ok: true, accessToken: access.token, expiresIn: access.expiresIn, refreshToken: outcome.refreshToken };
}

/**
 * Ends the session a refresh token belongs to: the token and every other token of its family are
 * revoked. Access tokens already issued stay valid until they expire (at most 15 minutes).
 * Unknown tokens are ignored, so the answer tells nothing.
 */
export async function revokeSession(deps: SessionDependencies, presented: string): Promise<void> {
  const em = deps.orm.em.fork();
  const current = await em.findOne(RefreshToken, { tokenHash: refreshTokenDigest(presented) }, { fields: ['familyId'] });
  if (current) await revokeFamily(em, current.familyId, deps.now());
}
