/**
 * The demo persons the settlement suite may be settling meanwhile. Suites that identify a demo person
 * (a tracing match confirmed, a police match recorded) leave these alone: an identity confirmed under
 * the settlement suite's feet has its proposal refused as identified ("身份已查明", seen in CI).
 */
import { gatewayCaller } from './graph';

/**
 * The ids of every settlement candidate and of every person with a settlement in any state (one
 * proposed is no candidate, and a declined proposal makes her one again), as the center sees them.
 */
export async function personsBeingSettled(): Promise<Set<string>> {
  const center = gatewayCaller().dataAs('center.staff');
  const settling = await center<{ settlementCandidates: Array<{ person: { id: string } }>; settlementsConnection: { edges: Array<{ node: { person: { id: string } } }> } }>(
    '{ settlementCandidates(first: 100) { person { id } } settlementsConnection(first: 100) { edges { node { person { id } } } } }',
  );
  return new Set([...settling.settlementCandidates.map((c) => c.person.id), ...settling.settlementsConnection.edges.map((e) => e.node.person.id)]);
}
