/**
 * Read views: what the loaders behind the AidEntrustment resolvers answer with. Every AidEntrustment of the test
 * data reads the same as a view as it does as the managed entity built from its row, and reading
 * views manages nothing.
 */
import { expectReadViewsAsEntities, openTestSubgraph, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { AidEntrustment } from '../src/entities/aid-entrustment.entity';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

it('reads every AidEntrustment as a view as the entity holds it', async () => {
  await expectReadViewsAsEntities(subgraph.orm, AidEntrustment, 6, ['scalar:timestamptz', 'scalar:text', 'scalar:uuid']);
});
