/// <reference types="jest" />
/**
 * Test helpers shared by the subgraphs' integration tests: a fresh database per suite run
 * (embedded PGlite by default, a real PostgreSQL server with DATABASE_URL), an ORM whose SQL
 * statements are counted, and operations executed in-process as the gateway would send them.
 */
import { randomUUID } from 'node:crypto';
import { inspect, isDeepStrictEqual } from 'node:util';
import { type BaseContext } from '@apollo/server';
import { ReferenceKind, Utils, type EntityName, type EntityProperty, type FilterQuery, type MikroORM } from '@mikro-orm/core';
import { type PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { ANONYMOUS, type Caller } from './auth/caller';
import { openDatabase, type SubgraphDatabase } from './database/database';
import { openOrm } from './database/orm';
import { findViews } from './database/entity-rows';
import { ExchangeConsumer, type ExchangeHandlers } from './exchange/consumer';
import { type ExchangeAgency } from './exchange/event-catalog';
import { optionalTestEnv, publishTestEnv, testDatabaseUrl } from './config/test-env';
import { personProjectionHandlers } from './exchange/person-projection';
import { personalDataTypes, unclassifiedFields } from './graphql/sensitivity';
import { createSubgraphServer, type RequestScope, type SubgraphDefinition, type SubgraphServer } from './subgraph';

export * from './config/test-env';

/**
 * Starts an empty database for a test run: in-memory PGlite, or `lifeline_test_<name>` dropped
 * and re-created on the server named by DATABASE_URL. Call from Jest's globalSetup (PGlite cannot
 * start inside a Jest worker) and publish `clientUrl` through the environment.
 */
export async function startTestDatabase(name: string, databaseUrl = optionalTestEnv('DATABASE_URL')): Promise<SubgraphDatabase> {
  if (databaseUrl) {
    const dbName = `lifeline_test_${name.replace(/-/g, '_')}`;
    const admin = new URL(databaseUrl);
    admin.pathname = '/postgres';
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(`drop database if exists "${dbName}" with (force)`);
    } finally {
      await client.end();
    }
    return openDatabase({ name, databaseUrl, databaseName: dbName });
  }
  return openDatabase({ name, dataDir: 'memory', maxConnections: 30 });
}

/** Counts the SQL statements an ORM runs. */
export class QueryCounter {
  statements: string[] = [];
  readonly listener = (sql: string) => {
    this.statements.push(sql);
  };
  get count(): number {
    return this.statements.length;
  }
  reset(): void {
    this.statements = [];
  }
  /** Counts the statements run while `work` runs. */
  async during<T>(work: () => Promise<T>): Promise<{ result: T; statements: number; sql: string[] }> {
    this.reset();
    const result = await work();
    return { result, statements: this.count, sql: [...this.statements] };
  }
}

export interface TestSubgraph<TContext extends BaseContext> extends SubgraphServer<TContext> {
  orm: MikroORM<PostgreSqlDriver>;
  queries: QueryCounter;
  /** Executes an operation as the gateway would forward it for `caller`; returns the single result. */
  execute<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    caller?: Caller,
  ): Promise<{ data?: TData | null; errors?: ReadonlyArray<{ message: string; path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }> }>;
  close(): Promise<void>;
}

/**
 * Opens a subgraph over the test database in `clientUrl`, ready to execute operations. The suite's
 * global set-up migrates that database once (`migrate: true`); a test file opens it as it is.
 */
export async function openTestSubgraph<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
  clientUrl: string,
  { migrate = false }: { migrate?: boolean } = {},
): Promise<TestSubgraph<TContext>> {
  const queries = new QueryCounter();
  const orm = await openOrm({
    name: definition.name,
    clientUrl,
    entities: definition.entities,
    migrationsPath: definition.migrationsPath,
    onQuery: queries.listener,
    migrate,
  });
  const server = createSubgraphServer(definition, orm);
  await server.apollo.start();
  return {
    ...server,
    orm,
    queries,
    async execute(query, variables, caller = ANONYMOUS) {
      const scope: RequestScope = { caller, requestId: 'test-request-0001' };
      const response = await server.apollo.executeOperation(
        { query, ...(variables ? { variables } : {}) },
        { contextValue: server.contextFor(scope) },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as never;
    },
    async close() {
      await server.apollo.stop();
      await orm.close(true);
    },
  };
}

/** A caller for tests. */
export function testCaller(overrides: Partial<Caller> = {}): Caller {
  return { ...ANONYMOUS, kind: 'user', id: 'test.user', roles: [], ...overrides };
}

interface SuiteGlobals {
  __lifelineDatabase?: SubgraphDatabase;
}

/**
 * Jest globalSetup for a subgraph's integration tests: starts the suite's database once (PGlite
 * cannot start inside a Jest worker), migrates it, loads the demo region and publishes the URL
 * as TEST_DATABASE_URL.
 */
export function suiteGlobalSetup<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
  options: { personFacts?: () => readonly TestPersonFacts[] } = {},
): () => Promise<void> {
  return async () => {
    const database = await startTestDatabase(definition.name);
    const subgraph = await openTestSubgraph(definition, database.clientUrl, { migrate: true });
    await definition.seedDemo?.(subgraph.orm.em.fork() as never);
    // Civil affairs' persons, applied as its feed would deliver them (for the agencies that consume it).
    if (options.personFacts) await applyPersonFacts(subgraph.orm, definition.name, options.personFacts());
    await subgraph.close();
    // The ORM keeps entity metadata in a process-wide store; leave none behind for the test realm.
    delete (globalThis as Record<string, unknown>)['mikro-orm-metadata'];
    publishTestEnv('TEST_DATABASE_URL', database.clientUrl);
    (globalThis as SuiteGlobals).__lifelineDatabase = database;
  };
}

/**
 * The SQL that would bring the suite's test database (built by the committed migrations) to the
 * schema the subgraph's entities describe: empty when the migrations match the entities exactly.
 */
export async function migrationDrift<TContext extends BaseContext>(definition: SubgraphDefinition<TContext>): Promise<string> {
  const subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  try {
    return (await subgraph.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false })).trim();
  } finally {
    await subgraph.close();
  }
}

/** Jest globalTeardown matching suiteGlobalSetup. */
export async function suiteGlobalTeardown(): Promise<void> {
  await (globalThis as SuiteGlobals).__lifelineDatabase?.close();
}

/** What civil affairs would publish about one person, for a test database of another agency. */
export interface TestPersonFacts {
  personId: string;
  county: string | null;
  foreignNational: boolean;
  /** The entitled usernames when she is a protected victim. */
  protectedFor?: string[];
}

/**
 * The real consumer of `source`'s events with `handlers`, on no transport: the test hands it the
 * envelopes itself (`apply`, `deliver`), as if read from the producer's feed.
 */
export function testExchangeConsumer(orm: MikroORM<PostgreSqlDriver>, consumer: string, source: ExchangeAgency, handlers: ExchangeHandlers): ExchangeConsumer {
  return new ExchangeConsumer({ orm, consumer, source, handlers, transport: { kind: 'embedded', subscribe: () => ({ stop: async () => {} }), close: async () => {} } });
}

/**
 * Fills a consumer's person projection as civil affairs' events would: each person's events go
 * through the real consumer (validation, ordering, idempotency), as if read from civil affairs' feed.
 */
export async function applyPersonFacts(orm: MikroORM<PostgreSqlDriver>, consumer: string, facts: readonly TestPersonFacts[]): Promise<void> {
  const applier = testExchangeConsumer(orm, consumer, 'civil-affairs', personProjectionHandlers);
  let position = Number(await applier.storedPosition());
  const envelope = (type: string, subjectId: string, subjectSeq: number, payload: unknown) => ({
    position: String(++position),
    eventId: randomUUID(),
    type,
    owner: 'civil-affairs',
    subjectType: 'Person',
    subjectId,
    subjectSeq,
    occurredAt: new Date().toISOString(),
    payloadVersion: 1,
    payload,
  });
  const batch = facts.flatMap((f) => [
    envelope('person.registered', f.personId, 1, { personId: f.personId, county: f.county, foreignNational: f.foreignNational }),
    ...(f.protectedFor ? [envelope('person.protection-started', f.personId, 2, { personId: f.personId, entitledUsernames: f.protectedFor })] : []),
  ]);
  const outcomes = await applier.deliver(batch);
  if (outcomes.some((o) => o === 'DEAD_LETTER')) throw new Error('a person fact was refused by the consumer');
}

/**
 * The test every subgraph runs on its own SDL: every field of a type holding personal data carries
 * `@sensitive` (so a new field fails until someone decides), and the protected-record rules name
 * only types the SDL has.
 */
export function describeSensitivityClassification<TContext extends BaseContext>(definition: SubgraphDefinition<TContext>): void {
  describe(`the sensitivity classification in ${definition.name}'s SDL`, () => {
    it('classifies every field of every type that holds personal data (a new field fails until decided)', () => {
      expect(personalDataTypes(definition.typeDefs).length).toBeGreaterThan(0);
      expect(unclassifiedFields(definition.typeDefs)).toEqual([]);
    });

    it('names a protected-record rule only for types the SDL has', () => {
      const types = new Set(personalDataTypes(definition.typeDefs));
      expect(Object.keys(definition.protectedRecords ?? {}).filter((type) => !types.has(type))).toEqual([]);
    });
  });
}

/** One page of a Relay connection, as a test reads it. */
export interface TestConnectionPage<TNode> {
  edges: Array<{ node: TNode }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * Every node of a connection, page after page: `readPage` reads the page after a cursor (null for
 * the first); the last page's count and how many pages it took come back with the nodes.
 */
export async function everyPage<TNode>(readPage: (after: string | null) => Promise<TestConnectionPage<TNode>>): Promise<{ nodes: TNode[]; totalCount: number; pages: number }> {
  const nodes: TNode[] = [];
  for (let after: string | null = null, pages = 1; ; pages += 1) {
    const page = await readPage(after);
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return { nodes, totalCount: page.totalCount, pages };
    after = page.pageInfo.endCursor;
  }
}

/** One page of a Relay connection read back from its end (`last`/`before`), as a test reads it. */
export interface TestBackwardPage<TNode> {
  edges: Array<{ node: TNode }>;
  pageInfo: { hasPreviousPage: boolean; startCursor: string | null };
  totalCount: number;
}

/**
 * Every node of a connection, page before page from its end: `readPage` reads the page before a
 * cursor (null for the last page). The nodes come back in the list's own order, as `everyPage`
 * gives them, with the count the last page read gave and how many pages it took.
 */
export async function everyPageBackwards<TNode>(readPage: (before: string | null) => Promise<TestBackwardPage<TNode>>): Promise<{ nodes: TNode[]; totalCount: number; pages: number }> {
  const nodes: TNode[] = [];
  for (let before: string | null = null, pages = 1; ; pages += 1) {
    const page = await readPage(before);
    nodes.unshift(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasPreviousPage) return { nodes, totalCount: page.totalCount, pages };
    before = page.pageInfo.startCursor;
  }
}

/** The paging arguments of a connection that pages both ways. */
export interface TestPaging {
  first?: number;
  after?: string | null;
  last?: number;
  before?: string | null;
}

/** One page of a connection that pages both ways, with its `PageInfo` in full. */
export interface TestTwoWayPage<TNode> {
  edges: Array<{ cursor: string; node: TNode }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/**
 * Checks that a connection pages back as it pages forward: from its end, `size` at a time before
 * each page's `startCursor`, it yields exactly the nodes of paging forward `size` at a time after
 * each `endCursor`, each once and in the same order, with the same count; each page's cursors are
 * its first and last edges', and the side it was not read towards answers whether it was read from
 * a cursor. `readPage` reads one page with the list's other arguments and caller fixed; `key` tells
 * the nodes apart. Where other suites may add to the list meanwhile (a city-wide list on a shared
 * database), `own` picks the suite's nodes: only they are compared, each still once. Answers the
 * nodes paged forward and how many pages that took.
 */
export async function expectPagingBackAsForward<TNode>(
  readPage: (paging: TestPaging) => Promise<TestTwoWayPage<TNode>>,
  key: (node: TNode) => string,
  options: { size?: number; own?: (node: TNode) => boolean } = {},
): Promise<{ nodes: TNode[]; pages: number }> {
  const size = options.size ?? 2;
  const checked = async (paging: TestPaging, cursor: string | null | undefined) => {
    const page = await readPage(paging);
    const { pageInfo, edges } = page;
    expect(pageInfo.startCursor).toBe(edges[0]?.cursor ?? null);
    expect(pageInfo.endCursor).toBe(edges.at(-1)?.cursor ?? null);
    expect(edges.length).toBeLessThanOrEqual(size);
    expect(paging.last === undefined ? pageInfo.hasPreviousPage : pageInfo.hasNextPage).toBe(cursor != null);
    return page;
  };
  const forward = await everyPage((after) => checked({ first: size, after }, after));
  const backward = await everyPageBackwards((before) => checked({ last: size, before }, before));
  for (const { nodes } of [forward, backward]) expect(new Set(nodes.map(key)).size).toBe(nodes.length);
  const own = options.own ?? (() => true);
  expect(backward.nodes.filter(own).map(key)).toEqual(forward.nodes.filter(own).map(key));
  if (!options.own) {
    expect(backward.totalCount).toBe(forward.totalCount);
    expect(backward.pages).toBe(forward.pages);
  }
  return { nodes: forward.nodes, pages: forward.pages };
}

/** A GraphQL answer as the refusal checks read it. */
export interface TestAnswer {
  data?: unknown;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}

/**
 * Checks that a connection refuses, with BAD_USER_INPUT and no data, paging forward and back at
 * once (`first` with `last`, `after` with `before`, and each with the other direction's other
 * argument), a `last` outside 1 to 100, and a `before` that is forged or, given `foreignCursor`
 * (a cursor of the same list in another order), from another order. `cursor` is one of the list's
 * own cursors; `read` reads one page with the list's other arguments and caller fixed.
 */
export async function expectMixedPagingRefused(read: (paging: TestPaging) => Promise<TestAnswer>, cursor: string, foreignCursor?: string): Promise<void> {
  const refusals: Array<[TestPaging, RegExp]> = [
    [{ first: 2, last: 2 }, /first and last cannot be used together/],
    [{ after: cursor, before: cursor }, /after and before cannot be used together/],
    [{ first: 2, before: cursor }, /first and before cannot be used together/],
    [{ after: cursor, last: 2 }, /after and last cannot be used together/],
    [{ last: 101 }, /last must be between 1 and 100/],
    [{ last: 0 }, /last must be between 1 and 100/],
    [{ last: 2, before: 'bm90LWEtY3Vyc29y' }, /not valid/],
    ...(foreignCursor ? [[{ last: 2, before: foreignCursor }, /another order/] as [TestPaging, RegExp]] : []),
  ];
  for (const [paging, message] of refusals) {
    const result = await read(paging);
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(result.data ?? null).toBeNull();
  }
}

/**
 * Checks that `nodes` are in keyset order: by the instant in `key`, then by id, each ascending
 * (`direction` 1) or descending (-1); a total order, so no two nodes compare equal.
 */
export function expectKeysetOrder<TNode extends { id: string }>(nodes: readonly TNode[], key: keyof TNode & string, direction: 1 | -1): void {
  const instant = (node: TNode) => Date.parse(String(node[key]));
  for (let i = 1; i < nodes.length; i += 1) {
    const [a, b] = [nodes[i - 1]!, nodes[i]!];
    const step = instant(a) !== instant(b) ? Math.sign(instant(b) - instant(a)) : a.id < b.id ? 1 : -1;
    expect(step).toBe(direction);
  }
}
/**
 * Reading one connection field of the subgraph under test as `defaultCaller` (or another): a page
 * (with its errors, for the refusals), every page to the end, checking that each page's
 * `endCursor` is its last edge's cursor, and the checks that it pages back from its end as it
 * pages forward and refuses mixing the two. `subgraph` is read at each call: the suites open
 * theirs in `beforeAll`. The document takes `$first`, `$after`, `$last` and `$before`, and reads
 * `pageInfo` in full.
 */
export function connectionReader<Field extends string, Node>(
  subgraph: () => Pick<TestSubgraph<BaseContext>, 'execute' | 'queries'>,
  field: Field,
  document: string,
  defaultCaller: Caller,
) {
  const page = (variables: Record<string, unknown>, caller = defaultCaller) => subgraph().execute<Record<Field, TestTwoWayPage<Node>>>(document, variables, caller);
  const pageToTheEnd = (variables: Record<string, unknown>, caller = defaultCaller) =>
    everyPage(async (after) => {
      const result = await page({ ...variables, after }, caller);
      expect(result.errors).toBeUndefined();
      const connection = result.data![field];
      if (connection.pageInfo.hasNextPage) expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)!.cursor);
      return connection;
    });
  /** Pages the list under `variables` forward and back from its end, 2 at a time, and checks they yield the same nodes in the same order (`own`: only the suite's). */
  const pagesBackAsForward = (variables: Record<string, unknown>, key: (node: Node) => string, caller = defaultCaller, own?: (node: Node) => boolean) =>
    expectPagingBackAsForward(
      async (paging: TestPaging) => {
        const result = await page({ ...variables, ...paging }, caller);
        expect(result.errors).toBeUndefined();
        return result.data![field];
      },
      key,
      { own },
    );
  /** Checks the list under `variables` refuses paging forward and back at once, and a bad `last` or `before`. */
  const refusesMixedPaging = async (variables: Record<string, unknown>, foreignOrder?: Record<string, unknown>, caller = defaultCaller) => {
    const own = (await page({ ...variables, first: 1 }, caller)).data![field].pageInfo.endCursor;
    const foreign = foreignOrder ? (await page({ ...variables, ...foreignOrder, first: 1 }, caller)).data![field].pageInfo.endCursor : undefined;
    expect(own).toEqual(expect.any(String));
    await expectMixedPagingRefused((paging) => page({ ...variables, ...paging }, caller), own!, foreign ?? undefined);
  };
  /**
   * Checks a window of time in the list's UPDATED order: `updatedSince` with `updatedBefore` yields
   * exactly the records of the whole list (under `variables`) changed at or after the one instant
   * and before the other, in the same order. Needs three records at least; the window runs from the
   * second record's change to the last one's (which it leaves out).
   */
  const pagesWindowOfTime = async (variables: Record<string, unknown> = {}, caller = defaultCaller) => {
    type Changed = { id: string; updatedAt: string };
    const all = (await pageToTheEnd({ ...variables, order: 'UPDATED', first: 100 }, caller)).nodes as unknown as Changed[];
    expect(all.length).toBeGreaterThanOrEqual(3);
    const since = all[1]!.updatedAt;
    const before = all.at(-1)!.updatedAt;
    const inWindow = all.filter((node) => Date.parse(node.updatedAt) >= Date.parse(since) && Date.parse(node.updatedAt) < Date.parse(before));
    expect(inWindow.length).toBeGreaterThan(0);
    const window = (await pageToTheEnd({ ...variables, order: 'UPDATED', updatedSince: since, updatedBefore: before, first: 100 }, caller)).nodes as unknown as Changed[];
    expect(window.map((node) => node.id)).toEqual(inWindow.map((node) => node.id));
  };
  /**
   * Pages the list in `order` two at a time to its end and checks it yields each of `visible()`
   * (by the rule, not by the code under test) exactly once, in more than two pages, counted, in
   * keyset order by the instant in `key` (`direction` 1: ascending). Answers the nodes, for the
   * suite's own checks of what it must leave out.
   */
  const pagesEachVisibleOnce = async (order: string, key: keyof Node & string, direction: 1 | -1, visible: () => Promise<Array<{ id: string }>>, caller = defaultCaller) => {
    const { nodes, totalCount, pages } = await pageToTheEnd({ order, first: 2 }, caller);
    const ids = (nodes as unknown as Array<{ id: string }>).map((node) => node.id);
    expect(pages).toBeGreaterThan(2);
    expect([...ids].sort()).toEqual((await visible()).map((row) => row.id).sort());
    expect(new Set(ids).size).toBe(nodes.length);
    expect(totalCount).toBe(nodes.length);
    expectKeysetOrder(nodes as unknown as Array<Node & { id: string }>, key, direction);
    return nodes;
  };
  /**
   * Checks that every change moves a record to the end of a partner's sync: from `record`, each of
   * `steps` (one change, answering the record as it then stands) makes `updatedAt` later and keeps
   * `createdAt`, and the UPDATED order since just after the change before ends with the record,
   * its `shown` fields as the change left them; after the last step only the record is new since
   * its last change. Answers the record as the last step left it.
   */
  const movesToEndOfSync = async <Changed extends Node & { id: string; createdAt: string; updatedAt: string }>(
    record: Changed,
    steps: ReadonlyArray<(before: Changed) => Promise<Changed>>,
    shown: ReadonlyArray<keyof Changed & string>,
  ): Promise<Changed> => {
    let current = record;
    for (const step of steps) {
      const before = current;
      // A partner synchronised just after the last change; the next one is a millisecond later at least.
      const lastSync = new Date(Date.parse(before.updatedAt) + 1).toISOString();
      await new Promise((resolve) => setTimeout(resolve, 2));
      current = await step(before);
      expect(Date.parse(current.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
      expect(current.createdAt).toBe(before.createdAt);
      const synced = await pageToTheEnd({ order: 'UPDATED', updatedSince: lastSync, first: 100 });
      expect(synced.nodes.at(-1)).toEqual(expect.objectContaining(Object.fromEntries(shown.map((name) => [name, current[name]]))));
    }
    // Nothing changed since the last step: only this record (and anything changed in the same instant) is new.
    const quiet = await pageToTheEnd({ order: 'UPDATED', updatedSince: current.updatedAt, first: 100 });
    expect((quiet.nodes as unknown as Array<{ id: string }>).map((node) => node.id)).toEqual([current.id]);
    return current;
  };
  return { subgraph, field, page, pageToTheEnd, pagesBackAsForward, refusesMixedPaging, pagesWindowOfTime, pagesEachVisibleOnce, movesToEndOfSync };
}

/**
 * Reading persons of the subgraph under test as the gateway resolves them from another subgraph's
 * reference (`_entities`), as `caller`, with `selection` on each (`Person` is that selection's
 * shape). `subgraph` is read at each call: the suites open theirs in `beforeAll`.
 */
export function personEntitiesReader<Person>(subgraph: () => Pick<TestSubgraph<BaseContext>, 'execute' | 'queries'>, selection: string, caller: Caller) {
  const document = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { ${selection} } } }`;
  /** The persons of `ids`, in that order. */
  const read = (ids: readonly string[]) => subgraph().execute<{ _entities: Person[] }>(document, { representations: ids.map((id) => ({ __typename: 'Person', id })) }, caller);
  /** The person of `id`, read without errors. */
  const one = async (id: string): Promise<Person> => {
    const result = await read([id]);
    expect(result.errors).toBeUndefined();
    return result.data!._entities[0]!;
  };
  /** Checks that the first 50 of `ids` resolve in as many statements as the first 5; answers the 50. */
  const resolvesFiftyAsFive = async (ids: readonly string[]): Promise<Person[]> => {
    const five = await subgraph().queries.during(() => read(ids.slice(0, 5)));
    const fifty = await subgraph().queries.during(() => read(ids.slice(0, 50)));
    expect(fifty.result.data!._entities).toHaveLength(50);
    expect(fifty.statements).toBe(five.statements);
    return fifty.result.data!._entities;
  };
  return { read, one, resolvesFiftyAsFive };
}

/** What `connectionReader` gives a suite. */
export type ConnectionReader<Field extends string, Node> = ReturnType<typeof connectionReader<Field, Node>>;

/**
 * Adds to the calling `describe` what every list in the orders NEWEST_FIRST, OLDEST_FIRST and
 * UPDATED does: a page of 2 costs the statements of a page of 100; a cursor of another order, a
 * forged cursor and a page over the cap are refused; paged back from its end two at a time, it
 * yields each of `visible()` (what the reader's caller may see, by the rule and not by the code
 * under test; `what` names them) once, in the same order as forward; paging both ways at once is
 * refused.
 */
export function itPagesInThreeOrders<Field extends string, Node extends { id: string }>(
  reader: ConnectionReader<Field, Node>,
  what: string,
  visible: () => Promise<Array<{ id: string }>>,
): void {
  const { subgraph, field, page, pagesBackAsForward, refusesMixedPaging } = reader;

  it('costs the same statements for a page of 2 as for a page of 100', async () => {
    const two = await subgraph().queries.during(() => page({ first: 2 }));
    const hundred = await subgraph().queries.during(() => page({ first: 100 }));
    expect(hundred.result.data![field].edges.length).toBeGreaterThan(2);
    expect(hundred.statements).toBe(two.statements);
  });

  it('refuses a cursor from another order, a forged cursor and a page over the cap with BAD_USER_INPUT', async () => {
    const first = (await page({ order: 'NEWEST_FIRST', first: 2 })).data![field];
    for (const variables of [{ order: 'UPDATED', after: first.pageInfo.endCursor }, { order: 'OLDEST_FIRST', after: first.pageInfo.endCursor }, { after: 'bm90LWEtY3Vyc29y' }, { first: 101 }]) {
      const result = await page(variables);
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(result.data).toBeNull();
    }
  });

  it.each(['NEWEST_FIRST', 'OLDEST_FIRST', 'UPDATED'] as const)(`pages back from the end two at a time through ${what}, each once, in the same order as forward, in %s order`, async (order) => {
    const { nodes, pages } = await pagesBackAsForward({ order }, (n) => n.id);
    expect(pages).toBeGreaterThan(2);
    expect(nodes.map((n) => n.id).sort()).toEqual((await visible()).map((row) => row.id).sort());
  });

  it('refuses paging forward and back at once, a last over the cap, and a before that is forged or of another order, with BAD_USER_INPUT', async () => {
    await refusesMixedPaging({ order: 'NEWEST_FIRST' }, { order: 'UPDATED' });
  });
}

export * from './change-feed/testing';

/** What `compareReadViews` found. */
export interface ReadViewComparison {
  /** Rows compared. */
  rows: number;
  /** Each property where a view and the entity from the same row differ. */
  differences: string[];
  /** `kind:type` of each property compared with a value in it (not only nulls). */
  filled: string[];
  /** Entities the views left in the EntityManager's identity map (none expected). */
  managed: number;
}

/**
 * Reads every row of `entity` as read views (`findViews`) and as managed entities (`em.find`) and
 * compares them property by property (a reference by its id): a resolver must read the same
 * whichever it is given.
 */
export async function compareReadViews<T extends object>(orm: MikroORM<PostgreSqlDriver>, entity: EntityName<T>): Promise<ReadViewComparison> {
  const em = orm.em.fork();
  const meta = em.getMetadata().get<T>(Utils.className(entity));
  const views = await findViews(em, entity, {} as FilterQuery<T>);
  const entities = new Map((await orm.em.fork().find(entity, {})).map((found) => [String((found as Record<string, unknown>)[meta.primaryKeys[0]!]), found]));
  const differences: string[] = [];
  const filled = new Set<string>();
  // A reference is compared by the id it names; every other value (a JSON object too) as it is.
  const plain = (prop: EntityProperty, value: unknown) =>
    (prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE) && value !== null && value !== undefined ? { id: (value as { id: unknown }).id } : value;
  for (const view of views) {
    const key = String((view as Record<string, unknown>)[meta.primaryKeys[0]!]);
    const found = entities.get(key) as Record<string, unknown> | undefined;
    if (!found) {
      differences.push(`${key}: no entity`);
      continue;
    }
    for (const prop of meta.props) {
      if (prop.persist === false || prop.kind === ReferenceKind.ONE_TO_MANY || prop.kind === ReferenceKind.MANY_TO_MANY) continue;
      const seen = plain(prop, (view as Record<string, unknown>)[prop.name]);
      const held = plain(prop, found[prop.name]);
      if (!isDeepStrictEqual(seen, held)) differences.push(`${key}.${prop.name}: view ${inspect(seen)}, entity ${inspect(held)}`);
      if (seen !== null && seen !== undefined) filled.add(`${prop.kind}:${prop.type}`);
    }
  }
  return { rows: views.length, differences, filled: [...filled].sort(), managed: em.getUnitOfWork().getIdentityMap().values().length };
}

/**
 * What every read-view test asserts of `compareReadViews`: at least `minRows` rows compared, no
 * difference, a value compared for each `kind:type` in `filled` (not only nulls), and nothing left
 * managed.
 */
export async function expectReadViewsAsEntities<T extends object>(orm: MikroORM<PostgreSqlDriver>, entity: EntityName<T>, minRows: number, filled: readonly string[]): Promise<void> {
  const compared = await compareReadViews(orm, entity);
  expect(compared.rows).toBeGreaterThanOrEqual(minRows);
  expect(compared.differences).toEqual([]);
  expect(compared.filled).toEqual(expect.arrayContaining([...filled]));
  expect(compared.managed).toBe(0);
}
