/**
 * Read views: what the referral lists, pages and loaders answer with. Every referral, child and
 * service of the test region reads the same as a view as it does as the managed entity built from
 * its row (a many-to-one as the id it names; the risk factors and needs, JSON, compared whole),
 * and reading views manages nothing.
 */
import { expectReadViewsAsEntities, openTestSubgraph, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { ReferralService } from '../src/entities/referral-service.entity';
import { ShelterReferral } from '../src/entities/shelter-referral.entity';
import { ShelterReferralChild } from '../src/entities/shelter-referral-child.entity';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

it('reads every referral as a view as the entity holds it: the victim, the risk, the consent and the file’s dates', async () => {
  await expectReadViewsAsEntities(subgraph.orm, ShelterReferral, 6, ['scalar:timestamptz', 'scalar:text', 'scalar:smallint', 'scalar:boolean', 'scalar:JsonType', 'scalar:uuid']);
});

it('reads every child and every service of a referral as a view, the referral by id', async () => {
  for (const entity of [ShelterReferralChild, ReferralService] as const) {
    await expectReadViewsAsEntities(subgraph.orm, entity as never, 1, ['m:1:ShelterReferral']);
  }
});
