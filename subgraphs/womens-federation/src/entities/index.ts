import { AUDIT_ENTITIES, EXCHANGE_ENTITIES, IdempotencyRecord, RecordChange, WEBHOOK_ENTITIES } from '@lifeline/subgraph-runtime';
import { ReferralService } from './referral-service.entity';
import { ShelterReferral } from './shelter-referral.entity';
import { ShelterReferralChild } from './shelter-referral-child.entity';

/** Every entity of the women's-federation database (the audit trail and the exchange's outbox included). */
export const entities = [ShelterReferral, ...AUDIT_ENTITIES, ShelterReferralChild, ReferralService, ...EXCHANGE_ENTITIES, IdempotencyRecord, RecordChange, ...WEBHOOK_ENTITIES];
