/**
 * The foreign-affairs subgraph as a definition: SDL, resolvers, permissions, entities, migrations,
 * context and demo data. Pure: nothing here opens a socket or a database.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { personProjection, personProjectionHandlers, type SubgraphDefinition } from '@lifeline/subgraph-runtime';
import { createContext, type SubgraphContext } from './context';
import { entities } from './entities';
import { permissions } from './permissions';
import { resolvers } from './resolvers';
import { seedDemoRegion } from './seeders/demo-region.seeder';

export const SUBGRAPH_NAME = 'foreign-affairs';

export const definition: SubgraphDefinition<SubgraphContext> = {
  name: SUBGRAPH_NAME,
  defaultPort: 4004,
  typeDefs: readFileSync(join(__dirname, '..', '..', '..', 'schema', `${SUBGRAPH_NAME}.graphql`), 'utf8'),
  resolvers,
  permissions,
  entities,
  migrationsPath: join(__dirname, 'migrations'),
  createContext,
  seedDemo: seedDemoRegion,
  // Civil affairs' persons: who exists, where, and who is protected (applied in every read and check).
  exchange: { publishes: [], consumes: { 'civil-affairs': personProjectionHandlers }, projections: { 'civil-affairs': personProjection } },
};
