/**
 * The admin console's endpoints, mounted as the gateway mounts them (the identity routes, then
 * `/admin/*`), called with real access tokens: what an administrator may do, that everyone else
 * is refused and the refusal is in the history, that bad input changes nothing, and that each
 * change has the effect an administrator counts on (a rotated secret stops working, a reset
 * password replaces the old one, an unlocked account signs in).
 */
import { ApolloServer } from '@apollo/server';
import { serveHttp, type Log, type RunningHttpServer } from '@lifeline/subgraph-runtime';
import { adminRoutes, AdminAuditEvent, createAdminConsole, identityRoutes, LOGIN_THROTTLE, ServiceClient, UserAccount, type AccountView, type AdminAuditView, type ClientView } from '../src';
import { createTestAccount, openTestIdentity, TEST_PASSWORD_COST, uniqueUsername, type TestIdentity } from './identity.fixture';

const quiet: Log = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

let identity: TestIdentity;
let http: RunningHttpServer;
let base: string;
let admin: { username: string; password: string };
let adminToken: string;
let staff: { username: string; password: string };
let staffToken: string;

async function tokenOf(account: { username: string; password: string }): Promise<string> {
  const result = await identity.service.login(account.username, account.password);
  if (!result.ok) throw new Error(`sign-in of ${account.username} refused: ${result.code}`);
  return result.accessToken;
}

beforeAll(async () => {
  identity = await openTestIdentity();
  const console = createAdminConsole({ orm: identity.orm, keys: identity.service, now: identity.clock.now, passwordCost: TEST_PASSWORD_COST });
  const identityEndpoints = identityRoutes(identity.service, quiet);
  const adminEndpoints = adminRoutes(console, identity.service, quiet);
  http = await serveHttp({
    apollo: new ApolloServer({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } }),
    host: '127.0.0.1',
    port: 0,
    log: quiet,
    context: async () => ({}),
    ready: async () => true,
    routes: async (req, res, info) => (await identityEndpoints(req, res, info)) || adminEndpoints(req, res, info),
  });
  base = `http://127.0.0.1:${http.port}`;
  admin = await createTestAccount(identity.service, { username: uniqueUsername('admin'), agency: 'OVERSIGHT', roles: ['ADMIN'], orgUnit: null, jurisdiction: null });
  adminToken = await tokenOf(admin);
  staff = await createTestAccount(identity.service);
  staffToken = await tokenOf(staff);
});
afterAll(async () => {
  await http.close();
  await identity.close();
});

const call = (method: 'GET' | 'POST', path: string, token: string | null, body?: unknown) =>
  fetch(`${base}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
const asAdmin = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: T }> => {
  const response = await call(method, path, adminToken, method === 'POST' ? (body ?? {}) : undefined);
  return { status: response.status, body: (await response.json()) as T };
};
const accountRow = (username: string) => identity.orm.em.fork().findOne(UserAccount, { username });
const clientRow = (clientId: string) => identity.orm.em.fork().findOne(ServiceClient, { clientId });
/** The history lines about one target, newest first. */
const historyOf = async (targetId: string) =>
  (await identity.orm.em.fork().find(AdminAuditEvent, { targetId }, { orderBy: { seq: 'desc' } })).map((e) => ({ actor: e.actor, action: e.action, outcome: e.outcome, detail: e.detail }));
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
const clientToken = (clientId: string, secret: string) => identity.service.clientCredentials({ authorization: basic(clientId, secret), form: new URLSearchParams({ grant_type: 'client_credentials' }) });

const newAccount = (overrides: Record<string, unknown> = {}) => ({
  username: uniqueUsername('clerk'),
  displayName: '县救助站 王芳',
  agency: 'CIVIL_AFFAIRS',
  orgUnit: 'station-7',
  jurisdiction: '379921',
  roles: ['STATION_STAFF'],
  ...overrides,
});

describe('who may use the admin endpoints', () => {
  it('answers 401 without a token and with a token that does not verify, changing nothing', async () => {
    const username = uniqueUsername('nobody');
    for (const token of [null, 'not.a.token']) {
      const response = await call('POST', '/admin/accounts', token, newAccount({ username }));
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: 'unauthorized' });
    }
    expect(await accountRow(username)).toBeNull();
  });

  it('refuses staff without the ADMIN role with 403 forbidden, changes nothing, and writes the refusal to the history', async () => {
    const before = await accountRow(staff.username);
    for (const [method, path, body] of [
      ['GET', '/admin/accounts', undefined],
      ['POST', `/admin/accounts/${staff.username}/grant`, { roles: ['ADMIN'], jurisdiction: null, orgUnit: null }],
      ['POST', `/admin/accounts/${staff.username}/reset-password`, {}],
    ] as const) {
      const response = await call(method, path, staffToken, body);
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: 'forbidden' });
    }
    const after = await accountRow(staff.username);
    expect(after!.roles).toEqual(['CENTER_STAFF']);
    expect(after!.passwordHash).toBe(before!.passwordHash);
    expect(await historyOf(staff.username)).toEqual([
      { actor: staff.username, action: 'ACCOUNT_RESET_PASSWORD', outcome: 'DENIED', detail: 'NOT_ADMIN' },
      { actor: staff.username, action: 'ACCOUNT_CHANGE_GRANT', outcome: 'DENIED', detail: 'NOT_ADMIN' },
    ]);
  });

  it('refuses an integrating system even when it holds ADMIN among its roles', async () => {
    const clientId = uniqueUsername('rogue-system');
    const { clientSecret } = await identity.service.createServiceClient({ clientId, displayName: 'Rogue', agency: 'OVERSIGHT', roles: ['ADMIN'], allowedScopes: ['read:stations'] });
    const token = await clientToken(clientId, clientSecret);
    if (!token.ok) throw new Error(token.error);
    const response = await call('GET', '/admin/clients', token.token.access_token);
    expect(response.status).toBe(403);
    const [line] = (await identity.orm.em.fork().find(AdminAuditEvent, { actor: clientId }));
    expect(line).toMatchObject({ actorKind: 'service', action: 'CLIENTS_LIST', outcome: 'DENIED' });
  });
});

describe('accounts', () => {
  it('lists accounts with their grant and throttle, and finds them by display name or username', async () => {
    const draft = newAccount({ displayName: `检索测试 ${uniqueUsername('x')}` });
    expect((await asAdmin('POST', '/admin/accounts', { ...draft, password: 'a-long-initial-pw' })).status).toBe(201);
    const byName = await asAdmin<{ accounts: AccountView[]; total: number }>('GET', `/admin/accounts?q=${encodeURIComponent(draft.displayName as string)}`);
    expect(byName.status).toBe(200);
    expect(byName.body.total).toBe(1);
    expect(byName.body.accounts[0]).toEqual({
      username: draft.username,
      displayName: draft.displayName,
      agency: 'CIVIL_AFFAIRS',
      orgUnit: 'station-7',
      jurisdiction: '379921',
      roles: ['STATION_STAFF'],
      disabled: false,
      locked: false,
      lockedUntil: null,
      failedAttempts: 0,
      lastSignInAt: null,
      createdAt: expect.any(String),
    });
    expect(JSON.stringify(byName.body)).not.toMatch(/scrypt|passwordHash/);
    const byUsername = await asAdmin<{ accounts: AccountView[] }>('GET', `/admin/accounts?q=${(draft.username as string).toUpperCase()}`);
    expect(byUsername.body.accounts.map((a) => a.username)).toEqual([draft.username]);
    // `%` is a character to look for, not a wildcard.
    expect((await asAdmin<{ total: number }>('GET', '/admin/accounts?q=%25%25%25')).body.total).toBe(0);
  });

  it('creates an account with the password given, which signs in and records its last sign-in', async () => {
    const draft = newAccount();
    const created = await asAdmin<{ account: AccountView; generatedPassword: string | null }>('POST', '/admin/accounts', { ...draft, password: 'initial-password-1' });
    expect(created.status).toBe(201);
    expect(created.body.generatedPassword).toBeNull();
    expect((await identity.service.login(draft.username as string, 'initial-password-1')).ok).toBe(true);
    expect((await accountRow(draft.username as string))!.lastSignInAt).toEqual(new Date(identity.clock.now()));
    expect(await historyOf(draft.username as string)).toEqual([{ actor: admin.username, action: 'ACCOUNT_CREATE', outcome: 'SUCCEEDED', detail: 'roles=STATION_STAFF' }]);
  });

  it('creates an account with a generated one-time password shown once, which signs in', async () => {
    const draft = newAccount();
    const created = await asAdmin<{ generatedPassword: string }>('POST', '/admin/accounts', draft);
    expect(created.status).toBe(201);
    expect(created.body.generatedPassword).toMatch(/^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$/);
    expect((await identity.service.login(draft.username as string, created.body.generatedPassword)).ok).toBe(true);
    const history = await historyOf(draft.username as string);
    expect(history[0]!.detail).toBe('roles=STATION_STAFF;password=generated');
    expect(JSON.stringify(history)).not.toContain(created.body.generatedPassword);
  });

  it('refuses a weak password, a bad field and a taken name, storing nothing but the refusal', async () => {
    const draft = newAccount();
    const weak = await asAdmin('POST', '/admin/accounts', { ...draft, password: 'short' });
    expect(weak).toEqual({ status: 400, body: { error: 'weak_password', reason: 'TOO_SHORT' } });
    const adminTooShort = await asAdmin('POST', '/admin/accounts', { ...draft, roles: ['ADMIN'], password: 'eleven-char' });
    expect(adminTooShort.body).toEqual({ error: 'weak_password', reason: 'TOO_SHORT' });
    const demo = await asAdmin('POST', '/admin/accounts', { ...draft, password: 'lifeline-demo' });
    expect(demo.body).toEqual({ error: 'weak_password', reason: 'DEMO_PASSWORD' });
    for (const [body, field] of [
      [{ ...draft, roles: ['KING'] }, 'roles.0'],
      [{ ...draft, roles: [] }, 'roles'],
      [{ ...draft, agency: 'MINISTRY_OF_MAGIC' }, 'agency'],
      [{ ...draft, jurisdiction: '12' }, 'jurisdiction'],
      [{ ...draft, displayName: 'a\u202eb' }, 'displayName'],
      [{ ...draft, username: 'Has Space' }, 'username'],
    ] as const) {
      expect(await asAdmin('POST', '/admin/accounts', body)).toEqual({ status: 400, body: { error: 'invalid_request', field } });
    }
    expect(await accountRow(draft.username as string)).toBeNull();
    const taken = await asAdmin('POST', '/admin/accounts', { ...draft, username: staff.username });
    expect(taken).toEqual({ status: 409, body: { error: 'username_taken' } });
    expect((await accountRow(staff.username))!.displayName).toBe('Test Staff');
    const history = await historyOf(draft.username as string);
    expect(history.map((line) => line.detail)).toEqual(['WEAK_PASSWORD:DEMO_PASSWORD', 'WEAK_PASSWORD:TOO_SHORT', 'WEAK_PASSWORD:TOO_SHORT']);
    expect(JSON.stringify(history)).not.toMatch(/lifeline-demo|eleven-char|short/);
    // A body that does not parse names no account: its refusal is recorded without a target.
    const malformed = await identity.orm.em.fork().find(AdminAuditEvent, { actor: admin.username, action: 'ACCOUNT_CREATE', targetId: null }, { orderBy: { seq: 'desc' }, limit: 6 });
    expect(malformed.map((line) => line.detail)).toEqual(['username', 'displayName', 'jurisdiction', 'agency', 'roles', 'roles.0'].map((field) => `INVALID_REQUEST:${field}`));
    expect((await historyOf(staff.username)).slice(0, 1)).toEqual([{ actor: admin.username, action: 'ACCOUNT_CREATE', outcome: 'REFUSED', detail: 'USERNAME_TAKEN' }]);
  });

  it('changes roles, jurisdiction and org unit; the next refresh carries them; unknown roles change nothing', async () => {
    const account = await createTestAccount(identity.service);
    const session = await identity.service.login(account.username, account.password);
    if (!session.ok) throw new Error(session.code);
    const changed = await asAdmin<{ account: AccountView }>('POST', `/admin/accounts/${account.username}/grant`, { roles: ['STATION_STAFF'], jurisdiction: '379922', orgUnit: 'station-9' });
    expect(changed.status).toBe(200);
    expect(changed.body.account).toMatchObject({ roles: ['STATION_STAFF'], jurisdiction: '379922', orgUnit: 'station-9' });
    const refreshed = await identity.service.refresh(session.refreshToken);
    if (!refreshed.ok) throw new Error(refreshed.reason);
    expect(await identity.service.verifyAccessToken(refreshed.accessToken)).toMatchObject({ roles: ['STATION_STAFF'], jurisdiction: '379922', orgUnit: 'station-9' });

    const refused = await asAdmin('POST', `/admin/accounts/${account.username}/grant`, { roles: ['STATION_STAFF', 'EMPEROR'], jurisdiction: null, orgUnit: null });
    expect(refused).toEqual({ status: 400, body: { error: 'invalid_request', field: 'roles.1' } });
    expect((await accountRow(account.username))!.jurisdiction).toBe('379922');
    expect(await asAdmin('POST', `/admin/accounts/${uniqueUsername('ghost')}/grant`, { roles: ['STATION_STAFF'], jurisdiction: null, orgUnit: null })).toEqual({ status: 404, body: { error: 'not_found' } });
    expect((await historyOf(account.username)).map((line) => `${line.action} ${line.outcome} ${line.detail}`)).toEqual([
      'ACCOUNT_CHANGE_GRANT REFUSED INVALID_REQUEST:roles.1',
      'ACCOUNT_CHANGE_GRANT SUCCEEDED changed=roles,jurisdiction,orgUnit;roles=STATION_STAFF',
    ]);
  });

  it('never lets administrators take the console away from themselves or disable themselves', async () => {
    expect(await asAdmin('POST', `/admin/accounts/${admin.username}/grant`, { roles: ['AUDITOR'], jurisdiction: null, orgUnit: null })).toEqual({ status: 409, body: { error: 'own_account' } });
    expect(await asAdmin('POST', `/admin/accounts/${admin.username}/disable`)).toEqual({ status: 409, body: { error: 'own_account' } });
    const row = await accountRow(admin.username);
    expect(row!.roles).toEqual(['ADMIN']);
    expect(row!.disabled).toBe(false);
  });

  it('disables an account (its sign-in and its sessions end) and enables it again', async () => {
    const account = await createTestAccount(identity.service);
    const session = await identity.service.login(account.username, account.password);
    if (!session.ok) throw new Error(session.code);
    expect((await asAdmin<{ account: AccountView }>('POST', `/admin/accounts/${account.username}/disable`)).body.account.disabled).toBe(true);
    expect(await identity.service.login(account.username, account.password)).toEqual({ ok: false, code: 'INVALID_CREDENTIALS' });
    expect(await identity.service.refresh(session.refreshToken)).toMatchObject({ ok: false });
    expect((await asAdmin<{ account: AccountView }>('POST', `/admin/accounts/${account.username}/enable`)).body.account.disabled).toBe(false);
    expect((await identity.service.login(account.username, account.password)).ok).toBe(true);
    expect((await historyOf(account.username)).map((line) => line.action)).toEqual(['ACCOUNT_ENABLE', 'ACCOUNT_DISABLE']);
  });

  it('unlocks an account locked by failed sign-ins, which then signs in at once', async () => {
    const account = await createTestAccount(identity.service);
    for (let i = 0; i < LOGIN_THROTTLE.lockAfterFailures; i += 1) {
      expect(await identity.service.login(account.username, `wrong-${i}`)).toMatchObject({ ok: false, code: 'INVALID_CREDENTIALS' });
      identity.clock.advance(60);
    }
    expect(await identity.service.login(account.username, account.password)).toMatchObject({ ok: false, code: 'LOCKED' });
    const listed = await asAdmin<{ accounts: AccountView[] }>('GET', `/admin/accounts?q=${account.username}`);
    expect(listed.body.accounts[0]).toMatchObject({ locked: true, failedAttempts: LOGIN_THROTTLE.lockAfterFailures });
    const unlocked = await asAdmin<{ account: AccountView }>('POST', `/admin/accounts/${account.username}/unlock`);
    expect(unlocked.body.account).toMatchObject({ locked: false, lockedUntil: null, failedAttempts: 0 });
    expect((await identity.service.login(account.username, account.password)).ok).toBe(true);
    expect((await historyOf(account.username))[0]).toEqual({ actor: admin.username, action: 'ACCOUNT_UNLOCK', outcome: 'SUCCEEDED', detail: 'failedAttempts=5' });
  });

  it('resets a password: the one-time password signs in, the old one does not, and the old sessions end', async () => {
    const account = await createTestAccount(identity.service);
    const session = await identity.service.login(account.username, account.password);
    if (!session.ok) throw new Error(session.code);
    const reset = await asAdmin<{ generatedPassword: string; revokedSessions: number }>('POST', `/admin/accounts/${account.username}/reset-password`);
    expect(reset.status).toBe(200);
    expect(reset.body.revokedSessions).toBe(1);
    expect(await identity.service.login(account.username, account.password)).toEqual({ ok: false, code: 'INVALID_CREDENTIALS' });
    expect((await identity.service.login(account.username, reset.body.generatedPassword)).ok).toBe(true);
    expect(await identity.service.refresh(session.refreshToken)).toMatchObject({ ok: false });
    const history = await historyOf(account.username);
    expect(history[0]).toEqual({ actor: admin.username, action: 'ACCOUNT_RESET_PASSWORD', outcome: 'SUCCEEDED', detail: 'revokedSessions=1' });
    // A body where none belongs is bad input: nothing is reset.
    const hash = (await accountRow(account.username))!.passwordHash;
    expect(await asAdmin('POST', `/admin/accounts/${account.username}/reset-password`, { password: 'chosen-by-me' })).toEqual({ status: 400, body: { error: 'invalid_request' } });
    expect((await accountRow(account.username))!.passwordHash).toBe(hash);
  });
});

describe('integration clients', () => {
  const register = (overrides: Record<string, unknown> = {}) => {
    const clientId = uniqueUsername('partner-system');
    return asAdmin<{ client: ClientView; clientSecret: string }>('POST', '/admin/clients', {
      clientId,
      displayName: '市公安局对接系统',
      agency: 'PUBLIC_SECURITY',
      jurisdiction: '379900',
      allowedScopes: ['read:persons'],
      ...overrides,
    });
  };

  it('registers a client whose secret, shown once, obtains a token; lists it with its scopes, policy and grantable scopes', async () => {
    const created = await register();
    expect(created.status).toBe(201);
    const { clientId } = created.body.client;
    expect(created.body.clientSecret).toMatch(/^llcs_/);
    expect((await clientToken(clientId, created.body.clientSecret)).ok).toBe(true);
    const listed = await asAdmin<{ clients: ClientView[] }>('GET', '/admin/clients');
    const client = listed.body.clients.find((c) => c.clientId === clientId)!;
    expect(client).toMatchObject({ agency: 'PUBLIC_SECURITY', allowedScopes: ['read:persons'], documentPolicy: 'FREE_TEXT', disabled: false, roles: ['INTEGRATION'] });
    expect(client.grantableScopes).toContain('write:identity-checks');
    expect(client.grantableScopes).not.toContain('write:shelter-referrals');
    expect(JSON.stringify(listed.body)).not.toMatch(/llcs_|sha256\$/);
    expect(JSON.stringify(await historyOf(clientId))).not.toContain(created.body.clientSecret);
  });

  it('changes scopes and document policy, only to scopes of the client’s agency', async () => {
    const { clientId } = (await register()).body.client;
    const changed = await asAdmin<{ client: ClientView }>('POST', `/admin/clients/${clientId}/access`, { allowedScopes: ['read:persons', 'read:stations'], documentPolicy: 'TRUSTED_DOCUMENTS_ONLY' });
    expect(changed.body.client).toMatchObject({ allowedScopes: ['read:persons', 'read:stations'], documentPolicy: 'TRUSTED_DOCUMENTS_ONLY' });
    const foreign = await asAdmin<{ error: string }>('POST', `/admin/clients/${clientId}/access`, { allowedScopes: ['read:persons', 'write:aid-entrustments'], documentPolicy: 'FREE_TEXT' });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error).toBe('invalid_scopes');
    expect(await asAdmin('POST', `/admin/clients/${clientId}/access`, { allowedScopes: ['no:such-scope'], documentPolicy: 'FREE_TEXT' })).toMatchObject({ status: 400, body: { error: 'invalid_scopes' } });
    expect(await asAdmin('POST', `/admin/clients/${clientId}/access`, { allowedScopes: [], documentPolicy: 'FREE_TEXT' })).toEqual({ status: 400, body: { error: 'invalid_request', field: 'allowedScopes' } });
    const row = await clientRow(clientId);
    expect(row!.allowedScopes).toEqual(['read:persons', 'read:stations']);
    expect(row!.documentPolicy).toBe('TRUSTED_DOCUMENTS_ONLY');
  });

  it('rotates a secret: the new one obtains tokens, the old one no longer does', async () => {
    const created = await register();
    const { clientId } = created.body.client;
    const rotated = await asAdmin<{ clientSecret: string }>('POST', `/admin/clients/${clientId}/rotate-secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.clientSecret).not.toBe(created.body.clientSecret);
    expect(await clientToken(clientId, created.body.clientSecret)).toMatchObject({ ok: false, status: 401, error: 'invalid_client' });
    expect((await clientToken(clientId, rotated.body.clientSecret)).ok).toBe(true);
    expect((await historyOf(clientId)).map((line) => `${line.action} ${line.outcome}`)).toEqual(['CLIENT_ROTATE_SECRET SUCCEEDED', 'CLIENT_REGISTER SUCCEEDED']);
  });

  it('disables a client (no more tokens) and enables it; refuses a taken id and a scope of another agency at registration', async () => {
    const created = await register();
    const { clientId } = created.body.client;
    expect((await asAdmin<{ client: ClientView }>('POST', `/admin/clients/${clientId}/disable`)).body.client.disabled).toBe(true);
    expect(await clientToken(clientId, created.body.clientSecret)).toMatchObject({ ok: false, error: 'invalid_client' });
    await asAdmin('POST', `/admin/clients/${clientId}/enable`);
    expect((await clientToken(clientId, created.body.clientSecret)).ok).toBe(true);
    expect(await register({ clientId })).toEqual({ status: 409, body: { error: 'client_id_taken' } });
    const foreign = await register({ allowedScopes: ['write:shelter-referrals'] });
    expect(foreign.status).toBe(400);
    expect(await clientRow(clientId)).not.toBeNull();
    expect(await asAdmin('POST', `/admin/clients/${uniqueUsername('ghost')}/rotate-secret`)).toEqual({ status: 404, body: { error: 'not_found' } });
  });
});

describe('signing keys and the history', () => {
  it('shows the signing key id the JWKS publishes, and refuses to rotate a key the operator configured', async () => {
    const keys = await asAdmin('GET', '/admin/signing-keys');
    expect(keys.body).toEqual({ keys: [{ kid: identity.keys.kid, signing: true, verifiesUntil: null }], rotation: { supported: false } });
    expect(await asAdmin('POST', '/admin/signing-keys/rotate')).toEqual({ status: 409, body: { error: 'rotation_unsupported' } });
    expect(identity.service.jwks().keys.map((key) => key.kid)).toEqual([identity.keys.kid]);
    const [line] = await identity.orm.em.fork().find(AdminAuditEvent, { actor: admin.username, action: 'SIGNING_KEY_ROTATE' });
    expect(line).toMatchObject({ outcome: 'REFUSED', detail: 'ROTATION_UNSUPPORTED' });
  });

  it('pages the history newest first and never lets the application change or remove a line', async () => {
    const first = await asAdmin<{ events: AdminAuditView[]; nextBefore: string | null }>('GET', '/admin/history');
    expect(first.status).toBe(200);
    const seqs = first.body.events.map((e) => Number(e.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    if (first.body.nextBefore) {
      const next = await asAdmin<{ events: AdminAuditView[] }>('GET', `/admin/history?before=${first.body.nextBefore}`);
      expect(Number(next.body.events[0]!.seq)).toBeLessThan(Number(first.body.nextBefore));
    }
    expect(await asAdmin('GET', '/admin/history?before=abc')).toEqual({ status: 400, body: { error: 'invalid_request', field: 'before' } });
    const connection = identity.orm.em.getConnection();
    await expect(connection.execute(`update admin_audit_event set actor = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(connection.execute(`delete from admin_audit_event`)).rejects.toThrow(/append-only/);
    await expect(connection.execute(`truncate admin_audit_event`)).rejects.toThrow(/append-only/);
  });

  it('answers 404 for an unknown admin path and 405 for a wrong method', async () => {
    expect((await call('GET', '/admin/nothing-here', adminToken)).status).toBe(404);
    const wrong = await call('GET', `/admin/accounts/${staff.username}/unlock`, adminToken);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
  });
});
