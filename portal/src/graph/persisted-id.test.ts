import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DocumentNode } from 'graphql';
import * as generated from '@/gql/graphql';
import { persistedId } from './persisted-id';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'gql', 'persisted-documents.json'), 'utf8')) as Record<string, string>;
const documents = Object.entries(generated).filter(([name]) => name.endsWith('Document')) as Array<[string, DocumentNode]>;

describe('the persisted id of each of the portal’s documents', () => {
  it('is the key of that document in the build manifest, whose text it is the SHA-256 of', () => {
    expect(documents.length).toBeGreaterThan(50);
    for (const [name, document] of documents) {
      const { sha256Hash, operationName } = persistedId(document);
      const text = manifest[`sha256:${sha256Hash}`];
      expect([name, typeof text]).toEqual([name, 'string']);
      expect(createHash('sha256').update(text!, 'utf8').digest('hex')).toBe(sha256Hash);
      expect(`${operationName}Document`).toBe(name);
    }
    // Every entry of the manifest is one of the documents.
    expect(Object.keys(manifest)).toHaveLength(new Set(documents.map(([, d]) => persistedId(d).sha256Hash)).size);
  });

  it('is refused for a document codegen did not generate, rather than sending its text', () => {
    expect(() => persistedId(parse('query Hand { stations { id } }'))).toThrow(/npm run codegen/);
  });
});
