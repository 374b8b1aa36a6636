/**
 * The demo persons the settlement suite may be settling meanwhile. Suites that identify a demo person
 * (a tracing match confirmed, a police match recorded) leave these alone: an identity confirmed under
 * the settlement suite's feet has its proposal refused as identified ("身份已查明", seen in CI).
 */
import { gatewayCaller } from './graph';

/**
 * The ids of every settlement candidate and of every person with a settlement in any state (one
 * proposed is no candidate, and a declined proposal makes her one again), as the center sees them:
 * both lists paged to their end.
 */
export async function personsBeingSettled(): Promise<Set<string>> {
  const center = gatewayCaller().dataAs('center.staff');
  type Page = { edges: Array<{ node: { person: { id: string } } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  const ids = new Set<string>();
  for (const list of ['settlementCandidatesConnection', 'settlementsConnection'] as const) {
    let after: string | null = null;
    for (;;) {
      const { page }: { page: Page } = await center<{ page: Page }>(
        `query ($after: String) { page: ${list}(first: 100, after: $after) { edges { node { person { id } } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      for (const edge of page.edges) ids.add(edge.node.person.id);
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
      after = page.pageInfo.endCursor;
    }
  }
  return ids;
}
