/**
 * The identity service's admin endpoints (`/admin/*` at the gateway), called from server code
 * only, with the signed-in user's access token: the identity service decides who may (the ADMIN
 * role) and writes every change and refusal to its history. One-time passwords and client
 * secrets pass through here to the page that shows them once; nothing here logs them.
 */
import { withTracedCall } from '@lifeline/subgraph-runtime/telemetry';
import { readIncomingTraceContext } from '@/graph/incoming-trace-context';
import { readSessionToken } from '@/graph/session-token';
import { readPortalConfig } from '@/lib/portal-config';

/** An account as the admin endpoints answer it. */
export interface AdminAccount {
  username: string;
  displayName: string;
  agency: string;
  orgUnit: string | null;
  jurisdiction: string | null;
  roles: string[];
  disabled: boolean;
  locked: boolean;
  lockedUntil: string | null;
  failedAttempts: number;
  lastSignInAt: string | null;
  createdAt: string;
}

/** An integrating system as the admin endpoints answer it. */
export interface AdminClient {
  clientId: string;
  displayName: string;
  agency: string;
  orgUnit: string | null;
  jurisdiction: string | null;
  roles: string[];
  allowedScopes: string[];
  grantableScopes: string[];
  documentPolicy: string;
  disabled: boolean;
  createdAt: string;
}

/** One line of the admin history. */
export interface AdminHistoryLine {
  seq: string;
  at: string;
  actor: string;
  actorKind: string;
  action: string;
  targetType: string;
  targetId: string | null;
  outcome: string;
  detail: string | null;
}

/** A signing key of the access tokens. */
export interface AdminSigningKey {
  kid: string;
  signing: boolean;
  /** For an earlier key: when its last tokens expire and it is dropped. */
  verifiesUntil: string | null;
}

/**
 * A refusal as the page shows it: `error` is the endpoint's code (`forbidden`, `weak_password`,
 * …) or `unavailable` when the gateway could not be reached or answered something unexpected.
 */
export interface AdminRefusal {
  error: string;
  reason?: string;
  field?: string;
}

/** The answer of one admin call. */
export type AdminAnswer<T> = { ok: true; body: T } | { ok: false; status: number; refusal: AdminRefusal };

const UNAVAILABLE: AdminRefusal = { error: 'unavailable' };

function refusalOf(value: unknown): AdminRefusal {
  const v = value as Partial<AdminRefusal> | null;
  if (typeof v?.error !== 'string') return UNAVAILABLE;
  return {
    error: v.error,
    ...(typeof v.reason === 'string' ? { reason: v.reason } : {}),
    ...(typeof v.field === 'string' ? { field: v.field } : {}),
  };
}

/** Calls one admin endpoint (`path` below `/admin/`); never throws. */
export async function callIdentityAdmin<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<AdminAnswer<T>> {
  const { gatewayBaseUrl, gatewayTimeoutMs } = readPortalConfig();
  const token = await readSessionToken();
  const incomingTrace = await readIncomingTraceContext();
  try {
    const res = await withTracedCall(`identity admin ${method}`, {}, (trace) =>
      fetch(new URL(`admin/${path}`, gatewayBaseUrl), {
        method,
        headers: {
          accept: 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
          ...trace,
        },
        ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}),
        cache: 'no-store',
        signal: AbortSignal.timeout(gatewayTimeoutMs),
      }),
      incomingTrace,
    );
    const answer: unknown = await res.json().catch(() => null);
    if (res.ok && answer !== null) return { ok: true, body: answer as T };
    if (res.status >= 500) console.warn(`[portal] admin call answered HTTP_${res.status}`);
    return { ok: false, status: res.status, refusal: res.status >= 500 ? UNAVAILABLE : refusalOf(answer) };
  } catch (error) {
    console.warn(`[portal] admin call failed: ${error instanceof Error ? error.name : 'fetch failed'}`);
    return { ok: false, status: 0, refusal: UNAVAILABLE };
  }
}
