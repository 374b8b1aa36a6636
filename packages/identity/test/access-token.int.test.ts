import { createHmac, createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { signJwt, TokenError } from '@lifeline/subgraph-runtime';
import { createTestAccount, newSigningKeys, openTestIdentity, type TestIdentity } from './identity.fixture';

let identity: TestIdentity;
let token: string;

beforeAll(async () => {
  identity = await openTestIdentity();
  const { username, password } = await createTestAccount(identity.service);
  const result = await identity.service.login(username, password);
  if (!result.ok) throw new Error(result.code);
  token = result.accessToken;
});
afterAll(() => identity.close());

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>;

function claimsOf(jwt: string) {
  return decode(jwt.split('.')[1]!);
}

async function rejection(jwt: string): Promise<string> {
  try {
    await identity.service.verifyAccessToken(jwt);
  } catch (error) {
    if (error instanceof TokenError) return error.reason;
    throw error;
  }
  throw new Error('the token was accepted');
}

describe('verifying access tokens', () => {
  it('accepts the service’s own token', async () => {
    await expect(identity.service.verifyAccessToken(token)).resolves.toMatchObject({ kind: 'user' });
  });

  it('rejects an unsigned token (alg none)', async () => {
    const [header, payload] = token.split('.');
    const none = `${b64({ ...decode(header!), alg: 'none' })}.${payload}.`;
    expect(await rejection(none)).toBe('ALGORITHM');
  });

  it('rejects a token signed with another key under the service’s key id', async () => {
    const impostor = newSigningKeys(identity.keys.kid);
    expect(await rejection(signJwt(claimsOf(token), impostor.privateKey, identity.keys.kid))).toBe('SIGNATURE');
  });

  it('rejects a token naming a key the service does not have', async () => {
    const stranger = newSigningKeys('someone-else');
    expect(await rejection(signJwt(claimsOf(token), stranger.privateKey, stranger.kid))).toBe('SIGNATURE');
  });

  it('rejects an HMAC token keyed with the public key (algorithm confusion)', async () => {
    const header = b64({ alg: 'HS256', typ: 'JWT', kid: identity.keys.kid });
    const payload = b64(claimsOf(token));
    const secret = identity.keys.publicKey.export({ type: 'spki', format: 'pem' });
    const mac = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
    expect(await rejection(`${header}.${payload}.${mac}`)).toBe('ALGORITHM');
  });

  it('rejects a token whose claims were changed after signing', async () => {
    const [header, , signature] = token.split('.');
    const forged = `${header}.${b64({ ...claimsOf(token), roles: ['ADMIN'] })}.${signature}`;
    expect(await rejection(forged)).toBe('SIGNATURE');
  });

  it('rejects an expired token', async () => {
    const later = identity.serviceWith({ now: () => identity.clock.now() + 16 * 60 * 1000 });
    await expect(later.verifyAccessToken(token)).rejects.toMatchObject({ reason: 'EXPIRED' });
  });

  it('checks the time again when the same token comes back: a remembered token expires like any other', async () => {
    const clock = { ms: identity.clock.now() };
    const service = identity.serviceWith({ now: () => clock.ms });
    const first = await service.verifyAccessToken(token);
    const again = await service.verifyAccessToken(token);
    expect(again).toEqual(first);
    again.roles.push('ADMIN');
    await expect(service.verifyAccessToken(token)).resolves.toEqual(first);
    clock.ms += 16 * 60 * 1000;
    await expect(service.verifyAccessToken(token)).rejects.toMatchObject({ reason: 'EXPIRED' });
    const forged = `${token.split('.')[0]}.${b64({ ...claimsOf(token), roles: ['ADMIN'] })}.${token.split('.')[2]}`;
    clock.ms -= 16 * 60 * 1000;
    await expect(service.verifyAccessToken(forged)).rejects.toMatchObject({ reason: 'SIGNATURE' });
  });

  it('rejects a token for another audience', async () => {
    const elsewhere = identity.serviceWith({ audience: 'another-api' });
    await expect(elsewhere.verifyAccessToken(token)).rejects.toMatchObject({ reason: 'AUDIENCE' });
  });

  it('rejects a token from another issuer', async () => {
    const stranger = newSigningKeys();
    const foreign = signJwt({ ...claimsOf(token), iss: 'somebody-else' }, stranger.privateKey, stranger.kid);
    expect(await rejection(foreign)).toBe('ISSUER');
  });

  it('rejects a validly signed token that claims to live longer than 15 minutes', async () => {
    const claims = claimsOf(token);
    const long = signJwt({ ...claims, exp: (claims.iat as number) + 3600 }, identity.keys.privateKey, identity.keys.kid);
    expect(await rejection(long)).toBe('EXPIRED');
  });

  it('rejects garbage', async () => {
    expect(await rejection('not.a.token')).toBe('MALFORMED');
    expect(await rejection('')).toBe('MALFORMED');
  });

  it('still accepts tokens of a previous key during a key rotation', async () => {
    const rotated = identity.serviceWith({ signingKeys: newSigningKeys(), previousKeys: [{ kid: identity.keys.kid, publicKey: identity.keys.publicKey }] });
    await expect(rotated.verifyAccessToken(token)).resolves.toMatchObject({ kind: 'user' });
    expect(rotated.jwks().keys.map((k) => k.kid)).toContain(identity.keys.kid);
  });

  it('refuses to be configured with a key that is not P-256, or a lifetime over 15 minutes', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    expect(() => identity.serviceWith({ signingKeys: { privateKey, publicKey, kid: 'rsa' } })).toThrow(/P-256/);
    expect(() => identity.serviceWith({ accessTokenTtlSeconds: 901 })).toThrow(/900/);
  });
});

describe('the JWKS', () => {
  it('publishes the public half of the signing key only', () => {
    const jwks = identity.service.jwks();
    expect(jwks).toEqual({
      keys: [{ kty: 'EC', crv: 'P-256', x: expect.any(String), y: expect.any(String), kid: identity.keys.kid, alg: 'ES256', use: 'sig' }],
    });
    expect(JSON.stringify(jwks)).not.toContain('"d"');
    const privateD = identity.keys.privateKey.export({ format: 'jwk' }).d!;
    expect(JSON.stringify(jwks)).not.toContain(privateD);
  });

  it('verifies the service’s tokens with the published key alone', () => {
    const [jwk] = identity.service.jwks().keys;
    const key = createPublicKey({ key: { kty: jwk!.kty, crv: jwk!.crv, x: jwk!.x, y: jwk!.y }, format: 'jwk' });
    const [header, payload, signature] = token.split('.');
    expect(verify('sha256', Buffer.from(`${header}.${payload}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature!, 'base64url'))).toBe(true);
  });
});
