import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jwkThumbprint, loadAccessTokenKeys, readIdentityConfig } from '../src';

describe('the identity configuration', () => {
  it('has safe defaults: 15-minute access tokens, one-shift sessions, no external provider', () => {
    const config = readIdentityConfig({}, '/repo');
    expect(config).toMatchObject({
      issuer: 'lifeline',
      audience: 'lifeline-api',
      accessTokenTtlSeconds: 900,
      refreshTokenTtlSeconds: 8 * 3600,
      accessTokenPrivateKeyPem: undefined,
      externalOidc: undefined,
      dataDir: join('/repo', '.data'),
      seedDemo: true,
      demoPassword: 'lifeline-demo',
      passwordHashLogN: 15,
    });
  });

  it('takes a lower password-hash cost for test runs, never below 2^10 and never below the default in production', () => {
    expect(readIdentityConfig({ PASSWORD_HASH_LOG_N: '10' }, '/repo').passwordHashLogN).toBe(10);
    expect(readIdentityConfig({ PASSWORD_HASH_LOG_N: '17', LIFELINE_MODE: 'production' }, '/repo').passwordHashLogN).toBe(17);
    expect(() => readIdentityConfig({ PASSWORD_HASH_LOG_N: '9' }, '/repo')).toThrow(/PASSWORD_HASH_LOG_N/);
    expect(() => readIdentityConfig({ PASSWORD_HASH_LOG_N: '12', LIFELINE_MODE: 'production' }, '/repo')).toThrow(/PASSWORD_HASH_LOG_N: must be at least 15 in production/);
  });

  it('creates demo accounts only on the embedded default or when SEED_DEMO=true asks for them', () => {
    expect(readIdentityConfig({}, '/repo').seedDemo).toBe(true);
    expect(readIdentityConfig({ DATABASE_URL: 'postgres://db.example/lifeline' }, '/repo').seedDemo).toBe(false);
    expect(readIdentityConfig({ LIFELINE_MODE: 'production' }, '/repo').seedDemo).toBe(false);
    expect(readIdentityConfig({ DATABASE_URL: 'postgres://db.example/lifeline', SEED_DEMO: 'true' }, '/repo').seedDemo).toBe(true);
    expect(readIdentityConfig({ SEED_DEMO: 'false' }, '/repo').seedDemo).toBe(false);
    expect(() => readIdentityConfig({ SEED_DEMO: 'yes' }, '/repo')).toThrow(/SEED_DEMO/);
  });

  it('reads an external provider with its claim names', () => {
    const config = readIdentityConfig({
      OIDC_ISSUER: 'https://idp.example/realms/wf',
      OIDC_JWKS_URL: 'https://idp.example/realms/wf/protocol/openid-connect/certs',
      OIDC_AUDIENCE: 'lifeline',
      OIDC_ROLES_CLAIM: 'realm_access.roles',
    });
    expect(config.externalOidc).toEqual({
      issuer: 'https://idp.example/realms/wf',
      jwksUrl: 'https://idp.example/realms/wf/protocol/openid-connect/certs',
      audience: 'lifeline',
      claimMapping: { roles: 'realm_access.roles' },
    });
  });

  it('names the variable when a value is wrong', () => {
    expect(() => readIdentityConfig({ ACCESS_TOKEN_TTL_SECONDS: '3600' })).toThrow(/ACCESS_TOKEN_TTL_SECONDS/);
    expect(() => readIdentityConfig({ OIDC_ISSUER: 'https://idp.example' })).toThrow(/OIDC_JWKS_URL/);
    expect(() => readIdentityConfig({ OIDC_ISSUER: 'https://idp.example', OIDC_JWKS_URL: 'http://idp.example/certs' })).toThrow(/OIDC_JWKS_URL: .*https/);
    expect(() => readIdentityConfig({ DEMO_PASSWORD: 'short' })).toThrow(/DEMO_PASSWORD/);
    expect(() => readIdentityConfig({ ACCESS_TOKEN_PRIVATE_KEY: 'not a key' })).toThrow(/ACCESS_TOKEN_PRIVATE_KEY/);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => readIdentityConfig({ ACCESS_TOKEN_PRIVATE_KEY: rsa })).toThrow(/ACCESS_TOKEN_PRIVATE_KEY/);
  });

  it('takes a P-256 key from the environment, even with escaped newlines, named by its thumbprint', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().replace(/\n/g, '\\n');
    const keys = loadAccessTokenKeys(readIdentityConfig({ ACCESS_TOKEN_PRIVATE_KEY: pem }));
    expect(keys.kid).toBe(jwkThumbprint(publicKey));
    expect(keys.publicKey.equals(publicKey)).toBe(true);
  });

  it('otherwise generates a key pair once under the data directory and keeps it', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lifeline-identity-keys-'));
    try {
      const first = loadAccessTokenKeys(readIdentityConfig({ LIFELINE_DATA_DIR: dataDir }));
      const second = loadAccessTokenKeys(readIdentityConfig({ LIFELINE_DATA_DIR: dataDir }));
      expect(second.kid).toBe(first.kid);
      expect(second.publicKey.equals(first.publicKey)).toBe(true);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
