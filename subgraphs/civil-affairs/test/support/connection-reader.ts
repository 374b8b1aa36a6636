/**
 * Reading one connection field of the subgraph under test: a page (with its errors, for the
 * refusals), and every page to the end, checking that each page's `endCursor` is its last edge's
 * cursor. `subgraph` is read at each call: the suites open theirs in `beforeAll`.
 */
import { type Caller } from '@lifeline/subgraph-runtime';
import { everyPage, type TestConnectionPage, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../../src/context';

export interface CursorPage<Node> extends TestConnectionPage<Node> {
  edges: Array<{ cursor: string; node: Node }>;
}

export function connectionReader<Field extends string, Node>(subgraph: () => TestSubgraph<SubgraphContext>, field: Field, document: string, defaultCaller: Caller) {
  const page = (variables: Record<string, unknown>, caller = defaultCaller) => subgraph().execute<Record<Field, CursorPage<Node>>>(document, variables, caller);
  const pageToTheEnd = (variables: Record<string, unknown>, caller = defaultCaller) =>
    everyPage(async (after) => {
      const result = await page({ ...variables, after }, caller);
      expect(result.errors).toBeUndefined();
      const connection = result.data![field];
      if (connection.pageInfo.hasNextPage) expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)!.cursor);
      return connection;
    });
  return { page, pageToTheEnd };
}
