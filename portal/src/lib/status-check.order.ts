/** The order staff work foreign-national status checks in: open ones first, oldest first; then concluded ones, newest first. */

export interface OrderedStatusCheck {
  id: string;
  status: string;
  requestedAt: string;
  concludedAt?: string | null;
}

/** Open checks by request time (oldest first), then the concluded ones by conclusion (newest first); ids break ties. */
export function statusCheckOrder<T extends OrderedStatusCheck>(rows: readonly T[]): T[] {
  const open = rows.filter((row) => row.status === 'REQUESTED').sort((a, b) => a.requestedAt.localeCompare(b.requestedAt) || a.id.localeCompare(b.id));
  const done = rows
    .filter((row) => row.status !== 'REQUESTED')
    .sort((a, b) => (b.concludedAt ?? '').localeCompare(a.concludedAt ?? '') || a.id.localeCompare(b.id));
  return [...open, ...done];
}
