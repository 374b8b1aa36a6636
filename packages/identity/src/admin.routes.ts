/**
 * The admin console's endpoints, answered beside the identity endpoints at the gateway's edge.
 * Every request carries an administrator's access token (`Authorization: Bearer`, role ADMIN):
 *
 *   GET  /admin/accounts?q=                     → 200 {accounts, total}
 *   POST /admin/accounts                        {username, displayName, agency, orgUnit?, jurisdiction?, roles, password?}
 *                                               → 201 {account, generatedPassword (null when one was given)}
 *   POST /admin/accounts/<username>/grant       {roles, jurisdiction, orgUnit} → 200 {account}
 *   POST /admin/accounts/<username>/disable | enable | unlock → 200 {account}
 *   POST /admin/accounts/<username>/reset-password → 200 {account, generatedPassword, revokedSessions}
 *   GET  /admin/clients                         → 200 {clients}
 *   POST /admin/clients                         {clientId, displayName, agency, orgUnit?, jurisdiction?, allowedScopes, documentPolicy?}
 *                                               → 201 {client, clientSecret}
 *   POST /admin/clients/<clientId>/access       {allowedScopes, documentPolicy} → 200 {client}
 *   POST /admin/clients/<clientId>/rotate-secret → 200 {client, clientSecret}
 *   POST /admin/clients/<clientId>/disable | enable → 200 {client}
 *   GET  /admin/signing-keys                    → 200 {keys: [{kid, signing, verifiesUntil}], rotation: {supported}}
 *   POST /admin/signing-keys/rotate             → 200 {kid, previousKid}; 409 `rotation_unsupported` where the key is configured
 *   GET  /admin/history?before=<seq>            → 200 {events, nextBefore}
 *
 * Refusals are JSON `{error, ...}`: 401 `unauthorized` (no or bad token), 403 `forbidden` (not an
 * administrator; written to the history), 400 `invalid_request` with the `field` at fault, 404
 * `not_found`, 409 `username_taken` / `client_id_taken` / `own_account` / `rotation_unsupported`, 400 `weak_password` (with
 * `reason`) and `invalid_scopes`. A refused request changes nothing. Passwords and secrets appear
 * only in the one answer that creates them, never in a log or the history.
 */
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { z } from 'zod';
import { ROLES, type Caller, type HttpRequestInfo, type Log } from '@lifeline/subgraph-runtime';
import { type AdminAction, type AdminActor, type AdminConsole, type AdminResult } from './admin-console.workflow';
import { AGENCIES } from './entities/agency.vocabulary';
import { DOCUMENT_POLICIES } from './entities/service-client.entity';
import { type IdentityService, ACCOUNT_NAME_PATTERN } from './identity.service';
import { BadRequest, readJson, send } from './json-http';
import { normalizeUsername } from './login.workflow';
import { MAX_PASSWORD_LENGTH } from './password.policy';

/** Where the admin endpoints live. */
export const ADMIN_PATH_PREFIX = '/admin/';

/** The handler shape of `serveHttp`'s `routes` option: true when it answered the request. */
export type AdminRoutes = (req: IncomingMessage, res: ServerResponse, info: HttpRequestInfo) => Promise<boolean>;

const PLAIN_TEXT = /^[^\p{Cc}\p{Cf}]*$/u;
const text = (max: number) => z.string().trim().min(1).max(max).regex(PLAIN_TEXT);
const optionalText = (max: number) =>
  z
    .union([text(max), z.literal(''), z.null()])
    .optional()
    .transform((value) => (value ? value : null));
const accountName = z
  .string()
  .transform((value) => normalizeUsername(value))
  .pipe(z.string().regex(ACCOUNT_NAME_PATTERN));
/** An administrative-division code (GB/T 2260: 6 digits; longer for townships and villages). */
const jurisdiction = z
  .union([z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/), z.literal(''), z.null()])
  .optional()
  .transform((value) => (value ? value : null));
const roles = z.array(z.enum(Object.values(ROLES) as [string, ...string[]])).min(1).max(10);
const scopes = z.array(z.string().min(1).max(100)).min(1).max(50);

const newAccountBody = z.object({
  username: accountName,
  displayName: text(100),
  agency: z.enum(AGENCIES),
  orgUnit: optionalText(100),
  jurisdiction,
  roles,
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH + 1).optional(),
});
const grantBody = z.object({ roles, jurisdiction, orgUnit: optionalText(100) });
const newClientBody = z.object({
  clientId: accountName,
  displayName: text(100),
  agency: z.enum(AGENCIES),
  orgUnit: optionalText(100),
  jurisdiction,
  allowedScopes: scopes,
  documentPolicy: z.enum(DOCUMENT_POLICIES).default('FREE_TEXT'),
});
const accessBody = z.object({ allowedScopes: scopes, documentPolicy: z.enum(DOCUMENT_POLICIES) });
const emptyBody = z.object({}).strict();

/** One admin route: its method, path pattern, the action the history names, and its target. */
interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  action: AdminAction;
  target: 'ACCOUNT' | 'CLIENT' | 'SIGNING_KEY' | 'ADMIN_CONSOLE';
  /** Changes are written to the history; reads only when refused. */
  run(req: IncomingMessage, url: URL, target: string | null, actor: AdminActor): Promise<{ status: number; body: unknown }>;
}

const ACCOUNT = '([a-z0-9][a-z0-9._-]{0,62}[a-z0-9])';

const REFUSAL_STATUS: Record<string, number> = {
  NOT_FOUND: 404,
  USERNAME_TAKEN: 409,
  CLIENT_ID_TAKEN: 409,
  OWN_ACCOUNT: 409,
  ROTATION_UNSUPPORTED: 409,
  WEAK_PASSWORD: 400,
  INVALID_SCOPES: 400,
};

function answer<T extends object>(result: AdminResult<T>, status = 200): { status: number; body: unknown } {
  if (result.ok) {
    const { ok: _ok, ...body } = result;
    return { status, body };
  }
  return { status: REFUSAL_STATUS[result.code] ?? 400, body: { error: result.code.toLowerCase(), ...(result.reason ? { reason: result.reason } : {}) } };
}

function routesOf(admin: AdminConsole): Route[] {
  const accountStep = (path: string, action: AdminAction, step: (username: string, actor: AdminActor) => Promise<AdminResult<object>>): Route => ({
    method: 'POST',
    pattern: new RegExp(`^/admin/accounts/${ACCOUNT}/${path}$`),
    action,
    target: 'ACCOUNT',
    run: async (req, _url, username, actor) => {
      await readJson(req, emptyBody);
      return answer(await step(username!, actor));
    },
  });
  const clientStep = (path: string, action: AdminAction, step: (clientId: string, actor: AdminActor) => Promise<AdminResult<object>>): Route => ({
    method: 'POST',
    pattern: new RegExp(`^/admin/clients/${ACCOUNT}/${path}$`),
    action,
    target: 'CLIENT',
    run: async (req, _url, clientId, actor) => {
      await readJson(req, emptyBody);
      return answer(await step(clientId!, actor));
    },
  });
  return [
    {
      method: 'GET',
      pattern: /^\/admin\/accounts$/,
      action: 'ACCOUNTS_LIST',
      target: 'ACCOUNT',
      run: async (_req, url, _t, actor) => {
        const q = url.searchParams.get('q');
        if (q !== null && (q.length > 100 || !PLAIN_TEXT.test(q))) throw new BadRequest(400, 'invalid_request', 'q');
        return { status: 200, body: await admin.listAccounts(actor, q) };
      },
    },
    {
      method: 'POST',
      pattern: /^\/admin\/accounts$/,
      action: 'ACCOUNT_CREATE',
      target: 'ACCOUNT',
      run: async (req, _url, _t, actor) => answer(await admin.createAccount(actor, await readJson(req, newAccountBody)), 201),
    },
    {
      method: 'POST',
      pattern: new RegExp(`^/admin/accounts/${ACCOUNT}/grant$`),
      action: 'ACCOUNT_CHANGE_GRANT',
      target: 'ACCOUNT',
      run: async (req, _url, username, actor) => answer(await admin.changeGrant(actor, username!, await readJson(req, grantBody))),
    },
    accountStep('disable', 'ACCOUNT_DISABLE', (username, actor) => admin.setAccountDisabled(actor, username, true)),
    accountStep('enable', 'ACCOUNT_ENABLE', (username, actor) => admin.setAccountDisabled(actor, username, false)),
    accountStep('unlock', 'ACCOUNT_UNLOCK', (username, actor) => admin.unlockAccount(actor, username)),
    accountStep('reset-password', 'ACCOUNT_RESET_PASSWORD', (username, actor) => admin.resetPassword(actor, username)),
    {
      method: 'GET',
      pattern: /^\/admin\/clients$/,
      action: 'CLIENTS_LIST',
      target: 'CLIENT',
      run: async (_req, _url, _t, actor) => ({ status: 200, body: await admin.listClients(actor) }),
    },
    {
      method: 'POST',
      pattern: /^\/admin\/clients$/,
      action: 'CLIENT_REGISTER',
      target: 'CLIENT',
      run: async (req, _url, _t, actor) => answer(await admin.registerClient(actor, await readJson(req, newClientBody)), 201),
    },
    {
      method: 'POST',
      pattern: new RegExp(`^/admin/clients/${ACCOUNT}/access$`),
      action: 'CLIENT_CHANGE_ACCESS',
      target: 'CLIENT',
      run: async (req, _url, clientId, actor) => answer(await admin.changeClientAccess(actor, clientId!, await readJson(req, accessBody))),
    },
    clientStep('rotate-secret', 'CLIENT_ROTATE_SECRET', (clientId, actor) => admin.rotateClientSecret(actor, clientId)),
    clientStep('disable', 'CLIENT_DISABLE', (clientId, actor) => admin.setClientDisabled(actor, clientId, true)),
    clientStep('enable', 'CLIENT_ENABLE', (clientId, actor) => admin.setClientDisabled(actor, clientId, false)),
    {
      method: 'GET',
      pattern: /^\/admin\/signing-keys$/,
      action: 'SIGNING_KEYS_LIST',
      target: 'SIGNING_KEY',
      run: async () => ({ status: 200, body: admin.signingKeys() }),
    },
    {
      method: 'POST',
      pattern: /^\/admin\/signing-keys\/rotate$/,
      action: 'SIGNING_KEY_ROTATE',
      target: 'SIGNING_KEY',
      run: async (req, _url, _t, actor) => {
        await readJson(req, emptyBody);
        return answer(await admin.rotateSigningKey(actor));
      },
    },
    {
      method: 'GET',
      pattern: /^\/admin\/history$/,
      action: 'HISTORY_LIST',
      target: 'ADMIN_CONSOLE',
      run: async (_req, url) => {
        const before = url.searchParams.get('before');
        if (before !== null && !/^[1-9]\d{0,18}$/.test(before)) throw new BadRequest(400, 'invalid_request', 'before');
        return { status: 200, body: await admin.history(before) };
      },
    },
  ];
}

/** The bearer token of a request, or null. */
function bearerToken(req: IncomingMessage): string | null {
  const match = /^Bearer +([A-Za-z0-9._~+/-]+=*)$/i.exec(req.headers.authorization?.trim() ?? '');
  return match ? match[1]! : null;
}

/** The admin endpoints as a `serveHttp` routes handler (false for paths outside `/admin/`). */
export function adminRoutes(admin: AdminConsole, service: Pick<IdentityService, 'verifyAccessToken'>, log: Log): AdminRoutes {
  const routes = routesOf(admin);
  return async (req, res, info) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(ADMIN_PATH_PREFIX)) return false;
    const matching = routes.map((route) => ({ route, match: route.pattern.exec(url.pathname) })).filter(({ match }) => match !== null);
    if (matching.length === 0) return send(res, info, 404, { error: 'not_found' });
    const found = matching.find(({ route }) => route.method === req.method);
    if (!found) return send(res, info, 405, { error: 'method_not_allowed' }, { allow: [...new Set(matching.map(({ route }) => route.method))].join(', ') });
    const { route, match } = found;
    const targetId = match![1] ?? null;

    const token = bearerToken(req);
    let caller: Caller;
    try {
      if (!token) throw new Error('no token');
      caller = await service.verifyAccessToken(token);
    } catch {
      return send(res, info, 401, { error: 'unauthorized' }, { 'www-authenticate': 'Bearer realm="lifeline"' });
    }
    if (caller.kind === 'anonymous') return send(res, info, 401, { error: 'unauthorized' }, { 'www-authenticate': 'Bearer realm="lifeline"' });
    const actor: AdminActor = { id: caller.id, kind: caller.kind, requestId: info.requestId };
    const target = { type: route.target, id: targetId };
    // Only a person holding the ADMIN role: an integrating system never administers, whatever its roles.
    if (caller.kind !== 'user' || !caller.roles.includes(ROLES.ADMIN)) {
      await admin.recordRefusal(actor, route.action, target, 'DENIED', 'NOT_ADMIN');
      log.info('admin request refused', { requestId: info.requestId, action: route.action, code: 'NOT_ADMIN' });
      return send(res, info, 403, { error: 'forbidden' });
    }
    try {
      const { status, body } = await route.run(req, url, targetId, actor);
      log.info('admin request answered', { requestId: info.requestId, action: route.action, status });
      return send(res, info, status, body);
    } catch (error) {
      if (error instanceof BadRequest) {
        await admin.recordRefusal(actor, route.action, target, 'REFUSED', error.field ? `INVALID_REQUEST:${error.field}` : 'INVALID_REQUEST');
        return send(res, info, error.status, { error: error.error, ...(error.field ? { field: error.field } : {}) }, error.status === 413 ? { connection: 'close' } : {});
      }
      log.error('admin request failed', { requestId: info.requestId, action: route.action, error: error instanceof Error ? error.name : 'unknown' });
      if (res.headersSent) {
        res.end();
        return true;
      }
      return send(res, info, 500, { error: 'server_error' });
    }
  };
}
