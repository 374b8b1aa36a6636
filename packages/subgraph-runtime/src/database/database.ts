/**
 * Where a subgraph's data lives: a database of its own on a PostgreSQL server (`DATABASE_URL`,
 * created if missing), or, with no URL configured, an embedded PostgreSQL (PGlite) under the data
 * directory, served over the PostgreSQL wire protocol so the ordinary driver and the same SQL run
 * on both.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

export interface SubgraphDatabase {
  /** A connection URL for the ordinary PostgreSQL driver. */
  clientUrl: string;
  /** `server` for a PostgreSQL server, `embedded` for PGlite. */
  kind: 'server' | 'embedded';
  /** Stops the embedded server (a no-op for a PostgreSQL server). */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** The subgraph's name; the server database is `lifeline_<name>` with `-` as `_`. */
  name: string;
  /** A PostgreSQL server URL; the database name in it, if any, is replaced. */
  databaseUrl?: string | undefined;
  /** Directory for the embedded database files; `memory` for an in-memory one. */
  dataDir?: string;
  /** Override the server database name (tests use their own). */
  databaseName?: string;
  /** Prefix of the server database name (default `lifeline`). */
  databasePrefix?: string;
  /** Connections the embedded server accepts (must be at least the ORM's pool size). */
  maxConnections?: number;
}

/** The extensions every subgraph may rely on, on PGlite and on a server alike. */
export const EXTENSIONS = ['pg_trgm', 'btree_gist'] as const;

/** Database name on a PostgreSQL server for a subgraph. */
export function serverDatabaseName(name: string, prefix = 'lifeline'): string {
  return `${prefix}_${name.replace(/-/g, '_')}`;
}

/** Opens (and if needed creates) the subgraph's database. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<SubgraphDatabase> {
  if (options.databaseUrl) {
    const dbName = options.databaseName ?? serverDatabaseName(options.name, options.databasePrefix);
    await ensureServerDatabase(options.databaseUrl, dbName);
    const url = new URL(options.databaseUrl);
    url.pathname = `/${dbName}`;
    return { clientUrl: url.toString(), kind: 'server', close: async () => {} };
  }
  return openEmbedded(options);
}

/** Where a service's configuration puts its database, and the size of the ORM's pool there. */
export interface DatabaseSettings {
  databaseUrl: string | undefined;
  databasePrefix: string;
  dataDir: string;
  poolSize: number;
}

/**
 * Opens a service's database where its configuration puts it (`<prefix>_<name>` on the server at
 * `databaseUrl`, else the embedded one under `dataDir`), accepting the ORM's pool and two more.
 */
export function openConfiguredDatabase(name: string, settings: DatabaseSettings): Promise<SubgraphDatabase> {
  return openDatabase({
    name,
    databaseUrl: settings.databaseUrl,
    databasePrefix: settings.databasePrefix,
    dataDir: settings.dataDir,
    maxConnections: settings.poolSize + 2,
  });
}

async function ensureServerDatabase(serverUrl: string, dbName: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(dbName)) throw new Error(`Refusing an unsafe database name: ${dbName}`);
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [dbName]);
    if (!rowCount) {
      try {
        await client.query(`create database "${dbName}"`);
      } catch (error) {
        // Another process created it between our check and our create.
        if ((error as { code?: string }).code !== '42P04' && (error as { code?: string }).code !== '23505') throw error;
      }
    }
  } finally {
    await client.end();
  }
  const target = new URL(serverUrl);
  target.pathname = `/${dbName}`;
  const db = new Client({ connectionString: target.toString() });
  await db.connect();
  try {
    for (const ext of EXTENSIONS) {
      try {
        await db.query(`create extension if not exists ${ext}`);
      } catch (error) {
        if ((error as { code?: string }).code !== '23505' && (error as { code?: string }).code !== '42710') throw error;
      }
    }
    // The agencies' statements are short lookups and counts; PostgreSQL's JIT compiler, which
    // starts on large estimated costs (a count over a million persons), spends 100-200 ms compiling
    // what runs in less. Off for the agency's database, for new sessions (the pool's).
    try {
      await db.query(`alter database "${dbName}" set jit = off`);
    } catch (error) {
      // Not the database's owner (an operator's database): it keeps the server's setting.
      if ((error as { code?: string }).code !== '42501') throw error;
      console.warn(`[database] could not turn JIT off for ${dbName} (not its owner): set jit = off for it if counts take long`);
    }
  } finally {
    await db.end();
  }
}

async function openEmbedded(options: OpenDatabaseOptions): Promise<SubgraphDatabase> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { btree_gist } = await import('@electric-sql/pglite/contrib/btree_gist');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  let dataDir: string | undefined;
  if (options.dataDir && options.dataDir !== 'memory') {
    dataDir = join(options.dataDir, 'pglite', options.name);
    mkdirSync(dataDir, { recursive: true });
  }
  const db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm, btree_gist } });
  for (const ext of EXTENSIONS) await db.exec(`create extension if not exists ${ext}`);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: options.maxConnections ?? 20 });
  await server.start();
  return {
    clientUrl: `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    kind: 'embedded',
    close: async () => {
      await server.stop();
      await db.close();
    },
  };
}
