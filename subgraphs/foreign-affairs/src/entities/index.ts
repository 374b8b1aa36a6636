import { AuditEvent } from '@lifeline/subgraph-runtime';
import { AidEntrustment } from './aid-entrustment.entity';
import { EntrustedAidItem } from './entrusted-aid-item.entity';

/** Every entity of the foreign-affairs database. */
export const entities = [AidEntrustment, EntrustedAidItem, AuditEvent];
