/**
 * Read views: what the loaders behind the AidEntrustment resolvers answer with. Every entrustment,
 * its items, versions, deliveries and events, and every legal-status finding of the test data
 * reads the same as a view as it does as the managed entity built from its row, and reading views
 * manages nothing.
 */
import { randomUUID } from 'node:crypto';
import { expectReadViewsAsEntities, openTestSubgraph, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { AidDelivery } from '../src/entities/aid-delivery.entity';
import { AidEntrustmentEvent } from '../src/entities/aid-entrustment-event.entity';
import { AidEntrustmentVersion } from '../src/entities/aid-entrustment-version.entity';
import { AidEntrustment } from '../src/entities/aid-entrustment.entity';
import { EntrustedAidItem } from '../src/entities/entrusted-aid-item.entity';
import { LegalStatusFinding } from '../src/entities/legal-status-finding.entity';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  // The test data holds no legal-status finding: one of a person of this suite's own.
  const em = subgraph.orm.em.fork();
  em.create(LegalStatusFinding, { statusCheckId: randomUUID(), personId: randomUUID(), status: 'LEGAL_RESIDENCE', foundAt: new Date(Date.now() - 60_000), receivedAt: new Date() });
  await em.flush();
});
afterAll(() => subgraph.close());

it('reads every AidEntrustment as a view as the entity holds it', async () => {
  await expectReadViewsAsEntities(subgraph.orm, AidEntrustment, 6, ['scalar:timestamptz', 'scalar:text', 'scalar:uuid']);
});

// Each: the entity and the kinds of values that must have been compared with a value (not only nulls).
it.each([
  ['entrusted aid item', EntrustedAidItem, ['m:1:AidEntrustment', 'scalar:BigIntType', 'scalar:integer', 'scalar:text']],
  ['version of the terms', AidEntrustmentVersion, ['m:1:AidEntrustment', 'scalar:BigIntType', 'scalar:integer', 'scalar:timestamptz']],
  ['aid delivery', AidDelivery, ['m:1:AidEntrustment', 'scalar:BigIntType', 'scalar:DateType', 'scalar:integer', 'scalar:timestamptz']],
  ['entrustment event', AidEntrustmentEvent, ['m:1:AidEntrustment', 'scalar:text', 'scalar:timestamptz']],
  ['legal-status finding', LegalStatusFinding, ['scalar:uuid', 'scalar:text', 'scalar:timestamptz']],
] as const)('reads every %s as a view as the entity holds it', async (_name, entity, filled) => {
  await expectReadViewsAsEntities(subgraph.orm, entity as never, 1, filled);
});
