/**
 * Every read of a foreign-national status check or a foreign-affairs notification leaves an audit
 * line (one per record per request; the request's audit merges repeated reads).
 */
import { type RequestAudit } from '@lifeline/subgraph-runtime';

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
