/**
 * The civil-affairs subgraph as a definition: SDL, resolvers, permissions, entities, migrations,
 * context and demo data. Pure: nothing here opens a socket or a database.
 */
import { subgraphFiles, type SubgraphDefinition } from '@lifeline/subgraph-runtime';
import { createContext, type SubgraphContext } from './context';
import { publicSecurityHandlers } from './domain/identity-verification';
import { referralProjection, womensFederationHandlers } from './domain/referral-projection';
import { entities } from './entities';
import { protectedRecords } from './domain/access';
import { permissions } from './permissions';
import { resolvers } from './resolvers';
import { seedDemoRegion } from './seeders/demo-region.seeder';

export const SUBGRAPH_NAME = 'civil-affairs';

export const definition: SubgraphDefinition<SubgraphContext> = {
  ...subgraphFiles(SUBGRAPH_NAME, __dirname),
  defaultPort: 4001,
  resolvers,
  permissions,
  protectedRecords,
  entities,
  createContext,
  changeFeed: 'civilAffairsChanges',
  seedDemo: seedDemoRegion,
  // Persons: who exists, where, and who is protected with who may see her (DOMAIN.md §4); in:
  // verified identities, and the shelter referrals the shelter answers.
  exchange: {
    publishes: ['person.registered', 'person.updated', 'person.protection-started', 'person.protection-ended', 'tracing.match-confirmed'],
    consumes: { 'public-security': publicSecurityHandlers, 'womens-federation': womensFederationHandlers },
    projections: { 'womens-federation': referralProjection },
  },
};
