/**
 * The internal tokens the gateway sends one subgraph, one per caller, reused while they have most
 * of their 60 s left: an ES256 signature per subgraph call was a large part of the gateway's CPU
 * per request. A token names its caller and its subgraph, so reuse never crosses either; the
 * request id goes in the `x-request-id` header.
 */
import { signInternalToken, INTERNAL_TOKEN_TTL_SECONDS, type Caller } from '@lifeline/subgraph-runtime';
import { type InternalSigningKey } from './subgraph.data-source';

/** A token is reused for at most this long, so it always has at least half its life left. */
export const TOKEN_REUSE_MS = (INTERNAL_TOKEN_TTL_SECONDS * 1000) / 2;

/** The caller as one key: every claim the token carries about them. */
function callerKey(caller: Caller): string {
  return JSON.stringify([caller.kind, caller.id, caller.agency, caller.orgUnit, caller.jurisdiction, caller.roles, caller.scopes]);
}

export class InternalTokenCache {
  private readonly tokens = new Map<string, { token: string; reuseUntil: number }>();

  constructor(
    private readonly audience: string,
    private readonly signingKey: InternalSigningKey,
    private readonly options: { maxCallers?: number; now?: () => number } = {},
  ) {}

  /** A valid token for the caller at this subgraph (signed now, or one signed less than 30 s ago). */
  tokenFor(caller: Caller): string {
    const now = (this.options.now ?? Date.now)();
    const key = callerKey(caller);
    const known = this.tokens.get(key);
    if (known && known.reuseUntil > now) return known.token;
    const token = signInternalToken({ caller, audience: this.audience }, this.signingKey);
    this.tokens.delete(key);
    if (this.tokens.size >= (this.options.maxCallers ?? 10_000)) this.tokens.delete(this.tokens.keys().next().value!);
    this.tokens.set(key, { token, reuseUntil: now + TOKEN_REUSE_MS });
    return token;
  }
}
