/**
 * What a system administrator does to accounts and integrating systems: list and search them,
 * create an account, change its roles and jurisdiction, disable and enable it, clear its sign-in
 * throttle, reset its password; register a client, change its scopes and document policy, rotate
 * its secret, disable and enable it. Every change and every refusal is written to the append-only
 * admin history (`admin_audit_event`) — a change in the same transaction as the change itself.
 * Passwords and secrets are returned once to the caller and stored only as hashes; the history
 * holds names and codes, never them. No HTTP in here: see admin.routes.ts.
 */
import { LockMode, UniqueConstraintViolationException, type EntityManager, type MikroORM } from '@mikro-orm/core';
import { ROLES, SCOPES, scopeGrantProblem, type Agency } from '@lifeline/subgraph-runtime';
import { AGENCIES } from './entities/agency.vocabulary';
import { AdminAuditEvent, type AdminAuditOutcome } from './entities/admin-audit-event.entity';
import { type Principal } from './entities/principal.entity';
import { RefreshToken } from './entities/refresh-token.entity';
import { ServiceClient, type DocumentPolicy } from './entities/service-client.entity';
import { UserAccount } from './entities/user-account.entity';
import { generateClientSecret, hashClientSecret } from './client-credentials.grant';
import { type SigningKeyState } from './access-token.issuer';
import { type IdentityService } from './identity.service';
import { hashPassword, type ScryptCost } from './password.hasher';
import { generatePassword, passwordProblem, type PasswordProblem } from './password.policy';

/** Who is acting, as the admin endpoints verified it. */
export interface AdminActor {
  /** Username or client id. */
  id: string;
  kind: 'user' | 'service';
  requestId: string;
}

/** Who a principal (an account or an integrating system) is and what its job grants. */
export interface PrincipalGrantView {
  displayName: string;
  agency: Agency;
  orgUnit: string | null;
  jurisdiction: string | null;
  roles: string[];
}

/** Who an account is and what its job grants: what an administrator writes and the console shows back. */
export interface AccountProfile extends PrincipalGrantView {
  username: string;
}

/** What the console shows of every principal: its grant, whether it is disabled, when it was created. */
export interface PrincipalView extends PrincipalGrantView {
  disabled: boolean;
  createdAt: string;
}

/** An account as the console shows it (never its password hash). */
export interface AccountView extends AccountProfile, PrincipalView {
  /** True while the throttle makes the account wait. */
  locked: boolean;
  lockedUntil: string | null;
  /** Consecutive failed sign-ins since the last successful one. */
  failedAttempts: number;
  lastSignInAt: string | null;
}

/** An integrating system as the console shows it (never its secret hash). */
export interface ClientView extends PrincipalView {
  clientId: string;
  allowedScopes: string[];
  /** Every scope a client of this agency may be granted. */
  grantableScopes: string[];
  documentPolicy: DocumentPolicy;
}

/** One line of the admin history. */
export interface AdminAuditView {
  seq: string;
  at: string;
  actor: string;
  actorKind: string;
  action: string;
  targetType: string;
  targetId: string | null;
  outcome: AdminAuditOutcome;
  detail: string | null;
}

/** Why a change was refused; nothing was stored. */
export type AdminRefusalCode = 'NOT_FOUND' | 'USERNAME_TAKEN' | 'CLIENT_ID_TAKEN' | 'WEAK_PASSWORD' | 'INVALID_SCOPES' | 'OWN_ACCOUNT' | 'ROTATION_UNSUPPORTED';

/** The answer to a change: what it produced, or why nothing changed. */
export type AdminResult<T> = ({ ok: true } & T) | { ok: false; code: AdminRefusalCode; reason?: PasswordProblem | string };

/** A new account as the administrator describes it. */
export interface AccountDraft extends AccountProfile {
  /** Omitted: a one-time password is generated and returned once. */
  password?: string | undefined;
}

/** What an administrator may change in an account's grant. */
export interface AccountGrant {
  roles: string[];
  jurisdiction: string | null;
  orgUnit: string | null;
}

/** A new integrating system as the administrator describes it. */
export interface ClientDraft {
  clientId: string;
  displayName: string;
  agency: Agency;
  orgUnit: string | null;
  jurisdiction: string | null;
  allowedScopes: string[];
  documentPolicy: DocumentPolicy;
}

/** What an administrator may change in a client's access. */
export interface ClientAccess {
  allowedScopes: string[];
  documentPolicy: DocumentPolicy;
}

/** The actions the history names. */
export type AdminAction =
  | 'ACCOUNTS_LIST'
  | 'ACCOUNT_CREATE'
  | 'ACCOUNT_CHANGE_GRANT'
  | 'ACCOUNT_DISABLE'
  | 'ACCOUNT_ENABLE'
  | 'ACCOUNT_UNLOCK'
  | 'ACCOUNT_RESET_PASSWORD'
  | 'CLIENTS_LIST'
  | 'CLIENT_REGISTER'
  | 'CLIENT_CHANGE_ACCESS'
  | 'CLIENT_ROTATE_SECRET'
  | 'CLIENT_DISABLE'
  | 'CLIENT_ENABLE'
  | 'SIGNING_KEYS_LIST'
  | 'SIGNING_KEY_ROTATE'
  | 'HISTORY_LIST';

/** What the console needs. */
export interface AdminConsoleDependencies {
  orm: MikroORM;
  /** The access-token keys (the identity service). */
  keys: Pick<IdentityService, 'signingKeys' | 'signingKeyRotation' | 'rotateSigningKey'>;
  now: () => number;
  passwordCost: ScryptCost;
}

/** Lines of the history per page. */
export const HISTORY_PAGE_SIZE = 50;
/** Accounts or clients listed at most per answer. */
export const LIST_LIMIT = 500;

/** The scopes a client of `agency` may be granted, in the scope table's order. */
export function grantableScopes(agency: Agency): string[] {
  return Object.keys(SCOPES).filter((scope) => scopeGrantProblem(agency, [scope]) === null);
}

/** The grantable scopes of every agency (for the console's choices). */
export function grantableScopesByAgency(): Record<Agency, string[]> {
  return Object.fromEntries(AGENCIES.map((agency) => [agency, grantableScopes(agency)])) as Record<Agency, string[]>;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function principalView(principal: Principal): PrincipalView {
  return {
    displayName: principal.displayName,
    agency: principal.agency,
    orgUnit: principal.orgUnit,
    jurisdiction: principal.jurisdiction,
    roles: [...principal.roles],
    disabled: principal.disabled,
    createdAt: principal.createdAt.toISOString(),
  };
}

function accountView(account: UserAccount, now: number): AccountView {
  return {
    username: account.username,
    ...principalView(account),
    locked: account.lockedUntil !== null && account.lockedUntil.getTime() > now,
    lockedUntil: iso(account.lockedUntil),
    failedAttempts: account.failedAttempts,
    lastSignInAt: iso(account.lastSignInAt),
  };
}

function clientView(client: ServiceClient): ClientView {
  return {
    clientId: client.clientId,
    ...principalView(client),
    allowedScopes: [...client.allowedScopes],
    grantableScopes: grantableScopes(client.agency),
    documentPolicy: client.documentPolicy,
  };
}

function auditView(event: AdminAuditEvent): AdminAuditView {
  return {
    seq: String(event.seq),
    at: event.at.toISOString(),
    actor: event.actor,
    actorKind: event.actorKind,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    outcome: event.outcome,
    detail: event.detail,
  };
}

/** `%` and `_` taken literally in an ILIKE pattern. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Why these scopes may not be a client's of `agency` (`null`: they may). */
function scopesProblem(agency: Agency, scopes: readonly string[]): string | null {
  if (scopes.length === 0) return 'no scopes';
  return scopeGrantProblem(agency, scopes);
}

/** The admin console over the identity database. */
export interface AdminConsole {
  listAccounts(actor: AdminActor, query: string | null): Promise<{ accounts: AccountView[]; total: number }>;
  createAccount(actor: AdminActor, draft: AccountDraft): Promise<AdminResult<{ account: AccountView; generatedPassword: string | null }>>;
  changeGrant(actor: AdminActor, username: string, grant: AccountGrant): Promise<AdminResult<{ account: AccountView }>>;
  setAccountDisabled(actor: AdminActor, username: string, disabled: boolean): Promise<AdminResult<{ account: AccountView }>>;
  unlockAccount(actor: AdminActor, username: string): Promise<AdminResult<{ account: AccountView }>>;
  resetPassword(actor: AdminActor, username: string): Promise<AdminResult<{ account: AccountView; generatedPassword: string; revokedSessions: number }>>;
  listClients(actor: AdminActor): Promise<{ clients: ClientView[]; scopesByAgency: Record<Agency, string[]> }>;
  registerClient(actor: AdminActor, draft: ClientDraft): Promise<AdminResult<{ client: ClientView; clientSecret: string }>>;
  changeClientAccess(actor: AdminActor, clientId: string, access: ClientAccess): Promise<AdminResult<{ client: ClientView }>>;
  rotateClientSecret(actor: AdminActor, clientId: string): Promise<AdminResult<{ client: ClientView; clientSecret: string }>>;
  setClientDisabled(actor: AdminActor, clientId: string, disabled: boolean): Promise<AdminResult<{ client: ClientView }>>;
  history(before: string | null): Promise<{ events: AdminAuditView[]; nextBefore: string | null }>;
  /** The access-token keys, and whether they can be rotated here. */
  signingKeys(): { keys: SigningKeyState[]; rotation: { supported: boolean } };
  /** Starts signing with a new key (the old one verifies until its tokens expire). */
  rotateSigningKey(actor: AdminActor): Promise<AdminResult<{ kid: string; previousKid: string }>>;
  /** Records an action of someone who may not use the console, or a request refused before it reached a change. */
  recordRefusal(actor: AdminActor, action: AdminAction, target: { type: string; id: string | null }, outcome: 'REFUSED' | 'DENIED', detail: string | null): Promise<void>;
}

/** Creates the admin console over an open, migrated identity database. */
export function createAdminConsole(deps: AdminConsoleDependencies): AdminConsole {
  const { orm, now } = deps;

  const audit = (em: EntityManager, actor: AdminActor, action: AdminAction, target: { type: string; id: string | null }, outcome: AdminAuditOutcome, detail: string | null) => {
    em.create(AdminAuditEvent, {
      at: new Date(now()),
      actor: actor.id,
      actorKind: actor.kind,
      action,
      targetType: target.type,
      targetId: target.id,
      outcome,
      detail,
      requestId: actor.requestId,
    });
  };

  const recordLine = async (actor: AdminActor, action: AdminAction, target: { type: string; id: string | null }, outcome: AdminAuditOutcome, detail: string | null) => {
    const em = orm.em.fork();
    audit(em, actor, action, target, outcome, detail);
    await em.flush();
  };
  const recordRefusal: AdminConsole['recordRefusal'] = recordLine;

  /** A refusal: written to the history, answered to the caller; nothing else changes. */
  async function refuse<T>(actor: AdminActor, action: AdminAction, target: { type: string; id: string | null }, code: AdminRefusalCode, reason?: string): Promise<AdminResult<T>> {
    await recordRefusal(actor, action, target, 'REFUSED', reason ? `${code}:${reason}` : code);
    return reason ? { ok: false, code, reason } : { ok: false, code };
  }

  /**
   * Changes one account under a row lock, with its history line in the same transaction. `change`
   * answers a refusal code (nothing is stored) or the names of what it changed.
   */
  async function changeAccount<T extends object>(
    actor: AdminActor,
    action: AdminAction,
    username: string,
    change: (account: UserAccount, em: EntityManager) => Promise<{ refused: AdminRefusalCode } | { detail: string | null; extra: T }>,
  ): Promise<AdminResult<{ account: AccountView } & T>> {
    const target = { type: 'ACCOUNT', id: username };
    const outcome = await orm.em.fork().transactional(async (em) => {
      const account = await em.findOne(UserAccount, { username }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!account) return { refused: 'NOT_FOUND' as const };
      const done = await change(account, em);
      if ('refused' in done) return done;
      audit(em, actor, action, target, 'SUCCEEDED', done.detail);
      await em.flush();
      return { account: accountView(account, now()), extra: done.extra };
    });
    if ('refused' in outcome) return refuse(actor, action, target, outcome.refused);
    return { ok: true, account: outcome.account, ...outcome.extra };
  }

  async function changeClient<T extends object>(
    actor: AdminActor,
    action: AdminAction,
    clientId: string,
    change: (client: ServiceClient) => { refused: AdminRefusalCode; reason?: string } | { detail: string | null; extra: T },
  ): Promise<AdminResult<{ client: ClientView } & T>> {
    const target = { type: 'CLIENT', id: clientId };
    const outcome = await orm.em.fork().transactional(async (em) => {
      const client = await em.findOne(ServiceClient, { clientId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!client) return { refused: 'NOT_FOUND' as const };
      const done = change(client);
      if ('refused' in done) return done;
      audit(em, actor, action, target, 'SUCCEEDED', done.detail);
      await em.flush();
      return { client: clientView(client), extra: done.extra };
    });
    if ('refused' in outcome) return refuse(actor, action, target, outcome.refused, 'reason' in outcome ? outcome.reason : undefined);
    return { ok: true, client: outcome.client, ...outcome.extra };
  }

  const revokeSessions = (em: EntityManager, account: UserAccount) =>
    em.nativeUpdate(RefreshToken, { user: account.id, revokedAt: null, expiresAt: { $gt: new Date(now()) } }, { revokedAt: new Date(now()) });

  return {
    recordRefusal,

    async listAccounts(_actor, query) {
      const em = orm.em.fork();
      const text = query?.trim() ?? '';
      const where = text ? { $or: [{ username: { $ilike: containsPattern(text.toLowerCase()) } }, { displayName: { $ilike: containsPattern(text) } }] } : {};
      const [accounts, total] = await em.findAndCount(UserAccount, where, { orderBy: { username: 'asc' }, limit: LIST_LIMIT });
      return { accounts: accounts.map((account) => accountView(account, now())), total };
    },

    async createAccount(actor, draft) {
      const target = { type: 'ACCOUNT', id: draft.username };
      const roles = [...new Set(draft.roles)];
      const generated = draft.password === undefined ? generatePassword() : null;
      const password = draft.password ?? generated!;
      const weak = passwordProblem(password, { username: draft.username, roles });
      if (weak) return refuse(actor, 'ACCOUNT_CREATE', target, 'WEAK_PASSWORD', weak);
      const passwordHash = await hashPassword(password, deps.passwordCost);
      try {
        const account = await orm.em.fork().transactional(async (em) => {
          if ((await em.count(UserAccount, { username: draft.username })) > 0) return null;
          const created = em.create(UserAccount, {
            username: draft.username,
            passwordHash,
            displayName: draft.displayName,
            agency: draft.agency,
            orgUnit: draft.orgUnit,
            jurisdiction: draft.jurisdiction,
            roles,
            failedAttempts: 0,
            lockedUntil: null,
            disabled: false,
            lastSignInAt: null,
            createdAt: new Date(now()),
          });
          audit(em, actor, 'ACCOUNT_CREATE', target, 'SUCCEEDED', `roles=${roles.join(' ')}${generated ? ';password=generated' : ''}`);
          await em.flush();
          return created;
        });
        if (!account) return refuse(actor, 'ACCOUNT_CREATE', target, 'USERNAME_TAKEN');
        return { ok: true, account: accountView(account, now()), generatedPassword: generated };
      } catch (error) {
        // Two administrators creating the same name at once: the second finds it taken.
        if (error instanceof UniqueConstraintViolationException) return refuse(actor, 'ACCOUNT_CREATE', target, 'USERNAME_TAKEN');
        throw error;
      }
    },

    changeGrant: (actor, username, grant) =>
      changeAccount(actor, 'ACCOUNT_CHANGE_GRANT', username, async (account) => {
        const roles = [...new Set(grant.roles)];
        // An administrator never takes the console away from themselves (someone must be left to give it back).
        if (account.username === actor.id && account.roles.includes(ROLES.ADMIN) && !roles.includes(ROLES.ADMIN)) return { refused: 'OWN_ACCOUNT' };
        const changed = [
          ...(roles.join(' ') !== account.roles.join(' ') ? ['roles'] : []),
          ...(grant.jurisdiction !== account.jurisdiction ? ['jurisdiction'] : []),
          ...(grant.orgUnit !== account.orgUnit ? ['orgUnit'] : []),
        ];
        account.roles = roles;
        account.jurisdiction = grant.jurisdiction;
        account.orgUnit = grant.orgUnit;
        return { detail: changed.length > 0 ? `changed=${changed.join(',')};roles=${roles.join(' ')}` : 'unchanged', extra: {} };
      }),

    setAccountDisabled: (actor, username, disabled) =>
      changeAccount(actor, disabled ? 'ACCOUNT_DISABLE' : 'ACCOUNT_ENABLE', username, async (account, em) => {
        if (disabled && account.username === actor.id) return { refused: 'OWN_ACCOUNT' };
        account.disabled = disabled;
        // A disabled account's sessions end now (its access tokens within their 15 minutes).
        const revoked = disabled ? await revokeSessions(em, account) : 0;
        return { detail: disabled ? `revokedSessions=${revoked}` : null, extra: {} };
      }),

    unlockAccount: (actor, username) =>
      changeAccount(actor, 'ACCOUNT_UNLOCK', username, async (account) => {
        const detail = `failedAttempts=${account.failedAttempts}`;
        account.failedAttempts = 0;
        account.lockedUntil = null;
        return { detail, extra: {} };
      }),

    async resetPassword(actor, username) {
      const generatedPassword = generatePassword();
      const passwordHash = await hashPassword(generatedPassword, deps.passwordCost);
      return changeAccount(actor, 'ACCOUNT_RESET_PASSWORD', username, async (account, em) => {
        account.passwordHash = passwordHash;
        account.failedAttempts = 0;
        account.lockedUntil = null;
        // Whoever held the old password may hold a session too: every sign-in of the account ends.
        const revokedSessions = await revokeSessions(em, account);
        return { detail: `revokedSessions=${revokedSessions}`, extra: { generatedPassword, revokedSessions } };
      });
    },

    async listClients() {
      const clients = await orm.em.fork().find(ServiceClient, {}, { orderBy: { clientId: 'asc' }, limit: LIST_LIMIT });
      return { clients: clients.map(clientView), scopesByAgency: grantableScopesByAgency() };
    },

    async registerClient(actor, draft) {
      const target = { type: 'CLIENT', id: draft.clientId };
      const scopes = [...new Set(draft.allowedScopes)];
      const problem = scopesProblem(draft.agency, scopes);
      if (problem) return refuse(actor, 'CLIENT_REGISTER', target, 'INVALID_SCOPES', problem);
      const clientSecret = generateClientSecret();
      try {
        const client = await orm.em.fork().transactional(async (em) => {
          if ((await em.count(ServiceClient, { clientId: draft.clientId })) > 0) return null;
          const created = em.create(ServiceClient, {
            clientId: draft.clientId,
            secretHash: hashClientSecret(clientSecret),
            displayName: draft.displayName,
            agency: draft.agency,
            orgUnit: draft.orgUnit,
            jurisdiction: draft.jurisdiction,
            roles: [ROLES.INTEGRATION],
            allowedScopes: scopes,
            documentPolicy: draft.documentPolicy,
            disabled: false,
            createdAt: new Date(now()),
          });
          audit(em, actor, 'CLIENT_REGISTER', target, 'SUCCEEDED', `scopes=${scopes.join(' ')};documentPolicy=${draft.documentPolicy}`);
          await em.flush();
          return created;
        });
        if (!client) return refuse(actor, 'CLIENT_REGISTER', target, 'CLIENT_ID_TAKEN');
        return { ok: true, client: clientView(client), clientSecret };
      } catch (error) {
        if (error instanceof UniqueConstraintViolationException) return refuse(actor, 'CLIENT_REGISTER', target, 'CLIENT_ID_TAKEN');
        throw error;
      }
    },

    changeClientAccess: (actor, clientId, access) =>
      changeClient(actor, 'CLIENT_CHANGE_ACCESS', clientId, (client) => {
        const scopes = [...new Set(access.allowedScopes)];
        const problem = scopesProblem(client.agency, scopes);
        if (problem) return { refused: 'INVALID_SCOPES', reason: problem };
        client.allowedScopes = scopes;
        client.documentPolicy = access.documentPolicy;
        return { detail: `scopes=${scopes.join(' ')};documentPolicy=${access.documentPolicy}`, extra: {} };
      }),

    rotateClientSecret: (actor, clientId) =>
      changeClient(actor, 'CLIENT_ROTATE_SECRET', clientId, (client) => {
        // The old secret stops working at once; tokens it already obtained live out their 15 minutes.
        const clientSecret = generateClientSecret();
        client.secretHash = hashClientSecret(clientSecret);
        return { detail: null, extra: { clientSecret } };
      }),

    setClientDisabled: (actor, clientId, disabled) =>
      changeClient(actor, disabled ? 'CLIENT_DISABLE' : 'CLIENT_ENABLE', clientId, (client) => {
        client.disabled = disabled;
        return { detail: null, extra: {} };
      }),

    signingKeys: () => ({ keys: deps.keys.signingKeys(), rotation: { supported: deps.keys.signingKeyRotation } }),

    async rotateSigningKey(actor) {
      const rotated = deps.keys.rotateSigningKey();
      if (!rotated) return refuse(actor, 'SIGNING_KEY_ROTATE', { type: 'SIGNING_KEY', id: null }, 'ROTATION_UNSUPPORTED');
      // The key ring is files, not rows: the history line follows the rotation it records.
      await recordLine(actor, 'SIGNING_KEY_ROTATE', { type: 'SIGNING_KEY', id: rotated.kid }, 'SUCCEEDED', `previous=${rotated.previousKid}`);
      return { ok: true, ...rotated };
    },

    async history(before) {
      const where = before ? { seq: { $lt: before } } : {};
      const events = await orm.em.fork().find(AdminAuditEvent, where, { orderBy: { seq: 'desc' }, limit: HISTORY_PAGE_SIZE + 1 });
      const page = events.slice(0, HISTORY_PAGE_SIZE);
      return { events: page.map(auditView), nextBefore: events.length > HISTORY_PAGE_SIZE ? String(page[page.length - 1]!.seq) : null };
    },
  };
}
