import { IDENTITY_DATABASE_NAME } from '@lifeline/identity';
import { serverDatabaseName } from '@lifeline/subgraph-runtime';
import { Client } from 'pg';
import { SUBGRAPHS } from './stack-services';

/**
 * Drops the subgraphs' databases `<prefix>_<subgraph>` and the gateway's identity database
 * `<prefix>_identity` on a PostgreSQL server, so a test or benchmark run starts from a fresh
 * migration and demo load (the demo clients' secrets are written anew only when the identity
 * database is seeded). Refuses the default `lifeline` prefix.
 */
export async function resetServerDatabases(databaseUrl: string, prefix: string): Promise<void> {
  if (prefix === 'lifeline') throw new Error('Refusing to drop the databases of a normal run (prefix "lifeline").');
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    for (const name of [...SUBGRAPHS.map((s) => s.name), IDENTITY_DATABASE_NAME]) {
      const dbName = serverDatabaseName(name, prefix);
      if (!/^[a-z_][a-z0-9_]*$/.test(dbName)) throw new Error(`Refusing an unsafe database name: ${dbName}`);
      await client.query(`drop database if exists "${dbName}" with (force)`);
    }
  } finally {
    await client.end();
  }
}
