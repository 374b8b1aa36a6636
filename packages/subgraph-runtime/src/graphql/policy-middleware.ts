/**
 * The permission table applied to the schema: graphql-shield's rules and its semantics (default
 * deny, a rule per field, refusals through the fallback error, resolver errors passed on), field by
 * field, with one difference in cost only. A rule whose answer cannot change within a request
 * (contextual rules about the caller, allow, deny, and and/or/… of those) is evaluated once per
 * request and its answer kept; a field whose rule has already allowed it resolves synchronously,
 * without the promise, microtasks and async bookkeeping that graphql-shield's wrapper spends on
 * each of the hundreds of fields of a page. Any other rule (no cache, per-parent caches) is asked
 * on every field, exactly as graphql-shield does.
 */
import { isIntrospectionType, isObjectType, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { type IMiddlewareFunction, type IMiddlewareTypeMap } from 'graphql-middleware';
import { type IRules } from 'graphql-shield';

/** One rule of the table, as graphql-shield builds it (a `rule(...)` or an and/or/… of rules). */
type ShieldRule = Exclude<IRules, Record<string, unknown>>;
type RuleResult = boolean | string | Error;

/** What a refusal or a resolver's error becomes (graphql-shield's `fallbackError` function). */
export type PolicyFallbackError = (thrown: unknown, parent: unknown, args: unknown, ctx: unknown, info: GraphQLResolveInfo) => Error | Promise<Error>;

export interface PolicyOptions {
  /** The rule of every field the table does not name. */
  fallbackRule: ShieldRule;
  fallbackError: PolicyFallbackError;
}

/** The options graphql-shield hands its rules (no debug, no external errors). */
interface ShieldOptions {
  debug: false;
  allowExternalErrors: false;
  fallbackRule: ShieldRule;
  fallbackError: PolicyFallbackError;
  hashFunction: (arg: { parent: unknown; args: unknown }) => string;
}

type RuleShape = {
  resolve(parent: unknown, args: unknown, ctx: unknown, info: GraphQLResolveInfo, options: ShieldOptions): Promise<RuleResult>;
  getRules?: () => RuleShape[];
  extractFragment?: () => string | undefined;
  cache?: unknown;
  name?: string;
};

/** The per-request state: graphql-shield's cache, and the answers of rules settled this request. */
type PolicyContext = {
  _shield?: { cache: Record<string, unknown> };
  _policy?: Map<RuleShape, RuleResult | Promise<RuleResult>>;
};

/**
 * Whether the rule answers the same for every field of one request: a contextual rule (cached by
 * graphql-shield per request under its name) or a logic rule over such rules only.
 */
export function isRequestConstant(rule: ShieldRule): boolean {
  const shape = rule as unknown as RuleShape;
  if (typeof shape.getRules === 'function') return shape.getRules().every((inner) => isRequestConstant(inner as unknown as ShieldRule));
  return shape.cache === 'contextual';
}

function refuseUnsupportedCaches(rule: RuleShape, where: string): void {
  if (typeof rule.getRules === 'function') {
    for (const inner of rule.getRules()) refuseUnsupportedCaches(inner, where);
    return;
  }
  if (rule.extractFragment?.()) throw new Error(`The rule of ${where} asks for a fragment, which this policy does not add to queries.`);
  if (rule.cache !== 'contextual' && rule.cache !== 'no_cache') {
    throw new Error(`The rule of ${where} caches per parent and arguments ('strict' or a key function): use 'contextual' or 'no_cache'.`);
  }
}

function isFieldMap(value: unknown): value is Record<string, ShieldRule> {
  return value !== null && typeof value === 'object' && typeof (value as { resolve?: unknown }).resolve !== 'function';
}

/**
 * Builds the middleware that guards every field of every object type of the schema with its rule
 * from the table (`Type.field`, else `Type['*']`, else a rule given for the whole type, else the
 * fallback rule). Like graphql-shield, refuses a table naming a type or field the schema lacks.
 */
export function policyMiddleware(schema: GraphQLSchema, table: IRules, options: PolicyOptions): IMiddlewareTypeMap {
  const shieldOptions: ShieldOptions = {
    debug: false,
    allowExternalErrors: false,
    fallbackRule: options.fallbackRule,
    fallbackError: options.fallbackError,
    hashFunction: () => {
      throw new Error('per-parent rule caches are not supported');
    },
  };
  const typeMap = schema.getTypeMap();
  const rulesByType = isFieldMap(table) ? (table as Record<string, unknown>) : undefined;
  if (rulesByType) {
    const unknownTypes = Object.keys(rulesByType).filter((name) => !Object.prototype.hasOwnProperty.call(typeMap, name));
    if (unknownTypes.length > 0) throw new Error(`The permission table names types the schema lacks: ${unknownTypes.join(', ')}`);
  }
  const middleware: IMiddlewareTypeMap = {};
  for (const type of Object.values(typeMap)) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    const forType = rulesByType ? rulesByType[type.name] : table;
    const fields = type.getFields();
    let ruleOf: (field: string) => ShieldRule;
    if (forType === undefined) {
      ruleOf = () => options.fallbackRule;
    } else if (isFieldMap(forType)) {
      const unknownFields = Object.keys(forType).filter((field) => field !== '*' && !Object.prototype.hasOwnProperty.call(fields, field));
      if (unknownFields.length > 0) throw new Error(`The permission table names fields the schema lacks: ${unknownFields.map((f) => `${type.name}.${f}`).join(', ')}`);
      const typeDefault = forType['*'] ?? options.fallbackRule;
      ruleOf = (field) => forType[field] ?? typeDefault;
    } else {
      const typeRule = forType as ShieldRule;
      ruleOf = () => typeRule;
    }
    const fieldMiddleware: Record<string, IMiddlewareFunction> = {};
    for (const field of Object.keys(fields)) {
      const rule = ruleOf(field);
      refuseUnsupportedCaches(rule as unknown as RuleShape, `${type.name}.${field}`);
      fieldMiddleware[field] = guardField(rule as unknown as RuleShape, isRequestConstant(rule), shieldOptions);
    }
    middleware[type.name] = fieldMiddleware;
  }
  return middleware;
}

/** The state graphql-shield's rules expect on the context, created on first use. */
function policyState(ctx: PolicyContext): Map<RuleShape, RuleResult | Promise<RuleResult>> {
  if (!ctx._shield) ctx._shield = { cache: {} };
  if (!ctx._policy) ctx._policy = new Map();
  return ctx._policy;
}

/** One field's guard: graphql-shield's field middleware, synchronous once the rule has allowed. */
function guardField(rule: RuleShape, constant: boolean, options: ShieldOptions): IMiddlewareFunction {
  const fallback = (thrown: unknown, parent: unknown, args: unknown, ctx: unknown, info: GraphQLResolveInfo) => options.fallbackError(thrown, parent, args, ctx, info);

  /** Runs the resolver; its errors (thrown or rejected) go through the fallback, as in shield. */
  const run = (resolve: GraphQLFieldResolver<unknown, unknown>, parent: unknown, args: unknown, ctx: unknown, info: GraphQLResolveInfo): unknown => {
    try {
      const value = resolve(parent, args, ctx, info);
      if (value instanceof Promise) return value.catch((error: unknown) => fallback(error, parent, args, ctx, info));
      return value;
    } catch (error) {
      return fallback(error, parent, args, ctx, info);
    }
  };

  /** What a settled answer other than `true` returns: the refusal, or the rule's own error. */
  const refuse = (result: RuleResult, parent: unknown, args: unknown, ctx: unknown, info: GraphQLResolveInfo): unknown =>
    result === false ? fallback(null, parent, args, ctx, info) : result;

  const settle = (state: Map<RuleShape, RuleResult | Promise<RuleResult>>, parent: unknown, args: unknown, ctx: unknown, info: GraphQLResolveInfo) => {
    const pending = rule.resolve(parent, args, ctx, info, options).then(
      (result) => {
        state.set(rule, result);
        return result;
      },
      (error: unknown) => {
        state.delete(rule);
        throw error;
      },
    );
    state.set(rule, pending);
    return pending;
  };

  // graphql-middleware types middleware as always async; this one returns plain values when it can.
  const guard = (resolver: GraphQLFieldResolver<unknown, unknown>, parent: unknown, args: unknown, ctx: unknown, info: GraphQLResolveInfo): unknown => {
    const state = policyState(ctx as PolicyContext);
    const answered = (result: RuleResult) => (result === true ? run(resolver, parent, args, ctx, info) : refuse(result, parent, args, ctx, info));
    const failed = (error: unknown) => fallback(error, parent, args, ctx, info);
    if (constant) {
      const known = state.get(rule);
      if (known === true) return run(resolver, parent, args, ctx, info);
      if (known !== undefined && !(known instanceof Promise)) return refuse(known, parent, args, ctx, info);
      return (known ?? settle(state, parent, args, ctx, info)).then(answered, failed);
    }
    return rule.resolve(parent, args, ctx, info, options).then(answered, failed);
  };
  return guard as unknown as IMiddlewareFunction;
}

/**
 * Whether the table's rule for `Type.field` allows this request, asked as the field's guard would
 * ask it (the same per-request answers for rules about the caller), without resolving the field
 * and without the refusal being answered or audited: for a resolver that must know whether the
 * caller could read a record through another field (the change feed lists only such records).
 * A field the table does not name is refused, as the policy's fallback refuses it.
 */
export async function tableAllows(table: IRules, type: string, field: string, ctx: unknown, info: GraphQLResolveInfo, args: unknown = {}): Promise<boolean> {
  const forType = isFieldMap(table) ? (table as Record<string, unknown>)[type] : table;
  const found = forType === undefined ? undefined : isFieldMap(forType) ? (forType[field] ?? forType['*']) : (forType as ShieldRule);
  if (found === undefined) return false;
  const rule = found as unknown as RuleShape;
  const options: ShieldOptions = {
    debug: false,
    allowExternalErrors: false,
    fallbackRule: found,
    fallbackError: () => new Error('refused'),
    hashFunction: () => {
      throw new Error('per-parent rule caches are not supported');
    },
  };
  const state = policyState(ctx as PolicyContext);
  const constant = isRequestConstant(found);
  try {
    const known = constant ? state.get(rule) : undefined;
    if (known !== undefined) return (await known) === true;
    const pending = rule.resolve(undefined, args, ctx, info, options);
    if (constant) state.set(rule, pending);
    const result = await pending;
    if (constant) state.set(rule, result);
    return result === true;
  } catch {
    if (constant) state.delete(rule);
    return false;
  }
}
