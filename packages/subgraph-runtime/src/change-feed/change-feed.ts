/**
 * An agency's change feed for integrating systems: every record of the agency that can be fetched
 * by id, each time it is created or changed, in one order that only ever grows at its end, so a
 * partner that pages from its last cursor (after an hour or a week offline) misses nothing and
 * reads nothing twice.
 *
 * How it stays complete: a trigger on each record's table writes a `record_change` row in the
 * transaction of the change, carrying that transaction's id. The feed is read in (transaction id,
 * position) order, and only below the oldest transaction of this database still running: a
 * transaction that commits later always has an id at or above that bound, so nothing can appear
 * behind a cursor already handed out. No lock is taken on the writing side.
 *
 * What it shows: a change is listed only when the caller could read the record by id now (the
 * permission table's rule for the by-id field, the token's scopes, and the by-id resolver's own row
 * scoping: county, job, a protected victim's records to those entitled to her). Changes the caller
 * may not see are passed over; the page's `endCursor` moves past them all the same.
 *
 * A record that ends (a person merged into another record of the same person, or removed as created
 * in error) no longer answers by id, so its end is listed as an `ENDED` change whose record is a
 * tombstone (`EndedRecord`: how it ended, and the record it was merged into), to the callers who
 * could read it just before (the agency's `ended` reader decides): a partner drops its copy.
 */
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type IRules } from 'graphql-shield';
import { errorCode } from '../graphql/error-codes';
import { pageInfoOf, pageSize, type PageInfo } from '../graphql/connection';
import { tableAllows } from '../graphql/policy-middleware';
import { CHANGE_TYPE_FIELDS, feedNames } from './feed-names';

/** Where the feed stands: the writing transaction's id and the row's position. */
export interface ChangePosition {
  xid: string;
  position: string;
}

/** One row of the change log. */
export interface RecordChangeRow extends ChangePosition {
  recordType: string;
  recordId: string;
  operation: ChangeOperation;
  changedAt: Date;
}

/** What a change did to its record: the feed's `ChangeOperation`. */
export type ChangeOperation = 'CREATED' | 'UPDATED' | 'ENDED';
const OPERATIONS: ReadonlySet<string> = new Set<ChangeOperation>(['CREATED', 'UPDATED', 'ENDED']);

/** The tombstone an `ENDED` change carries (`EndedRecord`): the record answers by id no more. */
export interface EndedRecordView {
  id: string;
  /** MERGED into `successorId`, or REMOVED as created in error. */
  reason: 'MERGED' | 'REMOVED';
  successorId: string | null;
}

/** Reads the tombstones of ended records of one type: of `ids`, those the caller could read just before they ended. */
export type EndedRecordReader = (ids: readonly string[], ctx: never) => Promise<ReadonlyMap<string, EndedRecordView>>;

/**
 * The feed's horizon: the oldest transaction of this database still running (a transaction of
 * another database on the same server never writes this log, so it never holds the feed back),
 * else the next transaction id to be assigned. Every change below it is final.
 */
export const FEED_HORIZON_SQL = `coalesce(
  (select min(x) from pg_snapshot_xip(pg_current_snapshot()) x
    where x::xid in (select backend_xid from pg_stat_activity where datname = current_database() and backend_xid is not null)),
  pg_snapshot_xmax(pg_current_snapshot()))`;

/**
 * Changes after `after` (from the beginning when null), of the given record types (all when null),
 * in feed order, at most `limit`; only those below the horizon (`FEED_HORIZON_SQL`).
 */
export async function readRecordChanges(em: EntityManager, after: ChangePosition | null, limit: number, recordTypes: readonly string[] | null): Promise<RecordChangeRow[]> {
  const conditions = [`c.xid < ${FEED_HORIZON_SQL}`];
  const params: unknown[] = [];
  if (after) {
    conditions.push('(c.xid, c.position) > (?::xid8, ?::bigint)');
    params.push(after.xid, after.position);
  }
  if (recordTypes) {
    conditions.push(`c.record_type in (${recordTypes.map(() => '?').join(', ')})`);
    params.push(...recordTypes);
  }
  params.push(limit);
  const rows = await em.getConnection().execute<Array<{ xid: string; position: string; record_type: string; record_id: string; operation: string; changed_at: Date | string }>>(
    // Ordered by the columns themselves (the text aliases of the select list would order as text).
    `select c.xid::text as xid, c.position::text as position, c.record_type, c.record_id, c.operation, c.changed_at from record_change c
      where ${conditions.join(' and ')} order by c.xid, c.position limit ?`,
    params,
  );
  return rows.map((row) => ({
    xid: row.xid,
    position: row.position,
    recordType: row.record_type,
    recordId: row.record_id,
    operation: OPERATIONS.has(row.operation) ? (row.operation as ChangeOperation) : 'UPDATED',
    changedAt: row.changed_at instanceof Date ? row.changed_at : new Date(row.changed_at),
  }));
}

const refuse = (message: string) => new GraphQLError(message, { extensions: { code: errorCode('BAD_USER_INPUT') } });

/** A cursor of `feed`'s pages: the feed's name is part of it, so one feed's cursor is never read by another. */
export function encodeChangeCursor(feed: string, at: ChangePosition): string {
  return Buffer.from(`${feed}|${at.xid}|${at.position}`, 'utf8').toString('base64url');
}

/** Decodes a cursor of `feed`; a malformed one, or another feed's, is refused with BAD_USER_INPUT. */
export function decodeChangeCursor(feed: string, value: string): ChangePosition {
  const [name, xid, position, ...rest] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !name || !xid || !position || !/^\d{1,20}$/.test(xid) || !/^\d{1,19}$/.test(position)) {
    throw refuse('The cursor is not valid: pass an endCursor from a previous page of this feed');
  }
  if (name !== feed) throw refuse(`The cursor comes from another feed (${name}): page each feed with its own cursors`);
  return { xid, position };
}

/** `AidEntrustment` → `AID_ENTRUSTMENT`: the feed's enum value of a record type. */
export function recordTypeEnumValue(recordType: string): string {
  return recordType.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

type Resolver = (parent: unknown, args: Record<string, unknown>, ctx: never, info: GraphQLResolveInfo) => unknown;

export interface ChangeFeedDefinition {
  /** The feed's name (the Query field), also carried in its cursors: `foreignAffairsChanges`. */
  field: string;
  /** Per record type in the feed (its GraphQL type name), the Query field that reads one by id. */
  byIdFields: Readonly<Record<string, string>>;
  /** The subgraph's permission table, as its schema applies it (scopes included). */
  permissions: () => IRules;
  /** The subgraph's Query resolvers (the by-id fields'). */
  queryResolvers: () => Readonly<Record<string, unknown>>;
  /** Per record type that can end (its table's trigger logs `ENDED`), the reader of its tombstones. */
  ended?: Readonly<Record<string, EndedRecordReader>>;
}

/** One change as the feed's `…Change` type answers it. */
export interface ChangeNode {
  recordType: string;
  recordId: string;
  operation: ChangeOperation;
  changedAt: Date;
  /** The record as read by id now; for an `ENDED` change, its tombstone. */
  record: object;
}

export interface ChangeFeedArgs {
  after?: string | null;
  first?: number | null;
  types?: readonly string[] | null;
}

/**
 * A page of a feed. A feed reads forward only (`first` after `after`): it has no `last`/`before`.
 * Its `PageInfo` follows every connection's rule (`pageInfoOf`): `hasPreviousPage` is true when the
 * page was read after a cursor; `startCursor` is the first change's (null when the page lists none);
 * `endCursor` is where to go on from, past the changes the caller may not see, so it stays the
 * `after` given when a page lists nothing.
 */
export interface ChangePage {
  edges: Array<{ cursor: string; node: ChangeNode }>;
  pageInfo: PageInfo;
}

/** A feed page's `PageInfo`: forward from `after`, its end where the reading stopped (which may lie past the last change listed). */
function feedPageInfo(edges: ChangePage['edges'], after: string | null | undefined, hasNextPage: boolean, endCursor: string | null): PageInfo {
  return { ...pageInfoOf(edges, { backward: false, limit: edges.length, cursor: after ?? null }, hasNextPage), endCursor };
}

/** The GraphQL type of an ended record's tombstone, in the feeds whose records can end. */
export const ENDED_RECORD_TYPE = 'EndedRecord';

/** Most rows read for one page, whatever share of them the caller may see. */
const MAX_SCANNED = 1000;
/** The record each by-id answer came from, so the `…Record` union can name its type. */
const recordTypes = new WeakMap<object, string>();

/** The resolver of the feed's Query field, and the union's type resolver. */
export function changeFeed(definition: ChangeFeedDefinition) {
  const enumToType = new Map(Object.keys(definition.byIdFields).map((type) => [recordTypeEnumValue(type), type]));

  /**
   * Which of these changes' records the caller may read by id now, with each record as read (keyed
   * `type:id`); and of the `ENDED` ones, the tombstones of those she could read before (`type:id:ENDED`).
   */
  async function visibleRecords(rows: readonly RecordChangeRow[], ctx: unknown, info: GraphQLResolveInfo): Promise<Map<string, object>> {
    const resolvers = definition.queryResolvers();
    const seen = new Map<string, object>();
    const allowedTypes = new Map<string, Promise<boolean>>();
    const allowed = (type: string) => {
      let answer = allowedTypes.get(type);
      if (!answer) {
        const field = definition.byIdFields[type];
        answer = field ? tableAllows(definition.permissions(), 'Query', field, ctx, info) : Promise.resolve(false);
        allowedTypes.set(type, answer);
      }
      return answer;
    };
    const live = rows.filter((row) => row.operation !== 'ENDED');
    const distinct = [...new Map(live.map((row) => [`${row.recordType}:${row.recordId}`, row])).values()];
    const endedIds = new Map<string, Set<string>>();
    for (const row of rows) {
      if (row.operation === 'ENDED') endedIds.set(row.recordType, (endedIds.get(row.recordType) ?? new Set()).add(row.recordId));
    }
    await Promise.all([
      ...[...endedIds].map(async ([type, ids]) => {
        const read = definition.ended?.[type];
        if (!read || !(await allowed(type))) return;
        for (const [id, tombstone] of await read([...ids], ctx as never)) {
          const record = { ...tombstone };
          recordTypes.set(record, ENDED_RECORD_TYPE);
          seen.set(`${type}:${id}:ENDED`, record);
        }
      }),
      ...distinct.map(async (row) => {
        if (!(await allowed(row.recordType))) return;
        const resolve = resolvers[definition.byIdFields[row.recordType]!] as Resolver | undefined;
        if (!resolve) return;
        const record = await resolve(undefined, { id: row.recordId }, ctx as never, info);
        if (record && typeof record === 'object') {
          recordTypes.set(record, row.recordType);
          seen.set(`${row.recordType}:${row.recordId}`, record);
        }
      }),
    ]);
    return seen;
  }

  const resolveFeed = async (_parent: unknown, args: ChangeFeedArgs, ctx: { em: EntityManager }, info: GraphQLResolveInfo): Promise<ChangePage> => {
    const size = pageSize(args.first, 100, 50);
    let types: string[] | null = null;
    if (args.types) {
      types = args.types.map((value) => {
        const type = enumToType.get(value);
        if (!type) throw refuse(`Unknown record type ${value}`);
        return type;
      });
      if (types.length === 0) return { edges: [], pageInfo: feedPageInfo([], args.after, false, args.after ?? null) };
    }
    let last: ChangePosition | null = args.after ? decodeChangeCursor(definition.field, args.after) : null;
    const edges: ChangePage['edges'] = [];
    let scanned = 0;
    for (;;) {
      const batch = await readRecordChanges(ctx.em, last, size + 1, types);
      const more = batch.length > size;
      const rows = batch.slice(0, size);
      const records = await visibleRecords(rows, ctx, info);
      let stoppedEarly = false;
      for (const row of rows) {
        if (edges.length === size) {
          stoppedEarly = true;
          break;
        }
        last = { xid: row.xid, position: row.position };
        const record = records.get(`${row.recordType}:${row.recordId}${row.operation === 'ENDED' ? ':ENDED' : ''}`);
        if (record) {
          edges.push({
            cursor: encodeChangeCursor(definition.field, last),
            node: { recordType: recordTypeEnumValue(row.recordType), recordId: row.recordId, operation: row.operation, changedAt: row.changedAt, record },
          });
        }
      }
      scanned += rows.length;
      if (!more || stoppedEarly || edges.length === size || scanned >= MAX_SCANNED) {
        return { edges, pageInfo: feedPageInfo(edges, args.after, stoppedEarly || more, last ? encodeChangeCursor(definition.field, last) : (args.after ?? null)) };
      }
    }
  };

  return {
    /** The feed's record types, as its enum names them. */
    recordTypes: [...enumToType.keys()],
    resolveFeed,
    /** The `…Record` union's `__resolveType`. */
    resolveRecordType: (record: object): string | null => recordTypes.get(record) ?? null,
  };
}

/**
 * The permission table's lines for a feed: `rule` on the Query field and on every field of its
 * types (`…Change`, `…ChangeEdge`, `…ChangeConnection`). What each change shows is decided per
 * record by the by-id field's own rule, so `rule` need only say who may ask at all.
 */
export function changeFeedRules<TRule>(field: string, rule: TRule): { query: Record<string, TRule>; types: Record<string, Record<string, TRule>> } {
  const typePrefix = feedNames(field).prefix;
  const every = (fields: readonly string[]) => Object.fromEntries(fields.map((name) => [name, rule]));
  return {
    query: { [field]: rule },
    types: Object.fromEntries(Object.entries(CHANGE_TYPE_FIELDS).map(([type, fields]) => [`${typePrefix}${type}`, every(fields)])),
  };
}
