/**
 * The one table of the `extensions.code` values the gateway and the subgraphs answer: for each,
 * the HTTP status it comes with, what it means and what a client should do. The code that raises
 * an error names its code through `errorCode` (a typo fails the typecheck); the masking, the
 * metrics and the HTTP edge read their lists from here; `docs/error-codes.md` is generated from it
 * (`npm run docs:error-codes -w @lifeline/subgraph-runtime`; `check:generated` fails when stale).
 */
import { buildSchema, getNamedType, isEnumType, isObjectType, isUnionType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';

/** One row of the error-code reference. */
export interface ErrorCodeEntry {
  /** The HTTP status of an answer carrying it (an error in a field leaves the answer's status alone). */
  httpStatus: number;
  /** When the status differs from `httpStatus`, why. */
  httpNote?: string;
  /** What happened, for an integrator. */
  meaning: string;
  /** What a client should do. */
  clientAction: string;
  /** Passes the masking with its message (every code but INTERNAL_SERVER_ERROR, which is the mask). */
  public: boolean;
}

/** Every `extensions.code` a client can receive from Lifeline. */
export const ERROR_CODES = {
  BAD_USER_INPUT: {
    httpStatus: 400,
    httpNote: '200 when only one field’s argument is refused, a page cursor or size: that field is null, the rest answers',
    meaning:
      'An input value is invalid: an impossible `DateTime` or `Date` (30 February, hour 24, no time zone), an `ID` that is no UUID, ' +
      'text holding a NUL byte, a variable of the wrong type, a cursor that is not an `endCursor`, a page size out of range. ' +
      'The message names where (`input.collectedAt`, `$id`), never the value. Checked at the gateway before any agency is called.',
    clientAction: 'Fix the named input; do not retry unchanged. (Refused business input of a change is a typed `…InputRejected` result instead, below.)',
    public: true,
  },
  GRAPHQL_PARSE_FAILED: {
    httpStatus: 400,
    meaning: 'The document is not valid GraphQL syntax.',
    clientAction: 'Fix the query text; do not retry unchanged.',
    public: true,
  },
  GRAPHQL_VALIDATION_FAILED: {
    httpStatus: 400,
    meaning:
      'The document does not validate against `schema/api.graphql` (an unknown field, a missing argument), or it is over a limit: ' +
      '2000 tokens, depth 12, 15 aliases, 5 directives, or cost; the message says which. Introspection is refused the same way ' +
      '(it is on only under `npm run dev`). No message suggests field names.',
    clientAction: 'Validate the query against `schema/api.graphql`; split a query over a limit into smaller ones.',
    public: true,
  },
  OPERATION_RESOLUTION_FAILURE: {
    httpStatus: 400,
    meaning: 'The operation to run cannot be told: several operations and no `operationName`, or an `operationName` the document lacks.',
    clientAction: 'Send one operation, or name the one to run in `operationName`.',
    public: true,
  },
  PERSISTED_QUERY_NOT_FOUND: {
    httpStatus: 200,
    httpNote: 'as Apollo’s automatic persisted queries answer it, so their clients send the text next',
    meaning:
      'The `extensions.persistedQuery.sha256Hash` names no trusted document this caller may run: not one of the portal’s build ' +
      '(its `persisted-documents.json`), nor one its own integration client registered. Nothing ran.',
    clientAction:
      'An integration client registers the document (`POST /trusted-documents`), or, when its client record allows automatic ' +
      'persisted queries, resends the same request with the text in `query`. The portal: deploy the gateway with the portal build’s manifest.',
    public: true,
  },
  PERSISTED_QUERY_NOT_SUPPORTED: {
    httpStatus: 200,
    httpNote: 'as Apollo’s automatic persisted queries answer it, so their clients fall back to plain text',
    meaning:
      'The request sent a new document with its hash to register it on the fly (automatic persisted queries); only an integration ' +
      'client whose record allows it (`document_policy` `AUTOMATIC_PERSISTED_QUERIES`) may. Nothing was stored or ran.',
    clientAction:
      'Register the document beforehand with `POST /trusted-documents` and send its hash alone, or send the text without ' +
      '`extensions.persistedQuery` where the caller may send text; ask the operators to allow automatic persisted queries.',
    public: true,
  },
  PERSISTED_QUERY_REQUIRED: {
    httpStatus: 400,
    meaning:
      'This caller may run trusted documents only and sent query text: staff and anonymous callers when the gateway runs with ' +
      '`TRUSTED_DOCUMENTS=require` (the default in production), and integration clients whose record says `TRUSTED_DOCUMENTS_ONLY`. Nothing ran.',
    clientAction:
      'Send `{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "<hex>"}}, "variables", "operationName"}` without ' +
      '`query`, with the hash of a registered document (the portal’s come from its build; a system registers its own at `POST /trusted-documents`).',
    public: true,
  },
  PERSISTED_QUERY_HASH_MISMATCH: {
    httpStatus: 400,
    meaning:
      'A document’s hash is not the SHA-256 of its text: `extensions.persistedQuery.sha256Hash` against `query`, or a key of a ' +
      'manifest sent to `POST /trusted-documents` against its value. Nothing ran and nothing was stored.',
    clientAction: 'Hash the exact text sent (UTF-8), as 64 lower-case hex digits (a `sha256:` prefix is accepted in manifests); do not retry unchanged.',
    public: true,
  },
  TRUSTED_DOCUMENT_LIMIT_EXCEEDED: {
    httpStatus: 400,
    meaning:
      'Registering these documents would give the integration client more trusted documents than it may hold ' +
      '(`TRUSTED_DOCUMENTS_PER_CLIENT`, 500 by default). Nothing was stored; the message says how many it holds.',
    clientAction: 'Register only the documents the system runs (list them with `GET /trusted-documents`), or ask the operators for a higher limit.',
    public: true,
  },
  BAD_REQUEST: {
    httpStatus: 400,
    httpNote: '405 for a mutation sent with GET, or a method other than GET and POST',
    meaning:
      'The HTTP request is not a GraphQL request Lifeline accepts: a malformed JSON body, no `query`, a batch (an array), ' +
      'a mutation over GET, or a request refused by CSRF prevention (a GET, or a form or text body, without an ' +
      '`apollo-require-preflight` or `x-apollo-operation-name` header).',
    clientAction: 'Send `POST /graphql` with `content-type: application/json` and a body `{"query", "variables", "operationName"}`.',
    public: true,
  },
  UNAUTHENTICATED: {
    httpStatus: 401,
    meaning:
      'No valid bearer token: it is missing where one is required, malformed, expired, not yet valid, signed by an unknown key, ' +
      'or issued for another audience. The `www-authenticate` header says `invalid_request` or `invalid_token`.',
    clientAction: 'Get a new access token (`POST /auth/refresh` for staff, `POST /oauth/token` for a system) and retry once.',
    public: true,
  },
  FORBIDDEN: {
    httpStatus: 200,
    httpNote: 'an error of the refused field: its value is null, the fields the caller may read still answer; 403 at `/trusted-documents` for a caller that is no integration client',
    meaning:
      'The caller’s role, or for an integrating system its scopes, does not cover the field (the permission tables and the scope table, ' +
      'default deny). The refusal is written to the agency’s audit trail.',
    clientAction: 'Do not retry; leave the field out, or ask for the role or scope that covers it (see Scopes in the README).',
    public: true,
  },
  PAYLOAD_TOO_LARGE: {
    httpStatus: 413,
    meaning: 'The request body is over the limit (100 kB at the gateway’s `/graphql`, 1 MB for a manifest at `/trusted-documents`).',
    clientAction: 'Send a smaller request: variables instead of inline lists, or several requests.',
    public: true,
  },
  RATE_LIMITED: {
    httpStatus: 429,
    meaning:
      'The caller’s budget of query cost for this minute cannot pay for the operation (each staff member, each integrating system, ' +
      'and the anonymous by address, has one; the cost is the one the query limits calculate). Nothing ran and nothing was spent. ' +
      'Every answer reports the budget: `extensions.cost` (`requested`, `limit`, `remaining`, `resetSeconds`) and the headers ' +
      '`RateLimit-Policy: "cost";q=<limit>;w=60` and `RateLimit: "cost";r=<remaining>;t=<seconds>`.',
    clientAction: 'Wait for the `Retry-After` header’s seconds, then retry; ask for less per operation, or spread the operations over the minute.',
    public: true,
  },
  VALUE_OUT_OF_RANGE: {
    httpStatus: 200,
    meaning:
      'A stored value is too large for the field’s GraphQL type: an amount above ¥21,474,836.47 asked through a deprecated ' +
      '`…Fen: Int` field (a 32-bit Int). The field is null with this error, the rest of the answer is there; the message names ' +
      'the `Money` field that holds the amount exactly.',
    clientAction: 'Read the named `Money` field (`amountFen` as a decimal string) instead of the deprecated Int field.',
    public: true,
  },
  SUBGRAPH_UNAVAILABLE: {
    httpStatus: 200,
    httpNote: 'the other agencies’ data still comes back; only the missing agency’s fields are null',
    meaning:
      'An agency cannot answer right now: it failed, passed its deadline, its circuit breaker is open after repeated failures, or too many ' +
      'calls to it are in flight. `extensions.subgraph` names it (`civil-affairs`, `public-security`, `womens-federation`, `foreign-affairs`). ' +
      'One such error per agency.',
    clientAction:
      'Show what came back and say which agency is missing; retry a read after a few seconds, with backoff. A change may or may not ' +
      'have been made: read the record (or resend with the same idempotency key where the mutation takes one) before retrying.',
    public: true,
  },
  INTERNAL_SERVER_ERROR: {
    httpStatus: 200,
    httpNote: '500 when the whole request failed before GraphQL ran',
    meaning:
      'An unexpected failure. The message is always “Internal server error”: no SQL, stack, host or personal data leaves a service; ' +
      'the service logs the error class and path with the request id.',
    clientAction: 'Retry later; if it persists, report the answer’s `x-request-id` header to the operators.',
    public: false,
  },
} as const satisfies Record<string, ErrorCodeEntry>;

/** A code of the table. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** The code, checked against the table by the typecheck: how the code that raises an error names it. */
export function errorCode<Code extends ErrorCode>(code: Code): Code {
  return code;
}

/** True when `code` is in the table. */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, code);
}

/** Codes whose errors leave a service with their own message (the masking replaces every other). */
export const PUBLIC_ERROR_CODES: ReadonlySet<string> = new Set(
  (Object.keys(ERROR_CODES) as ErrorCode[]).filter((code) => ERROR_CODES[code].public),
);

/**
 * Codes Apollo Server can raise that never reach a client, and why; the test holds every Apollo
 * code to be either in the table or here.
 */
export const CODES_NEVER_ANSWERED: Readonly<Record<string, string>> = {};

/** The code of an answer refused at the HTTP edge with `status`, before GraphQL ran. */
export function codeForHttpStatus(status: number): ErrorCode {
  if (status === 401) return errorCode('UNAUTHENTICATED');
  if (status === 403) return errorCode('FORBIDDEN');
  if (status === 413) return errorCode('PAYLOAD_TOO_LARGE');
  if (status === 400) return errorCode('BAD_REQUEST');
  return errorCode('INTERNAL_SERVER_ERROR');
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A change's typed refusals in the public schema: the result-union members that implement `UserError`. */
function typedRefusals(schema: GraphQLSchema): Array<{ type: GraphQLObjectType; mutations: string[] }> {
  const byType = new Map<string, { type: GraphQLObjectType; mutations: string[] }>();
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const result = getNamedType(field.type);
    const members = isUnionType(result) ? result.getTypes() : isObjectType(result) ? [result] : [];
    for (const member of members) {
      if (!member.getInterfaces().some((each) => each.name === 'UserError')) continue;
      const entry = byType.get(member.name) ?? { type: member, mutations: [] };
      entry.mutations.push(field.name);
      byType.set(member.name, entry);
    }
  }
  return [...byType.values()].sort((a, b) => a.type.name.localeCompare(b.type.name));
}

/** Every value of the public schema's `UserErrorCode` with its description, by code. */
function userErrorCodes(schema: GraphQLSchema): Array<{ code: string; meaning: string }> {
  const type = schema.getType('UserErrorCode');
  if (!isEnumType(type)) return [];
  return type
    .getValues()
    .map((value) => ({ code: value.name, meaning: value.description ?? '' }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** `docs/error-codes.md`: the table above, then the typed refusals read from `schema/api.graphql`. */
export function renderErrorCodeReference(apiSdl: string): string {
  const schema = buildSchema(apiSdl);
  const lines = [
    '<!-- Generated by `npm run docs:error-codes -w @lifeline/subgraph-runtime` from ERROR_CODES in',
    '     packages/subgraph-runtime/src/graphql/error-codes.ts and from schema/api.graphql. Do not edit. -->',
    '',
    '# Error codes',
    '',
    'Lifeline answers two kinds of failure. **Errors** are entries of the answer’s `errors` list, each with a stable',
    '`extensions.code` (below); their messages are written for people and never carry SQL, stacks, hosts, submitted values',
    'or personal data. **Refusals of a change** are not errors: a mutation answers a typed result in `data`, and a refusal',
    'is one of the result types further down; nothing was stored when one comes back.',
    '',
    '## `extensions.code`',
    '',
    '| code | HTTP status | what it means | what a client should do |',
    '|---|---|---|---|',
  ];
  for (const code of Object.keys(ERROR_CODES) as ErrorCode[]) {
    const entry: ErrorCodeEntry = ERROR_CODES[code];
    const status = entry.httpNote ? `${entry.httpStatus} (${entry.httpNote})` : String(entry.httpStatus);
    lines.push(`| \`${code}\` | ${cell(status)} | ${cell(entry.meaning)} | ${cell(entry.clientAction)} |`);
  }
  lines.push(
    '',
    'Every answer carries `x-request-id`; quote it when reporting a failure. The gateway counts errors by code in',
    '`lifeline_graphql_errors_total{code}` at `GET /metrics` (any code outside this table counts as `OTHER`).',
    '',
    '## Typed refusals of changes',
    '',
    'A mutation answers a union of its success type and the refusals below (HTTP 200; ask for `__typename`). Every',
    'refusal implements the interface `UserError`: a stable `code` (a `UserErrorCode`, next section), the input `field`',
    'at fault (null when the refusal is not about one field) and a `message` for the person who made the change. A',
    'client reads them all alike with `... on UserError { code field message }` and acts on the fields particular to',
    'a type: a step refused says the record’s current state; a version conflict gives the current version to read',
    'again; a not-found answers alike whether the record does not exist or is not visible to the caller.',
    '',
    '| result type | what it means | fields | answered by |',
    '|---|---|---|---|',
  );
  for (const { type, mutations } of typedRefusals(schema)) {
    const fields = Object.keys(type.getFields()).map((name) => `\`${name}\``).join(', ');
    const by = mutations.length > 4 ? `${mutations.length} mutations` : mutations.map((name) => `\`${name}\``).join(', ');
    lines.push(`| \`${type.name}\` | ${cell(type.description ?? '')} | ${fields} | ${by} |`);
  }
  lines.push(
    '',
    '## `UserErrorCode`',
    '',
    'The `code` of a refusal. A code means the same in every agency; a client words its message from the code (and',
    'the `field`), or shows the `message`. Nothing was stored when a refusal comes back, whatever its code.',
    '',
    '| code | what it means |',
    '|---|---|',
  );
  for (const { code, meaning } of userErrorCodes(schema)) lines.push(`| \`${code}\` | ${cell(meaning)} |`);
  return `${lines.join('\n')}\n`;
}
