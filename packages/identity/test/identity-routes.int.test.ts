import { ApolloServer } from '@apollo/server';
import { serveHttp, type Log, type RunningHttpServer } from '@lifeline/subgraph-runtime';
import { identityRoutes } from '../src';
import { createTestAccount, openTestIdentity, uniqueUsername, type TestIdentity } from './identity.fixture';

/** A log that keeps every line, to prove what never reaches it. */
class RecordingLog implements Log {
  lines: string[] = [];
  private record = (level: string) => (message: string, fields: Record<string, unknown> = {}) => {
    this.lines.push(JSON.stringify({ level, message, ...fields }));
  };
  debug = this.record('debug');
  info = this.record('info');
  warn = this.record('warn');
  error = this.record('error');
}

let identity: TestIdentity;
let http: RunningHttpServer;
let base: string;
const log = new RecordingLog();
let account: { username: string; password: string };
let clientId: string;
let clientSecret: string;

beforeAll(async () => {
  identity = await openTestIdentity();
  account = await createTestAccount(identity.service);
  clientId = uniqueUsername('routes-system');
  ({ clientSecret } = await identity.service.createServiceClient({ clientId, displayName: 'Routes', agency: 'FOREIGN_AFFAIRS', allowedScopes: ['read:persons'] }));
  // The routes mounted exactly as the gateway mounts them: serveHttp's `routes` option.
  http = await serveHttp({
    apollo: new ApolloServer({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } }),
    host: '127.0.0.1',
    port: 0,
    log,
    context: async () => ({}),
    ready: async () => true,
    routes: identityRoutes(identity.service, log),
  });
  base = `http://127.0.0.1:${http.port}`;
});
afterAll(async () => {
  await http.close();
  await identity.close();
});

const postJson = (path: string, body: unknown) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const postForm = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${base}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields).toString() });

describe('POST /auth/login', () => {
  it('answers 200 with a token pair, uncached', async () => {
    const response = await postJson('/auth/login', account);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({ accessToken: expect.any(String), expiresIn: 900, refreshToken: expect.any(String) });
    await expect(identity.service.verifyAccessToken(body.accessToken as string)).resolves.toMatchObject({ id: account.username });
  });

  it('answers 401 invalid_credentials for a wrong password and for an unknown user alike', async () => {
    const wrong = await postJson('/auth/login', { username: account.username, password: 'nope-nope' });
    const unknown = await postJson('/auth/login', { username: uniqueUsername('nobody'), password: 'nope-nope' });
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({ error: 'invalid_credentials' });
    }
  });

  it('answers 429 with Retry-After while the account must wait', async () => {
    const victim = await createTestAccount(identity.service);
    for (let i = 0; i < 3; i += 1) await postJson('/auth/login', { username: victim.username, password: `wrong-${i}` });
    const response = await postJson('/auth/login', victim);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toEqual({ error: 'too_many_attempts', retryAfterSeconds: 5 });
  });

  it('answers 400 to a malformed or incomplete body, and to a body that is not JSON', async () => {
    for (const body of ['{"username":', '[]', JSON.stringify({ username: 'x' }), JSON.stringify({ username: 1, password: 2 })]) {
      const response = await postJson('/auth/login', body);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'invalid_request' });
    }
    const form = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'username=a&password=b' });
    expect(form.status).toBe(400);
  });

  it('answers 413 to a body over 16 kB', async () => {
    const response = await postJson('/auth/login', { username: account.username, password: 'x'.repeat(17 * 1024) });
    expect(response.status).toBe(413);
  });

  it('answers 405 to another method', async () => {
    const response = await fetch(`${base}/auth/login`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});

describe('POST /auth/refresh and /auth/logout', () => {
  it('rotate the refresh token, then end the session with 204', async () => {
    const signIn = (await (await postJson('/auth/login', account)).json()) as { refreshToken: string };
    const refreshed = await postJson('/auth/refresh', { refreshToken: signIn.refreshToken });
    expect(refreshed.status).toBe(200);
    const pair = (await refreshed.json()) as { refreshToken: string };
    expect(pair.refreshToken).not.toBe(signIn.refreshToken);

    const logout = await postJson('/auth/logout', { refreshToken: pair.refreshToken });
    expect(logout.status).toBe(204);
    expect(logout.headers.get('cache-control')).toBe('no-store');
    const after = await postJson('/auth/refresh', { refreshToken: pair.refreshToken });
    expect(after.status).toBe(401);
    expect(await after.json()).toEqual({ error: 'invalid_refresh_token' });
  });
});

describe('POST /oauth/token', () => {
  it('issues a token to a client authenticating with HTTP Basic', async () => {
    const response = await postForm({ grant_type: 'client_credentials' }, { authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}` });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('pragma')).toBe('no-cache');
    expect(await response.json()).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 900, scope: 'read:persons' });
  });

  it('issues a token to a client authenticating with form fields', async () => {
    const response = await postForm({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope: 'read:persons' });
    expect(response.status).toBe(200);
  });

  it('answers a bad secret with 401 invalid_client and a Basic challenge', async () => {
    const response = await postForm({ grant_type: 'client_credentials', client_id: clientId, client_secret: 'llcs_wrong' });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm="lifeline"/);
    expect(await response.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('answers a scope the client may not have with 400 invalid_scope', async () => {
    const response = await postForm({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope: 'read:persons write:aid-entrustments' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_scope' });
  });

  it('answers a JSON body with 400 invalid_request', async () => {
    const response = await fetch(`${base}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('answers another grant type with 400 unsupported_grant_type', async () => {
    const response = await postForm({ grant_type: 'password', username: account.username, password: account.password });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });
});

describe('GET /.well-known/jwks.json', () => {
  it('publishes the public keys, uncached', async () => {
    const response = await fetch(`${base}/.well-known/jwks.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const jwks = (await response.json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys).toHaveLength(1);
    expect(Object.keys(jwks.keys[0]!).sort()).toEqual(['alg', 'crv', 'kid', 'kty', 'use', 'x', 'y']);
  });
});

describe('the edge', () => {
  it('leaves other paths to the server', async () => {
    expect((await fetch(`${base}/auth/unknown`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('never writes a password, a secret or a token to the log', async () => {
    const written = log.lines.join('\n');
    expect(log.lines.length).toBeGreaterThan(0);
    expect(written).not.toContain(account.password);
    expect(written).not.toContain(clientSecret);
    expect(written).not.toMatch(/llrt_|llcs_|eyJ/);
    expect(written).not.toContain('nope-nope');
    // Failed usernames are not written either: people type passwords into that field.
    expect(written).not.toContain('nobody');
  });
});
