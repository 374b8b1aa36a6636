/**
 * A budget of query cost per caller: each staff member, each integrating system and (by address)
 * the anonymous may spend so many cost points a window (the cost the query limits calculate, the
 * same number that caps one operation). Every answer says where the caller stands, in
 * `extensions.cost` and in the IETF draft's `RateLimit-Policy` / `RateLimit` headers; an operation
 * the rest of the window cannot pay for is refused before any agency is called, 429 with
 * `Retry-After`, and costs nothing.
 *
 * Windows are fixed and start at a caller's first operation; the budgets live in this process (one
 * gateway; several gateways behind a balancer each keep their own).
 */
import { type ApolloServerPlugin } from '@apollo/server';
import { errorCode, type Caller } from '@lifeline/subgraph-runtime';
import { GraphQLError, type DocumentNode } from 'graphql';

export interface CostBudgetOptions {
  /** Cost points a caller may spend per window; 0 turns the budget off. */
  costPerWindow: number;
  windowSeconds: number;
  /** The clock, in milliseconds (tests pass their own). */
  now?: () => number;
}

/** Where a caller stands after asking to spend `cost`. */
export interface CostStanding {
  /** The operation's cost. */
  requested: number;
  /** Whether it was paid (else nothing was spent). */
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window ends and the budget is full again. */
  resetSeconds: number;
}

/** The per-caller budgets, in fixed windows. */
export class CostBudget {
  private readonly windows = new Map<string, { startedAt: number; spent: number }>();
  private readonly now: () => number;

  constructor(private readonly options: CostBudgetOptions) {
    this.now = options.now ?? Date.now;
  }

  get on(): boolean {
    return this.options.costPerWindow > 0;
  }

  /** Spends `cost` from `key`'s budget when the rest of its window can pay for it. */
  spend(key: string, cost: number): CostStanding {
    const now = this.now();
    const windowMs = this.options.windowSeconds * 1000;
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= windowMs) {
      if (this.windows.size > 100_000) this.forgetEnded(now);
      window = { startedAt: now, spent: 0 };
      this.windows.set(key, window);
    }
    const limit = this.options.costPerWindow;
    const allowed = window.spent + cost <= limit;
    if (allowed) window.spent += cost;
    return { requested: cost, allowed, limit, remaining: limit - window.spent, resetSeconds: Math.max(1, Math.ceil((window.startedAt + windowMs - now) / 1000)) };
  }

  /** Drops the windows that have ended (callers who went quiet), so memory follows the active callers. */
  private forgetEnded(now: number): void {
    const windowMs = this.options.windowSeconds * 1000;
    for (const [key, window] of this.windows) if (now - window.startedAt >= windowMs) this.windows.delete(key);
  }
}

/** Whose budget an operation spends: the signed-in user or system, else the anonymous caller's address. */
export function budgetKey(caller: Caller, remoteAddress: string | undefined): string {
  return caller.kind === 'anonymous' ? `anonymous:${remoteAddress ?? 'unknown'}` : `${caller.kind}:${caller.id}`;
}

/**
 * The cost of each validated document, as the query limits' cost rule found it (the costliest
 * operation of the document). The server keeps a validated document and reuses it, so the cost is
 * found once per document text.
 */
export class DocumentCosts {
  private readonly costs = new WeakMap<DocumentNode, number>();

  /** Notes an operation's cost, in whole points (the rule's depth factor makes fractions; the headers carry integers). */
  record(document: DocumentNode, cost: number): void {
    this.costs.set(document, Math.max(Math.ceil(cost), this.costs.get(document) ?? 0));
  }

  of(document: DocumentNode): number {
    return this.costs.get(document) ?? 0;
  }
}

interface BudgetedContext {
  caller: Caller;
  remoteAddress?: string;
}

/** The headers of a standing (draft-ietf-httpapi-ratelimit-headers: one policy named `cost`). */
export function rateLimitHeaders(standing: CostStanding, windowSeconds: number): Record<string, string> {
  return {
    'ratelimit-policy': `"cost";q=${standing.limit};w=${windowSeconds}`,
    ratelimit: `"cost";r=${standing.remaining};t=${standing.resetSeconds}`,
  };
}

/** Spends each operation's cost from its caller's budget, and reports the standing on every answer. */
export function costBudgetPlugin<Context extends BudgetedContext>(budget: CostBudget, costs: DocumentCosts, windowSeconds: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let standing: CostStanding | null = null;
      return {
        async didResolveOperation({ document, contextValue, response }) {
          if (!budget.on) return;
          standing = budget.spend(budgetKey(contextValue.caller, contextValue.remoteAddress), costs.of(document));
          for (const [name, value] of Object.entries(rateLimitHeaders(standing, windowSeconds))) response.http.headers.set(name, value);
          if (!standing.allowed) {
            throw new GraphQLError(
              `Rate limit: this operation costs ${standing.requested} and ${standing.remaining} of ${standing.limit} remain in this window; retry after ${standing.resetSeconds} s`,
              {
                extensions: {
                  code: errorCode('RATE_LIMITED'),
                  http: { status: 429, headers: new Map([['retry-after', String(standing.resetSeconds)]]) },
                },
              },
            );
          }
        },
        async willSendResponse({ response }) {
          if (!standing || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { ...standing } };
        },
      };
    },
  };
}
