/**
 * The building blocks of every subgraph's permission table: who the caller is (roles, agency),
 * and how a refusal is answered and audited. Row scoping (which records) lives in the data layer;
 * these rules decide which fields and operations a caller may touch at all.
 */
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { chain, rule, type IRule, type IRules } from 'graphql-shield';
import { errorCode } from './error-codes';

/** One rule of a permission table (a plain rule or a combination such as and/or). */
export type ShieldRule = Exclude<IRules, Record<string, unknown>>;
import { hasRole, type Agency, type Caller } from '../auth/caller';
import { type Role } from '../auth/roles';
import { type RequestAudit } from '../audit/audit-trail';
import { isOpenToEveryScope, scopesCovering, type ScopedSubgraph } from '../auth/scopes';

/** What the rules read from a subgraph's context. */
export interface PolicyContext {
  caller: Caller;
  requestId: string;
  audit?: RequestAudit;
}

/** The error the policy answers with when a rule does not allow the access. */
export function notAuthorised(): GraphQLError {
  return new GraphQLError('Not authorised', { extensions: { code: errorCode('FORBIDDEN') } });
}

/** The request came through the gateway (its internal token was verified at the HTTP edge). */
export const viaGateway: IRule = rule({ cache: 'contextual' })((_p, _a, ctx: PolicyContext) => typeof ctx.requestId === 'string');

const roleRules = new Map<string, IRule>();

/** The caller holds one of the roles (one rule per set of roles: shield wants unique names). */
export function holdsRole(...roles: Role[]): IRule {
  const name = `holdsRole:${[...roles].sort().join('|')}`;
  let found = roleRules.get(name);
  if (!found) {
    found = rule(name, { cache: 'contextual' })((_p, _a, ctx: PolicyContext) => hasRole(ctx.caller, ...roles));
    roleRules.set(name, found);
  }
  return found;
}

/** The caller works for one of the agencies. */
export function ofAgency(...agencies: Agency[]): IRule {
  return rule(`ofAgency:${agencies.join('|')}`, { cache: 'contextual' })((_p, _a, ctx: PolicyContext) =>
    ctx.caller.agency !== null && agencies.includes(ctx.caller.agency),
  );
}

/** The caller is a signed-in person or an integrating system (not anonymous). */
export const isAuthenticated: IRule = rule({ cache: 'contextual' })((_p, _a, ctx: PolicyContext) => ctx.caller.kind !== 'anonymous');

/**
 * The policy's answer to a refused field: a FORBIDDEN error, and a DENIED line in the audit trail
 * naming the type and field (never the arguments' values).
 */
export function refuseAndAudit(_thrown: unknown, _parent: unknown, _args: unknown, ctx: PolicyContext, info: GraphQLResolveInfo): Error {
  const recordId =
    _parent && typeof _parent === 'object' && 'id' in _parent && typeof (_parent as { id: unknown }).id === 'string' ? (_parent as { id: string }).id : null;
  ctx.audit?.record({
    operation: info.operation.operation === 'mutation' ? 'WRITE' : 'READ',
    recordType: info.parentType.name,
    recordId,
    fields: [info.fieldName],
    outcome: 'DENIED',
  });
  return notAuthorised();
}

/**
 * The rules for the audit-trail types every subgraph shares: auditors only, on every field.
 * `agencyField` is this subgraph's field on AuditTrail (e.g. `civilAffairs`), beside its `…Connection`.
 */
export function auditTrailRules(agencyField: string, auditors: ShieldRule): Record<string, Record<string, ShieldRule>> {
  const every = (...fields: string[]) => Object.fromEntries(fields.map((field) => [field, auditors]));
  return {
    AuditTrail: every('filterKey', agencyField, `${agencyField}Connection`),
    AuditEventPage: every('events', 'chain'),
    AuditEventConnection: every('edges', 'pageInfo', 'totalCount', 'chain'),
    AuditEventEdge: every('cursor', 'node'),
    AuditEvent: every('seq', 'at', 'actor', 'actorKind', 'agency', 'roles', 'requestId', 'operation', 'recordType', 'recordId', 'fields', 'purpose', 'outcome', 'hash'),
    AuditChainCheck: every('ok', 'checked', 'firstBrokenSeq'),
  };
}

/**
 * The rules for the exchange-state types every subgraph shares: auditors only, on every field.
 * `agencyField` is this subgraph's field on ExchangeState (e.g. `civilAffairs`).
 */
export function exchangeStateRules(agencyField: string, auditors: ShieldRule): Record<string, Record<string, ShieldRule>> {
  const every = (...fields: string[]) => Object.fromEntries(fields.map((field) => [field, auditors]));
  return {
    ExchangeState: every('id', agencyField),
    AgencyExchangeState: every('consumers', 'deadLetterCount', 'deadLetters'),
    ExchangeConsumerPosition: every('source', 'position', 'updatedAt'),
    ExchangeDeadLetter: every('id', 'source', 'eventId', 'type', 'position', 'reason', 'at'),
  };
}

/**
 * The rules of a cursor connection's two types, `<node>Connection` and `<node>Edge`: whoever may
 * read the list reads every field of both (the nodes keep their own rules).
 */
export function connectionRules(node: string, readers: ShieldRule): Record<string, Record<string, ShieldRule>> {
  return {
    [`${node}Connection`]: { edges: readers, pageInfo: readers, totalCount: readers },
    [`${node}Edge`]: { cursor: readers, node: readers },
  };
}

const scopeRules = new Map<string, IRule>();

/** The rule "a system's token holds one of these scopes" (staff pass; one rule per set of scopes). */
function holdsScope(covering: readonly string[]): IRule {
  const name = `holdsScope:${covering.length > 0 ? covering.join('|') : 'none'}`;
  let found = scopeRules.get(name);
  if (!found) {
    found = rule(name, { cache: 'contextual' })((_p, _a, ctx: PolicyContext) => ctx.caller.kind !== 'service' || ctx.caller.scopes.some((scope) => covering.includes(scope)));
    scopeRules.set(name, found);
  }
  return found;
}

/**
 * The permission table narrowed by the scope table (auth/scopes.ts): every field's rule is asked
 * only after the caller's scopes cover the field, so a system whose scopes do not cover a field is
 * refused (and audited) as for any other forbidden field, while staff keep their role rules.
 */
export function withScopes(subgraph: ScopedSubgraph, table: IRules): IRules {
  const combined = new Map<ShieldRule, Map<IRule, ShieldRule>>();
  const narrowed = (fieldRule: ShieldRule, scopeRule: IRule): ShieldRule => {
    let byScope = combined.get(fieldRule);
    if (!byScope) combined.set(fieldRule, (byScope = new Map()));
    let found = byScope.get(scopeRule);
    if (!found) byScope.set(scopeRule, (found = chain(scopeRule, fieldRule)));
    return found;
  };
  return Object.fromEntries(
    Object.entries(table as Record<string, unknown>).map(([type, fields]) => {
      if (fields === null || typeof fields !== 'object' || typeof (fields as { resolve?: unknown }).resolve === 'function') {
        throw new Error(`withScopes needs a rule per field: ${type} has one rule for the whole type`);
      }
      return [
      type,
      Object.fromEntries(
        Object.entries(fields as Record<string, ShieldRule>).map(([field, fieldRule]) => {
          if (field === '*') throw new Error(`withScopes needs a rule per field: ${type}.* is not supported`);
          if (isOpenToEveryScope(subgraph, type, field)) return [field, fieldRule];
          return [field, narrowed(fieldRule, holdsScope(scopesCovering(subgraph, type, field)))];
        }),
      ),
    ];
    }),
  );
}
