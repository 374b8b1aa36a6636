/**
 * How an integrating system registers its trusted documents, with its client-credentials token:
 *
 *   POST /trusted-documents   a manifest {"<sha256>": "<query text>"} (the JSON codegen's client
 *                             preset writes as persisted-documents.json; keys with or without
 *                             `sha256:`), at most 1 MB → 200 {registered, alreadyRegistered, total, limit}
 *   GET  /trusted-documents   → 200 {limit, count, documents: [{sha256Hash, query, registeredVia, registeredAt}]}
 *
 * Every entry is checked before anything is stored: its key is the SHA-256 of its text, the text
 * parses and validates against the API schema within the query limits, and the system will not
 * hold more than its limit. Any problem stores nothing and is answered 400 with one error per
 * problem (`extensions.code` of the error-code table, `extensions.document` the key at fault).
 * Only that system may then run the documents, by sending `extensions.persistedQuery.sha256Hash`.
 * Staff tokens are refused (403): the portal's documents come from its build.
 */
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { errorCode, HttpError, readLimitedBody, type ErrorCode, type HttpRequestInfo, type Log } from '@lifeline/subgraph-runtime';
import { type Authenticate } from '../authentication';
import { readManifest } from './trusted-document.manifest';
import { type PersistedQueryGate } from './persisted-query.gate';

/** The path of the registration endpoint. */
export const TRUSTED_DOCUMENTS_PATH = '/trusted-documents';

/** The largest manifest accepted, in bytes. */
export const MAX_MANIFEST_BYTES = 1_000_000;

type ApiError = { message: string; extensions: { code: ErrorCode; document?: string } };

function send(res: ServerResponse, info: HttpRequestInfo, status: number, body: unknown, headers: Record<string, string> = {}): true {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-request-id': info.requestId, ...headers });
  res.end(JSON.stringify(body));
  return true;
}

const errors = (res: ServerResponse, info: HttpRequestInfo, status: number, list: ApiError[]) => send(res, info, status, { errors: list });

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  if ((req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() !== 'application/json') {
    throw new HttpError(400, 'Send the manifest as content-type: application/json.');
  }
  const text = await readLimitedBody(req, MAX_MANIFEST_BYTES, () => new HttpError(413, 'The manifest is larger than 1 MB.'));
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The manifest is not JSON.');
  }
}

/** `POST` and `GET /trusted-documents`, as a `serveHttp` routes handler (true when it answered). */
export function trustedDocumentRoutes(gate: PersistedQueryGate, authenticate: Authenticate, log: Log) {
  return async (req: IncomingMessage, res: ServerResponse, info: HttpRequestInfo): Promise<boolean> => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== TRUSTED_DOCUMENTS_PATH) return false;
    if (req.method !== 'GET' && req.method !== 'POST') {
      return errors(res, info, 405, [{ message: 'Use GET or POST.', extensions: { code: errorCode('BAD_REQUEST') } }]);
    }
    const caller = await authenticate(req);
    if (caller.kind === 'anonymous') {
      throw new HttpError(401, 'Send the integration client’s access token (POST /oauth/token) as Authorization: Bearer.', { 'www-authenticate': 'Bearer realm="lifeline"' });
    }
    if (caller.kind !== 'service') {
      return errors(res, info, 403, [
        { message: 'Only an integration client registers trusted documents; the portal’s come from its build.', extensions: { code: errorCode('FORBIDDEN') } },
      ]);
    }
    const { store, check } = gate;
    if (req.method === 'GET') {
      const documents = await store.list(caller);
      return send(res, info, 200, {
        limit: store.perClientLimit,
        count: documents.length,
        documents: documents.map((d) => ({ sha256Hash: d.sha256Hash, query: d.body, registeredVia: d.registeredVia, registeredAt: d.registeredAt.toISOString() })),
      });
    }

    const { entries, problems } = readManifest(await readJsonBody(req));
    const found: ApiError[] = problems.map((p) => ({ message: p.message, extensions: { code: p.code, ...(p.key !== null ? { document: p.key.slice(0, 80) } : {}) } }));
    for (const entry of entries) {
      const problem = check.problemOf(entry.body);
      if (problem) found.push({ message: problem.message, extensions: { code: problem.code, document: entry.key } });
    }
    if (found.length === 0 && entries.length === 0) found.push({ message: 'The manifest holds no documents.', extensions: { code: errorCode('BAD_REQUEST') } });
    if (found.length > 0) return errors(res, info, 400, found);

    const result = await store.register(caller, entries, 'MANIFEST');
    if (!result.ok && result.code === 'LIMIT_EXCEEDED') {
      return errors(res, info, 400, [
        {
          message: `This integration client holds ${result.total} trusted documents and may hold ${result.limit}; these ${entries.length} would exceed that. Nothing was stored.`,
          extensions: { code: errorCode('TRUSTED_DOCUMENT_LIMIT_EXCEEDED') },
        },
      ]);
    }
    if (!result.ok) {
      return errors(res, info, 403, [{ message: 'This integration client is not registered with Lifeline’s identity service.', extensions: { code: errorCode('FORBIDDEN') } }]);
    }
    log.info('trusted documents registered', { requestId: info.requestId, client: caller.id, added: result.added, total: result.total });
    return send(res, info, 200, { registered: result.added, alreadyRegistered: result.alreadyRegistered, total: result.total, limit: store.perClientLimit });
  };
}
