import { RefreshToken, UserAccount, type TokenPair } from '../src';
import { ManualClock, createTestAccount, openTestIdentity, type TestIdentity } from './identity.fixture';

let identity: TestIdentity;

beforeAll(async () => {
  identity = await openTestIdentity();
});
afterAll(() => identity.close());

async function signIn(roles = ['CENTER_STAFF']): Promise<TokenPair & { username: string }> {
  const { username, password } = await createTestAccount(identity.service, { roles });
  const result = await identity.service.login(username, password);
  if (!result.ok) throw new Error(result.code);
  return { ...result, username };
}

describe('refreshing a session', () => {
  it('hands out a new pair and retires the presented refresh token', async () => {
    const first = await signIn();
    identity.clock.advance(600);
    const second = await identity.service.refresh(first.refreshToken);
    if (!second.ok) throw new Error(second.reason);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.accessToken).not.toBe(first.accessToken);
    expect((await identity.service.verifyAccessToken(second.accessToken)).id).toBe(first.username);

    const rows = await identity.orm.em.fork().find(RefreshToken, { user: { username: first.username } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    expect(rows).toHaveLength(2);
    const [old, current] = rows[0]!.revokedAt ? [rows[0]!, rows[1]!] : [rows[1]!, rows[0]!];
    expect(old.revokedAt).not.toBeNull();
    expect(old.replacedBy).toBe(current.id);
    expect(current.familyId).toBe(old.familyId);
    expect(current.revokedAt).toBeNull();
    // Only digests are stored.
    expect(rows.map((r) => r.tokenHash)).not.toContain(first.refreshToken);
  });

  it('carries the account’s current roles into the new access token', async () => {
    const session = await signIn(['CENTER_STAFF']);
    await identity.orm.em.fork().nativeUpdate(UserAccount, { username: session.username }, { roles: ['AUDITOR'] });
    const next = await identity.service.refresh(session.refreshToken);
    if (!next.ok) throw new Error(next.reason);
    expect((await identity.service.verifyAccessToken(next.accessToken)).roles).toEqual(['AUDITOR']);
  });

  it('treats a replayed refresh token as stolen: the whole session is revoked', async () => {
    const first = await signIn();
    const second = await identity.service.refresh(first.refreshToken);
    if (!second.ok) throw new Error(second.reason);

    expect(await identity.service.refresh(first.refreshToken)).toEqual({ ok: false, code: 'INVALID_REFRESH_TOKEN', reason: 'REUSED' });
    // The legitimate holder's newer token died with it.
    expect(await identity.service.refresh(second.refreshToken)).toEqual({ ok: false, code: 'INVALID_REFRESH_TOKEN', reason: 'REUSED' });
  });

  it('lets only one of two simultaneous refreshes with the same token through, and then ends the session', async () => {
    const session = await signIn();
    const results = await Promise.all([identity.service.refresh(session.refreshToken), identity.service.refresh(session.refreshToken)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const winner = results.find((r) => r.ok) as TokenPair;
    expect(await identity.service.refresh(winner.refreshToken)).toMatchObject({ ok: false, reason: 'REUSED' });
  });

  it('never extends a session beyond one shift from the sign-in', async () => {
    const session = await signIn();
    identity.clock.advance(7 * 3600);
    const later = await identity.service.refresh(session.refreshToken);
    if (!later.ok) throw new Error(later.reason);
    identity.clock.advance(3600);
    expect(await identity.service.refresh(later.refreshToken)).toEqual({ ok: false, code: 'INVALID_REFRESH_TOKEN', reason: 'EXPIRED' });
  });

  it('refuses unknown tokens and accounts disabled since the sign-in', async () => {
    expect(await identity.service.refresh('llrt_not-a-token')).toEqual({ ok: false, code: 'INVALID_REFRESH_TOKEN', reason: 'UNKNOWN' });
    const session = await signIn();
    await identity.orm.em.fork().nativeUpdate(UserAccount, { username: session.username }, { disabled: true });
    expect(await identity.service.refresh(session.refreshToken)).toMatchObject({ ok: false, reason: 'ACCOUNT_DISABLED' });
  });
});

describe('signing out', () => {
  it('revokes the refresh token and every token of its session', async () => {
    const first = await signIn();
    const second = await identity.service.refresh(first.refreshToken);
    if (!second.ok) throw new Error(second.reason);
    await identity.service.logout(second.refreshToken);
    expect(await identity.service.refresh(second.refreshToken)).toMatchObject({ ok: false, code: 'INVALID_REFRESH_TOKEN' });
    const live = await identity.orm.em.fork().count(RefreshToken, { user: { username: first.username }, revokedAt: null });
    expect(live).toBe(0);
  });

  it('leaves the person’s other sessions alone', async () => {
    const { username, password } = await createTestAccount(identity.service);
    const laptop = await identity.service.login(username, password);
    const phone = await identity.service.login(username, password);
    if (!laptop.ok || !phone.ok) throw new Error('sign-in failed');
    await identity.service.logout(laptop.refreshToken);
    expect((await identity.service.refresh(phone.refreshToken)).ok).toBe(true);
  });

  it('ignores unknown tokens without saying so', async () => {
    await expect(identity.service.logout('llrt_unknown')).resolves.toBeUndefined();
  });
});

describe('purging', () => {
  it('deletes the tokens of sessions that have ended by time, and only those', async () => {
    // A clock years back, so the purge cannot touch the sessions of tests running alongside.
    const past = new ManualClock(Date.parse('2020-01-01T00:00:00Z'));
    const service = identity.serviceWith({ now: past.now });
    const sessionOf = async () => {
      const { username, password } = await createTestAccount(service);
      if (!(await service.login(username, password)).ok) throw new Error('sign-in failed');
      return username;
    };
    const ended = await sessionOf();
    past.advance(8 * 3600 + 1);
    const current = await sessionOf();
    expect(await service.purgeExpiredRefreshTokens()).toBe(1);
    const em = identity.orm.em.fork();
    expect(await em.count(RefreshToken, { user: { username: ended } })).toBe(0);
    expect(await em.count(RefreshToken, { user: { username: current } })).toBe(1);
  });
});
