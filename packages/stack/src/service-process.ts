/**
 * One child process of the stack: spawned with a name, its output piped line by line through the
 * stack's log with a `[name]` prefix (the last lines kept for error messages), stopped with
 * SIGTERM and, after a grace period, SIGKILL, together with anything it started itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { descendantsOf, isAlive, signal } from './process-tree';
import { probeStatus } from './http-probe';

export interface ServiceSpec {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  log: (line: string) => void;
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const KEEP_LINES = 40;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A running (or exited) child process of the stack. */
export class ServiceProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Settles when the process has exited. */
  readonly exited: Promise<ExitInfo>;
  exit: ExitInfo | undefined;
  private readonly recent: string[] = [];
  private readonly lineWaiters = new Set<(line: string) => void>();

  private constructor(spec: ServiceSpec) {
    this.name = spec.name;
    this.child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: spec.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: false,
    });
    this.exited = new Promise<ExitInfo>((resolve) => {
      this.child.once('exit', (code, sig) => {
        this.exit = { code, signal: sig };
        resolve(this.exit);
      });
      this.child.once('error', (error) => {
        this.remember(`failed to spawn: ${error.message}`, spec.log);
        this.exit = { code: -1, signal: null };
        resolve(this.exit);
      });
    });
    for (const stream of [this.child.stdout, this.child.stderr]) {
      if (!stream) continue;
      createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => this.remember(line, spec.log));
    }
  }

  /** Spawns a child process. */
  static spawn(spec: ServiceSpec): ServiceProcess {
    return new ServiceProcess(spec);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.exit === undefined;
  }

  /** The last lines the process printed. */
  lastLines(): string[] {
    return [...this.recent];
  }

  private remember(line: string, log: (line: string) => void): void {
    this.recent.push(line);
    if (this.recent.length > KEEP_LINES) this.recent.shift();
    log(`[${this.name}] ${line}`);
    for (const waiter of this.lineWaiters) waiter(line);
  }

  private failure(reason: string): Error {
    const tail = this.recent.length ? `\nLast output of ${this.name}:\n  ${this.recent.join('\n  ')}` : '';
    return new Error(`${this.name} ${reason}${tail}`);
  }

  private exitReason(): string {
    const how = this.exit?.signal ? `on ${this.exit.signal}` : `with code ${this.exit?.code}`;
    return `exited ${how} before it was ready`;
  }

  /** Resolves once `url` answers 200; rejects when the process dies first or `timeoutMs` passes. */
  async waitForHttp(url: string, timeoutMs: number, options: { followRedirects?: boolean } = {}): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) throw this.failure(this.exitReason());
      const status = await probeStatus(url, { timeoutMs: Math.min(10_000, Math.max(1, deadline - Date.now())), followRedirects: options.followRedirects ?? false });
      if (status === 200) return;
      if (!this.running) throw this.failure(this.exitReason());
      await Promise.race([delay(200), this.exited]);
    }
    throw this.failure(`was not ready within ${Math.round(timeoutMs / 1000)} s (${url})`);
  }

  /** Resolves once the process prints a line matching `pattern`. */
  waitForLine(pattern: RegExp, timeoutMs: number): Promise<void> {
    if (this.recent.some((line) => pattern.test(line))) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const finish = (error?: Error) => {
        this.lineWaiters.delete(onLine);
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      const onLine = (line: string) => {
        if (pattern.test(line)) finish();
      };
      const timer = setTimeout(() => finish(this.failure(`did not print ${pattern} within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
      this.lineWaiters.add(onLine);
      void this.exited.then(() => finish(this.failure(this.exitReason())));
    });
  }

  /**
   * Stops the process: SIGTERM, then SIGKILL after `graceMs`; whatever it started itself and left
   * running is killed too. Resolves once all of them are gone.
   */
  async stop(graceMs = 10_000): Promise<void> {
    const pid = this.child.pid;
    if (pid === undefined) return;
    const family = new Set(descendantsOf(pid));
    if (this.running) {
      signal(pid, 'SIGTERM');
      const timer = setTimeout(() => {
        for (const extra of descendantsOf(pid)) family.add(extra);
        signal(pid, 'SIGKILL');
      }, graceMs);
      await this.exited;
      clearTimeout(timer);
    }
    // Descendants usually stop with their parent; give them a moment, then kill what is left.
    const lingering = () => [...family].filter(isAlive);
    for (let i = 0; i < 40 && lingering().length > 0; i += 1) await delay(50);
    for (const extra of lingering()) signal(extra, 'SIGKILL');
    for (let i = 0; i < 100 && lingering().length > 0; i += 1) await delay(50);
  }

  /** Kills the process and its descendants at once, synchronously (for an exiting parent). */
  killNow(): void {
    const pid = this.child.pid;
    if (pid === undefined || !this.running) return;
    for (const extra of descendantsOf(pid)) signal(extra, 'SIGKILL');
    signal(pid, 'SIGKILL');
  }
}
