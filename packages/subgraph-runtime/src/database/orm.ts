/**
 * MikroORM on PostgreSQL for a subgraph: one ORM per process, an EntityManager fork per request
 * (the global one is forbidden), committed migrations applied on start (the migrator, and the
 * command-line library it brings, loaded only by a process that migrates), and a hook that counts
 * SQL statements so tests can prove that a request's statements do not grow with list length.
 * The same hook is the one place SQL becomes trace spans, for the embedded database and a
 * PostgreSQL server alike (both are reached through the ORM's PostgreSQL driver).
 */
import { DefaultLogger, MikroORM, type EntityClass, type LogContext, type LoggerNamespace, type LoggerOptions, type Options } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { tracingOn, type StatementTracer } from '../telemetry/tracing';

/** Receives every SQL statement the ORM runs (for counting in tests; never logged with values). */
export type QueryListener = (sql: string) => void;

export interface SubgraphOrmOptions {
  /** The subgraph's name, used to name its migration snapshot. */
  name: string;
  clientUrl: string;
  entities: EntityClass<unknown>[];
  /** Folder of the committed migrations (compiled or TypeScript, beside the code). */
  migrationsPath: string;
  poolSize?: number;
  /** Called with each SQL statement executed. */
  onQuery?: QueryListener;
  /** Records each statement as a span of the request that ran it (when tracing is on). */
  statementTracer?: StatementTracer;
  /**
   * Apply the committed migrations on opening (the default). A test file opening a database its
   * suite's set-up has migrated skips them, and does not load the migrator at all.
   */
  migrate?: boolean;
}

/**
 * Passes each statement to the listener and lets only the ORM's own warnings through: a failed
 * query's message would carry SQL and values, which must never reach a log.
 */
class SubgraphOrmLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly listener: QueryListener | undefined,
    private readonly tracer: StatementTracer | undefined,
  ) {
    super(options);
  }

  override logQuery(context: LogContext): void {
    if (this.listener && context.query && context.level !== 'error') this.listener(context.query);
    if (this.tracer && context.query && tracingOn()) this.tracer.record(context.query, context.took, context.level === 'error');
  }

  override log(namespace: LoggerNamespace, message: string, context?: LogContext): void {
    if (namespace === 'query') return;
    if (context?.level === 'warning' || context?.level === 'error') console.warn(`[orm:${namespace}] ${message}`);
  }
}

/** Options for MikroORM.init, without extensions (the migration generator adds the migrator). */
export function ormOptions(options: SubgraphOrmOptions): Options<PostgreSqlDriver> {
  const listener = options.onQuery;
  const tracer = options.statementTracer;
  return {
    driver: PostgreSqlDriver,
    clientUrl: options.clientUrl,
    entities: options.entities,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ensureDatabase: false,
    discovery: { warnWhenNoEntities: true },
    pool: { min: 0, max: options.poolSize ?? 10 },
    migrations: {
      path: options.migrationsPath,
      pathTs: options.migrationsPath,
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      disableForeignKeys: false,
    },
    debug: false,
    loggerFactory: (loggerOptions) => new SubgraphOrmLogger(loggerOptions, listener, tracer),
  };
}

/** Opens the ORM and applies pending migrations (unless `migrate` is false). */
export async function openOrm(options: SubgraphOrmOptions): Promise<MikroORM<PostgreSqlDriver>> {
  const migrate = options.migrate !== false;
  const extensions = migrate ? [(await import('@mikro-orm/migrations')).Migrator] : [];
  const orm = await MikroORM.init({ ...ormOptions(options), extensions });
  if (options.statementTracer) {
    for (const meta of Object.values(orm.getMetadata().getAll())) if (meta.tableName) options.statementTracer.knownTables.add(meta.tableName);
  }
  if (migrate) await orm.getMigrator().up();
  return orm;
}
