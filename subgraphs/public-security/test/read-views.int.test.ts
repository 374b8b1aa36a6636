/**
 * Read views: what the identity-check and foreign-national lists and the loaders behind their
 * resolvers answer with. Every identity check, status check (with its events, notification and
 * hand-over), biometric sample, check event and tracing confirmation of the test data reads the same as a view as it does as the managed entity built from
 * its row (a reference to one as the id it names), and reading views manages nothing.
 */
import { randomUUID } from 'node:crypto';
import { expectReadViewsAsEntities, openTestSubgraph, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { BiometricSample } from '../src/entities/biometric-sample.entity';
import { IdentityCheckEvent } from '../src/entities/identity-check-event.entity';
import { TracingConfirmation } from '../src/entities/tracing-confirmation.entity';
import { ForeignAffairsNotification } from '../src/entities/foreign-affairs-notification.entity';
import { ForeignNationalStatusCheckEvent } from '../src/entities/foreign-national-status-check-event.entity';
import { ForeignNationalStatusCheck } from '../src/entities/foreign-national-status-check.entity';
import { IdentityCheck } from '../src/entities/identity-check.entity';
import { PoliceHandOver } from '../src/entities/police-hand-over.entity';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  // The test data holds no confirmed tracing match: one of a person of this suite's own.
  const em = subgraph.orm.em.fork();
  em.create(TracingConfirmation, { personId: randomUUID(), name: '视图测试', confirmedAt: new Date(Date.now() - 60_000), receivedAt: new Date() });
  await em.flush();
});
afterAll(() => subgraph.close());

it('reads every IdentityCheck as a view as the entity holds it', async () => {
  await expectReadViewsAsEntities(subgraph.orm, IdentityCheck, 6, ['scalar:timestamptz', 'scalar:text', 'scalar:uuid']);
});

// Each: the entity and the kinds of values that must have been compared with a value (not only nulls).
it.each([
  ['foreign-national status check', ForeignNationalStatusCheck, ['scalar:timestamptz', 'scalar:text', 'scalar:uuid']],
  ['status check event', ForeignNationalStatusCheckEvent, ['m:1:ForeignNationalStatusCheck', 'scalar:timestamptz']],
  ['foreign-affairs notification', ForeignAffairsNotification, ['1:1:ForeignNationalStatusCheck', 'scalar:timestamptz']],
  ['biometric sample', BiometricSample, ['m:1:IdentityCheck', 'scalar:text', 'scalar:timestamptz']],
  ['identity-check event', IdentityCheckEvent, ['m:1:IdentityCheck', 'scalar:text', 'scalar:timestamptz']],
  ['tracing confirmation', TracingConfirmation, ['scalar:uuid', 'scalar:text', 'scalar:timestamptz']],
  ['police hand-over', PoliceHandOver, ['1:1:ForeignNationalStatusCheck', 'scalar:timestamptz']],
] as const)('reads every %s as a view as the entity holds it', async (_name, entity, filled) => {
  await expectReadViewsAsEntities(subgraph.orm, entity as never, 1, filled);
});
