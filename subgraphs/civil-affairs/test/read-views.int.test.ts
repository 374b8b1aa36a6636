/**
 * Read views: what the persons page, the dispatch board and the person and case loaders answer with. Every person and
 * rescue case of the test region reads the same as a view as it does as the managed entity built
 * from its row (a many-to-one as the id it names), and reading views manages nothing.
 */
import { compareReadViews, openTestSubgraph, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { Person } from '../src/entities/person.entity';
import { RescueCase } from '../src/entities/rescue-case.entity';
import { StreetReport } from '../src/entities/street-report.entity';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

it('reads every person as a view as the entity holds her, dates, ages, flags and texts alike', async () => {
  const compared = await compareReadViews(subgraph.orm, Person);
  expect(compared.rows).toBeGreaterThan(20);
  expect(compared.differences).toEqual([]);
  expect(compared.filled).toEqual(expect.arrayContaining(['scalar:DateType', 'scalar:smallint', 'scalar:timestamptz', 'scalar:boolean', 'scalar:text', 'scalar:integer']));
  expect(compared.managed).toBe(0);
});

it('reads every rescue case as a view as the entity holds it, its person and station by id', async () => {
  const compared = await compareReadViews(subgraph.orm, RescueCase);
  expect(compared.rows).toBeGreaterThan(20);
  expect(compared.differences).toEqual([]);
  expect(compared.filled).toEqual(expect.arrayContaining(['m:1:Person', 'm:1:Station', 'scalar:timestamptz', 'scalar:text']));
  expect(compared.managed).toBe(0);
});

it('reads every street report as a view as the entity holds it, the station sent by id', async () => {
  const compared = await compareReadViews(subgraph.orm, StreetReport);
  expect(compared.rows).toBeGreaterThan(5);
  expect(compared.differences).toEqual([]);
  expect(compared.filled).toEqual(expect.arrayContaining(['m:1:Station', 'scalar:timestamptz', 'scalar:text']));
  expect(compared.managed).toBe(0);
});
