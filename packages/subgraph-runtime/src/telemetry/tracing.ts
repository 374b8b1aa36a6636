/**
 * The spans Lifeline records itself, over the OpenTelemetry API only (the SDK is loaded by
 * `startTelemetry`, and only when tracing is configured). Every helper first asks `tracingOn()`,
 * a plain boolean: with tracing off, no span, context or header is made and a request pays
 * nothing.
 *
 * What a span may carry is fixed here: span names and attribute values come from the code
 * (service, route, operation name and type, SQL verb, a table the ORM knows, status codes), never
 * from what a caller sent (variables, query text, headers other than `traceparent`/`tracestate`)
 * nor from the data (SQL parameters, record contents, user names or ids).
 */
import { type IncomingHttpHeaders } from 'node:http';
import {
  context,
  defaultTextMapGetter,
  defaultTextMapSetter,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Span,
  type TextMapPropagator,
  type TracerProvider,
} from '@opentelemetry/api';

/**
 * Whether spans are recorded, and from which provider (the global one, or a private one: see
 * `startTelemetry`'s `register`). Kept on `globalThis`, so a bundler that copies this module into
 * several bundles of one process (Next.js) still has one switch.
 */
interface TracingState {
  on: boolean;
  provider: TracerProvider | undefined;
  /**
   * The propagators `OTEL_PROPAGATORS` names (W3C trace context, baggage), for `withTracedCall`:
   * they read the served request's headers and write the outgoing call's. Undefined: none.
   */
  propagator: TextMapPropagator | undefined;
}
const STATE_KEY = Symbol.for('lifeline.tracing');
const state: TracingState = ((globalThis as Record<symbol, TracingState | undefined>)[STATE_KEY] ??= { on: false, provider: undefined, propagator: undefined });

/** Whether this process records spans (set by `startTelemetry`). */
export function tracingOn(): boolean {
  return state.on;
}

/**
 * Called by `startTelemetry` and its shutdown only; `own` is a provider not registered globally,
 * `propagator` what `withTracedCall` reads and writes trace headers with.
 */
export function setTracingOn(value: boolean, own?: TracerProvider, propagator?: TextMapPropagator): void {
  state.on = value;
  state.provider = value ? own : undefined;
  state.propagator = value ? propagator : undefined;
}

/** The instrumentation scope of every span Lifeline records itself. */
export const TRACER_NAME = 'lifeline';

function tracer() {
  return (state.provider ?? trace.getTracerProvider()).getTracer(TRACER_NAME);
}

/** A started server span and the context its work runs in. */
export interface ServerSpan {
  span: Span;
  context: Context;
}

/**
 * Starts the server span of one HTTP request, continuing the caller's W3C `traceparent` when it
 * sent one. Only the method and the fixed route path are recorded, never the query string (a GET
 * request carries its variables there). Undefined when tracing is off.
 */
export function startServerSpan(headers: IncomingHttpHeaders, method: string, route: string, requestId: string): ServerSpan | undefined {
  if (!state.on) return undefined;
  const parent = propagation.extract(ROOT_CONTEXT, headers, defaultTextMapGetter);
  const span = tracer().startSpan(
    `${method} ${route}`,
    { kind: SpanKind.SERVER, attributes: { 'http.request.method': method, 'http.route': route, 'lifeline.request_id': requestId } },
    parent,
  );
  return { span, context: trace.setSpan(parent, span) };
}

/** Ends a server span with the response's status (5xx marks it failed). */
export function endServerSpan(server: ServerSpan, status: number): void {
  server.span.setAttribute('http.response.status_code', status);
  if (status >= 500) server.span.setStatus({ code: SpanStatusCode.ERROR });
  server.span.end();
}

/** Runs `work` inside a span's context, so the spans it starts are that span's children. */
export function runInSpan<T>(server: ServerSpan, work: () => T): T {
  return context.with(server.context, work);
}

/**
 * Names the current server span after the GraphQL operation it serves (`query PersonSearch`) and
 * records the operation's name and type: never its document or its variables.
 */
export function recordGraphQLOperation(operationName: string | null | undefined, operationType: string | undefined): void {
  if (!state.on) return;
  const span = trace.getActiveSpan();
  if (!span) return;
  const attributes: Attributes = {};
  if (operationType) attributes['graphql.operation.type'] = operationType;
  if (operationName) attributes['graphql.operation.name'] = operationName;
  span.setAttributes(attributes);
  span.updateName([operationType ?? 'operation', operationName].filter(Boolean).join(' '));
}

/**
 * Runs one outgoing call in a client span (`name`, with `attributes` that the caller fixes), so
 * headers injected inside carry this span as the parent. Without tracing, just runs `call`.
 */
export async function withClientSpan<T>(name: string, attributes: Attributes, call: () => Promise<T>): Promise<T> {
  if (!state.on) return call();
  return tracer().startActiveSpan(name, { kind: SpanKind.CLIENT, attributes }, async (span) => {
    try {
      return await call();
    } catch (error) {
      // The class only: a message may carry a host, SQL or values.
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** The trace headers of the request being served, as its server read them. */
export type IncomingTraceContext = Readonly<Record<string, string | undefined>>;

/**
 * Runs one outgoing call in a client span of the process's own provider and hands `call` the
 * trace headers naming it (`traceparent`, and `tracestate` when the trace has one): for a process
 * whose tracing is not registered globally (the portal), where no context flows between spans.
 * The span continues the trace that `incoming` (the headers of the request being served, from a
 * proxy or a browser in front) names when the configured propagators find a valid one there,
 * else it starts a trace; a parent-based sampler (`OTEL_TRACES_SAMPLER`) then follows the
 * caller's decision. Without tracing, or with no propagator configured, `call` gets no header.
 */
export async function withTracedCall<T>(
  name: string,
  attributes: Attributes,
  call: (headers: Record<string, string>) => Promise<T>,
  incoming: IncomingTraceContext = {},
): Promise<T> {
  if (!state.on) return call({});
  const propagator = state.propagator;
  const parent = propagator ? propagator.extract(ROOT_CONTEXT, incoming, defaultTextMapGetter) : ROOT_CONTEXT;
  const span = tracer().startSpan(name, { kind: SpanKind.CLIENT, attributes }, parent);
  const headers: Record<string, string> = {};
  propagator?.inject(trace.setSpan(parent, span), headers, defaultTextMapSetter);
  try {
    return await call(headers);
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
    throw error;
  } finally {
    span.end();
  }
}

/** Writes the current span's `traceparent` (and `tracestate`) through `set`; nothing when tracing is off. */
export function injectTraceContext(set: (name: string, value: string) => void): void {
  if (!state.on) return;
  propagation.inject(context.active(), undefined, { set: (_carrier, name, value) => set(name, value) });
}

/** The SQL verbs a statement span is named after; any other statement is `OTHER`. */
const SQL_VERBS = new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'WITH', 'BEGIN', 'COMMIT', 'ROLLBACK', 'SAVEPOINT', 'RELEASE', 'SET', 'LOCK']);
const LEADING_WORD = /^\s*\(?\s*([A-Za-z]+)/;
const TABLE_REFERENCE = /\b(?:from|into|update|join)\s+"?([a-z_][a-z0-9_]*)"?/i;

/**
 * The SQL statements of one database, as spans under the request that ran them. Only the verb
 * and a table the ORM knows are taken from a statement (the text as the ORM reports it has its
 * parameter values inlined, so nothing else of it is ever recorded).
 */
export class StatementTracer {
  /** Table names of the ORM's entities, filled once the ORM has discovered them. */
  readonly knownTables = new Set<string>();

  /** Records a statement that took `tookMs` and ended now; outside a traced request, nothing. */
  record(sql: string, tookMs: number | undefined, failed: boolean): void {
    if (!state.on) return;
    const parent = context.active();
    if (!trace.getSpan(parent)) return;
    const verb = LEADING_WORD.exec(sql)?.[1]?.toUpperCase();
    const operation = verb && SQL_VERBS.has(verb) ? verb : 'OTHER';
    const table = TABLE_REFERENCE.exec(sql)?.[1];
    const attributes: Attributes = { 'db.system': 'postgresql', 'db.operation': operation };
    const known = table !== undefined && this.knownTables.has(table);
    if (known) attributes['db.sql.table'] = table;
    const end = Date.now();
    const span = tracer().startSpan(known ? `${operation} ${table}` : operation, { kind: SpanKind.CLIENT, attributes, startTime: end - (tookMs ?? 0) }, parent);
    if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end(end);
  }
}
