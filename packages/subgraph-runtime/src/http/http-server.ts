/**
 * A plain node:http server around Apollo Server: `/graphql`, `/healthz` (alive) and `/readyz`
 * (ready: dependencies reachable), a body-size limit and a request id on every exchange. Used by
 * every subgraph and by the gateway, so all services behave alike at the edge.
 */
import { type ServiceMetrics } from './service-metrics';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { requestIdsAtEdge } from './request-id';
import { type Log } from './log';
import { endServerSpan, runInSpan, startServerSpan, tracingOn } from '../telemetry/tracing';
import { codeForHttpStatus, errorCode } from '../graphql/error-codes';

export interface HttpRequestInfo {
  req: IncomingMessage;
  /** This service's id for the request (logs, audit trail, internal tokens). */
  requestId: string;
  /** What the client sent to correlate the request with its own logs, kept apart from `requestId`. */
  correlationId: string | null;
}

/** Thrown from a context function to answer with an HTTP status instead of a GraphQL result. */
export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

export interface ServeOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  host: string;
  port: number;
  log: Log;
  /** Builds the per-request context; may throw HttpError (for example 401). */
  context: (info: HttpRequestInfo) => Promise<TContext>;
  /** Whether the service can serve now (database reachable, …). */
  ready: () => Promise<boolean>;
  /** Extra facts for `/readyz` (e.g. the exchange consumers' lag). */
  readyDetail?: () => Record<string, unknown>;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes?: number;
  /** Extra routes handled before GraphQL (return true when handled). */
  routes?: (req: IncomingMessage, res: ServerResponse, info: HttpRequestInfo) => Promise<boolean>;
  /** Path of the GraphQL endpoint. */
  path?: string;
  /**
   * Who names a request: `own` (default; a client's `x-request-id` becomes only its correlation
   * id) or `trust-caller` (services whose only caller is the gateway keep its id).
   */
  requestIds?: 'own' | 'trust-caller';
  /** Given metrics: `/metrics` is answered, and every GraphQL request's status and latency observed. */
  metrics?: ServiceMetrics;
}

export interface RunningHttpServer {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

function send(res: ServerResponse, status: number, body: unknown, requestId: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { ...JSON_HEADERS, 'x-request-id': requestId, ...headers });
  res.end(JSON.stringify(body));
}

/**
 * A request's body as UTF-8, at most `limit` bytes: `tooLarge()` is thrown as soon as the declared
 * length or the bytes received pass the limit, so no more than that is ever buffered.
 */
export async function readLimitedBody(req: IncomingMessage, limit: number, tooLarge: () => Error): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts Apollo Server (if not started) and listens. */
export async function serveHttp<TContext extends BaseContext>(options: ServeOptions<TContext>): Promise<RunningHttpServer> {
  const { apollo, log } = options;
  const path = options.path ?? '/graphql';
  const limit = options.maxBodyBytes ?? 1_000_000;
  await apollo.start();

  const server = createServer((req, res) => {
    const { requestId, correlationId } = requestIdsAtEdge(req.headers, options.requestIds ?? 'own');
    const info: HttpRequestInfo = { req, requestId, correlationId };
    const metrics = options.metrics;
    const graphql = (metrics !== undefined || tracingOn()) && new URL(req.url ?? '/', 'http://localhost').pathname === path;
    if (metrics && graphql) {
      const started = performance.now();
      res.once('finish', () => metrics.observeRequest(res.statusCode, (performance.now() - started) / 1000));
    }
    // A server span per GraphQL request when tracing is on (continuing the caller's traceparent).
    const span = graphql ? startServerSpan(req.headers, req.method ?? 'GET', path, requestId) : undefined;
    if (span) res.once('close', () => endServerSpan(span, res.statusCode));
    const served = span ? runInSpan(span, () => handle(req, res, info)) : handle(req, res, info);
    void served.catch((error: unknown) => {
      if (error instanceof HttpError) {
        send(res, error.status, { errors: [{ message: error.message, extensions: { code: codeForHttpStatus(error.status) } }] }, requestId, error.headers);
        return;
      }
      log.error('unhandled request failure', { requestId, error: error instanceof Error ? error.name : 'unknown' });
      if (!res.headersSent) send(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: errorCode('INTERNAL_SERVER_ERROR') } }] }, requestId);
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse, info: HttpRequestInfo) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && url.pathname === '/healthz') return send(res, 200, { status: 'ok' }, info.requestId);
    if (req.method === 'GET' && url.pathname === '/readyz') {
      const ok = await options.ready().catch(() => false);
      const detail = options.readyDetail?.();
      return send(res, ok ? 200 : 503, { status: ok ? 'ready' : 'unavailable', ...(detail ? { detail } : {}) }, info.requestId);
    }
    if (options.metrics && (await options.metrics.route()(req, res))) return;
    if (options.routes && (await options.routes(req, res, info))) return;
    if (url.pathname !== path) return send(res, 404, { error: 'not found' }, info.requestId);

    // The context (the caller) is settled before Apollo runs, so a refusal is a plain 401.
    const context = await options.context(info);
    const body = req.method === 'POST' ? await readLimitedBody(req, limit, () => new HttpError(413, 'Request body too large')) : '';
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let parsedBody: unknown = body;
    if (body && (headers.get('content-type') ?? '').includes('application/json')) {
      try {
        parsedBody = JSON.parse(body);
      } catch {
        throw new HttpError(400, 'Malformed JSON body');
      }
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: parsedBody },
      context: async () => context,
    });
    const outHeaders: Record<string, string> = {
      'x-request-id': info.requestId,
      ...(info.correlationId ? { 'x-correlation-id': info.correlationId } : {}),
      'cache-control': 'no-store',
    };
    for (const [key, value] of response.headers) outHeaders[key] = value;
    res.writeHead(response.status ?? 200, outHeaders);
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  // Kept-alive connections stay open 65 s (longer than the proxies in front keep theirs), and the
  // headers timeout longer still, so that no timer of the server's closes a connection before the
  // time it announced to its clients (Node's default headers timeout is 60 s).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const port = (server.address() as AddressInfo).port;
  const url = `http://${options.host}:${port}${path}`;
  return {
    server,
    url,
    port,
    close: async () => {
      // Let requests in flight finish (idle keep-alive sockets go at once); force the rest after 5 s.
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), 5_000);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}

