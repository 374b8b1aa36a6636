#!/usr/bin/env node
// Usage: lifeline-transpile [tsconfig.build.json]   (run in a workspace; the default is its tsconfig.build.json)
//
// Writes the workspace's JavaScript and source maps to its outDir as tsc would, without building a
// program: each source file goes through `ts.transpileModule` with the project's compiler options,
// so no type is checked and no declaration written (tsc does both in the workspace's `build`).
// What one file cannot tell on its own (a name re-exported without `type` that is only a type)
// becomes a harmless undefined export; the test compares the output with tsc's emit.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Reads a tsconfig as tsc would (extends, include, exclude); throws on a configuration error. */
function readProject(configPath) {
  const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(format([d])); } };
  const parsed = ts.getParsedCommandLineOfConfigFile(resolve(configPath), {}, host);
  if (!parsed) throw new Error(`cannot read ${configPath}`);
  if (parsed.errors.length > 0) throw new Error(format(parsed.errors));
  return parsed;
}

function format(diagnostics) {
  return ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => process.cwd(), getNewLine: () => '\n' });
}

/**
 * Transpiles every TypeScript source of the project into its outDir (mirroring rootDir). Returns
 * the files written. Syntax errors throw, naming file and line.
 */
function transpileProject(configPath) {
  const { options, fileNames } = readProject(configPath);
  if (!options.outDir || !options.rootDir) throw new Error(`${configPath}: rootDir and outDir must be set`);
  const written = [];
  for (const file of fileNames) {
    if (file.endsWith('.d.ts') || !/\.(ts|tsx|mts|cts)$/.test(file)) continue;
    const out = join(options.outDir, relative(options.rootDir, file)).replace(/\.(c|m)?tsx?$/, (_, kind) => `.${kind ?? ''}js`);
    const result = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { ...options, declaration: false, declarationMap: false, noEmit: false, emitDeclarationOnly: false },
      fileName: file,
      reportDiagnostics: true,
    });
    if (result.diagnostics?.length) throw new Error(format(result.diagnostics));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, result.outputText);
    written.push(out);
    if (result.sourceMapText) {
      // With the project's rootDir and outDir, the map names its file and source as tsc's does.
      writeFileSync(`${out}.map`, result.sourceMapText);
      written.push(`${out}.map`);
    }
  }
  return written;
}

try {
  const written = transpileProject(process.argv[2] ?? 'tsconfig.build.json');
  console.log(`transpiled ${written.filter((f) => !f.endsWith('.map')).length} files`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
