/**
 * The operator's `create-admin` command, run as the compiled process it is (`npm run build`
 * first), against an embedded identity database in a fresh data directory.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkAdminPassword, parseCreateAdminArgs } from '../src/create-admin.command';
import { optionalTestEnv } from '@lifeline/subgraph-runtime/testing';

const GATEWAY_DIR = join(__dirname, '..');
const COMMAND = join(GATEWAY_DIR, 'dist', 'create-admin.js');
const PASSWORD = 'correct horse battery staple';

type Outcome = { code: number | null; stdout: string; stderr: string };

/** Runs a node script in the gateway's directory with only the given environment (no DATABASE_URL). */
function run(args: string[], env: Record<string, string>, stdin = ''): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: GATEWAY_DIR,
      env: { PATH: optionalTestEnv('PATH') ?? '', LOG_LEVEL: 'silent', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/**
 * Signs in through the identity service on the same data directory, once per `username:password`
 * argument; prints each outcome with the account's roles and agency.
 */
const LOGIN_SCRIPT = `
const { openIdentity, readIdentityConfig } = require('@lifeline/identity');
(async () => {
  const identity = await openIdentity({ ...readIdentityConfig(), seedDemo: false });
  const outcomes = [];
  for (const pair of process.argv.slice(1)) {
    const [username, password] = pair.split(':');
    const result = await identity.service.login(username, password);
    const [account] = await identity.orm.em.fork().find('UserAccount', { username });
    outcomes.push({ username, ok: result.ok === true, roles: account ? account.roles : null, agency: account ? account.agency : null });
  }
  await identity.close();
  console.log(JSON.stringify(outcomes));
})().catch((e) => { console.error(e && e.name); process.exit(1); });
`;

describe('the create-admin command', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'lifeline-create-admin-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates an administrator from standard input who can sign in, creates no demo account, and refuses the same username twice', async () => {
    const created = await run([COMMAND, '--username', 'ops.admin', '--display-name', '首位管理员'], { LIFELINE_DATA_DIR: dataDir }, `${PASSWORD}\n`);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/Administrator ops\.admin created/);

    // ADMIN_PASSWORD is read (else it would ask for a password); the taken name is refused.
    const again = await run([COMMAND, '--username', 'ops.admin'], { LIFELINE_DATA_DIR: dataDir, ADMIN_PASSWORD: 'another long password' });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/An account named ops\.admin exists already; nothing was changed/);

    const logins = await run(['-e', LOGIN_SCRIPT, `ops.admin:${PASSWORD}`, 'ops.admin:another long password', 'admin:lifeline-demo'], {
      LIFELINE_DATA_DIR: dataDir,
    });
    expect(logins.code).toBe(0);
    expect(JSON.parse(logins.stdout)).toEqual([
      { username: 'ops.admin', ok: true, roles: ['ADMIN'], agency: 'OVERSIGHT' },
      { username: 'ops.admin', ok: false, roles: ['ADMIN'], agency: 'OVERSIGHT' },
      { username: 'admin', ok: false, roles: null, agency: null },
    ]);
  }, 240_000);

  it('refuses a password on the command line, a demo password, or no password, before touching any database', async () => {
    const cases: Array<[string[], Record<string, string>, string, RegExp]> = [
      [['--username', 'ops.admin', '--password', PASSWORD], {}, '', /Never pass a password on the command line/],
      [['--username', 'ops.admin'], { ADMIN_PASSWORD: 'lifeline-demo' }, '', /neither the demo password/],
      [['--username', 'ops.admin'], {}, '', /No password given/],
    ];
    for (const [args, env, stdin, message] of cases) {
      const outcome = await run([COMMAND, ...args], { LIFELINE_DATA_DIR: dataDir, ...env }, stdin);
      expect(outcome.code).toBe(1);
      expect(outcome.stderr).toMatch(message);
      expect(outcome.stderr).not.toContain(PASSWORD);
    }
    expect(existsSync(dataDir) ? readdirSync(dataDir) : []).toEqual([]);
  }, 120_000);
});

describe('the create-admin checks', () => {
  it('reads --name value and --name=value, lower-casing the username', () => {
    expect(parseCreateAdminArgs(['--username', 'Ops.Admin', '--jurisdiction=3201'])).toEqual({
      username: 'ops.admin',
      displayName: '系统管理员',
      jurisdiction: '3201',
      orgUnit: null,
    });
  });

  it('requires a well-formed username', () => {
    expect(() => parseCreateAdminArgs([])).toThrow(/--username is required/);
    expect(() => parseCreateAdminArgs(['--username', 'Ops Admin'])).toThrow(/--username must be/);
    expect(() => parseCreateAdminArgs(['--username', 'ops', '--display-name', 'a\u202eb'])).toThrow(/--display-name must be/);
  });

  it('refuses unknown arguments and a flag without its value', () => {
    expect(() => parseCreateAdminArgs(['--username', 'a.b', '--role', 'ADMIN'])).toThrow(/Unknown argument "--role"/);
    expect(() => parseCreateAdminArgs(['--username'])).toThrow(/--username needs a value/);
    expect(() => parseCreateAdminArgs(['--password=x', '--username', 'a.b'])).toThrow(/Never pass a password/);
  });

  it('takes off the one newline a pipe adds, and refuses the username as password', () => {
    expect(checkAdminPassword(`${PASSWORD}\n`, 'ops.admin')).toBe(PASSWORD);
    expect(() => checkAdminPassword('too short\n', 'ops.admin')).toThrow(/at least 12/);
    expect(() => checkAdminPassword('', 'ops.admin')).toThrow(/No password given/);
    expect(() => checkAdminPassword('long.username.here', 'long.username.here')).toThrow(/neither the demo password nor the username/);
  });
});
