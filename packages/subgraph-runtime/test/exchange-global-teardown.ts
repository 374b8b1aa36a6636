import { type SubgraphDatabase } from '../src/database/database';

export default async function teardown(): Promise<void> {
  for (const database of (globalThis as { __exchangeDatabases?: SubgraphDatabase[] }).__exchangeDatabases ?? []) await database.close();
}
