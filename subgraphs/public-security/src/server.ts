/**
 * The public-security subgraph as a definition: SDL, resolvers, permissions, entities, migrations,
 * context and demo data. Pure: nothing here opens a socket or a database.
 */
import { subgraphFiles, type SubgraphDefinition } from '@lifeline/subgraph-runtime';
import { createContext, type SubgraphContext } from './context';
import { civilAffairsHandlers, civilAffairsProjection } from './domain/tracing-confirmation';
import { entities } from './entities';
import { protectedRecords } from './domain/access';
import { permissions } from './permissions';
import { resolvers } from './resolvers';
import { seedDemoRegion } from './seeders/demo-region.seeder';

export const SUBGRAPH_NAME = 'public-security';

export const definition: SubgraphDefinition<SubgraphContext> = {
  ...subgraphFiles(SUBGRAPH_NAME, __dirname),
  defaultPort: 4002,
  resolvers,
  permissions,
  protectedRecords,
  entities,
  createContext,
  changeFeed: 'publicSecurityChanges',
  seedDemo: seedDemoRegion,
  // Civil affairs' persons: who exists, where, and who is protected (applied in every read and check);
  // and its confirmed tracing matches (shown with the person's identity checks; a rebuild replays them too).
  exchange: {
    publishes: ['identity.verified', 'foreign-national.status-found'],
    consumes: { 'civil-affairs': civilAffairsHandlers },
    projections: { 'civil-affairs': civilAffairsProjection },
  },
};
