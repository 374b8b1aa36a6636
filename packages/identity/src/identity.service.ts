/**
 * The identity service: who may call Lifeline, and the proof they carry. It signs people in
 * (with a throttle), keeps their sessions as rotating refresh tokens, issues client-credentials
 * tokens to integrating systems, publishes its keys, and turns any token it trusts — its own, or
 * an external OpenID Connect provider's — into the runtime's `Caller`. No HTTP in here: see
 * identity.routes.ts.
 */
import { type MikroORM } from '@mikro-orm/core';
import { ROLES, scopeGrantProblem, TokenError, type Agency, type Caller, type SigningKeyPair } from '@lifeline/subgraph-runtime';
import {
  MAX_ACCESS_TOKEN_TTL_SECONDS,
  createAccessTokenIssuer,
  peekJwt,
  type Jwks,
  type SigningKeyState,
  type VerificationKey,
} from './access-token.issuer';
import { clientCredentialsGrant, generateClientSecret, hashClientSecret, isScopeList, type ClientCredentialsRequest, type ClientCredentialsResult } from './client-credentials.grant';
import { isAgency } from './entities/agency.vocabulary';
import { RefreshToken } from './entities/refresh-token.entity';
import { isDocumentPolicy, ServiceClient, type DocumentPolicy } from './entities/service-client.entity';
import { UserAccount } from './entities/user-account.entity';
import { createExternalOidcVerifier, type ExternalOidcOptions } from './external-oidc.verifier';
import { UnknownUsernameThrottle } from './login-throttle.policy';
import { createDummyPasswordHash, login, normalizeUsername, type LoginDependencies, type LoginResult } from './login.workflow';
import { hashPassword, SCRYPT_COST, type ScryptCost } from './password.hasher';
import { revokeSession, rotateRefreshToken, type RefreshResult } from './refresh-token.workflow';
import { SignInQueue } from './sign-in.queue';

/** The audience of Lifeline's access tokens: the gateway's API. */
export const DEFAULT_AUDIENCE = 'lifeline-api';
/** A sign-in lasts one shift unless configured otherwise. */
export const DEFAULT_REFRESH_TOKEN_TTL_SECONDS = 8 * 60 * 60;

/** What the identity service is built from. */
export interface IdentityServiceOptions {
  orm: MikroORM;
  /** The ES256 (P-256) key pair access tokens are signed with. */
  signingKeys: SigningKeyPair;
  /** Earlier public keys still accepted and published while tokens signed with them live. */
  previousKeys?: VerificationKey[];
  /** The `iss` of issued tokens, e.g. `lifeline`. */
  issuer: string;
  /** The `aud` of issued tokens (default `lifeline-api`). */
  audience?: string;
  /** Access-token lifetime, at most 900 s (the default). */
  accessTokenTtlSeconds?: number;
  /** Session (refresh-token family) lifetime, default 8 h. */
  refreshTokenTtlSeconds?: number;
  /** The clock, in milliseconds since the epoch (tests inject one). */
  now?: () => number;
  /** An external OpenID Connect provider whose access tokens are accepted too. */
  externalOidc?: ExternalOidcOptions;
  /** The cost of new password hashes (default `SCRYPT_COST`; test runs configure a lower one). */
  passwordCost?: ScryptCost;
  /**
   * Makes and stores a new signing key (the file key ring under the data directory). Absent: the
   * key is configured (ACCESS_TOKEN_PRIVATE_KEY) and only an operator changes it.
   */
  newSigningKey?: (now: number) => SigningKeyPair;
}

/** A new account. */
export interface NewUserAccount {
  username: string;
  password: string;
  displayName: string;
  agency: Agency;
  orgUnit?: string | null;
  jurisdiction?: string | null;
  roles: string[];
}

/** A new integrating system. */
export interface NewServiceClient {
  clientId: string;
  displayName: string;
  agency: Agency;
  orgUnit?: string | null;
  jurisdiction?: string | null;
  /** Default: `INTEGRATION`. */
  roles?: string[];
  allowedScopes: string[];
  /** What it may send as operations (default `FREE_TEXT`: any text, and its registered documents). */
  documentPolicy?: DocumentPolicy;
}

/** The identity service: sign-in, sessions, client credentials, token verification, keys, accounts. */
export interface IdentityService {
  /** The `iss` of this service's tokens. */
  readonly issuer: string;
  /** The `aud` of this service's tokens. */
  readonly audience: string;
  /** Signs a person in: a token pair, or INVALID_CREDENTIALS / LOCKED (with the wait). */
  login(username: string, password: string): Promise<LoginResult>;
  /** Exchanges a refresh token for a new pair (rotation; reuse revokes the whole session). */
  refresh(refreshToken: string): Promise<RefreshResult>;
  /** Ends the session of a refresh token (its whole family); unknown tokens are ignored. */
  logout(refreshToken: string): Promise<void>;
  /** The OAuth 2.0 client credentials grant (RFC 6749 §4.4). */
  clientCredentials(request: ClientCredentialsRequest): Promise<ClientCredentialsResult>;
  /**
   * The caller a bearer token proves: Lifeline's own tokens (ES256, by `kid`) or, when configured,
   * the external provider's. Throws the runtime's `TokenError` for anything else. Tokens are not
   * looked up, so a signed-out session's access token is honoured until it expires (≤ 15 min).
   */
  verifyAccessToken(token: string): Promise<Caller>;
  /** The public keys of this service, as a JWKS. */
  jwks(): Jwks;
  /** The keys by id: the signing one first, then the earlier ones still verifying. */
  signingKeys(): SigningKeyState[];
  /** Whether `rotateSigningKey` can rotate here (the service owns its key). */
  readonly signingKeyRotation: boolean;
  /**
   * Starts signing with a new key; the old one verifies (and is published) until its last token
   * expires. Null where the key is configured. Per process: another gateway instance on its own
   * data directory keeps its own key.
   */
  rotateSigningKey(): { kid: string; previousKid: string } | null;
  /** Creates an account (the username is normalised to lower case). */
  createUserAccount(input: NewUserAccount): Promise<UserAccount>;
  /** Registers an integrating system; its secret is returned once and stored only as a hash. */
  createServiceClient(input: NewServiceClient): Promise<{ client: ServiceClient; clientSecret: string }>;
  /** Deletes the refresh tokens of sessions that have ended by time; returns how many. Run it now and then. */
  purgeExpiredRefreshTokens(): Promise<number>;
}

/** Usernames and client ids: lower-case letters, digits, `.`, `_`, `-`; 2–64 characters. */
export const ACCOUNT_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,62}[a-z0-9]$/;

const KNOWN_ROLES: ReadonlySet<string> = new Set(Object.values(ROLES));

function checkGrant(name: string, agency: unknown, roles: readonly string[]): void {
  if (!ACCOUNT_NAME_PATTERN.test(name)) throw new Error(`invalid account name: ${JSON.stringify(name)}`);
  if (!isAgency(agency)) throw new Error(`unknown agency for ${name}`);
  const unknown = roles.filter((role) => !KNOWN_ROLES.has(role));
  if (unknown.length > 0) throw new Error(`unknown roles for ${name}: ${unknown.join(', ')}`);
}

/** Creates the identity service over an open, migrated identity database. */
export function createIdentityService(options: IdentityServiceOptions): IdentityService {
  const now = options.now ?? Date.now;
  const audience = options.audience ?? DEFAULT_AUDIENCE;
  const refreshTokenTtlSeconds = options.refreshTokenTtlSeconds ?? DEFAULT_REFRESH_TOKEN_TTL_SECONDS;
  if (!Number.isInteger(refreshTokenTtlSeconds) || refreshTokenTtlSeconds < 60) throw new Error('refreshTokenTtlSeconds must be an integer of at least 60');
  const tokens = createAccessTokenIssuer({
    signingKeys: options.signingKeys,
    previousKeys: options.previousKeys ?? [],
    issuer: options.issuer,
    audience,
    ttlSeconds: options.accessTokenTtlSeconds ?? MAX_ACCESS_TOKEN_TTL_SECONDS,
    now,
  });
  if (options.externalOidc && options.externalOidc.issuer === options.issuer) {
    throw new Error('the external OIDC issuer must differ from this service’s issuer');
  }
  const external = options.externalOidc ? createExternalOidcVerifier(options.externalOidc, { defaultAudience: audience, now }) : null;
  const passwordCost = options.passwordCost ?? SCRYPT_COST;
  const dummyPasswordHash = createDummyPasswordHash(passwordCost);
  // Never rejected unobserved: a failure surfaces at the first unknown-username sign-in.
  dummyPasswordHash.catch(() => undefined);
  const deps: LoginDependencies = {
    orm: options.orm,
    tokens,
    refreshTokenTtlSeconds,
    now,
    unknownUsernames: new UnknownUsernameThrottle(),
    dummyPasswordHash,
    signInQueue: new SignInQueue(),
    passwordCost,
  };

  return {
    issuer: options.issuer,
    audience,
    login: (username, password) => login(deps, username, password),
    refresh: (refreshToken) => rotateRefreshToken(deps, refreshToken),
    logout: (refreshToken) => revokeSession(deps, refreshToken),
    clientCredentials: (request) => clientCredentialsGrant(deps, request),

    async verifyAccessToken(token) {
      const iss = peekJwt(token)?.claims.iss;
      if (iss === options.issuer) return tokens.verify(token);
      if (external && iss === external.issuer) return external.verify(token);
      throw new TokenError(typeof iss === 'string' ? 'ISSUER' : 'MALFORMED');
    },

    jwks: () => tokens.jwks(),
    signingKeys: () => tokens.keys(),
    signingKeyRotation: options.newSigningKey !== undefined,
    rotateSigningKey() {
      if (!options.newSigningKey) return null;
      const previousKid = tokens.keys()[0]!.kid;
      const next = options.newSigningKey(now());
      tokens.rotate(next);
      return { kid: next.kid, previousKid };
    },

    async createUserAccount(input) {
      const username = normalizeUsername(input.username);
      checkGrant(username, input.agency, input.roles);
      if (input.password.length < 8) throw new Error(`the password of ${username} is too short (8 characters at least)`);
      const em = options.orm.em.fork();
      const account = em.create(UserAccount, {
        username,
        passwordHash: await hashPassword(input.password, passwordCost),
        displayName: input.displayName,
        agency: input.agency,
        orgUnit: input.orgUnit ?? null,
        jurisdiction: input.jurisdiction ?? null,
        roles: [...new Set(input.roles)],
        failedAttempts: 0,
        lockedUntil: null,
        disabled: false,
        lastSignInAt: null,
        createdAt: new Date(now()),
      });
      await em.flush();
      return account;
    },

    async createServiceClient(input) {
      const roles = input.roles ?? [ROLES.INTEGRATION];
      checkGrant(input.clientId, input.agency, roles);
      if (input.allowedScopes.length === 0 || !isScopeList(input.allowedScopes.join(' '))) throw new Error(`invalid scopes for ${input.clientId}`);
      // Only scopes of the scope table, and a write scope only for the agency whose records it changes.
      const scopeProblem = scopeGrantProblem(input.agency, input.allowedScopes);
      if (scopeProblem) throw new Error(`invalid scopes for ${input.clientId}: ${scopeProblem}`);
      const documentPolicy = input.documentPolicy ?? 'FREE_TEXT';
      if (!isDocumentPolicy(documentPolicy)) throw new Error(`invalid document policy for ${input.clientId}`);
      const clientSecret = generateClientSecret();
      const em = options.orm.em.fork();
      const client = em.create(ServiceClient, {
        clientId: input.clientId,
        secretHash: hashClientSecret(clientSecret),
        displayName: input.displayName,
        agency: input.agency,
        orgUnit: input.orgUnit ?? null,
        jurisdiction: input.jurisdiction ?? null,
        roles: [...new Set(roles)],
        allowedScopes: [...new Set(input.allowedScopes)],
        documentPolicy,
        disabled: false,
        createdAt: new Date(now()),
      });
      await em.flush();
      return { client, clientSecret };
    },

    // Expired families are useless for reuse detection too: their tokens are refused as expired.
    purgeExpiredRefreshTokens: () => options.orm.em.fork().nativeDelete(RefreshToken, { expiresAt: { $lt: new Date(now()) } }),
  };
}
