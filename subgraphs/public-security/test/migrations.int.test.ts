import { migrationDrift } from '@lifeline/subgraph-runtime/testing';
import { definition } from '../src/server';

it('has committed migrations that match the entities exactly', async () => {
  expect(await migrationDrift(definition)).toBe('');
});
