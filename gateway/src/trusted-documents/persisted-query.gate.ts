/**
 * What the gateway runs for one GraphQL request, decided before Apollo Server sees it. A request
 * names its document by text (`query`) or by id (`extensions.persistedQuery.sha256Hash`, Apollo's
 * persisted-query wire format), or both (Apollo's automatic persisted queries: the client sends
 * the text with its hash to register it). The rules, in one place:
 *
 * | the request carries   | and                                              | the gateway                              |
 * |-----------------------|--------------------------------------------------|------------------------------------------|
 * | text only             | the caller may send text                         | runs it                                  |
 * | text only             | staff/anonymous with `require`; a system `TRUSTED_DOCUMENTS_ONLY` | PERSISTED_QUERY_REQUIRED (400) |
 * | id only               | a document of the portal's build, or the caller's system's own | runs its text          |
 * | id only               | no such document for this caller                 | PERSISTED_QUERY_NOT_FOUND (200)          |
 * | id and text           | the id is not the text's SHA-256                 | PERSISTED_QUERY_HASH_MISMATCH (400)      |
 * | id and text           | a document the caller may run                    | runs it                                  |
 * | id and text           | a new one, from a system `AUTOMATIC_PERSISTED_QUERIES` | checks, stores for that system, runs it |
 * | id and text           | a new one, from anyone else                      | PERSISTED_QUERY_NOT_SUPPORTED (200)      |
 *
 * The 200s are those of Apollo's automatic persisted queries, so its clients send the text next
 * (not found) or stop sending hashes (not supported).
 */
import { trustedDocumentHash, TRUSTED_DOCUMENT_HASH_PATTERN } from '@lifeline/identity';
import { errorCode, type Caller, type ErrorCode } from '@lifeline/subgraph-runtime';
import { type DocumentCheck } from './document-check';
import { type TrustedDocumentStore } from './trusted-document.store';

/** Whether staff and anonymous callers may send query text (`require`: trusted documents only). */
export type FreeTextPolicy = 'require' | 'allow';

/** What the gate reads of a request. */
export interface OperationSource {
  /** The `query` text, when the request has a string there. */
  query: string | undefined;
  /** `extensions.persistedQuery`, as sent (undefined when absent). */
  persistedQuery: unknown;
}

/** The gate's decision: run the request as it is, run this text instead of the id, or answer with an error. */
export type GateDecision =
  | { outcome: 'as-sent' }
  | { outcome: 'run'; query: string }
  | { outcome: 'refuse'; code: ErrorCode; message: string; status: number };

/** The gate's collaborators. */
export interface PersistedQueryGate {
  store: TrustedDocumentStore;
  check: DocumentCheck;
  freeText: FreeTextPolicy;
  /** Told of every document a system registers by sending it (for the log). */
  onRegistered?: (caller: Caller, sha256Hash: string) => void;
}

const refuse = (code: ErrorCode, status: number, message: string): GateDecision => ({ outcome: 'refuse', code, status, message });

async function mayRunText(gate: PersistedQueryGate, caller: Caller): Promise<GateDecision | null> {
  const policy = await gate.store.documentPolicyOf(caller);
  if (policy === null && gate.freeText === 'require') {
    return refuse(
      errorCode('PERSISTED_QUERY_REQUIRED'),
      400,
      'This gateway runs only trusted documents for staff and anonymous callers: send the sha256Hash of a document of the portal’s build ' +
        'in extensions.persistedQuery ({"version": 1, "sha256Hash": "<hex>"}) instead of query text.',
    );
  }
  if (policy === 'TRUSTED_DOCUMENTS_ONLY') {
    return refuse(
      errorCode('PERSISTED_QUERY_REQUIRED'),
      400,
      'This integration client may run only the documents it registered: register the document with POST /trusted-documents, then send ' +
        'its sha256Hash in extensions.persistedQuery ({"version": 1, "sha256Hash": "<hex>"}) instead of query text.',
    );
  }
  return null;
}

/** Decides what the gateway runs for one request of `caller` (see the table above). */
export async function admitOperation(gate: PersistedQueryGate, caller: Caller, source: OperationSource): Promise<GateDecision> {
  const { query, persistedQuery } = source;
  if (persistedQuery === undefined || persistedQuery === null) {
    // No text either: Apollo Server answers that the request has neither.
    if (query === undefined) return { outcome: 'as-sent' };
    return (await mayRunText(gate, caller)) ?? { outcome: 'as-sent' };
  }
  const { version, sha256Hash } = (typeof persistedQuery === 'object' ? persistedQuery : {}) as { version?: unknown; sha256Hash?: unknown };
  if (version !== 1 || typeof sha256Hash !== 'string' || !TRUSTED_DOCUMENT_HASH_PATTERN.test(sha256Hash)) {
    return refuse(errorCode('BAD_REQUEST'), 400, 'extensions.persistedQuery must be {"version": 1, "sha256Hash": "<64 lower-case hex digits>"}.');
  }
  if (query === undefined) {
    const text = await gate.store.documentFor(caller, sha256Hash);
    if (text !== undefined) return { outcome: 'run', query: text };
    return refuse(
      errorCode('PERSISTED_QUERY_NOT_FOUND'),
      200,
      'No trusted document has this sha256Hash for this caller: the portal’s come from its build, and an integration client registers its own with POST /trusted-documents.',
    );
  }
  if (trustedDocumentHash(query) !== sha256Hash) {
    return refuse(errorCode('PERSISTED_QUERY_HASH_MISMATCH'), 400, 'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query text.');
  }
  if ((await gate.store.documentFor(caller, sha256Hash)) !== undefined) return { outcome: 'run', query };
  if ((await gate.store.documentPolicyOf(caller)) !== 'AUTOMATIC_PERSISTED_QUERIES') {
    return refuse(
      errorCode('PERSISTED_QUERY_NOT_SUPPORTED'),
      200,
      'This caller may not register documents by sending them: an integration client registers them with POST /trusted-documents ' +
        '(automatic persisted queries are for clients whose record allows them).',
    );
  }
  const problem = gate.check.problemOf(query);
  if (problem) return refuse(problem.code, 400, problem.message);
  const registered = await gate.store.register(caller, [{ sha256Hash, body: query }], 'AUTOMATIC_PERSISTED_QUERY');
  if (!registered.ok) {
    if (registered.code === 'LIMIT_EXCEEDED') {
      return refuse(
        errorCode('TRUSTED_DOCUMENT_LIMIT_EXCEEDED'),
        400,
        `This integration client holds ${registered.total} trusted documents, its limit (${registered.limit}); the document was not stored.`,
      );
    }
    return refuse(errorCode('PERSISTED_QUERY_NOT_SUPPORTED'), 200, 'This integration client is not registered with Lifeline’s identity service, so it cannot register documents.');
  }
  gate.onRegistered?.(caller, sha256Hash);
  return { outcome: 'run', query };
}
