// Fails when a generated file (supergraph, API schema, resolver types, portal documents) no longer
// matches what the SDL and the portal's documents would produce now, or when the public schema
// breaks the last release without a mark (schema-changes.js).
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const run = (args, cwd) => execFileSync(process.execPath, args, { cwd, stdio: 'inherit' });

run([join(here, 'compose.mjs'), '--check'], here);
run([require_codegen(), '--config', 'codegen.yml', '--check'], join(here, '..'));
run([join(here, 'schema-changes.js')], here);
console.log('generated files are fresh');

function require_codegen() {
  return join(here, '..', 'node_modules', '@graphql-codegen', 'cli', 'esm', 'bin.js');
}
