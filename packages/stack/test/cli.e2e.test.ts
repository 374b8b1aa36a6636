/**
 * `npm start` as a user runs it: the compiled CLI starts every service, prints where they are,
 * and on SIGINT stops all of them, leaving no process behind.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inheritedEnvironment, testDatabaseUrl } from '../src/config';
import { freePorts } from '../src/free-port';
import { descendantsOf, isAlive } from '../src/process-tree';
import { resetServerDatabases } from '../src/server-databases';
import { ServiceProcess } from '../src/service-process';

const CLI = join(__dirname, '..', 'dist', 'cli.js');
const DB_PREFIX = 'lifeline_e2e_cli';

describe('npm start (the stack CLI)', () => {
  let dataDir: string;
  let cli: ServiceProcess | undefined;
  const output: string[] = [];

  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
    dataDir = mkdtempSync(join(tmpdir(), 'lifeline-cli-'));
  });

  afterAll(async () => {
    await cli?.stop(5_000);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts every service, prints the URLs and demo accounts, and leaves no process behind after SIGINT', async () => {
    const databaseUrl = testDatabaseUrl();
    if (databaseUrl) await resetServerDatabases(databaseUrl, DB_PREFIX);
    const [gateway, ca, ps, wf, fa] = await freePorts(5);
    cli = ServiceProcess.spawn({
      name: 'cli',
      command: process.execPath,
      args: [CLI, 'start'],
      cwd: join(__dirname, '..'),
      env: {
        ...inheritedEnvironment(),
        LIFELINE_DATA_DIR: dataDir,
        LIFELINE_PORTAL: 'false',
        LOG_LEVEL: 'warn',
        GATEWAY_PORT: String(gateway),
        CIVIL_AFFAIRS_PORT: String(ca),
        PUBLIC_SECURITY_PORT: String(ps),
        WOMENS_FEDERATION_PORT: String(wf),
        FOREIGN_AFFAIRS_PORT: String(fa),
        ...(databaseUrl ? { DATABASE_URL: databaseUrl, LIFELINE_DB_PREFIX: DB_PREFIX } : {}),
      },
      log: (line) => {
        output.push(line);
      },
    });
    await cli.waitForLine(/ready in [\d.]+ s/, 240_000);

    const text = output.join('\n');
    expect(text).toContain(`http://127.0.0.1:${gateway}/graphql`);
    expect(text).toContain(`http://127.0.0.1:${ca}/graphql`);
    expect(text).toMatch(/center\.staff.*admin.*lifeline-demo/);

    const family = descendantsOf(cli.pid!);
    expect(family.length).toBeGreaterThanOrEqual(5);
    // The gateway and the four subgraphs run with the young generation sized for load (config.ts).
    const commandLine = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const services = family.map(commandLine).filter((args) => args.some((arg) => /(gateway|subgraphs\/[a-z-]+)\/dist\/index\.js$/.test(arg)));
    expect(services).toHaveLength(5);
    for (const args of services) expect(args).toContain('--max-semi-space-size=32');

    process.kill(cli.pid!, 'SIGINT');
    const exit = await cli.exited;
    expect(exit.code).toBe(0);
    expect(family.filter(isAlive)).toEqual([]);
  }, 300_000);
});
