/**
 * A manifest of trusted documents: a JSON object from each document's id to its text, the shape
 * GraphQL Code Generator's client preset writes (`persisted-documents.json`). An id is the SHA-256
 * of the text in lower-case hex, with or without the `sha256:` prefix codegen gives it. The portal's
 * manifest is read once at start; an integrating system sends its own to `POST /trusted-documents`.
 */
import { readFileSync, statSync } from 'node:fs';
import { trustedDocumentHash, TRUSTED_DOCUMENT_HASH_PATTERN } from '@lifeline/identity';
import { errorCode, type ErrorCode } from '@lifeline/subgraph-runtime';

/** One document of a manifest. */
export interface ManifestEntry {
  /** The key as written in the manifest. */
  key: string;
  /** The id: 64 lower-case hex digits. */
  sha256Hash: string;
  body: string;
}

/** What is wrong with one entry of a manifest (or, with `key` null, with the manifest as a whole). */
export interface ManifestProblem {
  key: string | null;
  code: ErrorCode;
  message: string;
}

const PREFIX = 'sha256:';

/** The id a manifest key names (`sha256:<hex>` or `<hex>`), or null when it names none. */
export function documentIdOfKey(key: string): string | null {
  const hex = key.startsWith(PREFIX) ? key.slice(PREFIX.length) : key;
  return TRUSTED_DOCUMENT_HASH_PATTERN.test(hex) ? hex : null;
}

/** Every entry of a manifest, and every problem of it: an entry with a problem is not among the entries. */
export function readManifest(value: unknown): { entries: ManifestEntry[]; problems: ManifestProblem[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      entries: [],
      problems: [{ key: null, code: errorCode('BAD_REQUEST'), message: 'A manifest is a JSON object from each document’s SHA-256 to its text: {"<sha256>": "<query text>"}.' }],
    };
  }
  const entries: ManifestEntry[] = [];
  const problems: ManifestProblem[] = [];
  for (const [key, body] of Object.entries(value as Record<string, unknown>)) {
    const sha256Hash = documentIdOfKey(key);
    if (sha256Hash === null) {
      problems.push({ key, code: errorCode('BAD_REQUEST'), message: 'The key is no document id: 64 lower-case hex digits of SHA-256, optionally prefixed "sha256:".' });
    } else if (typeof body !== 'string' || body.trim() === '') {
      problems.push({ key, code: errorCode('BAD_REQUEST'), message: 'The value is not the document’s text.' });
    } else if (trustedDocumentHash(body) !== sha256Hash) {
      problems.push({ key, code: errorCode('PERSISTED_QUERY_HASH_MISMATCH'), message: 'The key is not the SHA-256 of the text (UTF-8, lower-case hex).' });
    } else {
      entries.push({ key, sha256Hash, body });
    }
  }
  return { entries, problems };
}

/**
 * Reads a build-time manifest file into documents by id. Throws when the file cannot be read or
 * any entry is wrong: a build's manifest is all right or the build is broken.
 */
export function loadTrustedDocumentManifest(path: string): Map<string, string> {
  const { entries, problems } = readManifest(JSON.parse(readFileSync(path, 'utf8')));
  if (problems.length > 0) {
    throw new Error(`the trusted-document manifest ${path} has ${problems.length} bad entries, e.g. ${problems[0]!.key ?? '(the whole file)'}: ${problems[0]!.message}`);
  }
  return new Map(entries.map((entry) => [entry.sha256Hash, entry.body]));
}

/**
 * Reads the manifest file again when it changed, for a gateway that runs while the portal's
 * documents are edited (`npm run dev`, then `npm run codegen`): each call looks at the file's
 * modification time at most once a second and gives its documents when it changed (undefined
 * otherwise, and while the file is half-written or wrong).
 */
export function manifestReloader(path: string, now: () => number = Date.now): () => Map<string, string> | undefined {
  const modified = () => {
    try {
      return statSync(path).mtimeMs;
    } catch {
      return undefined;
    }
  };
  let seen = modified();
  let checkedAt = now();
  return () => {
    if (now() - checkedAt < 1_000) return undefined;
    checkedAt = now();
    const current = modified();
    if (current === undefined || current === seen) return undefined;
    try {
      const documents = loadTrustedDocumentManifest(path);
      seen = current;
      return documents;
    } catch {
      return undefined;
    }
  };
}
