import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { TokenError } from '@lifeline/subgraph-runtime';
import { type IdentityService } from '../src';
import { openTestIdentity, type TestIdentity } from './identity.fixture';

/** A stand-in OpenID Connect provider: a JWKS on 127.0.0.1 and tokens signed with its keys. */
class FakeProvider {
  readonly issuer = 'https://idp.agency.example/realms/wf';
  readonly rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  readonly ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  published: Array<{ kid: string; key: KeyObject; alg: 'RS256' | 'ES256' }> = [
    { kid: 'rsa-1', key: this.rsa.publicKey, alg: 'RS256' },
    { kid: 'ec-1', key: this.ec.publicKey, alg: 'ES256' },
  ];
  fetches = 0;
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      if (req.url !== '/jwks') {
        res.writeHead(404).end();
        return;
      }
      this.fetches += 1;
      const keys = this.published.map(({ kid, key, alg }) => ({ ...key.export({ format: 'jwk' }), kid, alg, use: 'sig' }));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/jwks`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  token(claims: Record<string, unknown>, options: { alg?: 'RS256' | 'ES256'; kid?: string; key?: KeyObject } = {}): string {
    const alg = options.alg ?? 'RS256';
    const header = Buffer.from(JSON.stringify({ alg, typ: 'JWT', kid: options.kid ?? (alg === 'RS256' ? 'rsa-1' : 'ec-1') })).toString('base64url');
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    const key = options.key ?? (alg === 'RS256' ? this.rsa.privateKey : this.ec.privateKey);
    const signature = alg === 'RS256' ? sign('sha256', Buffer.from(`${header}.${payload}`), key) : sign('sha256', Buffer.from(`${header}.${payload}`), { key, dsaEncoding: 'ieee-p1363' });
    return `${header}.${payload}.${signature.toString('base64url')}`;
  }
}

const provider = new FakeProvider();
let identity: TestIdentity;
let service: IdentityService;

function claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(identity.clock.now() / 1000);
  return {
    iss: provider.issuer,
    aud: ['account', 'lifeline-api'],
    sub: '6b1c3a9e-0000-4000-8000-000000000001',
    preferred_username: 'li.hong',
    iat: now,
    exp: now + 300,
    lifeline_agency: 'WOMENS_FEDERATION',
    realm_access: { roles: ['WF_CASEWORKER', 'offline_access', 'uma_authorization'] },
    division: '379900',
    org_unit: 'wf-city-office',
    ...overrides,
  };
}

async function reason(token: string): Promise<string> {
  try {
    await service.verifyAccessToken(token);
  } catch (error) {
    if (error instanceof TokenError) return error.reason;
    throw error;
  }
  throw new Error('the token was accepted');
}

beforeAll(async () => {
  await provider.start();
  identity = await openTestIdentity();
  service = identity.serviceWith({
    externalOidc: {
      issuer: provider.issuer,
      jwksUrl: provider.url,
      claimMapping: { agency: 'lifeline_agency', roles: 'realm_access.roles', jurisdiction: 'division' },
    },
  });
});
afterAll(async () => {
  await identity.close();
  await provider.stop();
});

describe('tokens of an external OpenID Connect provider', () => {
  it('are verified with the provider’s RS256 key and mapped onto a Lifeline caller, dropping roles Lifeline does not know', async () => {
    expect(await service.verifyAccessToken(provider.token(claims()))).toEqual({
      kind: 'user',
      id: 'li.hong',
      agency: 'WOMENS_FEDERATION',
      orgUnit: 'wf-city-office',
      jurisdiction: '379900',
      roles: ['WF_CASEWORKER'],
      scopes: [],
    });
  });

  it('are verified with an ES256 key too', async () => {
    await expect(service.verifyAccessToken(provider.token(claims(), { alg: 'ES256' }))).resolves.toMatchObject({ id: 'li.hong' });
  });

  it('grant no agency Lifeline does not know, and fall back to `sub` without a username', async () => {
    const caller = await service.verifyAccessToken(provider.token(claims({ lifeline_agency: 'MINISTRY_OF_MAGIC', preferred_username: undefined })));
    expect(caller).toMatchObject({ id: '6b1c3a9e-0000-4000-8000-000000000001', agency: null });
  });

  it('are rejected when expired, for another audience, or signed by another key', async () => {
    const now = Math.floor(identity.clock.now() / 1000);
    expect(await reason(provider.token(claims({ iat: now - 7200, exp: now - 3600 })))).toBe('EXPIRED');
    expect(await reason(provider.token(claims({ aud: 'account' })))).toBe('AUDIENCE');
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
    expect(await reason(provider.token(claims(), { key: other.privateKey }))).toBe('SIGNATURE');
  });

  it('are rejected when they name an algorithm the key was not published for, or an HMAC', async () => {
    expect(await reason(provider.token(claims(), { alg: 'ES256', kid: 'rsa-1' }))).toBe('SIGNATURE');
    const header = Buffer.from(JSON.stringify({ alg: 'HS256', kid: 'rsa-1' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify(claims())).toString('base64url');
    const mac = createHmac('sha256', provider.rsa.publicKey.export({ type: 'spki', format: 'pem' })).update(`${header}.${payload}`).digest('base64url');
    expect(await reason(`${header}.${payload}.${mac}`)).toBe('ALGORITHM');
  });

  it('reuse the cached keys, and fetch the JWKS again when the provider rotates to a new key', async () => {
    await service.verifyAccessToken(provider.token(claims()));
    const before = provider.fetches;
    await service.verifyAccessToken(provider.token(claims()));
    expect(provider.fetches).toBe(before);

    const rotated = generateKeyPairSync('rsa', { modulusLength: 2048 });
    provider.published = [{ kid: 'rsa-2', key: rotated.publicKey, alg: 'RS256' }, ...provider.published];
    identity.clock.advance(31);
    await expect(service.verifyAccessToken(provider.token(claims(), { kid: 'rsa-2', key: rotated.privateKey }))).resolves.toMatchObject({ id: 'li.hong' });
    expect(provider.fetches).toBe(before + 1);
  });

  it('are not accepted by a service that trusts no external provider', async () => {
    await expect(identity.service.verifyAccessToken(provider.token(claims()))).rejects.toMatchObject({ reason: 'ISSUER' });
  });

  it('cannot pass for Lifeline’s own tokens', async () => {
    expect(await reason(provider.token(claims({ iss: 'lifeline' })))).toBe('SIGNATURE');
  });
});
