/** Which identity checks carry their result (the queue's order comes from the graph: `identityChecksConnection`). */
const CONCLUDED = new Set(['MATCHED', 'NO_MATCH', 'INCONCLUSIVE']);

/** Whether a check has its result. */
export function isConcluded(status: string): boolean {
  return CONCLUDED.has(status);
}
