/**
 * The JSON edge the identity and admin endpoints share: one way to answer (uncached, with the
 * request id), and one way to read a capped JSON body checked by a zod schema.
 */
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type z } from 'zod';
import { readLimitedBody, type HttpRequestInfo } from '@lifeline/subgraph-runtime';

/** The largest body these endpoints read. */
export const MAX_BODY_BYTES = 16 * 1024;

/** A request refused before it reached the service: 400 (malformed) or 413 (too large). */
export class BadRequest extends Error {
  constructor(readonly status: 400 | 413, readonly error: string, readonly field: string | null = null) {
    super(error);
  }
}

/** Answers with a JSON body (or none), never cached. */
export function send(res: ServerResponse, info: HttpRequestInfo, status: number, body?: unknown, headers: Record<string, string> = {}): true {
  res.writeHead(status, {
    ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    'cache-control': 'no-store',
    pragma: 'no-cache',
    'x-content-type-options': 'nosniff',
    'x-request-id': info.requestId,
    ...headers,
  });
  res.end(body === undefined ? undefined : JSON.stringify(body));
  return true;
}

/** The body as text, at most 16 kB. */
export function readBody(req: IncomingMessage): Promise<string> {
  return readLimitedBody(req, MAX_BODY_BYTES, () => new BadRequest(413, 'request_too_large'));
}

/** The request's media type, lower case, without parameters. */
export function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Reads a JSON body that `schema` accepts; anything else is a `BadRequest` naming the first field at fault. */
export async function readJson<T>(req: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
  if (mediaType(req) !== 'application/json') throw new BadRequest(400, 'invalid_request');
  const text = await readBody(req);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BadRequest(400, 'invalid_request');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path ?? [];
    throw new BadRequest(400, 'invalid_request', path.length > 0 ? path.map(String).join('.') : null);
  }
  return parsed.data;
}
