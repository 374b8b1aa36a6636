/**
 * OAuth 2.0 Authorization Server Metadata (RFC 8414) for `GET /.well-known/oauth-authorization-server`:
 * how an integrating system finds the token endpoint, the one grant (client credentials), the
 * client authentication methods the token endpoint takes, the scopes (the runtime's scope table)
 * and the signing keys, instead of reading them from the README.
 */
import { type IncomingMessage } from 'node:http';
import { SCOPES } from '@lifeline/subgraph-runtime';

/** The metadata document, in RFC 8414's field names. */
export interface AuthorizationServerMetadata {
  issuer: string;
  token_endpoint: string;
  jwks_uri: string;
  grant_types_supported: string[];
  token_endpoint_auth_methods_supported: string[];
  scopes_supported: string[];
  response_types_supported: string[];
}

/** The client authentication methods `POST /oauth/token` accepts (Basic header, or form fields). */
export const TOKEN_ENDPOINT_AUTH_METHODS = ['client_secret_basic', 'client_secret_post'] as const;

const HOST = /^(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

/**
 * Where the endpoints are, as absolute URLs: under the issuer when it is an http(s) URL (as RFC
 * 8414 has it: set `IDENTITY_ISSUER` to the gateway's public URL), else under the host the request
 * came to (`x-forwarded-proto: https` from the proxy in front counts). Null for a Host header that
 * is no host name.
 */
export function endpointBase(issuer: string, req: IncomingMessage): string | null {
  if (/^https?:\/\//.test(issuer)) return issuer.replace(/\/+$/, '');
  const host = req.headers.host ?? '';
  if (!HOST.test(host)) return null;
  const proto = req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http';
  return `${proto}://${host}`;
}

/** The metadata for `issuer`, with endpoints under `base` (see `endpointBase`). */
export function authorizationServerMetadata(issuer: string, base: string, paths: { token: string; jwks: string }): AuthorizationServerMetadata {
  return {
    issuer,
    token_endpoint: `${base}${paths.token}`,
    jwks_uri: `${base}${paths.jwks}`,
    grant_types_supported: ['client_credentials'],
    token_endpoint_auth_methods_supported: [...TOKEN_ENDPOINT_AUTH_METHODS],
    scopes_supported: Object.keys(SCOPES),
    // No authorization endpoint: staff sign in at /auth/login, systems take client credentials.
    response_types_supported: [],
  };
}
