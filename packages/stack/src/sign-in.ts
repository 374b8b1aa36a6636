/**
 * Signing a demo account in at the gateway's identity endpoint (`POST /auth/login`), as the
 * portal does: the end-to-end tests and the benchmark call the graph as real users.
 */
import { type Caller } from '@lifeline/subgraph-runtime';

/** Whether `error` is fetch's failure on a connection the peer reset (no HTTP answer at all). */
function connectionReset(error: unknown): boolean {
  // Read by shape: under Jest the error comes from another realm than this module's TypeError.
  const failure = error as { name?: unknown; cause?: { code?: unknown } } | null;
  return failure?.name === 'TypeError' && failure.cause?.code === 'ECONNRESET';
}

/**
 * Signs `username` in and returns the access token. A connection reset before any answer is
 * tried once more: fetch reuses kept-alive connections, and on a machine too busy to run its
 * timers one can be reused in the instant the server closes it as idle. Signing in twice is
 * harmless (two tokens, two audit lines); any other failure, or a second reset, is thrown.
 */
export async function signIn(gatewayUrl: string, username: string, password: string): Promise<string> {
  const login = () =>
    fetch(new URL('/auth/login', gatewayUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  const res = await login().catch((error: unknown) => {
    if (connectionReset(error)) return login();
    throw error;
  });
  if (res.status !== 200) throw new Error(`Signing ${username} in failed with HTTP ${res.status}.`);
  const body = (await res.json()) as { accessToken?: unknown };
  if (typeof body.accessToken !== 'string') throw new Error(`Signing ${username} in returned no access token.`);
  return body.accessToken;
}

/**
 * The caller an access token names, read from its claims without verifying it (the benchmark
 * signs the same caller into the internal tokens of its stock-gateway baseline).
 */
export function callerOfAccessToken(token: string): Caller {
  const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    kind: claims.kind === 'service' ? 'service' : 'user',
    id: text(claims.sub) ?? 'unknown',
    agency: text(claims.agency) as Caller['agency'],
    orgUnit: text(claims.org),
    jurisdiction: text(claims.jur),
    roles: Array.isArray(claims.roles) ? claims.roles.filter((r): r is string => typeof r === 'string') : [],
    scopes: typeof claims.scope === 'string' && claims.scope ? claims.scope.split(' ') : [],
  };
}
