import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { findRepoRoot } from '../config/env';
import { CODES_NEVER_ANSWERED, codeForHttpStatus, ERROR_CODES, isErrorCode, PUBLIC_ERROR_CODES, renderErrorCodeReference } from './error-codes';
import { maskedFormatError } from './masked-errors';

const root = findRepoRoot(__dirname);

/** The source files of the services: the gateway, the shared packages and the four subgraphs (tests left out). */
function serviceSources(): Array<{ file: string; text: string }> {
  const dirs = [join(root, 'gateway', 'src')];
  for (const parent of ['packages', 'subgraphs']) {
    for (const name of readdirSync(join(root, parent))) dirs.push(join(root, parent, name, 'src'));
  }
  const files: string[] = [];
  const walk = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.endsWith('.d.ts')) files.push(path);
    }
  };
  dirs.forEach(walk);
  return files.map((file) => ({ file: file.slice(root.length + 1), text: readFileSync(file, 'utf8') }));
}

describe('the error-code table', () => {
  const sources = serviceSources();

  it('holds every code the gateway, the runtime and the subgraphs raise, and each raises it through the table', () => {
    expect(sources.some((s) => s.file === 'gateway/src/subgraph-failure.ts')).toBe(true);
    const named = sources.flatMap(({ file, text }) => [...text.matchAll(/errorCode\('([A-Za-z_]+)'\)/g)].map((m) => ({ file, code: m[1]! })));
    expect(new Set(named.map((n) => n.code))).toEqual(
      new Set(['BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'FORBIDDEN', 'UNAUTHENTICATED', 'PAYLOAD_TOO_LARGE', 'BAD_REQUEST', 'RATE_LIMITED', 'SUBGRAPH_UNAVAILABLE', 'VALUE_OUT_OF_RANGE', 'INTERNAL_SERVER_ERROR',
        // The gateway's own: operation-resolution.ts, and its trusted documents (trusted-documents/).
        'OPERATION_RESOLUTION_FAILURE',
        'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'PERSISTED_QUERY_REQUIRED', 'PERSISTED_QUERY_HASH_MISMATCH', 'TRUSTED_DOCUMENT_LIMIT_EXCEEDED']),
    );
    expect(named.filter((n) => !isErrorCode(n.code))).toEqual([]);
    // No error is made with a bare string for its code: each goes through errorCode (so the typecheck holds it to the table).
    const bare = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/extensions:\s*\{[^}]*?\bcode:\s*['"`]([^'"`]+)['"`]/g)].map((m) => `${file}: ${m[1]}`),
    );
    expect(bare).toEqual([]);
  });

  it('gives every HTTP refusal at the edge a code of the table', () => {
    const statuses = sources.flatMap(({ text }) => [...text.matchAll(/new HttpError\((\d{3})/g)].map((m) => Number(m[1])));
    expect(statuses.length).toBeGreaterThan(0);
    for (const status of new Set(statuses)) {
      expect(codeForHttpStatus(status)).not.toBe('INTERNAL_SERVER_ERROR');
      expect(ERROR_CODES[codeForHttpStatus(status)].httpStatus).toBe(status);
    }
  });

  it("holds every code Apollo Server can answer, or says why it never does", () => {
    // (Apollo's validation error codes, such as INTROSPECTION_DISABLED, travel under GRAPHQL_VALIDATION_FAILED.)
    for (const code of Object.values(ApolloServerErrorCode)) expect([code, isErrorCode(code) || code in CODES_NEVER_ANSWERED]).toEqual([code, true]);
  });

  it('lets each public code through the masking with its message, and masks INTERNAL_SERVER_ERROR and unknown codes', () => {
    const format = maskedFormatError();
    for (const code of PUBLIC_ERROR_CODES) {
      expect(format({ message: 'What went wrong', extensions: { code } })).toEqual({ message: 'What went wrong', extensions: { code } });
    }
    expect(format({ message: 'relation "person" does not exist', extensions: { code: 'SOMETHING_ELSE' } })).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(PUBLIC_ERROR_CODES.has('INTERNAL_SERVER_ERROR')).toBe(false);
  });

  it('tells, for every code, its status, its meaning and what a client should do, in the generated reference', () => {
    const doc = renderErrorCodeReference(readFileSync(join(root, 'schema', 'api.graphql'), 'utf8'));
    for (const [code, entry] of Object.entries(ERROR_CODES)) {
      expect(entry.meaning.length).toBeGreaterThan(20);
      expect(entry.clientAction.length).toBeGreaterThan(10);
      expect(doc).toContain(`| \`${code}\` | ${entry.httpStatus}`);
    }
    // The typed refusals and every UserErrorCode value, with its meaning, come from the public schema.
    expect(doc).toContain('| `InputRejected` | Input that was refused; nothing was stored.');
    expect(doc).toContain('| `VERSION_CONFLICT` | The record changed since the caller read it');
    expect(doc).toContain('| `SUBGRAPH_UNAVAILABLE` |');
  });

  it('lists every UserErrorCode value of the public schema with its description', () => {
    const api = readFileSync(join(root, 'schema', 'api.graphql'), 'utf8');
    const values = [...(/^enum UserErrorCode \{([^}]*)\}/m.exec(api)?.[1] ?? '').matchAll(/^ {2}([A-Z][A-Z0-9_]*)$/gm)].map((m) => m[1]!);
    expect(values.length).toBeGreaterThan(50);
    const doc = renderErrorCodeReference(api);
    const section = doc.slice(doc.indexOf('## `UserErrorCode`'));
    const rows = [...section.matchAll(/^\| `([A-Z0-9_]+)` \| (.*) \|$/gm)].map((m) => ({ code: m[1]!, meaning: m[2]! }));
    expect(rows.map((row) => row.code).sort()).toEqual([...values].sort());
    expect(rows.filter((row) => row.meaning.trim().length < 10)).toEqual([]);
    // A schema without the enum lists no codes rather than failing.
    expect(renderErrorCodeReference('type Query { a: Int }')).toContain('## `UserErrorCode`');
  });
});
