/**
 * Read views (`viewFromRow`): what the persons page, the person and case loaders answer with. For
 * every person and rescue case in the test region, the view of a row holds exactly the values the
 * managed entity built from the same row holds (a many-to-one as the id it names), so a resolver
 * reads the same whichever it is given; and a view is nothing the EntityManager manages.
 */
import { entityFromRow, viewFromRow } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type EntityName } from '@mikro-orm/core';
import { type SubgraphContext } from '../src/context';
import { Person } from '../src/entities/person.entity';
import { RescueCase } from '../src/entities/rescue-case.entity';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

/** An entity's stored properties as plain values: a reference by its id. */
function stored(em: TestSubgraph<SubgraphContext>['orm']['em'], entityName: string, entity: object): Record<string, unknown> {
  const meta = em.getMetadata().get(entityName);
  const values: Record<string, unknown> = {};
  for (const prop of meta.props) {
    if (prop.persist === false || prop.kind === '1:m' || prop.kind === 'm:n') continue;
    const value = (entity as Record<string, unknown>)[prop.name];
    values[prop.name] = value !== null && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value) ? { id: (value as { id: unknown }).id } : value;
  }
  return values;
}

it.each([
  ['Person', Person, 'person'],
  ['RescueCase', RescueCase, 'rescue_case'],
] as Array<[string, EntityName<object>, string]>)('views every %s row as the entity built from it holds it', async (name, entity, table) => {
  const em = subgraph.orm.em.fork();
  const rows = await em.getConnection().execute<Array<Record<string, unknown>>>(`select * from ${table}`);
  expect(rows.length).toBeGreaterThan(20);
  const filled = new Set<string>();
  for (const row of rows) {
    const view = viewFromRow(em, entity, row);
    const managed = entityFromRow(em.fork(), entity, row);
    expect(view).toEqual(stored(em, name, managed));
    for (const [key, value] of Object.entries(view)) if (value !== null && value !== undefined) filled.add(key);
  }
  // Each kind of column was compared with a value in it, not only with nulls.
  const kinds = new Set(em.getMetadata().get(name).props.filter((p) => filled.has(p.name)).map((p) => `${p.kind}:${p.type}`));
  expect([...kinds].sort()).toEqual(expect.arrayContaining(name === 'Person' ? ['scalar:DateType', 'scalar:smallint', 'scalar:timestamptz', 'scalar:boolean', 'scalar:text'] : ['m:1:Person', 'scalar:timestamptz']));
  // Nothing was put under the EntityManager's management.
  expect(em.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
});
