/**
 * A tiny OTLP/HTTP trace receiver for the test stack: accepts the JSON encoding
 * (`OTEL_EXPORTER_OTLP_PROTOCOL=http/json`) on `POST /v1/traces` and appends each export, one per
 * line, to a file the suites read. Stands in for an OpenTelemetry Collector.
 */
import { appendFileSync, closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';

export interface OtlpReceiver {
  /** The base URL to give as `OTEL_EXPORTER_OTLP_ENDPOINT`. */
  endpoint: string;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 (a free port) and writes every trace export to `file`. */
export async function startOtlpReceiver(file: string): Promise<OtlpReceiver> {
  const server = createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/v1/traces') {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      try {
        appendFileSync(file, JSON.stringify(JSON.parse(body)) + '\n');
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type OtlpValue = { stringValue?: string; intValue?: string | number; boolValue?: boolean; doubleValue?: number; arrayValue?: { values?: OtlpValue[] } };
type OtlpAttribute = { key: string; value: OtlpValue };

/** One received span, flattened with its service and scope. */
export interface ReceivedSpan {
  service: string;
  scope: string;
  traceId: string;
  spanId: string;
  parentSpanId: string | undefined;
  /** The W3C `tracestate` the span carries (empty when none). */
  traceState: string;
  name: string;
  /** 1 internal, 2 server, 3 client (OTLP's SpanKind). */
  kind: number;
  attributes: Record<string, string | number | boolean | Array<unknown>>;
}

function plain(value: OtlpValue): string | number | boolean | Array<unknown> {
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.intValue !== undefined) return Number(value.intValue);
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.doubleValue !== undefined) return value.doubleValue;
  return (value.arrayValue?.values ?? []).map(plain);
}

const asObject = (attributes: OtlpAttribute[] | undefined) => Object.fromEntries((attributes ?? []).map((a) => [a.key, plain(a.value)]));

/** How much the receiver has written so far: pass it to `readReceivedSpans` to read only what comes after. */
export function receivedSoFar(file: string): number {
  return existsSync(file) ? statSync(file).size : 0;
}

function textFrom(file: string, offset: number): string {
  if (offset === 0) return readFileSync(file, 'utf8');
  const length = statSync(file).size - offset;
  if (length <= 0) return '';
  const buffer = Buffer.alloc(length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, length, offset);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8');
}

/**
 * The spans received, from the file `startOtlpReceiver` writes: all of them, or those exported
 * after `from` (a `receivedSoFar` value; exports are appended whole, one line each).
 */
export function readReceivedSpans(file: string, from = 0): ReceivedSpan[] {
  if (!existsSync(file)) return [];
  const spans: ReceivedSpan[] = [];
  for (const line of textFrom(file, from).split('\n')) {
    if (!line.trim()) continue;
    const request = JSON.parse(line) as {
      resourceSpans?: Array<{
        resource?: { attributes?: OtlpAttribute[] };
        scopeSpans?: Array<{ scope?: { name?: string }; spans?: Array<{ traceId: string; spanId: string; parentSpanId?: string; traceState?: string; name: string; kind: number; attributes?: OtlpAttribute[] }> }>;
      }>;
    };
    for (const resourceSpans of request.resourceSpans ?? []) {
      const service = String(asObject(resourceSpans.resource?.attributes)['service.name'] ?? '');
      for (const scopeSpans of resourceSpans.scopeSpans ?? []) {
        for (const span of scopeSpans.spans ?? []) {
          spans.push({
            service,
            scope: scopeSpans.scope?.name ?? '',
            traceId: span.traceId,
            spanId: span.spanId,
            parentSpanId: span.parentSpanId || undefined,
            traceState: span.traceState ?? '',
            name: span.name,
            kind: span.kind,
            attributes: asObject(span.attributes),
          });
        }
      }
    }
  }
  return spans;
}
