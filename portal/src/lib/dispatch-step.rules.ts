/**
 * Which step buttons a street report offers on the dispatch board: the next step of the loop
 * (reported → accepted → dispatched → on scene → verified → closed), and closing early (a false
 * report, help declined) from any step after acceptance. The subgraph enforces the same order;
 * the buttons only spare the user a refusal.
 */
import type { StreetReportStatus } from '@/gql/graphql';

export const DISPATCH_ORDER = ['REPORTED', 'ACCEPTED', 'DISPATCHED', 'ON_SCENE', 'VERIFIED', 'CLOSED'] as const satisfies readonly StreetReportStatus[];

/** The steps a report in `status` may take next, the regular one first. */
export function nextDispatchSteps(status: StreetReportStatus): StreetReportStatus[] {
  if (status === 'CLOSED') return [];
  const next = DISPATCH_ORDER[DISPATCH_ORDER.indexOf(status) + 1]!;
  return next === 'CLOSED' || status === 'REPORTED' ? [next] : [next, 'CLOSED'];
}
