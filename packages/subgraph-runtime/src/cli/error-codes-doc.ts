/**
 * Writes `docs/error-codes.md` from the error-code table and `schema/api.graphql`; with `--check`
 * writes nothing and fails when the committed file is stale (run by `npm run check:generated`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findRepoRoot } from '../config/env';
import { renderErrorCodeReference } from '../graphql/error-codes';

const root = findRepoRoot(__dirname);
const target = join(root, 'docs', 'error-codes.md');
const content = renderErrorCodeReference(readFileSync(join(root, 'schema', 'api.graphql'), 'utf8'));

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // Missing counts as stale.
  }
  if (current !== content) {
    console.error('Stale: docs/error-codes.md. Run `npm run docs:error-codes -w @lifeline/subgraph-runtime` and commit the result.');
    process.exit(1);
  }
  console.log('docs/error-codes.md is fresh');
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  console.log('wrote docs/error-codes.md');
}
