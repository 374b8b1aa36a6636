/**
 * Reading an agency's audit trail through the graph: the shared `AuditTrail` entity carries the
 * filter as its key, so each agency answers the same filter from its own database, as cursor pages
 * (newest first: by time, then by position in the trail) with the count of all that match.
 */
import { GraphQLError } from 'graphql';
import { type EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { pageInfoOf, pageWindow, readDirection, windowRows, type PageArgs, type PageInfo, type PageWindow } from '../graphql/connection';
import { errorCode } from '../graphql/error-codes';
import { sqlAllOf, type SqlCondition } from '../graphql/keyset-page';
import { hasForbiddenCharacter } from '../graphql/validators';
import { type AuditEvent } from './audit-event.entity';
import { verifyAuditChainShared, type AuditChainReport, type RequestAudit } from './audit-trail';

const text = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((value) => !hasForbiddenCharacter(value), 'must be plain text');

const filterSchema = z
  .object({
    actor: text(200).nullish(),
    operation: z
      .string()
      .regex(/^[A-Z][A-Z_]{0,39}$/, 'must be an operation code such as READ or EXPORT')
      .nullish(),
    recordType: text(100).nullish(),
    recordId: text(100).nullish(),
    outcome: z.enum(['ALLOWED', 'DENIED']).nullish(),
    purpose: text(200).nullish(),
    from: z.string().datetime({ offset: true, message: 'must be an ISO 8601 instant' }).nullish(),
    to: z.string().datetime({ offset: true, message: 'must be an ISO 8601 instant' }).nullish(),
  })
  .strict()
  .refine((filter) => !filter.from || !filter.to || Date.parse(filter.from) < Date.parse(filter.to), { message: 'must be later than filter.from', path: ['to'] });

const keySchema = z.object({ filter: filterSchema, first: z.number().int().min(1).max(200) }).strict();

export type AuditEventFilter = z.infer<typeof filterSchema>;

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: errorCode('BAD_USER_INPUT') } });

/** Encodes a filter and page size as the AuditTrail key; a filter that cannot hold (a window ending before it starts) is refused, naming the field. */
export function encodeAuditFilterKey(filter: { [key: string]: unknown } | null | undefined, first: number | null | undefined): string {
  const normalised = {
    filter: Object.fromEntries(
      Object.entries(filter ?? {})
        // An empty condition is no condition (as before conditions were checked).
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]),
    ),
    first: first ?? 50,
  };
  const parsed = keySchema.safeParse(normalised);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    if (where === 'first') throw badInput('first must be between 1 and 200');
    throw badInput(`The audit filter is not valid: ${where || 'filter'} ${issue?.message ?? 'is malformed'}`);
  }
  return Buffer.from(JSON.stringify(parsed.data), 'utf8').toString('base64url');
}

/** Decodes an AuditTrail key; a tampered one is refused. */
export function decodeAuditFilterKey(key: string): { filter: AuditEventFilter; first: number } {
  try {
    return keySchema.parse(JSON.parse(Buffer.from(key, 'base64url').toString('utf8')));
  } catch {
    throw badInput('The audit filter key is not valid');
  }
}

/** A line's place in the page order: its time to the microsecond (as the database holds it) and its position in the trail. */
export interface AuditCursor {
  at: string;
  seq: string;
}

const CURSOR_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const CURSOR_SEQ = /^[1-9]\d{0,18}$/;

/** Encodes a line's place as an opaque cursor. */
export function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(`audit|${cursor.at}|${cursor.seq}`, 'utf8').toString('base64url');
}

/** Decodes a cursor of the audit trail; anything else is refused with BAD_USER_INPUT. */
export function decodeAuditCursor(value: string): AuditCursor {
  const [kind, at, seq, ...rest] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  if (kind !== 'audit' || rest.length > 0 || !at || !CURSOR_AT.test(at) || Number.isNaN(Date.parse(at)) || !seq || !CURSOR_SEQ.test(seq)) {
    throw badInput('The cursor is not valid: pass a cursor from a previous page of this trail (its endCursor to go on, its startCursor to go back)');
  }
  return { at, seq };
}

/** A `like` pattern matching `value` anywhere, its own `%`, `_` and `\` taken literally. */
function containsPattern(value: string): string {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The filter as SQL over `audit_event` (every condition must hold; the purpose matches anywhere, ignoring case). */
export function auditFilterSql(filter: AuditEventFilter): SqlCondition {
  const conditions: SqlCondition[] = [];
  const equal = (column: string, value: string | null | undefined) => {
    if (value) conditions.push({ sql: `${column} = ?`, params: [value] });
  };
  equal('actor', filter.actor);
  equal('operation', filter.operation);
  equal('record_type', filter.recordType);
  equal('record_id', filter.recordId);
  equal('outcome', filter.outcome);
  if (filter.purpose) conditions.push({ sql: `purpose ilike ? escape '\\'`, params: [containsPattern(filter.purpose)] });
  if (filter.from) conditions.push({ sql: 'at >= ?::timestamptz', params: [filter.from] });
  if (filter.to) conditions.push({ sql: 'at < ?::timestamptz', params: [filter.to] });
  return sqlAllOf(...conditions);
}

/** The columns of one audit line as the page reads them, with its time to the microsecond for the cursor. */
const LINE_COLUMNS = `seq, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at_key, actor, actor_kind, agency, roles, request_id, operation, record_type, record_id, fields, purpose, outcome, hash`;

interface LineRow {
  seq: string | number;
  at_key: string;
  actor: string;
  actor_kind: string;
  agency: string | null;
  roles: string;
  request_id: string;
  operation: string;
  record_type: string;
  record_id: string | null;
  fields: string;
  purpose: string | null;
  outcome: string;
  hash: string;
}

/** The GraphQL shape of one audit line. */
export function auditEventView(event: Pick<AuditEvent, 'seq' | 'at' | 'actor' | 'actorKind' | 'agency' | 'roles' | 'requestId' | 'operation' | 'recordType' | 'recordId' | 'fields' | 'purpose' | 'outcome' | 'hash'>) {
  return {
    // bigserial comes back as a bigint on some drivers; the API carries it as a string.
    seq: String(event.seq),
    at: event.at,
    actor: event.actor,
    actorKind: event.actorKind,
    agency: event.agency,
    roles: event.roles ? event.roles.split(' ') : [],
    requestId: event.requestId,
    operation: event.operation,
    recordType: event.recordType,
    recordId: event.recordId,
    fields: event.fields ? event.fields.split(',') : [],
    purpose: event.purpose,
    outcome: event.outcome as 'ALLOWED' | 'DENIED',
    hash: event.hash,
  };
}

function lineView(row: LineRow) {
  return auditEventView({
    seq: String(row.seq),
    at: new Date(row.at_key),
    actor: row.actor,
    actorKind: row.actor_kind,
    agency: row.agency,
    roles: row.roles,
    requestId: row.request_id,
    operation: row.operation,
    recordType: row.record_type,
    recordId: row.record_id,
    fields: row.fields,
    purpose: row.purpose,
    outcome: row.outcome,
    hash: row.hash,
  });
}

/**
 * The lines of one page under `where`: up to `limit + 1` from the window's cursor in the direction
 * read (newest first forward; oldest first back, turned round by the caller), one statement however
 * deep the page: a row comparison on (at, seq), which the trail's (at, seq) indexes serve.
 */
async function readLines(em: EntityManager, where: SqlCondition, window: PageWindow<AuditCursor>): Promise<Array<{ cursor: string; node: AuditEventSource }>> {
  const direction = readDirection('desc', window);
  const beyond = window.cursor
    ? { sql: ` and (at, seq) ${direction === 'desc' ? '<' : '>'} (?::timestamptz, ?::bigint)`, params: [window.cursor.at, window.cursor.seq] }
    : { sql: '', params: [] };
  const rows = await em
    .getConnection()
    .execute<LineRow[]>(`select ${LINE_COLUMNS} from audit_event where (${where.sql})${beyond.sql} order by at ${direction}, seq ${direction} limit ?`, [
      ...where.params,
      ...beyond.params,
      window.limit + 1,
    ]);
  return rows.map((row) => ({ cursor: encodeAuditCursor({ at: row.at_key, seq: String(row.seq) }), node: lineView(row) }));
}

/** How many lines match `where` (one statement). */
async function countLines(em: EntityManager, where: SqlCondition): Promise<number> {
  const [row] = await em.getConnection().execute<Array<{ total: string | number }>>(`select count(*) as total from audit_event where ${where.sql}`, where.params);
  return Number(row?.total ?? 0);
}

/** One agency's page of the trail for the key (the deprecated `AuditEventPage`: the newest `first` lines), read by the connection's own code. */
export function auditEventPage(em: EntityManager, filterKey: string) {
  const { filter, first } = decodeAuditFilterKey(filterKey);
  return {
    events: async () => (await readLines(em, auditFilterSql(filter), { backward: false, limit: first, cursor: null })).slice(0, first).map((edge) => edge.node),
    // `checked` counts the trail's lines verified, not records: auditors read the whole trail.
    chain: (): Promise<AuditChainReport> => verifyAuditChainShared(em),
  };
}

/** The paging arguments of an agency's trail connection, and why it is read when the lines leave the screen. */
export interface AuditPageArgs extends PageArgs {
  /** Set when the page leaves the screen (`export`): each line on it is then written to this trail with it. */
  purpose?: string | null;
}

/** The fields of a line an export carries, as its EXPORT line names them. */
const EXPORTED_FIELDS = ['at', 'actor', 'roles', 'operation', 'recordType', 'recordId', 'outcome', 'purpose'];

/** Checks a purpose as the trail keeps it: 1 to 200 characters of plain text. */
function readPurpose(purpose: string | null | undefined): string | null {
  if (purpose == null) return null;
  const trimmed = purpose.trim();
  if (!trimmed || trimmed.length > 200 || hasForbiddenCharacter(trimmed)) throw badInput('purpose must be 1 to 200 characters of plain text');
  return trimmed;
}

/**
 * One agency's trail under the key's filter as a cursor page, newest first (`first`/`after`) or
 * back from the oldest end (`last`/`before`), at most 100 a page. Every argument is checked before
 * a statement runs. The page is one statement; `totalCount` (one more) and `chain` (the shared
 * verification from the newest checkpoint: only the lines added since are read) run only when
 * asked for, so a page costs the same statements however deep or large it is. Read with a
 * `purpose` (an export), each line on the page is noted in the trail itself: an auditor reading
 * the trail out is an audited act.
 */
export async function auditEventConnection(em: EntityManager, filterKey: string, args: AuditPageArgs, audit: RequestAudit | undefined): Promise<AuditEventConnectionSource> {
  const { filter } = decodeAuditFilterKey(filterKey);
  const window = pageWindow(args, decodeAuditCursor);
  const purpose = readPurpose(args.purpose);
  const where = auditFilterSql(filter);
  const { rows: edges, more } = windowRows(await readLines(em, where, window), window);
  if (purpose && audit) {
    for (const { node } of edges) audit.record({ operation: 'EXPORT', recordType: 'AuditEvent', recordId: node.seq, fields: EXPORTED_FIELDS, purpose, outcome: 'ALLOWED' });
  }
  let counted: Promise<number> | undefined;
  return {
    edges,
    pageInfo: pageInfoOf(edges, window, more),
    totalCount: () => (counted ??= countLines(em, where)),
    chain: () => verifyAuditChainShared(em),
  };
}

/** What resolves an `AuditTrail` (its key only). */
export interface AuditTrailSource {
  filterKey: string;
}
/** What resolves an `AuditEventPage`. */
export type AuditEventPageSource = ReturnType<typeof auditEventPage>;
/** What resolves an `AuditEvent`. */
export type AuditEventSource = ReturnType<typeof auditEventView>;
/** What resolves an `AuditEventConnection`: the page, with its count and chain read when asked for. */
export interface AuditEventConnectionSource {
  edges: Array<{ cursor: string; node: AuditEventSource }>;
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
  chain: () => Promise<AuditChainReport>;
}
