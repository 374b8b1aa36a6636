/**
 * The OAuth 2.0 client credentials grant (RFC 6749 §4.4) for agencies' integrating systems. The
 * client authenticates with HTTP Basic (`client_secret_basic`, §2.3.1: id and secret form-encoded,
 * then base64) or with `client_id` and `client_secret` in the form (`client_secret_post`), never
 * both; it may narrow its token to a subset of its allowed scopes. Errors follow §5.2.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { type MikroORM } from '@mikro-orm/core';
import { type AccessTokenIssuer } from './access-token.issuer';
import { ServiceClient } from './entities/service-client.entity';

/** The error codes of RFC 6749 §5.2 this endpoint answers with. */
export type TokenEndpointErrorCode = 'invalid_request' | 'invalid_client' | 'unsupported_grant_type' | 'invalid_scope';

/** The successful token response (RFC 6749 §5.1). */
export interface ClientCredentialsToken {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

/** The answer of the token endpoint: a token, or an error with the HTTP status to send. */
export type ClientCredentialsResult =
  | { ok: true; clientId: string; token: ClientCredentialsToken }
  | { ok: false; status: 400 | 401; error: TokenEndpointErrorCode; error_description: string };

/** A token request as it arrived: the Authorization header and the form body. */
export interface ClientCredentialsRequest {
  authorization?: string | undefined;
  form: URLSearchParams;
}

/** What the grant needs. */
export interface ClientCredentialsDependencies {
  orm: MikroORM;
  tokens: AccessTokenIssuer;
}

/** RFC 6749 §3.3 scope-token characters. */
const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]+$/;
const CLIENT_SECRET_PREFIX = 'llcs_';
const KNOWN_PARAMETERS = ['grant_type', 'scope', 'client_id', 'client_secret'];

/** A new client secret: 256 random bits, prefixed so secret scanners recognise it. */
export function generateClientSecret(): string {
  return `${CLIENT_SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** The stored form of a client secret. */
export function hashClientSecret(secret: string): string {
  return `sha256$${createHash('sha256').update(secret).digest('base64url')}`;
}

function secretMatches(secret: string, stored: string): boolean {
  const expected = Buffer.from(stored);
  const actual = Buffer.from(hashClientSecret(secret));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** True when every token of a space-separated list is a valid scope token. */
export function isScopeList(value: string): boolean {
  return value.split(' ').every((token) => SCOPE_TOKEN.test(token));
}

type Failure = Extract<ClientCredentialsResult, { ok: false }>;

const fail = (error: TokenEndpointErrorCode, description: string): Failure => ({
  ok: false,
  status: error === 'invalid_client' ? 401 : 400,
  error,
  error_description: description,
});

function decodeFormComponent(value: string): string {
  return decodeURIComponent(value.replace(/\+/g, ' '));
}

/** Reads the client's credentials from the Basic header or the form (exactly one of them). */
function clientCredentialsOf(request: ClientCredentialsRequest): { clientId: string; secret: string } | Failure {
  const formId = request.form.get('client_id');
  const formSecret = request.form.get('client_secret');
  const authorization = request.authorization?.trim();
  if (authorization) {
    if (formSecret !== null) return fail('invalid_request', 'use one client authentication method, not two');
    const match = /^Basic\s+([A-Za-z0-9+/]+={0,2})$/i.exec(authorization);
    if (!match) return fail('invalid_client', 'unsupported client authentication');
    const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return fail('invalid_client', 'client authentication failed');
    try {
      const clientId = decodeFormComponent(decoded.slice(0, colon));
      const secret = decodeFormComponent(decoded.slice(colon + 1));
      if (formId !== null && formId !== clientId) return fail('invalid_request', 'client_id does not match the authenticated client');
      return { clientId, secret };
    } catch {
      return fail('invalid_client', 'client authentication failed');
    }
  }
  if (formId === null || formSecret === null) return fail('invalid_client', 'client authentication required');
  return { clientId: formId, secret: formSecret };
}

/** Answers a client credentials token request. */
export async function clientCredentialsGrant(deps: ClientCredentialsDependencies, request: ClientCredentialsRequest): Promise<ClientCredentialsResult> {
  for (const name of KNOWN_PARAMETERS) {
    if (request.form.getAll(name).length > 1) return fail('invalid_request', `${name} was given more than once`);
  }
  const grantType = request.form.get('grant_type');
  if (!grantType) return fail('invalid_request', 'grant_type is required');
  if (grantType !== 'client_credentials') return fail('unsupported_grant_type', 'only client_credentials is supported here');
  const scopeParam = request.form.get('scope');
  if (scopeParam !== null && scopeParam !== '' && !isScopeList(scopeParam)) return fail('invalid_scope', 'scope is malformed');

  const credentials = clientCredentialsOf(request);
  if ('ok' in credentials) return credentials;
  const client = await deps.orm.em.fork().findOne(ServiceClient, { clientId: credentials.clientId });
  // The digest is compared for unknown clients too, so both take the same path.
  const matches = secretMatches(credentials.secret, client?.secretHash ?? hashClientSecret(generateClientSecret()));
  if (!client || !matches || client.disabled) return fail('invalid_client', 'client authentication failed');

  const requested = scopeParam ? [...new Set(scopeParam.split(' '))] : client.allowedScopes;
  const refused = requested.filter((scope) => !client.allowedScopes.includes(scope));
  if (refused.length > 0) return fail('invalid_scope', `scope not allowed for this client: ${refused.join(' ')}`);

  const access = deps.tokens.issue({
    kind: 'service',
    id: client.clientId,
    agency: client.agency,
    orgUnit: client.orgUnit,
    jurisdiction: client.jurisdiction,
    roles: [...client.roles],
    scopes: requested,
  });
  return {
    ok: true,
    clientId: client.clientId,
    token: { access_token: access.token, token_type: 'Bearer', expires_in: access.expiresIn, scope: requested.join(' ') },
  };
}
