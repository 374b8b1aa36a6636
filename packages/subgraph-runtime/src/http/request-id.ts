import { randomUUID } from 'node:crypto';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** A header value when it is a well-formed id (8 to 128 of `A-Za-z0-9._:-`), else null. */
export function wellFormedId(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SAFE_REQUEST_ID.test(value) ? value : null;
}

/** Keeps a well-formed incoming request id (from the gateway) or makes a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return wellFormedId(header) ?? randomUUID();
}

/**
 * The ids of one request at an edge. `own`: the service makes every request id itself, and what
 * a client sent as `x-request-id` (or `x-correlation-id`) is kept apart as the client's
 * correlation id, never used as the audit trail's request id (the gateway). `trust-caller`: the
 * caller's `x-request-id` is the request id (the subgraphs, whose only caller is the gateway).
 */
export function requestIdsAtEdge(
  headers: Record<string, string | string[] | undefined>,
  policy: 'own' | 'trust-caller',
): { requestId: string; correlationId: string | null } {
  if (policy === 'trust-caller') return { requestId: requestIdFrom(headers['x-request-id']), correlationId: null };
  return { requestId: randomUUID(), correlationId: wellFormedId(headers['x-correlation-id']) ?? wellFormedId(headers['x-request-id']) };
}
