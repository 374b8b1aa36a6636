/**
 * `npm start` builds the portal while the services start (startStack's `portalBuilt`). When that
 * build fails, the start fails with the build's error, and every service already launched is
 * stopped: nothing is left running, and no portal is launched after the failure.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { descendantsOf } from '../src/process-tree';
import { startStack } from '../src/stack';

/** The command line of a process, '' once it is gone. */
function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

describe('a portal build that fails while the services start', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'lifeline-portal-build-failure-'));
  });

  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('fails the start with the build’s error and leaves no process of the stack behind', async () => {
    const before = new Set(descendantsOf(process.pid));
    let failBuild: (error: Error) => void = () => undefined;
    const portalBuilt = new Promise<void>((_, reject) => {
      failBuild = reject;
    });
    const starting = startStack({
      dataDir,
      withPortal: true,
      portalBuilt,
      env: { LOG_LEVEL: 'warn', PASSWORD_HASH_LOG_N: '10' },
      log: () => undefined,
    });
    // The four subgraphs and the gateway are launched at once, beside the build; the portal waits for it.
    const services = /(subgraphs\/[a-z-]+|gateway)\/dist\/index\.js/;
    const launched = () =>
      descendantsOf(process.pid)
        .filter((pid) => !before.has(pid))
        .map(commandLine);
    for (let waited = 0; waited < 30_000 && launched().filter((command) => services.test(command)).length < 5; waited += 200) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const running = launched();
    expect(running.filter((command) => services.test(command))).toHaveLength(5);
    expect(running.filter((command) => command.includes('next'))).toEqual([]);

    failBuild(new Error('building the portal failed (exit 1): Type error in src/app/page.tsx'));
    await expect(starting).rejects.toThrow('building the portal failed (exit 1): Type error in src/app/page.tsx');

    expect(descendantsOf(process.pid).filter((pid) => !before.has(pid))).toEqual([]);
  }, 120_000);
});
