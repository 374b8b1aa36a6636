import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { trustedDocumentHash } from '@lifeline/identity';
import { findRepoRoot } from '@lifeline/subgraph-runtime';
import { PORTAL_MANIFEST_PATH } from '../config';
import { DocumentCheck } from './document-check';
import { documentIdOfKey, loadTrustedDocumentManifest, manifestReloader, readManifest } from './trusted-document.manifest';

const root = findRepoRoot(__dirname);
const TEXT = 'query Stations { stations { id name } }';
const ID = trustedDocumentHash(TEXT);

describe('a manifest of trusted documents', () => {
  it('names a document by its SHA-256 in lower-case hex, with or without the `sha256:` codegen writes', () => {
    expect(documentIdOfKey(ID)).toBe(ID);
    expect(documentIdOfKey(`sha256:${ID}`)).toBe(ID);
    for (const key of [ID.toUpperCase(), `sha1:${ID}`, ID.slice(1), `${ID}0`, 'sha256:', '']) expect(documentIdOfKey(key)).toBeNull();
  });

  it('keeps the entries whose key is their text’s hash, and says what is wrong with each other one', () => {
    const tampered = 'query Stations { stations { id name address } }';
    const { entries, problems } = readManifest({ [`sha256:${ID}`]: TEXT, [trustedDocumentHash('x')]: tampered, 'not-an-id': TEXT, [trustedDocumentHash('')]: 42 });
    expect(entries).toEqual([{ key: `sha256:${ID}`, sha256Hash: ID, body: TEXT }]);
    expect(problems.map((p) => [p.key, p.code])).toEqual([
      [trustedDocumentHash('x'), 'PERSISTED_QUERY_HASH_MISMATCH'],
      ['not-an-id', 'BAD_REQUEST'],
      [trustedDocumentHash(''), 'BAD_REQUEST'],
    ]);
    for (const notAManifest of [null, [TEXT], 'text', 7]) expect(readManifest(notAManifest).problems).toEqual([expect.objectContaining({ key: null, code: 'BAD_REQUEST' })]);
  });

  it('refuses to load a manifest file with a wrong entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lifeline-manifest-'));
    const good = join(dir, 'good.json');
    const bad = join(dir, 'bad.json');
    writeFileSync(good, JSON.stringify({ [`sha256:${ID}`]: TEXT }));
    writeFileSync(bad, JSON.stringify({ [`sha256:${ID}`]: `${TEXT} ` }));
    expect(loadTrustedDocumentManifest(good)).toEqual(new Map([[ID, TEXT]]));
    expect(() => loadTrustedDocumentManifest(bad)).toThrow(/1 bad entries/);
  });

  it('is read again once it changed, at most once a second, and not while it is wrong', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lifeline-manifest-')), 'persisted-documents.json');
    writeFileSync(path, JSON.stringify({ [`sha256:${ID}`]: TEXT }));
    utimesSync(path, 1_000, 1_000);
    let clock = 0;
    const reload = manifestReloader(path, () => clock);
    clock = 2_000;
    expect(reload()).toBeUndefined();
    const next = 'query Next { stations { id } }';
    writeFileSync(path, JSON.stringify({ [`sha256:${ID}`]: TEXT, [trustedDocumentHash(next)]: `${next} ` }));
    utimesSync(path, 2_000, 2_000);
    clock = 4_000;
    expect(reload()).toBeUndefined();
    writeFileSync(path, JSON.stringify({ [`sha256:${ID}`]: TEXT, [trustedDocumentHash(next)]: next }));
    utimesSync(path, 3_000, 3_000);
    clock = 4_500;
    expect(reload()).toBeUndefined();
    clock = 6_000;
    expect(reload()).toEqual(new Map([[ID, TEXT], [trustedDocumentHash(next), next]]));
    clock = 8_000;
    expect(reload()).toBeUndefined();
  });

  it('of the portal’s build loads, and every document of it validates against the API schema', () => {
    const manifest = loadTrustedDocumentManifest(join(root, ...PORTAL_MANIFEST_PATH));
    expect(manifest.size).toBeGreaterThan(50);
    const check = new DocumentCheck();
    check.useSchema(buildSchema(readFileSync(join(root, 'schema', 'api.graphql'), 'utf8')));
    const problems = [...manifest].map(([id, text]) => [id, check.problemOf(text)]).filter(([, problem]) => problem !== null);
    expect(problems).toEqual([]);
  });
});
