/** The benchmark's table and ratios, printed and written as JSON. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../config';
import { type Measurement } from './load-test';

/**
 * Writes a benchmark's results to `bench-results/<file>` (never committed), stamped with when and
 * on what they were measured, and says where.
 */
export function writeBenchResults(file: string, results: Record<string, unknown>): void {
  const outDir = join(REPO_ROOT, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const stamped = { at: new Date().toISOString(), node: process.version, cpus: cpus().length, ...results };
  writeFileSync(join(outDir, file), `${JSON.stringify(stamped, null, 2)}\n`);
  console.log(`\nbench: results written to bench-results/${file}`);
}

export interface Ratio {
  label: string;
  scenario: string;
  numerator: string;
  denominator: string;
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Compares two targets on one scenario (numerator / denominator). */
export function ratio(measurements: Measurement[], label: string, scenario: string, numerator: string, denominator: string): Ratio | undefined {
  const a = measurements.find((m) => m.scenario === scenario && m.target === numerator);
  const b = measurements.find((m) => m.scenario === scenario && m.target === denominator);
  if (!a || !b || b.requestsPerSecond === 0) return undefined;
  return {
    label,
    scenario,
    numerator,
    denominator,
    requestsPerSecond: round(a.requestsPerSecond / b.requestsPerSecond),
    latencyP50: b.latencyP50Ms > 0 ? round(a.latencyP50Ms / b.latencyP50Ms) : 0,
    latencyP99: b.latencyP99Ms > 0 ? round(a.latencyP99Ms / b.latencyP99Ms) : 0,
  };
}

/** Which process answered the client for each target (its CPU is the "gateway ms" column). */
const FRONT_PROCESS: Record<string, string> = { 'lifeline-gateway': 'gateway', 'stock-gateway': 'stock-gateway' };
const SUBGRAPH_COLUMNS: Array<[string, string]> = [
  ['civil-affairs', 'CA ms'],
  ['public-security', 'PS ms'],
  ['womens-federation', 'WF ms'],
  ['foreign-affairs', 'FA ms'],
];

/** Formats the measurements and ratios as a plain-text table. */
export function formatReport(measurements: Measurement[], ratios: Ratio[]): string {
  const header = ['scenario', 'target', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'GQL err', 'gw ms', ...SUBGRAPH_COLUMNS.map(([, h]) => h), 'SQL/req', 'max RSS MB'];
  const ms = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(2));
  const rows = measurements.map((m) => {
    const usage = m.usage;
    const front = FRONT_PROCESS[m.target];
    const sql = usage ? Object.values(usage.sqlPerRequest).reduce((a, b) => a + b, 0) : undefined;
    const rss = usage ? Math.max(0, ...Object.values(usage.rssMb)) : undefined;
    return [
      m.title,
      m.target,
      m.requestsPerSecond.toFixed(0),
      m.latencyP50Ms.toFixed(1),
      m.latencyP99Ms.toFixed(1),
      String(m.errors + m.timeouts),
      String(m.non2xx),
      String(m.graphqlErrors),
      ms(front ? usage?.cpuMsPerRequest[front] : undefined),
      ...SUBGRAPH_COLUMNS.map(([name]) => ms(usage?.cpuMsPerRequest[name])),
      sql === undefined ? '-' : sql.toFixed(1),
      rss === undefined ? '-' : rss.toFixed(0),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line), ''];
  for (const m of measurements.filter((x) => x.errorSamples.length > 0)) {
    out.push(`${m.title} (${m.target}) failed answers, e.g.: ${m.errorSamples.join(' | ')}`);
  }
  if (measurements.some((x) => x.errorSamples.length > 0)) out.push('');
  for (const r of ratios) {
    out.push(`${r.label}: req/s ×${r.requestsPerSecond.toFixed(2)}, p50 ×${r.latencyP50.toFixed(2)}, p99 ×${r.latencyP99.toFixed(2)}`);
  }
  return out.join('\n');
}

/** The `p`th percentile (nearest rank) of ascending `sorted` values; undefined when there are none. */
export function percentile(sorted: readonly number[], p: number): number | undefined {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
