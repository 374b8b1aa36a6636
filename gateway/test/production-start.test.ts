/**
 * The compiled gateway process (`npm run build` first) in production mode, its default: it stops
 * before opening anything when the configuration carries a demo shortcut, and says what to set.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { optionalTestEnv } from '@lifeline/subgraph-runtime/testing';

const ENTRY = join(__dirname, '..', 'dist', 'index.js');

describe('the gateway process in production mode', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'lifeline-production-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses to start with demo data asked for and no signing keys configured, naming each variable, and creates nothing', () => {
    const result = spawnSync(process.execPath, [ENTRY], {
      env: { PATH: optionalTestEnv('PATH') ?? '', LIFELINE_DATA_DIR: dataDir, GATEWAY_PORT: '0', SEED_DEMO: 'true', DEMO_PASSWORD: 'lifeline-demo' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Refusing to start in production mode \(LIFELINE_MODE=production\)/);
    for (const variable of ['SEED_DEMO=true', 'DEMO_PASSWORD is set', 'INTERNAL_TOKEN_PRIVATE_KEY is not set', 'ACCESS_TOKEN_PRIVATE_KEY is not set']) {
      expect(result.stderr).toContain(variable);
    }
    expect(result.stderr).not.toContain('lifeline-demo');
    // No key was generated and no database created under the data directory.
    expect(existsSync(dataDir) ? readdirSync(dataDir) : []).toEqual([]);
  });
});

describe('the gateway process with a trusted-document manifest configured', () => {
  it('stops before opening anything when TRUSTED_DOCUMENTS_MANIFEST names no readable manifest, naming the variable', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lifeline-manifest-'));
    try {
      const result = spawnSync(process.execPath, [ENTRY], {
        env: { PATH: optionalTestEnv('PATH') ?? '', LIFELINE_DATA_DIR: dataDir, GATEWAY_PORT: '0', LIFELINE_MODE: 'demo', TRUSTED_DOCUMENTS_MANIFEST: join(dataDir, 'missing.json') },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/TRUSTED_DOCUMENTS_MANIFEST: .*missing\.json: it cannot be read \(ENOENT\)/);
      expect(readdirSync(dataDir)).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
