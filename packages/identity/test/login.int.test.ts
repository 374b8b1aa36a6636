import { UserAccount } from '../src';
import { createTestAccount, openTestIdentity, uniqueUsername, type TestIdentity } from './identity.fixture';

let identity: TestIdentity;

beforeAll(async () => {
  identity = await openTestIdentity();
});
afterAll(() => identity.close());

async function accountRow(username: string) {
  return identity.orm.em.fork().findOneOrFail(UserAccount, { username });
}

describe('signing in', () => {
  it('gives an account a token pair whose access token verifies and carries its claims', async () => {
    const { username, password } = await createTestAccount(identity.service, {
      agency: 'CIVIL_AFFAIRS',
      orgUnit: 'station-42',
      jurisdiction: '379921',
      roles: ['STATION_STAFF'],
    });
    const result = await identity.service.login(username, password);
    if (!result.ok) throw new Error(`expected a sign-in, got ${result.code}`);
    expect(result.expiresIn).toBe(900);
    expect(result.refreshToken).toMatch(/^llrt_[A-Za-z0-9_-]{43}$/);

    const caller = await identity.service.verifyAccessToken(result.accessToken);
    expect(caller).toEqual({
      kind: 'user',
      id: username,
      agency: 'CIVIL_AFFAIRS',
      orgUnit: 'station-42',
      jurisdiction: '379921',
      roles: ['STATION_STAFF'],
      scopes: [],
    });
    const [header, payload] = result.accessToken.split('.').slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
    expect(header).toEqual({ alg: 'ES256', typ: 'JWT', kid: identity.keys.kid });
    const iat = Math.floor(identity.clock.now() / 1000);
    expect(payload).toEqual({
      iss: 'lifeline',
      aud: 'lifeline-api',
      sub: username,
      iat,
      exp: iat + 900,
      jti: expect.stringMatching(/^[0-9a-f-]{36}$/),
      kind: 'user',
      agency: 'CIVIL_AFFAIRS',
      org: 'station-42',
      jur: '379921',
      roles: ['STATION_STAFF'],
      scope: '',
    });
  });

  it('accepts the username in any case and with surrounding spaces', async () => {
    const { username, password } = await createTestAccount(identity.service);
    const result = await identity.service.login(`  ${username.toUpperCase()} `, password);
    expect(result.ok).toBe(true);
  });

  it('answers a wrong password and an unknown username exactly alike', async () => {
    const { username } = await createTestAccount(identity.service);
    const wrongPassword = await identity.service.login(username, 'not-the-password');
    const unknownUser = await identity.service.login(uniqueUsername('nobody'), 'not-the-password');
    expect(wrongPassword).toEqual({ ok: false, code: 'INVALID_CREDENTIALS' });
    expect(unknownUser).toEqual(wrongPassword);
  });

  it('refuses a disabled account even with the right password, with the same answer', async () => {
    const { username, password } = await createTestAccount(identity.service);
    await identity.orm.em.fork().nativeUpdate(UserAccount, { username }, { disabled: true });
    expect(await identity.service.login(username, password)).toEqual({ ok: false, code: 'INVALID_CREDENTIALS' });
  });
});

describe('repeated failures', () => {
  it('slow an account down after three and lock it for 15 minutes after five', async () => {
    const { username, password } = await createTestAccount(identity.service);
    const { service, clock } = identity;
    expect(await service.login(username, 'wrong-1')).toEqual({ ok: false, code: 'INVALID_CREDENTIALS' });
    expect(await service.login(username, 'wrong-2')).toEqual({ ok: false, code: 'INVALID_CREDENTIALS' });
    expect(await service.login(username, 'wrong-3')).toEqual({ ok: false, code: 'INVALID_CREDENTIALS' });

    // Now even the right password is not checked until the wait is over.
    expect(await service.login(username, password)).toEqual({ ok: false, code: 'LOCKED', retryAfterSeconds: 5 });
    clock.advance(5);
    expect(await service.login(username, 'wrong-4')).toEqual({ ok: false, code: 'INVALID_CREDENTIALS' });
    expect(await service.login(username, password)).toEqual({ ok: false, code: 'LOCKED', retryAfterSeconds: 30 });
    clock.advance(30);
    expect(await service.login(username, 'wrong-5')).toEqual({ ok: false, code: 'INVALID_CREDENTIALS' });
    expect(await service.login(username, password)).toEqual({ ok: false, code: 'LOCKED', retryAfterSeconds: 900 });

    clock.advance(899);
    expect(await service.login(username, password)).toEqual({ ok: false, code: 'LOCKED', retryAfterSeconds: 1 });
    clock.advance(1);
    expect((await service.login(username, password)).ok).toBe(true);
    expect(await accountRow(username)).toMatchObject({ failedAttempts: 0, lockedUntil: null });
  });

  it('lock the account again after each further failure until a success', async () => {
    const { username, password } = await createTestAccount(identity.service);
    const { service, clock } = identity;
    for (let i = 0; i < 5; i += 1) {
      await service.login(username, `wrong-${i}`);
      clock.advance(60);
    }
    clock.advance(900);
    expect(await service.login(username, 'wrong-again')).toEqual({ ok: false, code: 'INVALID_CREDENTIALS' });
    expect(await service.login(username, password)).toEqual({ ok: false, code: 'LOCKED', retryAfterSeconds: 900 });
  });

  it('are forgiven by a successful sign-in', async () => {
    const { username, password } = await createTestAccount(identity.service);
    const { service } = identity;
    await service.login(username, 'wrong-1');
    await service.login(username, 'wrong-2');
    expect((await service.login(username, password)).ok).toBe(true);
    expect(await service.login(username, 'wrong-3')).toEqual({ ok: false, code: 'INVALID_CREDENTIALS' });
    expect(await service.login(username, 'wrong-4')).toEqual({ ok: false, code: 'INVALID_CREDENTIALS' });
    expect((await service.login(username, password)).ok).toBe(true);
  });

  it('lock only the account under attack: other accounts sign in and keep their counts', async () => {
    const target = await createTestAccount(identity.service);
    const bystander = await createTestAccount(identity.service);
    const before = await accountRow(bystander.username);
    for (let i = 0; i < 5; i += 1) await identity.service.login(target.username, `wrong-${i}`);

    expect(await identity.service.login(target.username, target.password)).toMatchObject({ ok: false, code: 'LOCKED' });
    const after = await accountRow(bystander.username);
    expect(after).toMatchObject({ failedAttempts: 0, lockedUntil: null, disabled: false, passwordHash: before.passwordHash });
    expect((await identity.service.login(bystander.username, bystander.password)).ok).toBe(true);
  });

  it('slow unknown usernames down exactly like existing ones, so lockouts reveal no names', async () => {
    const known = await createTestAccount(identity.service);
    const unknown = uniqueUsername('ghost');
    const answers = async (username: string) => {
      const seen = [];
      for (let i = 0; i < 4; i += 1) seen.push(await identity.service.login(username, `wrong-${i}`));
      return seen;
    };
    const forKnown = await answers(known.username);
    const forUnknown = await answers(unknown);
    expect(forUnknown).toEqual(forKnown);
    expect(forKnown[3]).toEqual({ ok: false, code: 'LOCKED', retryAfterSeconds: 5 });
  });

  it('never refuse the right password: several tabs signing in at once all get a session', async () => {
    const { username, password } = await createTestAccount(identity.service);
    const results = await Promise.all(Array.from({ length: 8 }, () => identity.service.login(username, password)));
    expect(results.map((r) => r.ok)).toEqual(Array.from({ length: 8 }, () => true));
    expect(await accountRow(username)).toMatchObject({ failedAttempts: 0, lockedUntil: null });
  });

  it('count only failures towards the lock-out when right and wrong passwords arrive together', async () => {
    const { username, password } = await createTestAccount(identity.service);
    const attempts = ['wrong-1', password, 'wrong-2', password, password];
    const results = await Promise.all(attempts.map((p) => identity.service.login(username, p)));
    expect(results.map((r) => (r.ok ? 'ok' : r.code))).toEqual(['INVALID_CREDENTIALS', 'ok', 'INVALID_CREDENTIALS', 'ok', 'ok']);
    expect(await accountRow(username)).toMatchObject({ failedAttempts: 0, lockedUntil: null });
  });

  it('are counted before the password is checked, so parallel guesses get no more tries than sequential ones', async () => {
    const { username } = await createTestAccount(identity.service);
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => identity.service.login(username, `guess-${i}`)));
    const checked = results.filter((r) => !r.ok && r.code === 'INVALID_CREDENTIALS');
    expect(checked).toHaveLength(3);
    expect(results.filter((r) => !r.ok && r.code === 'LOCKED')).toHaveLength(3);
    expect(await accountRow(username)).toMatchObject({ failedAttempts: 3 });
  });
});
