/**
 * Every read of a foreign-national status check or a foreign-affairs notification leaves an audit
 * line (one per record per request; the request's audit merges repeated reads).
 */
import { type EntityName, type FilterQuery } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { EMPTY_PAGE, keysetPage, type KeysetOrder, type KeysetPage, type PageArgs, type RequestAudit } from '@lifeline/subgraph-runtime';

type Audited = 'ForeignNationalStatusCheck' | 'ForeignAffairsNotification';

/** Notes a read of each record and hands the records back unchanged. */
export function auditedReads<T extends { id: string } | null>(audit: RequestAudit, recordType: Audited, records: T): T;
export function auditedReads<T extends { id: string }>(audit: RequestAudit, recordType: Audited, records: T[]): T[];
export function auditedReads<T extends { id: string }>(audit: RequestAudit, recordType: Audited, records: T | T[] | null): T | T[] | null {
  for (const record of Array.isArray(records) ? records : records ? [records] : []) {
    audit.record({ operation: 'READ', recordType, recordId: record.id, fields: [], outcome: 'ALLOWED' });
  }
  return records;
}

/** The orders of the foreign-national queues: by when a record was queued, or by its last change (a partner's sync). */
export type QueueOrder = 'OLDEST_FIRST' | 'NEWEST_FIRST' | 'UPDATED';

/**
 * A cursor page of audited records: none when the caller has no `scope`, else those in it that pass
 * `filters`, in the asked order (oldest queued first when none is asked; `queuedAt` names the time
 * a record joined the queue). Every record on the page is a read the audit trail records. `scope` is
 * called once per statement (it may hold a raw SQL fragment).
 */
export async function auditedPage<T extends { id: string; updatedAt: Date }>(
  em: EntityManager,
  audit: RequestAudit,
  recordType: Audited,
  entity: EntityName<T>,
  scope: () => FilterQuery<T> | null,
  filters: Array<FilterQuery<T>>,
  queuedAt: keyof T & string,
  paging: PageArgs & { order?: QueueOrder | null },
): Promise<KeysetPage<T>> {
  if (scope() === null) return EMPTY_PAGE;
  const where = (): FilterQuery<T> => ({ $and: [scope()!, ...filters] }) as FilterQuery<T>;
  const keysets: Record<QueueOrder, KeysetOrder<T>> = {
    OLDEST_FIRST: { property: queuedAt, direction: 'asc' },
    NEWEST_FIRST: { property: queuedAt, direction: 'desc' },
    UPDATED: { property: 'updatedAt', direction: 'asc' },
  };
  const order = paging.order ?? 'OLDEST_FIRST';
  const page = await keysetPage(em, entity, where, { order, keyset: keysets[order], first: paging.first, after: paging.after, last: paging.last, before: paging.before, readAs: 'views' });
  auditedReads(audit, recordType, page.edges.map((edge) => edge.node));
  return page;
}
