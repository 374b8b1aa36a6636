/**
 * Discovery through the compiled gateway process (`npm run build` first), on the embedded identity
 * database with the demo clients: an integrating system reads
 * `/.well-known/oauth-authorization-server`, takes the advertised token endpoint, grant, client
 * authentication method and scopes, and gets a token the gateway accepts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { optionalTestEnv } from '@lifeline/subgraph-runtime/testing';
import { DEMO_CLIENTS_FILE, type AuthorizationServerMetadata } from '@lifeline/identity';

const ENTRY = join(__dirname, '..', 'dist', 'index.js');

/** Starts the gateway on a free port and resolves its base URL once it listens. */
function startGateway(dataDir: string): Promise<{ process: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [ENTRY], {
    env: { PATH: optionalTestEnv('PATH') ?? '', LIFELINE_MODE: 'demo', LIFELINE_DATA_DIR: dataDir, GATEWAY_PORT: '0', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const listening = /"message":"listening","url":"(http:\/\/[^"]+)\/graphql"/.exec(out);
      if (listening) resolve({ process: child, base: listening[1]! });
    });
    child.once('exit', (code) => reject(new Error(`the gateway exited (${code}) before listening: ${err.slice(0, 2000)}`)));
  });
}

describe('OAuth authorization server discovery at the gateway', () => {
  let dataDir: string;
  let gateway: { process: ChildProcess; base: string };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lifeline-discovery-'));
    gateway = await startGateway(dataDir);
  }, 120_000);

  afterAll(async () => {
    if (gateway?.process.exitCode === null) {
      const exited = new Promise((resolve) => gateway.process.once('exit', resolve));
      gateway.process.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('advertises the token endpoint, the client-credentials grant, its client authentication methods, the scopes and the keys', async () => {
    const response = await fetch(`${gateway.base}/.well-known/oauth-authorization-server`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const metadata = (await response.json()) as AuthorizationServerMetadata;
    expect(metadata).toEqual({
      issuer: 'lifeline',
      token_endpoint: `${gateway.base}/oauth/token`,
      jwks_uri: `${gateway.base}/.well-known/jwks.json`,
      grant_types_supported: ['client_credentials'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      scopes_supported: expect.arrayContaining(['read:persons', 'read:stations', 'write:identity-checks', 'read:aid-entrustments']),
      response_types_supported: [],
    });
    const jwks = (await (await fetch(metadata.jwks_uri)).json()) as { keys: Array<{ alg?: string }> };
    expect(jwks.keys.length).toBeGreaterThan(0);
  });

  it('gives a demo system a token at the advertised endpoint with the advertised method and scope, and the gateway takes it', async () => {
    const metadata = (await (await fetch(`${gateway.base}/.well-known/oauth-authorization-server`)).json()) as AuthorizationServerMetadata;
    const { clients } = JSON.parse(readFileSync(join(dataDir, DEMO_CLIENTS_FILE), 'utf8')) as { clients: Array<{ clientId: string; clientSecret: string }> };
    const client = clients.find((c) => c.clientId === 'civil-affairs-system')!;
    expect(metadata.token_endpoint_auth_methods_supported[0]).toBe('client_secret_basic');
    expect(metadata.scopes_supported).toContain('read:stations');
    const basic = Buffer.from(`${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`).toString('base64');
    const response = await fetch(metadata.token_endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${basic}` },
      body: new URLSearchParams({ grant_type: metadata.grant_types_supported[0]!, scope: 'read:stations' }).toString(),
    });
    expect(response.status).toBe(200);
    const token = (await response.json()) as { access_token: string; token_type: string; scope: string };
    expect(token).toMatchObject({ token_type: 'Bearer', scope: 'read:stations' });
    // The gateway verifies it (the subgraphs are not running here: a bad token would be a 401 before any call).
    const graph = await fetch(`${gateway.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token.access_token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(graph.status).toBe(200);
    const refused = await fetch(`${gateway.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token.access_token}x` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(refused.status).toBe(401);
  });
});
