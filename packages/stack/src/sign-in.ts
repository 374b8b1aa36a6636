/**
 * Signing a demo account in at the gateway's identity endpoint (`POST /auth/login`), as the
 * portal does: the end-to-end tests and the benchmark call the graph as real users.
 */
import { type Caller } from '@lifeline/subgraph-runtime';

/** Signs `username` in and returns the access token. */
export async function signIn(gatewayUrl: string, username: string, password: string): Promise<string> {
  const res = await fetch(new URL('/auth/login', gatewayUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
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
