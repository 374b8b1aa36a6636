/**
 * A service's own counters, answered at `GET /metrics` in the Prometheus text format: SQL
 * statements run, GraphQL requests served, CPU time and resident memory. Counts only (no labels
 * with values from requests), so the endpoint tells nothing about who asked what; the benchmark
 * reads it to report statements per request on the embedded databases and the server alike.
 */
import { type IncomingMessage, type ServerResponse } from 'node:http';

/** One sample of a gauge another part of the service reports (labels are fixed names, never request data). */
export interface GaugeSample {
  name: string;
  help: string;
  labels: Record<string, string>;
  value: number;
}

const labelValue = (value: string) => value.replace(/[^a-z0-9_.-]/gi, '');

/** Counters one process keeps for its `/metrics` answer. */
export class ServiceMetrics {
  sqlStatements = 0;
  private readonly collectors: Array<() => GaugeSample[]> = [];

  /** Adds gauges read at every scrape (for example the exchange consumers' lag). */
  addCollector(collect: () => GaugeSample[]): void {
    this.collectors.push(collect);
  }

  /** Counts one SQL statement (pass as the ORM's query listener). */
  readonly countStatement = (): void => {
    this.sqlStatements += 1;
  };

  /** The Prometheus text exposition of the counters. */
  render(service: string): string {
    const usage = process.cpuUsage();
    const label = `{service="${service.replace(/[^a-z0-9_-]/gi, '')}"}`;
    return [
      '# HELP lifeline_sql_statements_total SQL statements the service sent to its database.',
      '# TYPE lifeline_sql_statements_total counter',
      `lifeline_sql_statements_total${label} ${this.sqlStatements}`,
      '# HELP process_cpu_seconds_total User and system CPU time spent, in seconds.',
      '# TYPE process_cpu_seconds_total counter',
      `process_cpu_seconds_total${label} ${(usage.user + usage.system) / 1e6}`,
      '# HELP process_resident_memory_bytes Resident memory, in bytes.',
      '# TYPE process_resident_memory_bytes gauge',
      `process_resident_memory_bytes${label} ${process.memoryUsage.rss()}`,
      ...this.gauges(service),
      '',
    ].join('\n');
  }

  private gauges(service: string): string[] {
    const byName = new Map<string, { help: string; lines: string[] }>();
    for (const sample of this.collectors.flatMap((collect) => collect())) {
      const entry = byName.get(sample.name) ?? { help: sample.help, lines: [] };
      const labels = Object.entries({ service, ...sample.labels }).map(([key, value]) => `${key}="${labelValue(value)}"`);
      entry.lines.push(`${sample.name}{${labels.join(',')}} ${sample.value}`);
      byName.set(sample.name, entry);
    }
    return [...byName].flatMap(([name, { help, lines }]) => [`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, ...lines]);
  }

  /** An HTTP route answering `GET /metrics` (returns false for any other request). */
  route(service: string): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
    return async (req, res) => {
      if (req.method !== 'GET' || new URL(req.url ?? '/', 'http://localhost').pathname !== '/metrics') return false;
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', 'cache-control': 'no-store' });
      res.end(this.render(service));
      return true;
    };
  }
}

/** Reads one counter's value from a Prometheus text exposition (undefined when absent). */
export function metricValue(text: string, name: string): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)$/.exec(line.trim());
    if (match && match[1] === name) return Number(match[3]);
  }
  return undefined;
}
