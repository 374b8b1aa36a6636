/**
 * Reading one connection field of the subgraph under test: a page (with its errors, for the
 * refusals), every page to the end, checking that each page's `endCursor` is its last edge's
 * cursor, and the checks that it pages back from its end as it pages forward and refuses mixing
 * the two. `subgraph` is read at each call: the suites open theirs in `beforeAll`. The document
 * takes `$first`, `$after`, `$last` and `$before`, and reads `pageInfo` in full.
 */
import { type Caller } from '@lifeline/subgraph-runtime';
import {
  everyPage,
  expectMixedPagingRefused,
  expectPagingBackAsForward,
  type TestPaging,
  type TestSubgraph,
  type TestTwoWayPage,
} from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../../src/context';

export type CursorPage<Node> = TestTwoWayPage<Node>;

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
  return { page, pageToTheEnd, pagesBackAsForward, refusesMixedPaging };
}
