/**
 * The foreign-affairs subgraph as a definition: SDL, resolvers, permissions, entities, migrations,
 * context and demo data. Pure: nothing here opens a socket or a database.
 */
import { personProjection, subgraphFiles, type SubgraphDefinition } from '@lifeline/subgraph-runtime';
import { createContext, type SubgraphContext } from './context';
import { civilAffairsHandlers } from './domain/person-merge';
import { legalStatusProjection, publicSecurityHandlers } from './domain/legal-status';
import { entities } from './entities';
import { protectedRecords } from './domain/access';
import { permissions } from './permissions';
import { resolvers } from './resolvers';
import { seedDemoRegion } from './seeders/demo-region.seeder';

export const SUBGRAPH_NAME = 'foreign-affairs';

export const definition: SubgraphDefinition<SubgraphContext> = {
  ...subgraphFiles(SUBGRAPH_NAME, __dirname),
  defaultPort: 4004,
  resolvers,
  permissions,
  protectedRecords,
  entities,
  createContext,
  changeFeed: 'foreignAffairsChanges',
  seedDemo: seedDemoRegion,
  // Civil affairs' persons: who exists, where, and who is protected (applied in every read and check);
  // public security's legal-status findings (the notification's facts: they confirm entry statuses).
  exchange: {
    publishes: [],
    consumes: { 'civil-affairs': civilAffairsHandlers, 'public-security': publicSecurityHandlers },
    projections: { 'civil-affairs': personProjection, 'public-security': legalStatusProjection },
  },
};
