/**
 * When a record was created and last changed, read from the agency's change log for the record
 * types whose tables keep no such columns: the log's CREATED row and its newest row. Every change
 * lands in the log whatever code or SQL made it, so these times agree with the change feed. A
 * record older than the log (created before its migration) answers null for what the log lacks.
 */
import DataLoader from 'dataloader';
import { type EntityManager } from '@mikro-orm/postgresql';

export interface RecordTimes {
  createdAt: Date | null;
  updatedAt: Date | null;
}

/** The record types whose `createdAt`/`updatedAt` come from the change log, and which of the two. */
export type ChangeLogTimes = Readonly<Record<string, ReadonlyArray<'createdAt' | 'updatedAt'>>>;

const loaders = new WeakMap<object, DataLoader<string, RecordTimes>>();

/** One request's loader of record times (keys `Type:id`): one statement for all the records a response asks for. */
export function recordTimesLoader(ctx: { em: EntityManager }): DataLoader<string, RecordTimes> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader<string, RecordTimes>(async (keys) => {
      const pairs = keys.map((key) => {
        const at = key.indexOf(':');
        return [key.slice(0, at), key.slice(at + 1).toLowerCase()] as const;
      });
      const rows = await ctx.em.getConnection().execute<Array<{ record_type: string; record_id: string; created_at: Date | string | null; updated_at: Date | string }>>(
        `select record_type, record_id::text as record_id, min(changed_at) filter (where operation = 'CREATED') as created_at, max(changed_at) as updated_at
           from record_change where (record_type, record_id) in (${pairs.map(() => '(?, ?::uuid)').join(', ')}) group by record_type, record_id`,
        pairs.flat(),
      );
      const date = (value: Date | string | null) => (value === null ? null : value instanceof Date ? value : new Date(value));
      const found = new Map(rows.map((row) => [`${row.record_type}:${row.record_id}`, { createdAt: date(row.created_at), updatedAt: date(row.updated_at) }]));
      return pairs.map(([type, id]) => found.get(`${type}:${id}`) ?? { createdAt: null, updatedAt: null });
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

/** The `createdAt`/`updatedAt` resolvers of one record type, from the change log. */
export function changeLogTimeResolvers(recordType: string, fields: ReadonlyArray<'createdAt' | 'updatedAt'>) {
  const time = (field: 'createdAt' | 'updatedAt') => async (parent: { id: string }, _args: unknown, ctx: { em: EntityManager }) =>
    (await recordTimesLoader(ctx).load(`${recordType}:${parent.id}`))[field];
  return Object.fromEntries(fields.map((field) => [field, time(field)])) as Partial<Record<'createdAt' | 'updatedAt', ReturnType<typeof time>>>;
}

/**
 * The permission table with each change-log time of `times` given the rule of its type's `id`
 * (who may see that a record exists may see when it was made and changed).
 */
export function withChangeLogTimeRules<TTable extends object>(table: TTable, times: ChangeLogTimes): TTable {
  const result: Record<string, unknown> = { ...(table as Record<string, unknown>) };
  for (const [type, fields] of Object.entries(times)) {
    const rules = result[type] as Record<string, unknown> | undefined;
    if (!rules || !('id' in rules)) throw new Error(`withChangeLogTimeRules: ${type} has no rule for id`);
    result[type] = { ...rules, ...Object.fromEntries(fields.map((field) => [field, rules.id])) };
  }
  return result as TTable;
}

const BOTH = ['createdAt', 'updatedAt'] as const;

/**
 * Per agency, the record types (and which of their two times) whose tables keep no creation or
 * change time of their own: their `createdAt`/`updatedAt` come from the change log.
 */
export const CHANGE_LOG_TIMES = {
  'civil-affairs': {
    Station: BOTH, CareZone: BOTH, Person: ['updatedAt'], CareService: BOTH, RescueCase: BOTH, RescueCaseEvent: BOTH, Shelter: BOTH, StreetReport: BOTH,
    MissingPersonReport: BOTH, EmergencyPoint: BOTH, EmergencyHelp: BOTH, ShelterRoom: BOTH, ShelterPlacement: BOTH,
  },
  'public-security': { BiometricSample: BOTH, ForeignAffairsNotification: ['createdAt'], PoliceHandOver: BOTH },
  'womens-federation': { ShelterReferral: ['createdAt'], ReferralService: BOTH },
  'foreign-affairs': { AidDelivery: BOTH, AidEntrustment: ['createdAt'] },
} as const satisfies Record<string, ChangeLogTimes>;

/** The resolver map with the change-log times of `times` added to their types (a type's own resolvers win). */
export function withChangeLogTimes<TResolvers extends object>(resolvers: TResolvers, times: ChangeLogTimes): TResolvers {
  const result: Record<string, unknown> = { ...(resolvers as Record<string, unknown>) };
  for (const [type, fields] of Object.entries(times)) {
    result[type] = { ...changeLogTimeResolvers(type, fields), ...((result[type] as object | undefined) ?? {}) };
  }
  return result as TResolvers;
}
