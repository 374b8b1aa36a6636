import { AUDIT_ENTITIES, EXCHANGE_ENTITIES, PersonProjection, IdempotencyRecord, RecordChange, WEBHOOK_ENTITIES } from '@lifeline/subgraph-runtime';
import { AidDelivery } from './aid-delivery.entity';
import { AidEntrustmentEvent } from './aid-entrustment-event.entity';
import { AidEntrustmentVersion } from './aid-entrustment-version.entity';
import { AidEntrustment } from './aid-entrustment.entity';
import { EntrustedAidItem } from './entrusted-aid-item.entity';
import { LegalStatusFinding } from './legal-status-finding.entity';

/** Every entity of the foreign-affairs database. */
export const entities = [AidEntrustment, EntrustedAidItem, AidEntrustmentVersion, AidEntrustmentEvent, AidDelivery, LegalStatusFinding, ...AUDIT_ENTITIES, PersonProjection, ...EXCHANGE_ENTITIES, IdempotencyRecord, RecordChange, ...WEBHOOK_ENTITIES];
