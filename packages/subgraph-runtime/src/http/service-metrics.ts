/**
 * A service's Prometheus metrics at `GET /metrics` (prom-client): GraphQL requests by status and
 * their latency, GraphQL errors by code, SQL statements, and what each service adds (the
 * gateway's per-subgraph fetch latency and outcome; a subgraph's database pool use, audit append
 * latency and exchange consumer lag), plus the process's own (CPU, memory, event-loop lag). Label
 * values are fixed names (status codes, error codes from a known list, subgraph and agency
 * names), never request data, so the endpoint tells nothing about who asked what. The benchmark
 * reads it for statements per request on the embedded databases and the server alike.
 */
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { isErrorCode } from '../graphql/error-codes';

/** One sample of a gauge another part of the service reports (labels are fixed names, never request data). */
export interface GaugeSample {
  name: string;
  help: string;
  labels: Record<string, string>;
  value: number;
}

const labelValue = (value: string) => value.replace(/[^a-z0-9_.-]/gi, '');

/** Latency buckets in seconds, from a cached answer to a query at its deadline. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** The metrics one process keeps for its `/metrics` answer. */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly collectors: Array<() => GaugeSample[]> = [];
  private readonly sql: Counter;
  private readonly requests: Counter<'status'>;
  private readonly latency: Histogram;
  private readonly errors: Counter<'code'>;
  private readonly subgraphFetches: Histogram<'subgraph' | 'outcome'>;
  private readonly auditAppends: Histogram;

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service: labelValue(service) });
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.sql = new Counter({ name: 'lifeline_sql_statements_total', help: 'SQL statements the service sent to its database.', registers });
    this.requests = new Counter({ name: 'lifeline_graphql_requests_total', help: 'GraphQL HTTP requests answered, by HTTP status.', labelNames: ['status'], registers });
    this.latency = new Histogram({ name: 'lifeline_graphql_request_duration_seconds', help: 'Time to answer a GraphQL HTTP request.', buckets: LATENCY_BUCKETS, registers });
    this.errors = new Counter({ name: 'lifeline_graphql_errors_total', help: 'GraphQL errors in answers, by code.', labelNames: ['code'], registers });
    this.subgraphFetches = new Histogram({
      name: 'lifeline_subgraph_fetch_duration_seconds',
      help: "The gateway's calls to each subgraph, by outcome (ok, error, timeout, circuit_open, too_many_in_flight).",
      labelNames: ['subgraph', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.auditAppends = new Histogram({
      name: 'lifeline_audit_append_duration_seconds',
      help: 'Time to write one group-committed batch of audit lines.',
      buckets: LATENCY_BUCKETS,
      registers,
    });
  }

  /** Adds gauges read at every scrape (for example the exchange consumers' lag or the pool's use). */
  addCollector(collect: () => GaugeSample[]): void {
    this.collectors.push(collect);
  }

  /** Counts one SQL statement (pass as the ORM's query listener). */
  readonly countStatement = (): void => {
    this.sql.inc();
  };

  /** One GraphQL HTTP request answered. */
  observeRequest(status: number, seconds: number): void {
    this.requests.inc({ status: String(status) });
    this.latency.observe(seconds);
  }

  /** The codes of the errors an answer carried: a code of the error-code table by name, any other as OTHER (a label never carries free text). */
  countErrors(codes: readonly (string | undefined)[]): void {
    for (const code of codes) this.errors.inc({ code: isErrorCode(code) ? code : 'OTHER' });
  }

  /** One call from the gateway to a subgraph. */
  observeSubgraphFetch(subgraph: string, outcome: string, seconds: number): void {
    this.subgraphFetches.observe({ subgraph: labelValue(subgraph), outcome: labelValue(outcome) }, seconds);
  }

  /** One audit batch written. */
  observeAuditAppend(seconds: number): void {
    this.auditAppends.observe(seconds);
  }

  /** The Prometheus text exposition. */
  async render(): Promise<string> {
    return `${await this.registry.metrics()}\n${this.gauges().join('\n')}\n`;
  }

  private gauges(): string[] {
    const byName = new Map<string, { help: string; lines: string[] }>();
    for (const sample of this.collectors.flatMap((collect) => collect())) {
      const entry = byName.get(sample.name) ?? { help: sample.help, lines: [] };
      const labels = Object.entries({ service: this.service, ...sample.labels }).map(([key, value]) => `${key}="${labelValue(value)}"`);
      entry.lines.push(`${sample.name}{${labels.join(',')}} ${sample.value}`);
      byName.set(sample.name, entry);
    }
    return [...byName].flatMap(([name, { help, lines }]) => [`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, ...lines]);
  }

  /** An HTTP route answering `GET /metrics` (returns false for any other request). */
  route(): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
    return async (req, res) => {
      if (req.method !== 'GET' || new URL(req.url ?? '/', 'http://localhost').pathname !== '/metrics') return false;
      const text = await this.render();
      res.writeHead(200, { 'content-type': this.registry.contentType, 'cache-control': 'no-store' });
      res.end(text);
      return true;
    };
  }
}

/** Reads one counter's value from a Prometheus text exposition (undefined when absent; labelled series are summed). */
export function metricValue(text: string, name: string): number | undefined {
  let total: number | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)$/.exec(line.trim());
    if (match && match[1] === name) total = (total ?? 0) + Number(match[3]);
  }
  return total;
}
