/**
 * A process that stops on SIGTERM still exports the spans its batch processor holds: the real
 * OTLP/HTTP exporter posting to a receiver here, a batch delay far longer than the test, and the
 * signal sent right after the span ends. Once with nothing else listening (the process ends with
 * 143 by itself) and once with a framework's handler that calls process.exit at once (Next.js).
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { join } from 'node:path';

const TELEMETRY = join(__dirname, '..', 'dist', 'telemetry', 'index.js');

const CHILD = `
const { startTelemetry, readTelemetryConfig, flushBeforeExit, withTracedCall } = require(${JSON.stringify(TELEMETRY)});
(async () => {
  const telemetry = await startTelemetry(readTelemetryConfig('lifeline-portal', process.env), { register: false });
  flushBeforeExit(telemetry);
  if (process.argv[1] === 'framework') process.on('SIGTERM', () => process.exit(143));
  await withTracedCall('graph LastRequest', {}, async () => undefined);
  process.stdout.write('ready\\n');
  setInterval(() => undefined, 1000);
})();
`;

describe('flushBeforeExit', () => {
  let server: Server;
  let endpoint: string;
  const received: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const parsed = JSON.parse(body) as { resourceSpans?: Array<{ scopeSpans?: Array<{ spans?: Array<{ name: string }> }> }> };
        for (const resource of parsed.resourceSpans ?? []) for (const scope of resource.scopeSpans ?? []) for (const span of scope.spans ?? []) received.push(span.name);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => received.splice(0));

  async function stopAfterOneSpan(mode: 'alone' | 'framework'): Promise<number | null> {
    const env = { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_BSP_SCHEDULE_DELAY: '600000' };
    const child = spawn(process.execPath, ['-e', CHILD, mode], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
    });
    child.kill('SIGTERM');
    return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  it('exports the last span and ends with the signal’s code when nothing else handles SIGTERM', async () => {
    await expect(stopAfterOneSpan('alone')).resolves.toBe(143);
    expect(received).toEqual(['graph LastRequest']);
  });

  it('holds a framework’s process.exit until the last span is exported', async () => {
    await expect(stopAfterOneSpan('framework')).resolves.toBe(143);
    expect(received).toEqual(['graph LastRequest']);
  });
});
