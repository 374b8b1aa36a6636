/**
 * `lifeline-transpile`, run as the command it is, on a small project of its own: the JavaScript and
 * source maps it writes are byte for byte what tsc writes for the same tsconfig (decorators, class
 * fields, enums, a dynamic import kept as `import()`, a type-only module, nested folders), test
 * files are left out, the output runs, and a syntax error fails the command naming the file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const REPO = join(__dirname, '..', '..', '..');
const COMMAND = join(__dirname, '..', 'transpile.mjs');
const TSC = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');

const SOURCES: Record<string, string> = {
  'src/index.ts': `export * from './shapes';\nexport type { Described } from './described.types';\nexport { loadPath } from './nested/deep/loader';\n`,
  'src/described.types.ts': `export interface Described {\n  readonly description: string;\n}\n`,
  'src/shapes.ts': [
    `import type { Described } from './described.types';`,
    `export enum Kind { Circle = 'circle', Square = 'square' }`,
    `function tagged(tag: string) {`,
    `  return (target: object, key: string) => { Reflect.set(target, \`tag:\${key}\`, tag); };`,
    `}`,
    `export class Shape implements Described {`,
    `  count = 0;`,
    `  @tagged('name') declare name: string;`,
    `  constructor(readonly kind: Kind, private readonly size?: number) {}`,
    `  get description(): string { return \`\${this.kind} of \${this.size ?? 'no'} size\`; }`,
    `}`,
  ].join('\n'),
  'src/nested/deep/loader.ts': `export async function loadPath(): Promise<string> {\n  const { sep } = await import('node:path');\n  return sep;\n}\n`,
  'src/shapes.test.ts': `import { Kind } from './shapes';\ntest('kind', () => expect(Kind.Circle).toBe('circle'));\n`,
};

function project(sources: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lifeline-transpile-'));
  writeFileSync(
    join(dir, 'tsconfig.build.json'),
    JSON.stringify({
      extends: join(REPO, 'tsconfig.base.json'),
      compilerOptions: { rootDir: 'src', outDir: 'dist', noEmit: false, types: ['node'], typeRoots: [join(REPO, 'node_modules', '@types')] },
      include: ['src'],
      exclude: ['src/**/*.test.ts'],
    }),
  );
  for (const [file, text] of Object.entries(sources)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .sort();
}

const run = (command: string, args: string[], cwd: string) => spawnSync(process.execPath, [command, ...args], { cwd, encoding: 'utf8' });

describe('lifeline-transpile', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('writes the JavaScript and source maps tsc writes, leaves test files out, and the output runs', async () => {
    const dir = project(SOURCES);
    dirs.push(dir);
    const transpiled = run(COMMAND, [], dir);
    expect(transpiled.stderr).toBe('');
    expect(transpiled.status).toBe(0);
    expect(transpiled.stdout).toContain('transpiled 4 files');

    const compiled = run(TSC, ['-p', 'tsconfig.build.json', '--outDir', 'tsc-out', '--declaration', 'false'], dir);
    expect(compiled.stdout).toBe('');
    expect(compiled.status).toBe(0);

    const ours = filesUnder(join(dir, 'dist'));
    expect(ours).toEqual(filesUnder(join(dir, 'tsc-out')));
    expect(ours).toEqual(
      ['described.types', 'index', 'nested/deep/loader', 'shapes'].flatMap((name) => [`${name}.js`, `${name}.js.map`]),
    );
    for (const file of ours) {
      expect([file, readFileSync(join(dir, 'dist', file), 'utf8')]).toEqual([file, readFileSync(join(dir, 'tsc-out', file), 'utf8')]);
    }
    // The dynamic import stays one (as tsc's node16 output has it), not a require.
    expect(readFileSync(join(dir, 'dist', 'nested', 'deep', 'loader.js'), 'utf8')).toContain(`await import('node:path')`);

    const script = `const m = require('./dist/index.js');
      const shape = new m.Shape(m.Kind.Square, 3);
      m.loadPath().then((sep) => console.log(JSON.stringify([shape.description, shape.count, Reflect.get(m.Shape.prototype, 'tag:name'), sep])));`;
    const ran = spawnSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8' });
    expect(ran.stderr).toBe('');
    expect(JSON.parse(ran.stdout)).toEqual(['square of 3 size', 0, 'name', '/']);
  });

  it('fails on a syntax error, naming the file, and writes nothing for it', () => {
    const dir = project({ 'src/fine.ts': `export const fine = 1;\n`, 'src/broken.ts': `export const = ;\n` });
    dirs.push(dir);
    const transpiled = run(COMMAND, [], dir);
    expect(transpiled.status).toBe(1);
    expect(transpiled.stderr).toMatch(/broken\.ts.*error TS\d+/);
    expect(existsSync(join(dir, 'dist', 'broken.js'))).toBe(false);
  });

  it('refuses a tsconfig without rootDir and outDir, and one that does not exist', () => {
    const dir = project({ 'src/fine.ts': `export const fine = 1;\n` });
    dirs.push(dir);
    writeFileSync(join(dir, 'tsconfig.loose.json'), JSON.stringify({ include: ['src'] }));
    const loose = run(COMMAND, ['tsconfig.loose.json'], dir);
    expect(loose.status).toBe(1);
    expect(loose.stderr).toContain('rootDir and outDir must be set');
    const missing = run(COMMAND, ['tsconfig.nowhere.json'], dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('tsconfig.nowhere.json');
  });
});
