/**
 * Read views: what the loaders behind the AidEntrustment resolvers answer with. Every AidEntrustment of the test
 * data reads the same as a view as it does as the managed entity built from its row, and reading
 * views manages nothing.
 */
import { compareReadViews, openTestSubgraph, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { AidEntrustment } from '../src/entities/aid-entrustment.entity';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

it('reads every AidEntrustment as a view as the entity holds it', async () => {
  const compared = await compareReadViews(subgraph.orm, AidEntrustment);
  expect(compared.rows).toBeGreaterThan(5);
  expect(compared.differences).toEqual([]);
  expect(compared.filled).toEqual(expect.arrayContaining(['scalar:timestamptz', 'scalar:text', 'scalar:uuid']));
  expect(compared.managed).toBe(0);
});
