/**
 * The womens-federation subgraph as a definition: SDL, resolvers, permissions, entities, migrations,
 * context and demo data. Pure: nothing here opens a socket or a database.
 */
import { subgraphFiles, type SubgraphDefinition } from '@lifeline/subgraph-runtime';
import { createContext, type SubgraphContext } from './context';
import { civilAffairsHandlers } from './domain/person-merge';
import { entities } from './entities';
import { protectedRecords } from './domain/access';
import { permissions } from './permissions';
import { resolvers } from './resolvers';
import { seedDemoRegion } from './seeders/demo-region.seeder';

export const SUBGRAPH_NAME = 'womens-federation';

export const definition: SubgraphDefinition<SubgraphContext> = {
  ...subgraphFiles(SUBGRAPH_NAME, __dirname),
  defaultPort: 4003,
  resolvers,
  permissions,
  protectedRecords,
  entities,
  createContext,
  changeFeed: 'womensFederationChanges',
  seedDemo: seedDemoRegion,
  // Referrals: what the shelter needs to answer them and receive the victim (DOMAIN.md §3, §4);
  // civil affairs' merges and removals: the referrals follow the victim's record.
  exchange: { publishes: ['referral.submitted', 'referral.withdrawn', 'referral.closed'], consumes: { 'civil-affairs': civilAffairsHandlers } },
};
