/**
 * The identity database as the runtime's tools see it: its name (the server database is
 * `<prefix>_identity`), its entities and the folder of its committed migrations. The migration
 * generator loads this module: `npm run migration:create` after `npm run build`.
 */
import { join } from 'node:path';
import { entities } from './entities';

/** The database name of the identity service. */
export const IDENTITY_DATABASE_NAME = 'identity';

/** Name, entities and migrations of the identity database. */
export const definition = {
  name: IDENTITY_DATABASE_NAME,
  entities,
  migrationsPath: join(__dirname, 'migrations'),
};
