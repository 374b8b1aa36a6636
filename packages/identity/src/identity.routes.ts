/**
 * The identity endpoints at the gateway's HTTP edge, as a `routes` handler for the runtime's
 * `serveHttp`:
 *
 *   POST /auth/login              {username, password} → 200 {accessToken, expiresIn, refreshToken}
 *                                  401 {error: 'invalid_credentials'}; 429 + Retry-After
 *   POST /auth/refresh            {refreshToken} → 200 new pair; 401 {error: 'invalid_refresh_token'}
 *   POST /auth/logout             {refreshToken} → 204
 *   POST /oauth/token             form: grant_type=client_credentials (RFC 6749 §4.4, errors §5.2)
 *   GET  /.well-known/jwks.json   the public signing keys
 *   GET  /.well-known/oauth-authorization-server   RFC 8414 metadata: token endpoint, grant,
 *                                  client authentication methods, scopes, keys
 *
 * Every answer is `Cache-Control: no-store`; bodies are capped at 16 kB. Logs carry outcome codes
 * and account names of successful sign-ins only: never a password, secret or token, and never a
 * failed username (people type passwords into that field).
 */
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { z } from 'zod';
import { type HttpRequestInfo, type Log } from '@lifeline/subgraph-runtime';
import { authorizationServerMetadata, endpointBase } from './authorization-server.metadata';
import { type IdentityService } from './identity.service';
import { BadRequest, mediaType, readBody, readJson, send } from './json-http';
import { normalizeUsername } from './login.workflow';

/** The handler shape of `serveHttp`'s `routes` option: true when it answered the request. */
export type IdentityRoutes = (req: IncomingMessage, res: ServerResponse, info: HttpRequestInfo) => Promise<boolean>;

/** The paths answered, with their one method. */
export const IDENTITY_PATHS = {
  login: '/auth/login',
  refresh: '/auth/refresh',
  logout: '/auth/logout',
  token: '/oauth/token',
  jwks: '/.well-known/jwks.json',
  discovery: '/.well-known/oauth-authorization-server',
} as const;

const METHODS = new Map<string, 'GET' | 'POST'>([
  [IDENTITY_PATHS.login, 'POST'],
  [IDENTITY_PATHS.refresh, 'POST'],
  [IDENTITY_PATHS.logout, 'POST'],
  [IDENTITY_PATHS.token, 'POST'],
  [IDENTITY_PATHS.jwks, 'GET'],
  [IDENTITY_PATHS.discovery, 'GET'],
]);

const loginBody = z.object({ username: z.string().min(1).max(128), password: z.string().min(1).max(1024) });
const refreshBody = z.object({ refreshToken: z.string().min(1).max(512) });

/** The identity endpoints as a `serveHttp` routes handler. */
export function identityRoutes(service: IdentityService, log: Log): IdentityRoutes {
  async function handle(path: string, req: IncomingMessage, res: ServerResponse, info: HttpRequestInfo): Promise<true> {
    const { requestId } = info;
    switch (path) {
      case IDENTITY_PATHS.login: {
        const { username, password } = await readJson(req, loginBody);
        const result = await service.login(username, password);
        if (result.ok) {
          log.info('sign-in succeeded', { requestId, account: normalizeUsername(username) });
          return send(res, info, 200, { accessToken: result.accessToken, expiresIn: result.expiresIn, refreshToken: result.refreshToken });
        }
        log.info('sign-in refused', { requestId, code: result.code });
        if (result.code === 'LOCKED') {
          return send(res, info, 429, { error: 'too_many_attempts', retryAfterSeconds: result.retryAfterSeconds }, { 'retry-after': String(result.retryAfterSeconds) });
        }
        return send(res, info, 401, { error: 'invalid_credentials' });
      }
      case IDENTITY_PATHS.refresh: {
        const { refreshToken } = await readJson(req, refreshBody);
        const result = await service.refresh(refreshToken);
        if (result.ok) return send(res, info, 200, { accessToken: result.accessToken, expiresIn: result.expiresIn, refreshToken: result.refreshToken });
        log.info('refresh refused', { requestId, code: result.code, reason: result.reason });
        return send(res, info, 401, { error: 'invalid_refresh_token' });
      }
      case IDENTITY_PATHS.logout: {
        const { refreshToken } = await readJson(req, refreshBody);
        await service.logout(refreshToken);
        return send(res, info, 204);
      }
      case IDENTITY_PATHS.token: {
        if (mediaType(req) !== 'application/x-www-form-urlencoded') {
          return send(res, info, 400, { error: 'invalid_request', error_description: 'the body must be application/x-www-form-urlencoded' });
        }
        const form = new URLSearchParams(await readBody(req));
        const result = await service.clientCredentials({ authorization: req.headers.authorization, form });
        if (result.ok) {
          log.info('client token issued', { requestId, client: result.clientId });
          return send(res, info, 200, result.token);
        }
        log.info('client token refused', { requestId, code: result.error });
        const challenge: Record<string, string> = result.status === 401 ? { 'www-authenticate': 'Basic realm="lifeline", charset="UTF-8"' } : {};
        return send(res, info, result.status, { error: result.error, error_description: result.error_description }, challenge);
      }
      case IDENTITY_PATHS.discovery: {
        const base = endpointBase(service.issuer, req);
        if (!base) return send(res, info, 400, { error: 'invalid_request', error_description: 'the Host header is not a host name' });
        return send(res, info, 200, authorizationServerMetadata(service.issuer, base, IDENTITY_PATHS));
      }
      default:
        return send(res, info, 200, service.jwks());
    }
  }

  return async (req, res, info) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const method = METHODS.get(path);
    if (!method) return false;
    if (req.method !== method) return send(res, info, 405, { error: 'method_not_allowed' }, { allow: method });
    try {
      return await handle(path, req, res, info);
    } catch (error) {
      if (error instanceof BadRequest) {
        const description = error.status === 413 ? 'the body is larger than 16 kB' : 'the body is malformed';
        return send(res, info, error.status, { error: error.error, error_description: description }, error.status === 413 ? { connection: 'close' } : {});
      }
      log.error('identity request failed', { requestId: info.requestId, path, error: error instanceof Error ? error.name : 'unknown' });
      if (res.headersSent) {
        res.end();
        return true;
      }
      return send(res, info, 500, { error: 'server_error' });
    }
  };
}
