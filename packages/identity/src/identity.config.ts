/**
 * The identity service's configuration, read from the environment once and validated at start-up
 * (zod); a bad value stops the process with a message naming the variable. Keys never live in the
 * repository: the access-token key comes from ACCESS_TOKEN_PRIVATE_KEY or is generated on first
 * start under `<dataDir>/keys`.
 */
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { findRepoRoot, loadOrCreateSigningKeys, seedsDemoData, type SigningKeyPair } from '@lifeline/subgraph-runtime';
import { MAX_ACCESS_TOKEN_TTL_SECONDS, assertEs256Key, jwkThumbprint } from './access-token.issuer';
import { assertJwksUrl, type ExternalOidcOptions, type OidcClaimMapping } from './external-oidc.verifier';
import { DEFAULT_AUDIENCE, DEFAULT_REFRESH_TOKEN_TTL_SECONDS } from './identity.service';
import { MIN_SCRYPT_LOG_N, SCRYPT_COST } from './password.hasher';

/** The identity service's validated configuration. */
export interface IdentityConfig {
  /** `iss` of issued tokens. */
  issuer: string;
  /** `aud` of issued tokens. */
  audience: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** PEM (PKCS#8 or SEC1) of the P-256 signing key; absent: the pair under `<dataDir>/keys`. */
  accessTokenPrivateKeyPem: string | undefined;
  /** Key id of a configured key (default: its RFC 7638 thumbprint). */
  accessTokenKeyId: string | undefined;
  externalOidc: ExternalOidcOptions | undefined;
  databaseUrl: string | undefined;
  databasePrefix: string;
  dataDir: string;
  poolSize: number;
  seedDemo: boolean;
  demoPassword: string;
  /** log2 of scrypt's N for new password hashes (15 unless configured; never below 15 in production). */
  passwordHashLogN: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

const claimName = z.string().regex(/^[A-Za-z0-9_:.-]{1,100}$/, 'must be a claim name (dots reach into objects)');

const identityEnv = z
  .object({
    IDENTITY_ISSUER: z.string().min(1).default('lifeline'),
    IDENTITY_AUDIENCE: z.string().min(1).default(DEFAULT_AUDIENCE),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(MAX_ACCESS_TOKEN_TTL_SECONDS).default(MAX_ACCESS_TOKEN_TTL_SECONDS),
    REFRESH_TOKEN_TTL_SECONDS: z.coerce.number().int().min(300).max(30 * 24 * 3600).default(DEFAULT_REFRESH_TOKEN_TTL_SECONDS),
    ACCESS_TOKEN_PRIVATE_KEY: z.string().min(1).optional(),
    ACCESS_TOKEN_KEY_ID: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/).optional(),
    OIDC_ISSUER: z.string().min(1).optional(),
    OIDC_JWKS_URL: z.string().url().optional(),
    OIDC_AUDIENCE: z.string().min(1).optional(),
    OIDC_USERNAME_CLAIM: claimName.optional(),
    OIDC_AGENCY_CLAIM: claimName.optional(),
    OIDC_ROLES_CLAIM: claimName.optional(),
    OIDC_JURISDICTION_CLAIM: claimName.optional(),
    OIDC_ORG_UNIT_CLAIM: claimName.optional(),
    DATABASE_URL: z.string().url().optional(),
    LIFELINE_DB_PREFIX: z.string().regex(/^[a-z][a-z0-9_]{0,30}$/).default('lifeline'),
    LIFELINE_DATA_DIR: z.string().min(1).optional(),
    IDENTITY_DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(5),
    SEED_DEMO: z.enum(['true', 'false']).optional(),
    LIFELINE_MODE: z.enum(['production', 'demo', 'development']).optional(),
    DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').default('lifeline-demo'),
    PASSWORD_HASH_LOG_N: z.coerce.number().int().min(MIN_SCRYPT_LOG_N).max(20).default(SCRYPT_COST.logN),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.LIFELINE_MODE === 'production' && env.PASSWORD_HASH_LOG_N < SCRYPT_COST.logN) {
      ctx.addIssue({ code: 'custom', path: ['PASSWORD_HASH_LOG_N'], message: `must be at least ${SCRYPT_COST.logN} in production (lower costs are for test runs)` });
    }
    if ((env.OIDC_ISSUER === undefined) !== (env.OIDC_JWKS_URL === undefined)) {
      ctx.addIssue({ code: 'custom', path: [env.OIDC_ISSUER ? 'OIDC_JWKS_URL' : 'OIDC_ISSUER'], message: 'OIDC_ISSUER and OIDC_JWKS_URL go together' });
    }
    if (env.OIDC_JWKS_URL) {
      try {
        assertJwksUrl(env.OIDC_JWKS_URL);
      } catch (error) {
        ctx.addIssue({ code: 'custom', path: ['OIDC_JWKS_URL'], message: (error as Error).message });
      }
    }
    if (env.OIDC_ISSUER && env.OIDC_ISSUER === env.IDENTITY_ISSUER) {
      ctx.addIssue({ code: 'custom', path: ['OIDC_ISSUER'], message: 'must differ from IDENTITY_ISSUER' });
    }
    if (env.ACCESS_TOKEN_PRIVATE_KEY) {
      try {
        assertEs256Key(createPrivateKey(pemFromEnv(env.ACCESS_TOKEN_PRIVATE_KEY)), 'the key');
      } catch {
        ctx.addIssue({ code: 'custom', path: ['ACCESS_TOKEN_PRIVATE_KEY'], message: 'must be the PEM of an EC P-256 private key' });
      }
    }
  });

/** Accepts a PEM with real newlines or with `\n` escapes (as one-line environment values carry it). */
function pemFromEnv(value: string): string {
  return value.includes('\\n') ? value.replace(/\\n/g, '\n') : value;
}

/** Reads and validates the identity service's configuration. */
export function readIdentityConfig(env: NodeJS.ProcessEnv = process.env, repoRoot = findRepoRoot(__dirname)): IdentityConfig {
  const parsed = identityEnv.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration for the identity service:\n  ${issues.join('\n  ')}`);
  }
  const e = parsed.data;
  const claimMapping: Partial<OidcClaimMapping> = {
    ...(e.OIDC_USERNAME_CLAIM ? { username: e.OIDC_USERNAME_CLAIM } : {}),
    ...(e.OIDC_AGENCY_CLAIM ? { agency: e.OIDC_AGENCY_CLAIM } : {}),
    ...(e.OIDC_ROLES_CLAIM ? { roles: e.OIDC_ROLES_CLAIM } : {}),
    ...(e.OIDC_JURISDICTION_CLAIM ? { jurisdiction: e.OIDC_JURISDICTION_CLAIM } : {}),
    ...(e.OIDC_ORG_UNIT_CLAIM ? { orgUnit: e.OIDC_ORG_UNIT_CLAIM } : {}),
  };
  return {
    issuer: e.IDENTITY_ISSUER,
    audience: e.IDENTITY_AUDIENCE,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: e.REFRESH_TOKEN_TTL_SECONDS,
    accessTokenPrivateKeyPem: e.ACCESS_TOKEN_PRIVATE_KEY ? pemFromEnv(e.ACCESS_TOKEN_PRIVATE_KEY) : undefined,
    accessTokenKeyId: e.ACCESS_TOKEN_KEY_ID,
    externalOidc:
      e.OIDC_ISSUER && e.OIDC_JWKS_URL
        ? { issuer: e.OIDC_ISSUER, jwksUrl: e.OIDC_JWKS_URL, ...(e.OIDC_AUDIENCE ? { audience: e.OIDC_AUDIENCE } : {}), claimMapping }
        : undefined,
    databaseUrl: e.DATABASE_URL,
    databasePrefix: e.LIFELINE_DB_PREFIX,
    dataDir: e.LIFELINE_DATA_DIR ?? join(repoRoot, '.data'),
    poolSize: e.IDENTITY_DB_POOL_SIZE,
    seedDemo: seedsDemoData(e),
    demoPassword: e.DEMO_PASSWORD,
    passwordHashLogN: e.PASSWORD_HASH_LOG_N,
    logLevel: e.LOG_LEVEL,
  };
}

/** The access-token signing keys: the configured PEM, else the pair stored under `<dataDir>/keys`. */
export function loadAccessTokenKeys(config: Pick<IdentityConfig, 'accessTokenPrivateKeyPem' | 'accessTokenKeyId' | 'dataDir'>): SigningKeyPair {
  if (config.accessTokenPrivateKeyPem) {
    const privateKey = createPrivateKey(config.accessTokenPrivateKeyPem);
    const publicKey = createPublicKey(privateKey);
    return { privateKey, publicKey, kid: config.accessTokenKeyId ?? jwkThumbprint(publicKey) };
  }
  return loadOrCreateSigningKeys(join(config.dataDir, 'keys'), 'access-token');
}
