/**
 * The police identity-check queue's order: open checks first, the earliest due first (the overdue
 * ones therefore on top), concluded checks after them, the most recently requested first.
 */
const CONCLUDED = new Set(['MATCHED', 'NO_MATCH', 'INCONCLUSIVE']);

/** Whether a check has its result. */
export function isConcluded(status: string): boolean {
  return CONCLUDED.has(status);
}

/** The queue in working order (a new array). */
export function queueOrder<T extends { status: string; resultDueAt: string; requestedAt: string }>(checks: readonly T[]): T[] {
  return [...checks].sort((a, b) => {
    const concluded = Number(isConcluded(a.status)) - Number(isConcluded(b.status));
    if (concluded !== 0) return concluded;
    if (isConcluded(a.status)) return Date.parse(b.requestedAt) - Date.parse(a.requestedAt);
    return Date.parse(a.resultDueAt) - Date.parse(b.resultDueAt);
  });
}
