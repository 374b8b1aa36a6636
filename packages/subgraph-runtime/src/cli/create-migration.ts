/**
 * Generates a migration from the difference between a subgraph's entities and its committed
 * migrations: applies the committed ones to a scratch embedded database, diffs, writes the new
 * file. Usage: create-migration <compiled orm-definition module> <migrations folder>
 */
import { resolve } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { openDatabase } from '../database/database';
import { ormOptions } from '../database/orm';
import { type SubgraphDefinition } from '../subgraph';

async function main() {
  const [modulePath, migrationsFolder] = process.argv.slice(2);
  if (!modulePath || !migrationsFolder) throw new Error('usage: create-migration <definition module> <migrations folder>');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { definition } = require(resolve(modulePath)) as { definition: SubgraphDefinition<never> };
  const database = await openDatabase({ name: definition.name, dataDir: 'memory' });
  const path = resolve(migrationsFolder);
  // Committed migrations run from the compiled definition's folder; the new one is written as TypeScript.
  const orm = await MikroORM.init({
    ...ormOptions({ name: definition.name, clientUrl: database.clientUrl, entities: definition.entities, migrationsPath: definition.migrationsPath }),
    extensions: [Migrator],
  });
  try {
    const migrator = orm.getMigrator();
    await migrator.up();
    const result = await migrator.createMigration(path, false, (await migrator.getExecutedMigrations()).length === 0);
    console.log(result.fileName ? `wrote ${result.fileName}` : 'entities and migrations agree: nothing to write');
  } finally {
    await orm.close(true);
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
