/**
 * The statements `findViews` remembers by the shape of their condition (the runtime's
 * find-statements): with public security's real scopes (the caller's job and the protection raw
 * fragment) and loaders' conditions, the views read once a shape's statement is remembered are the
 * rows `em.find` reads, for every caller and every set of persons; the remembered statement is the
 * query builder's to the letter; a condition whose statement differs by a value that is no
 * binding (`is null`) is not answered by it; and no raw fragment is left registered.
 */
import { RawQueryFragment, type FilterQuery } from '@mikro-orm/core';
import { findViews, rememberedFindStatements } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { identityCheckScope } from '../src/domain/access';
import { IdentityCheck } from '../src/entities/identity-check.entity';
import { definition } from '../src/server';
import { recordCallers } from './callers.fixture';

let subgraph: TestSubgraph<SubgraphContext>;
let persons: string[];
const callers = recordCallers('find-statements', { county: '379901', other: '379902' });
const ORDER = { requestedAt: 'asc', id: 'asc' } as const;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  const checks = await subgraph.orm.em.fork().find(IdentityCheck, {}, { orderBy: ORDER });
  persons = [...new Set(checks.map((check) => check.personId))];
});
afterAll(() => subgraph.close());

/** The caller's condition on the checks of `personIds` (built afresh: a raw fragment serves one statement). */
function condition(caller: (typeof callers)['police'], extra: FilterQuery<IdentityCheck> = {}): FilterQuery<IdentityCheck> | null {
  const scope = identityCheckScope(caller);
  return scope === null ? null : { $and: [scope, extra] };
}

/** The ids `findViews` and `em.find` read for one condition, each with a condition of its own. */
async function bothWays(caller: (typeof callers)['police'], extra: () => FilterQuery<IdentityCheck>) {
  const em = subgraph.orm.em.fork();
  const viewed = await findViews(em, IdentityCheck, condition(caller, extra())!, ORDER);
  const found = await em.find(IdentityCheck, condition(caller, extra())!, { orderBy: ORDER });
  return { viewed: viewed.map((check) => check.id), found: found.map((check) => check.id) };
}

it('has identity checks of enough persons to vary the sets', () => {
  expect(persons.length).toBeGreaterThanOrEqual(6);
});

it('reads the rows em.find reads, for every caller and every set of persons, before and after the shape is remembered', async () => {
  const readers = [callers.police, callers.center, callers.county, callers.fao, callers.entitled.police];
  const before = rememberedFindStatements();
  let compared = 0;
  for (let round = 0; round < 5; round += 1) {
    // The same shape (three persons) with other persons each round.
    const set = [0, 1, 2].map((offset) => persons[(round + offset * 2) % persons.length]!);
    for (const caller of readers) {
      const { viewed, found } = await bothWays(caller, () => ({ personId: { $in: [...set] } }));
      expect(viewed).toEqual(found);
      compared += found.length;
    }
  }
  // Police and the center see every check: the rounds compared rows, not only empty answers.
  expect(compared).toBeGreaterThan(0);
  const after = rememberedFindStatements();
  // One shape per caller's scope at least: the police's and the center's scopes are alike ({}), the county's and FAO's differ.
  expect(after.trusted - before.trusted).toBeGreaterThanOrEqual(3);
  expect(after.never).toBe(before.never);
});

it('sends the remembered statement as the query builder wrote it', async () => {
  const ids = persons.slice(0, 4);
  const statements: string[] = [];
  for (let round = 0; round < 4; round += 1) {
    const em = subgraph.orm.em.fork();
    const { sql } = await subgraph.queries.during(() => findViews(em, IdentityCheck, condition(callers.county, { personId: { $in: [...ids] }, reason: round % 2 ? 'UNIDENTIFIED_PERSON' : 'SUSPECTED_FOREIGN_NATIONAL' })!, ORDER));
    expect(sql).toHaveLength(1);
    statements.push(sql[0]!);
  }
  // The first two rounds were built by the query builder, the last by the remembered statement.
  expect(new Set(statements).size).toBe(1);
});

it('does not answer a condition whose statement holds another value (is null against a time)', async () => {
  const em = subgraph.orm.em.fork();
  const someTime = (await em.find(IdentityCheck, { concludedAt: { $ne: null } }, { limit: 1 }))[0]?.concludedAt;
  expect(someTime).toBeInstanceOf(Date);
  for (let round = 0; round < 10; round += 1) {
    // Alternately `concluded_at is null` and `concluded_at = ?`: one shape, two statements. The
    // null's statement is remembered (it holds the null) and trusted by the fifth round; the
    // times are built by the query builder every round.
    const concludedAt = round % 2 === 0 ? null : someTime!;
    const { viewed, found } = await bothWays(callers.police, () => ({ concludedAt }));
    expect(viewed).toEqual(found);
    if (concludedAt === null) expect(found.length).toBeGreaterThan(0);
  }
});

it('reads a condition with a value twice (a binding it cannot trace) right every time', async () => {
  const [first, second] = persons;
  for (let round = 0; round < 4; round += 1) {
    const { viewed, found } = await bothWays(callers.police, () => ({ personId: { $in: round % 2 ? [first!, first!] : [second!, second!] } }));
    expect(viewed).toEqual(found);
    expect(found.length).toBeGreaterThan(0);
  }
});

it('leaves no raw fragment registered, remembered statement or not', async () => {
  const set = persons.slice(0, 3);
  await bothWays(callers.fao, () => ({ personId: { $in: [...set] } }));
  const registered = RawQueryFragment.checkCacheSize();
  for (let round = 0; round < 30; round += 1) await bothWays(callers.fao, () => ({ personId: { $in: [...set] } }));
  expect(RawQueryFragment.checkCacheSize()).toBe(registered);
});
